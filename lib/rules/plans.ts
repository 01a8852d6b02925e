/**
 * Microsoft support plans a partner can spend on a product (domain.md §5, seed 003). Metadata only:
 * the N-1 verdict is `checkEligibility` in `lib/lifecycle`, pack accounting is `packs.ts`.
 */

export const PLAN_IDS = [
  'partner-gold-20pack',
  'partner-silver-15pack',
  'partner-maps-10pack',
  'partner-on-premises-20',
  'partner-cloud-support',
  'advanced-support-partners',
  'premier-unified',
  'pay-per-incident',
] as const;

export type PlanId = (typeof PLAN_IDS)[number];

/** Which products a plan may be spent on. */
export type PlanCoverage = 'on-premises' | 'cloud' | 'any';

export interface PlanInfo {
  id: PlanId;
  /** Message key of the plan's display name; the catalogs in `lib/i18n` hold the EN/FR text. */
  nameKey: `plan.${PlanId}`;
  /** Subject to the N-1 policy (seed 003: only the Gold, Silver and MAPS partner packs; and the
   *  Gold pack's successor, which is the same benefit under a new name). */
  n1: boolean;
  coverage: PlanCoverage;
  /** A renamed plan points to its successor; the successor points back. `on` is the first day of
   *  the new name. */
  renamedTo?: { plan: PlanId; on: string };
  renamedFrom?: { plan: PlanId; on: string };
}

/** "Partner support Gold 20pack" became "Partner On-premises Support 20" on 23 June 2025. */
const GOLD_RENAMED_ON = '2025-06-23';

function plan(
  id: PlanId,
  n1: boolean,
  coverage: PlanCoverage,
  extra: Pick<PlanInfo, 'renamedTo' | 'renamedFrom'> = {},
): PlanInfo {
  return { id, nameKey: `plan.${id}`, n1, coverage, ...extra };
}

export const PLANS: Readonly<Record<PlanId, PlanInfo>> = {
  'partner-gold-20pack': plan('partner-gold-20pack', true, 'on-premises', {
    renamedTo: { plan: 'partner-on-premises-20', on: GOLD_RENAMED_ON },
  }),
  'partner-silver-15pack': plan('partner-silver-15pack', true, 'on-premises'),
  'partner-maps-10pack': plan('partner-maps-10pack', true, 'on-premises'),
  'partner-on-premises-20': plan('partner-on-premises-20', true, 'on-premises', {
    renamedFrom: { plan: 'partner-gold-20pack', on: GOLD_RENAMED_ON },
  }),
  // Signature Cloud Support / Partner Cloud Support: "partner-program packs cannot be used for
  // cloud" (seed 003), this is the benefit that can.
  'partner-cloud-support': plan('partner-cloud-support', false, 'cloud'),
  'advanced-support-partners': plan('advanced-support-partners', false, 'any'),
  'premier-unified': plan('premier-unified', false, 'any'),
  'pay-per-incident': plan('pay-per-incident', false, 'any'),
};

export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value);
}

/**
 * The name a plan goes by on `date` (`YYYY-MM-DD`): the Gold 20pack is offered as Partner
 * On-premises Support 20 from its renaming day, and the successor had no separate existence before.
 */
export function currentPlanName(id: PlanId, date: string): PlanId {
  const info = PLANS[id];
  if (info.renamedTo && date >= info.renamedTo.on) return info.renamedTo.plan;
  if (info.renamedFrom && date < info.renamedFrom.on) return info.renamedFrom.plan;
  return id;
}

/**
 * The order in which plans are suggested as alternatives: benefits the partner already owns and
 * that are tied to the product kind first (on-premises packs, cloud support), then the fallback the
 * purchase workflow itself offers ("Buy now" = pay-per-incident), then contracts.
 */
export const PLAN_PREFERENCE: readonly PlanId[] = [
  'partner-on-premises-20',
  'partner-gold-20pack',
  'partner-silver-15pack',
  'partner-maps-10pack',
  'partner-cloud-support',
  'pay-per-incident',
  'advanced-support-partners',
  'premier-unified',
];
