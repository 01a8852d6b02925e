import { coreEn } from './core.en';
import { coreFr } from './core.fr';
import { helpersEn } from './helpers.en';
import { helpersFr } from './helpers.fr';
import { rulesEn } from './rules.en';
import { rulesFr } from './rules.fr';
import { type Language, type TranslateWith, translatorFor } from './translate';

/**
 * The strings in-page helpers may show: core, rules and helpers, in both languages (the UI
 * language can change while a page is open). Popup, options and history strings stay out of the
 * content scripts.
 */
const contentEn = { ...coreEn, ...rulesEn, ...helpersEn };
const contentFr: Record<ContentMessageKey, string> = { ...coreFr, ...rulesFr, ...helpersFr };

export type ContentMessageKey = keyof typeof contentEn;
export type ContentTranslate = TranslateWith<ContentMessageKey>;

export function createContentTranslator(language: Language): ContentTranslate {
  return translatorFor<ContentMessageKey>(language === 'fr' ? contentFr : contentEn, contentEn);
}
