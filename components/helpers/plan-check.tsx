import { fieldRow, findField, readControl } from '../../lib/dom/fields';
import { LABELS, matchesLabel } from '../../lib/dom/labels';
import { optionMatching, pickOption } from '../../lib/dom/set-value';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import type { HelperState } from '../mount';
import { useI18n } from './i18n';
import { detectionOf, expectOnDetailsTab, pageContext, show } from './shared';

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
  onChooseCsp,
}: {
  which: PlanCheckCase;
  onChooseCsp?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="pcx-card" data-state={planCheckState(which)} role="status">
      <p class="pcx-title">{t(`planCheck.${which}`)}</p>
      {which === 'customer-other' && onChooseCsp && (
        <button type="button" onClick={onChooseCsp}>
          {t('planCheck.chooseCsp')}
        </button>
      )}
    </div>
  );
}

function scan(env: FeatureEnv) {
  const control = findField(env.document, 'supportPlan');
  if (!control) {
    expectOnDetailsTab(env);
    return;
  }
  const ctx = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const value = readControl(control);
  // Nothing chosen yet is "not CSP"; while the portal still loads its plans, we cannot tell.
  const loading = control.getAttribute('aria-busy') === 'true' || control.hasAttribute('disabled');
  const csp = value
    ? matchesLabel(value, 'cspPlanOption', ['en', 'fr'], 'prefix')
    : loading
      ? null
      : false;
  let which: PlanCheckCase = 'unknown';
  if (ctx && csp !== null && ctx.kind !== 'unknown')
    which = `${ctx.kind}-${csp ? 'csp' : 'other'}` as PlanCheckCase;
  const choose = () => {
    // The framework may have re-rendered the field since: find it again at click time.
    const current = findField(env.document, 'supportPlan');
    if (
      !current ||
      !pickOption(current, optionMatching([...LABELS.cspPlanOption.en, ...LABELS.cspPlanOption.fr]))
    )
      env.miss('pick');
  };
  show(env, 'plan-check', fieldRow(control), 'after', planCheckState(which), which, () => (
    <PlanCheck which={which} onChooseCsp={choose} />
  ));
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
