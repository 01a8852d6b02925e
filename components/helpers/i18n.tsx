import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type ContentTranslate, createContentTranslator } from '../../lib/i18n/content';
import { type Language, localeOf } from '../../lib/i18n/translate';

/** The helpers' i18n: the content catalog only (see lib/i18n/content.ts). */
export interface HelperI18n {
  language: Language;
  locale: string;
  t: ContentTranslate;
}

export function makeHelperI18n(language: Language): HelperI18n {
  return { language, locale: localeOf(language), t: createContentTranslator(language) };
}

const HelperI18nContext = createContext<HelperI18n>(makeHelperI18n('en'));

export const HelperI18nProvider = HelperI18nContext.Provider;

export function useI18n(): HelperI18n {
  return useContext(HelperI18nContext);
}
