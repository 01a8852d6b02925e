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
