import { checkEligibility, matchProduct, type ProductMatch } from '../lifecycle';
import type { PlanId } from '../rules/plans';
import type { EligibilityAnswer } from './eligibility';

/**
 * The background's side of the eligibility badge (`rules:eligibility`): the product a "Select a
 * product" label names, and the N-1 verdict of each plan on `at`. The lifecycle table stays here.
 */
export function eligibilityOf(
  product: ProductMatch | null,
  plans: readonly PlanId[],
  at: Date,
): EligibilityAnswer {
  if (!product) return { product: null, plans: [] };
  return {
    product,
    plans: plans.map((plan) => ({
      plan,
      eligibility: checkEligibility({
        plan,
        product: product.product,
        version: product.version,
        at,
      }),
    })),
  };
}

export function answerEligibility(
  label: string,
  plans: readonly PlanId[],
  at: Date,
): EligibilityAnswer {
  return eligibilityOf(matchProduct(label), [...new Set(plans)], at);
}
