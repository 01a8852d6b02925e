import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';

/**
 * Words of a text and their stems, for matching cues whatever the inflection ("demandons",
 * "demandé", "requested", "requesting"). Stemming is the Snowball algorithms (Porter for English,
 * Snowball French); the French one reads accents, so a word is stemmed lower-cased with its
 * accents and the stem is then stripped of them, like the cues.
 */

export type Lang = 'en' | 'fr';

const strip = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '');

/** Stems seen recently: the same words come back every time the agent types a letter. */
const CACHE_MAX = 20_000;
const caches: Record<Lang, Map<string, string>> = { en: new Map(), fr: new Map() };

export function stem(word: string, lang: Lang): string {
  const cache = caches[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = strip(word.length < 3 ? word : lang === 'en' ? stemEnglish(word) : stemFrench(word));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased words with their accents: letters and digits; apostrophes and hyphens split. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
