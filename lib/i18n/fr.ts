import { appFr } from './app.fr';
import { coreFr } from './core.fr';
import type { MessageKey } from './en';
import { helpersFr } from './helpers.fr';
import { historyFr } from './history.fr';
import { rulesFr } from './rules.fr';

/** French catalog: same keys as `en.ts`, enforced by the type. */
export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...rulesFr,
  ...helpersFr,
  ...appFr,
  ...historyFr,
};
