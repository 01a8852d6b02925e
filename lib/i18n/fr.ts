import { appFr } from './app.fr';
import { coreFr } from './core.fr';
import { coverageFr } from './coverage.fr';
import { coversFr } from './covers.fr';
import type { contentEn, MessageKey } from './en';
import { exportsFr } from './exports.fr';
import { findFr } from './find.fr';
import { helpersFr } from './helpers.fr';
import { historyFr } from './history.fr';
import { lifecycleFr } from './lifecycle.fr';
import { recordsFr } from './records.fr';
import { reportsFr } from './reports.fr';
import { rulesFr } from './rules.fr';
import { scopeFr } from './scope.fr';
import { shellFr } from './shell.fr';
import { signalsFr } from './signals.fr';
import { statusesFr } from './statuses.fr';
import { whyFr } from './why.fr';
import { zonesFr } from './zones.fr';

/** The helpers' areas in French (the same list as `contentEn`, same keys by type). */
export const contentFr: Record<keyof typeof contentEn, string> = {
  ...coreFr,
  ...rulesFr,
  ...scopeFr,
  ...lifecycleFr,
  ...coverageFr,
  ...coversFr,
  ...helpersFr,
  ...statusesFr,
};

/** French catalog: same keys as `en.ts`, enforced by the type. */
export const fr: Record<MessageKey, string> = {
  ...contentFr,
  ...appFr,
  ...historyFr,
  ...signalsFr,
  ...shellFr,
  ...findFr,
  ...recordsFr,
  ...zonesFr,
  ...exportsFr,
  ...whyFr,
  ...reportsFr,
};
