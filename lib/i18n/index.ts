import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey } from './en';
export type Language = 'en' | 'fr';
export type LanguageSetting = 'browser' | Language;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };

/**
 * The language the UI speaks: the user's override, else the browser's UI language when it is
 * French, else English. `browserLanguage` is passed in (e.g. `browser.i18n.getUILanguage()`), never
 * read from a global, so this stays testable.
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting === 'en' || setting === 'fr') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A translator for one language. Unknown placeholders are left visible, never silently dropped. */
export function createTranslator(language: Language): Translate {
  const catalog = catalogs[language];
  return (key, params) => {
    const template = catalog[key] ?? en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

/** The BCP 47 locale used for dates and numbers in a language. */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
