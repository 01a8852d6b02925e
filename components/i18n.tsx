import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Language, localeOf, type Translate } from '../lib/i18n';

export interface I18n {
  language: Language;
  locale: string;
  t: Translate;
}

export function makeI18n(language: Language): I18n {
  return { language, locale: localeOf(language), t: createTranslator(language) };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
