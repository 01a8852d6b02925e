import type { ContentMessageKey, ContentStrings } from './content';
import { coreEn } from './core.en';
import { coreFr } from './core.fr';
import { coverageEn } from './coverage.en';
import { coverageFr } from './coverage.fr';
import { coversEn } from './covers.en';
import { coversFr } from './covers.fr';
import { helpersEn } from './helpers.en';
import { helpersFr } from './helpers.fr';
import { lifecycleEn } from './lifecycle.en';
import { lifecycleFr } from './lifecycle.fr';
import { rulesEn } from './rules.en';
import { rulesFr } from './rules.fr';
import { scopeEn } from './scope.en';
import { scopeFr } from './scope.fr';
import type { Language } from './translate';

/**
 * The strings in-page helpers may show (core, rules and helpers), in both languages. Only the
 * background (which publishes them to the content scripts, see lib/background/content-strings.ts)
 * and the tests import this module: the content scripts carry no catalog, only the strings of the
 * language they speak, read at run time.
 */
const contentEn = {
  ...coreEn,
  ...rulesEn,
  ...scopeEn,
  ...lifecycleEn,
  ...coverageEn,
  ...coversEn,
  ...helpersEn,
};
const contentFr: Record<ContentMessageKey, string> = {
  ...coreFr,
  ...rulesFr,
  ...scopeFr,
  ...lifecycleFr,
  ...coverageFr,
  ...coversFr,
  ...helpersFr,
};

/** The content catalog of one language (the same object on every call: do not mutate it). */
export function contentCatalog(language: Language): ContentStrings {
  return language === 'fr' ? contentFr : contentEn;
}

/** Keys of the English catalog: what `ContentMessageKey` is derived from. */
export type ContentCatalog = typeof contentEn;
