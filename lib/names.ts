/**
 * Names taken from pages PCX does not own (a customer's name in Partner Center, the directory an
 * account menu shows) and shown back to the agent as facts. A page controls those characters:
 * bidi embeddings, overrides and isolates can make "Contoso" read as another name or reorder the
 * words around it, and invisible characters make two different names look the same. Pure string
 * work, shared by the content scripts, the message schema (every sender) and our pages.
 */

/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), bidi marks (LRM, RLM,
 * ALM), zero-width and invisible characters: ZWSP/ZWNJ/ZWJ (U+200B–U+200D), word joiner and
 * invisible operators (U+2060–U+2064), deprecated format characters (U+206A–U+206F), BOM, soft
 * hyphen, combining grapheme joiner, Mongolian selectors and vowel separator, Hangul fillers,
 * Khmer inherent vowels, variation selectors and the invisible tag characters (U+E0000–U+E007F).
 */
// Each code point on its own (a literal class would read some as marks combining with others).
const INVISIBLE = new RegExp(
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E' +
    '\\u2060-\\u2064\\u2066-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}]',
  'gu',
);
/** Control characters (C0, DEL, C1) and line or paragraph separators: read as a space. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is being removed
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** The text without bidi controls and invisible characters (nothing else changes). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The largest name PCX keeps, in UTF-16 units (the message schema's cap too). */
export const NAME_MAX = 200;

/**
 * A name as PCX keeps and shows it: bidi controls and invisible characters removed, controls and
 * runs of white space read as one space, trimmed, at most `max` units (never half a pair).
 */
export function cleanName(text: string | null | undefined, max = NAME_MAX): string {
  let out = stripInvisible(text ?? '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (out.length > max) {
    out = out.slice(0, max);
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
    out = out.trimEnd();
  }
  return out;
}

/**
 * Letters of other scripts drawn like Latin ones (Cyrillic, Greek), the few that make a lookalike
 * customer name; not a full confusables table (Unicode TR39), only what a name is likely to use.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ı: 'i',
  ɡ: 'g',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/**
 * What a name looks like, for telling lookalikes apart: compatibility forms folded (NFKC: full
 * width, ligatures, styled letters), case folded, accents and other marks dropped, common
 * Cyrillic and Greek lookalikes read as Latin, and spaces, punctuation and symbols ignored.
 * "Contoso Ltd", "CONTOSO LTD.", "Cоntoso Ltd" (Cyrillic о) and "Contoso\u202eLtd" share a key.
 */
export function nameKey(name: string | null | undefined): string {
  return stripInvisible(name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(/[\p{Z}\p{P}\p{S}\s]/gu, '');
}

/**
 * The ids of the items whose name looks like another item's name (same `nameKey`, different id):
 * those are shown with their domain or tenant next to the name.
 */
export function lookalikeIds(
  items: readonly { id: string; name: string | null | undefined }[],
): Set<string> {
  const byKey = new Map<string, Set<string>>();
  for (const { id, name } of items) {
    const key = nameKey(name);
    if (!key) continue;
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(id);
    byKey.set(key, ids);
  }
  const out = new Set<string>();
  for (const ids of byKey.values()) if (ids.size > 1) for (const id of ids) out.add(id);
  return out;
}
