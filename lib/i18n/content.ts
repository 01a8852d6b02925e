import type { ContentCatalog } from './content-catalog';
import { type Language, localeOf, type TranslateWith, translatorFor } from './translate';

/**
 * The in-page helpers' strings, without the catalogs: a content script holds only the strings of
 * the language it speaks, handed to it at run time (lib/platform/content-strings.ts reads what
 * the background published). Until they are here, `hasContentStrings` is false and the helpers
 * wait (components/helpers/shared.tsx) rather than show keys. The catalogs themselves live in
 * `content-catalog.ts`, which only the background and the tests import.
 */

export type ContentMessageKey = keyof ContentCatalog;
export type ContentStrings = Record<ContentMessageKey, string>;
export type ContentTranslate = TranslateWith<ContentMessageKey>;

const loaded: Partial<Record<Language, ContentStrings>> = {};
const waiting: Partial<Record<Language, (() => void)[]>> = {};

/** Hands the strings of one language to this script; runs whoever was waiting for them. */
export function provideContentStrings(language: Language, strings: ContentStrings): void {
  loaded[language] = strings;
  for (const fn of waiting[language]?.splice(0) ?? []) fn();
}

export function hasContentStrings(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** Runs `fn` once the strings of `language` are here (at once when they already are). */
export function whenContentStrings(language: Language, fn: () => void): void {
  if (loaded[language]) {
    fn();
    return;
  }
  const list = waiting[language] ?? [];
  list.push(fn);
  waiting[language] = list;
}

/**
 * A translator in `language`. It looks the strings up when called, so one made before they
 * arrived answers once they have; a key with no string yet answers as itself.
 */
export function createContentTranslator(language: Language): ContentTranslate {
  const locale = localeOf(language);
  return (key, params) => {
    const strings = loaded[language] ?? ({} as ContentStrings);
    return translatorFor<ContentMessageKey>(strings, strings, locale)(key, params);
  };
}
