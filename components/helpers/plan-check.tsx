import { findControl, optionMatching, pickValue, readValue } from '../../lib/dom/controls';
import { fieldRow } from '../../lib/dom/fields';
import { LABELS, matchesLabel } from '../../lib/dom/labels';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import type { HelperState } from '../mount';
import { HelperCard } from './card';
import { CHOICE_FAMILIES } from './form-reading';
import { useI18n } from './i18n';
import {
  detectionOf,
  expectOnDetailsTab,
  ONE_PER_PAGE,
  onEarlierWizardTab,
  pageContext,
  show,
} from './shared';

/**
 * Plan check, beside the Azure wizard's "Support plan" field (domain.md §2 step 3): a customer's
 * request goes under "Cloud Solution Provider"; the partner's own request must not (the CSP
 * entitlement does not cover the partner's own subscriptions).
 */

export type PlanCheckCase = 'customer-csp' | 'customer-other' | 'own-csp' | 'own-other' | 'unknown';

export function planCheckState(c: PlanCheckCase): HelperState {
  if (c === 'customer-csp' || c === 'own-other') return 'ok';
  if (c === 'unknown') return 'unknown';
  return 'warning';
}

export function PlanCheck({
  which,
  pickFailed = false,
  onChooseCsp,
}: {
  which: PlanCheckCase;
  pickFailed?: boolean;
  onChooseCsp?: () => void;
}) {
  const { t } = useI18n();
  return (
    <HelperCard state={planCheckState(which)} title={t(`planCheck.${which}`)} why="plan">
      {which === 'customer-other' && onChooseCsp && (
        <button type="button" onClick={onChooseCsp}>
          {t('planCheck.chooseCsp')}
        </button>
      )}
      {which === 'customer-other' && pickFailed && (
        <p class="pcx-error" role="alert">
          {t('planCheck.pickFailed')}
        </p>
      )}
    </HelperCard>
  );
}

const CSP_LABELS = [...LABELS.cspPlanOption.en, ...LABELS.cspPlanOption.fr];
const pickFailedBySignal = new WeakMap<AbortSignal, boolean>();

const planControl = (doc: Document) =>
  findControl(doc, 'supportPlan', { families: CHOICE_FAMILIES });

function scan(env: FeatureEnv) {
  if (onEarlierWizardTab(env.document)) return;
  const control = planControl(env.document);
  if (!control) {
    expectOnDetailsTab(env);
    return;
  }
  const ctx = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const value = readValue(control);
  // Nothing chosen yet is "not CSP"; while the portal still loads its plans, we cannot tell.
  const el = control.element;
  const loading =
    el.getAttribute('aria-busy') === 'true' ||
    el.hasAttribute('disabled') ||
    el.getAttribute('aria-disabled') === 'true';
  const csp = value
    ? matchesLabel(value, 'cspPlanOption', ['en', 'fr'], 'prefix')
    : loading
      ? null
      : false;
  let which: PlanCheckCase = 'unknown';
  if (ctx && csp !== null && ctx.kind !== 'unknown')
    which = `${ctx.kind}-${csp ? 'csp' : 'other'}` as PlanCheckCase;
  const choose = async () => {
    // The framework may have re-rendered the field since: find it again at click time.
    const current = planControl(env.document);
    const result = current
      ? await pickValue(current, optionMatching(CSP_LABELS, 'prefix'), { signal: env.signal })
      : ({ ok: false, reason: 'navigated' } as const);
    if (env.signal.aborted) return;
    if (!result.ok) env.miss(`pick-${result.reason}`);
    pickFailedBySignal.set(env.signal, !result.ok);
    scan(env);
  };
  const pickFailed = pickFailedBySignal.get(env.signal) ?? false;
  show(
    env,
    'plan-check',
    fieldRow(el),
    'after',
    planCheckState(which),
    `${which}|${pickFailed}`,
    () => <PlanCheck which={which} pickFailed={pickFailed} onChooseCsp={choose} />,
    ONE_PER_PAGE,
  );
}

export const planCheck: Feature = {
  id: 'plan-check',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'azure' && d.page === 'new-request';
  },
  scan,
  // The field is on the wizard's third tab: not finding it early is normal.
  missAfterSeconds: null,
};
