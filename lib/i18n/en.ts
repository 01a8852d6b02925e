import { appEn } from './app.en';
import { coreEn } from './core.en';
import { coverageEn } from './coverage.en';
import { coversEn } from './covers.en';
import { exportsEn } from './exports.en';
import { findEn } from './find.en';
import { helpersEn } from './helpers.en';
import { historyEn } from './history.en';
import { lifecycleEn } from './lifecycle.en';
import { recordsEn } from './records.en';
import { reportsEn } from './reports.en';
import { rulesEn } from './rules.en';
import { scopeEn } from './scope.en';
import { shellEn } from './shell.en';
import { signalsEn } from './signals.en';
import { statusesEn } from './statuses.en';
import { whyEn } from './why.en';
import { zonesEn } from './zones.en';

/**
 * The areas in-page helpers may show (all but the popup's and options' own), listed once: the
 * whole catalog below and the helpers' catalog (`content-catalog.ts`) are both built from it.
 */
export const contentEn = {
  ...coreEn,
  ...rulesEn,
  ...scopeEn,
  ...lifecycleEn,
  ...coverageEn,
  ...coversEn,
  ...helpersEn,
  ...statusesEn,
} as const;

/**
 * English catalog: the reference set of message keys. Every user-visible string of the popup, the
 * options page and the helpers lives in these files, one pair (`x.en.ts`, `x.fr.ts`) per area; the
 * type of each French file forces the same keys. Placeholders are `{name}`; `t()` fills them.
 * - core: app name, languages, states, message errors;
 * - rules: severities, programs, SLA rules and caveats, eligibility reasons, plans, packs;
 * - scope, lifecycle, coverage, covers: scope hints, lifecycle verdicts, whether a pack covers a
 *   ticket, and what Microsoft support covers;
 * - helpers: the in-page helpers;
 * - app: popup and options.
 */
export const en = {
  ...contentEn,
  ...appEn,
  ...historyEn,
  ...signalsEn,
  ...shellEn,
  ...findEn,
  ...recordsEn,
  ...zonesEn,
  ...exportsEn,
  ...whyEn,
  ...reportsEn,
} as const;

export type MessageKey = keyof typeof en;
