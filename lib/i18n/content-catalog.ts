import type { ContentStrings } from './content';
import { contentEn } from './en';
import { contentFr } from './fr';
import type { Language } from './translate';

/**
 * The strings in-page helpers may show (the areas `contentEn` lists), in both languages. Only the
 * background (which publishes them to the content scripts, see lib/background/content-strings.ts)
 * and the tests import this module: the content scripts carry no catalog, only the strings of the
 * language they speak, read at run time. The same object on every call: do not mutate it.
 */
export function contentCatalog(language: Language): ContentStrings {
  return language === 'fr' ? contentFr : contentEn;
}

/** Keys of the English catalog: what `ContentMessageKey` is derived from. */
export type ContentCatalog = typeof contentEn;
