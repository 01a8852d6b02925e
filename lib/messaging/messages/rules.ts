import { PLAN_IDS } from '../../rules/plans';
import type { ScopeHints } from '../../rules/scope';
import { WHY_TOPICS } from '../../rules/why';
import { arr, literal, obj, optional, str } from '../../schema';
import type { EligibilityAnswer } from '../../sfb/eligibility';
import { defineMessage } from '../define';

/** Longest product label an eligibility check reads (Support for business names are short). */
const PRODUCT_LABEL_MAX = 300;

/** Longest text a scope check reads; the helper sends no more. */
export const SCOPE_TEXT_MAX = 8000;

/**
 * Rules computed in the background so that their data stays out of the content scripts: the scope
 * hints need the product-lifecycle table (for "this version is out of support"), which would
 * otherwise weigh on every Azure and admin-center page; the eligibility badge needs the same table
 * for its N-1 verdicts, which would otherwise weigh on Support for business.
 */
export const rulesMessages = {
  'rules:scope': defineMessage<ScopeHints>()({
    senders: ['content', 'page'],
    request: obj({ text: str({ max: SCOPE_TEXT_MAX }), lang: optional(literal('en', 'fr')) }),
    // Each character may be escaped in JSON (\uXXXX: 6 characters).
    maxBytes: SCOPE_TEXT_MAX * 6 + 256,
  }),
  'rules:eligibility': defineMessage<EligibilityAnswer>()({
    senders: ['content', 'page'],
    request: obj({
      label: str({ max: PRODUCT_LABEL_MAX }),
      plans: arr(literal(...PLAN_IDS), { max: PLAN_IDS.length }),
    }),
  }),
  // A helper's "Why?": the rules page opens at the topic, in a tab beside the portal's. Content
  // scripts cannot open extension pages themselves, and making the page web-accessible would let
  // any site probe for the extension.
  'rules:why': defineMessage<{ opened: boolean }>()({
    senders: ['content'],
    request: obj({ topic: literal(...WHY_TOPICS) }),
    maxBytes: 128,
  }),
};
