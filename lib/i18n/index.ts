import { en, type MessageKey } from './en';
import { fr } from './fr';
import { type Language, localeOf, type TranslateWith, translatorFor } from './translate';

export type { MessageKey } from './en';
export {
  type Language,
  type LanguageSetting,
  localeOf,
  type Params,
  resolveLanguage,
  type TranslateWith,
} from './translate';

/** A translator over the whole catalog (extension pages and the background). */
export type Translate = TranslateWith<MessageKey>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function createTranslator(language: Language): Translate {
  return translatorFor<MessageKey>(language === 'fr' ? fr : en, en, localeOf(language));
}
