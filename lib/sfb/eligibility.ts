import type { PackSummary } from '../history/types';
import type { Eligibility, ProductMatch } from '../lifecycle';
import { packDay } from '../rules/packs';
import type { PlanId } from '../rules/plans';

/**
 * The eligibility badge's arithmetic that needs no lifecycle data (Support for business,
 * domain.md §6 and §8): which packs can be spent today and which plans to ask about. The N-1
 * verdicts themselves come from the background (`rules:eligibility`, see `eligibility-answer.ts`),
 * which holds the lifecycle table, so the content script does not carry it.
 */

/** What the background answers for a product label and a list of plans. */
export interface EligibilityAnswer {
  /** The product and version the label names, or null when the lifecycle table does not know it. */
  product: ProductMatch | null;
  /** One verdict per plan asked, in the order asked (empty for an unknown product). */
  plans: { plan: PlanId; eligibility: Eligibility }[];
}

export interface PlanVerdict {
  plan: PlanId;
  /** Held packs of that plan (0 for the pay-per-incident line shown as the fallback). */
  held: number;
  eligibility: Eligibility;
}

function planOfPack(pack: Pick<PackSummary, 'kind'>): PlanId {
  return pack.kind === 'pay-per-incident-5pack' ? 'pay-per-incident' : pack.kind;
}

/** Packs that can still be spent today: incidents left (or a contract) and not expired. */
function usablePacks(packs: PackSummary[], today: string): PackSummary[] {
  return packs.filter(
    (p) =>
      (p.incidentsLeft === null || p.incidentsLeft > 0) &&
      (p.expiresOn === null || p.expiresOn > today),
  );
}

/**
 * Usable packs per plan, and the plans to ask about: those held, then pay-per-incident as the
 * fallback. `timeZone`: the agent's schedule zone, which decides "today" for packs (`packDay`).
 */
export function heldPlans(
  packs: PackSummary[],
  at: Date,
  timeZone?: string,
): { held: Map<PlanId, number>; plans: PlanId[] } {
  const held = new Map<PlanId, number>();
  for (const p of usablePacks(packs, packDay(at, timeZone)))
    held.set(planOfPack(p), (held.get(planOfPack(p)) ?? 0) + 1);
  const plans = [...held.keys()];
  if (!plans.includes('pay-per-incident')) plans.push('pay-per-incident');
  return { held, plans };
}

/** The badge's lines: each plan asked with its held count and the background's verdict. */
export function verdictsOf(held: Map<PlanId, number>, answer: EligibilityAnswer): PlanVerdict[] {
  return answer.plans.map(({ plan, eligibility }) => ({
    plan,
    held: held.get(plan) ?? 0,
    eligibility,
  }));
}
