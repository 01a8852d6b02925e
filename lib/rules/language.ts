import type { Lang } from './stem';

/**
 * The language a request is written in, read from the text itself (the portal's language says
 * nothing of what the agent types): function words of each language, French elisions ("l'", "d'",
 * "qu'") and accented letters. Undefined when the evidence is thin or mixed, so that callers use
 * both languages.
 */

const EN = new Set(
  'the and is are was were to of our their we they it in for with not can cannot could would on this that these please from have has does do be an you your there when since after but'.split(
    ' ',
  ),
);
const FR = new Set(
  'le la les des du de et est sont nous notre nos vous votre leur leurs pour avec pas ne une un sur dans ce cette ces qui que il elle ils au aux depuis mais plus est merci'.split(
    ' ',
  ),
);

/** Evidence needed, and by how much one language must lead. */
const MIN_EVIDENCE = 2;
const MIN_LEAD = 2;

export function detectLanguage(text: string): Lang | undefined {
  const lower = text.toLowerCase();
  let en = 0;
  let fr = 0;
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    if (EN.has(word)) en++;
    if (FR.has(word)) fr++;
  }
  fr += (lower.match(/\b(?:l|d|n|qu|j|s|c)['’]\p{L}/gu) ?? []).length;
  fr += (lower.match(/[éèêàçùûôî]/g) ?? []).length > 0 ? 1 : 0;
  if (Math.max(en, fr) < MIN_EVIDENCE) return undefined;
  if (en - fr >= MIN_LEAD) return 'en';
  if (fr - en >= MIN_LEAD) return 'fr';
  return undefined;
}
