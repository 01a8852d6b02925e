import type { LedgerPack } from '../history/types';
import { canConsume } from '../rules/packs';

/**
 * The rules of Microsoft's two sources that PCX states where the agent needs them (domain.md §2,
 * §4, §5): the CSP partner guide "report problems on behalf of a customer" and the professional
 * support (pay-per-incident) FAQ of Support for business. Each rule names the places it is shown;
 * the "What Microsoft support covers" page lists them all. The words are the catalogs'
 * (`covers.*`, EN and FR); the addresses below are Microsoft's public pages.
 */

/** Microsoft account site, where credit-card billing questions go (professional FAQ). */
export const ACCOUNT_SITE_URL = 'https://account.microsoft.com/';
/** Microsoft's page on providing tax-exemption documents (professional FAQ). */
export const TAX_EXEMPT_URL =
  'https://learn.microsoft.com/services-hub/sfbus/support-for-business/tax-exempt-support';
/** The professional support FAQ itself. */
export const PROFESSIONAL_FAQ_URL =
  'https://learn.microsoft.com/services-hub/sfbus/support-for-business/professional-support-faqs';

export type CoverRuleId =
  | 'csp-billing'
  | 'csp-no-phone'
  | 'csp-own-subscriptions'
  | 'pro-same-account'
  | 'pro-buyer-left'
  | 'pro-credit-card'
  | 'pro-tax-exempt';

export type CoverPlace = 'context-banner' | 'eligibility-badge' | 'pack-dialog' | 'covers-page';

export interface CoverRule {
  id: CoverRuleId;
  /** Which of Microsoft's sources states it. */
  source: 'csp-guide' | 'professional-faq';
  /** The catalog key of its sentence. */
  key:
    | 'covers.csp.billing'
    | 'covers.csp.noPhone'
    | 'covers.csp.own'
    | 'covers.pro.sameAccount'
    | 'covers.pro.buyerLeft'
    | 'covers.pro.creditCard'
    | 'covers.pro.taxExempt';
  /** Where the product shows it (the page shows every rule). */
  places: readonly CoverPlace[];
  /** Microsoft's page the sentence points to, when it points to one. */
  link?: string;
  /** On the context banner: the tenant it is said in (a customer's, or the partner's own). */
  tenant?: 'customer' | 'own';
}

export const COVER_RULES: readonly CoverRule[] = [
  {
    id: 'csp-billing',
    source: 'csp-guide',
    key: 'covers.csp.billing',
    places: ['context-banner', 'covers-page'],
    tenant: 'customer',
  },
  {
    id: 'csp-no-phone',
    source: 'csp-guide',
    key: 'covers.csp.noPhone',
    places: ['context-banner', 'covers-page'],
    tenant: 'customer',
  },
  {
    id: 'csp-own-subscriptions',
    source: 'csp-guide',
    key: 'covers.csp.own',
    places: ['context-banner', 'covers-page'],
    tenant: 'own',
  },
  {
    id: 'pro-same-account',
    source: 'professional-faq',
    key: 'covers.pro.sameAccount',
    places: ['eligibility-badge', 'pack-dialog', 'covers-page'],
  },
  {
    id: 'pro-buyer-left',
    source: 'professional-faq',
    key: 'covers.pro.buyerLeft',
    places: ['eligibility-badge', 'pack-dialog', 'covers-page'],
  },
  {
    id: 'pro-credit-card',
    source: 'professional-faq',
    key: 'covers.pro.creditCard',
    places: ['eligibility-badge', 'covers-page'],
    link: ACCOUNT_SITE_URL,
  },
  {
    id: 'pro-tax-exempt',
    source: 'professional-faq',
    key: 'covers.pro.taxExempt',
    places: ['eligibility-badge', 'covers-page'],
    link: TAX_EXEMPT_URL,
  },
];

/** The rules shown at one place, in the order above. */
export function rulesAt(place: CoverPlace): CoverRule[] {
  return COVER_RULES.filter((r) => r.places.includes(place));
}

/**
 * One account as written by a person or a page: trimmed, lower case, inner spaces gone (a
 * Microsoft account is an e-mail address or a phone number; neither changes with case or spaces).
 */
export function sameAccount(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/** What the badge says about one 5-pack and the account signed in on the page. */
export type BuyerCheck =
  /** The pack's buyer is the account signed in. */
  | { pack: LedgerPack; kind: 'match'; buyer: string }
  /** Another account is signed in: the pack's incidents cannot be used from this sign-in. */
  | { pack: LedgerPack; kind: 'mismatch'; buyer: string; signedIn: string }
  /** The buyer is known, the page's signed-in account could not be read. */
  | { pack: LedgerPack; kind: 'unread'; buyer: string }
  /** The ledger does not say who bought it. */
  | { pack: LedgerPack; kind: 'no-buyer' };

/**
 * The professional FAQ's rule for 5-packs ("sign in with the same Microsoft account used to buy
 * the pack"), for each 5-pack that can still be spent on `today` (incidents left, not expired):
 * does the account the page shows signed in match the one that bought it? `signedIn` is null
 * when the page's account could not be read.
 */
export function checkBuyers(
  packs: readonly LedgerPack[],
  signedIn: string | null,
  today: string,
): BuyerCheck[] {
  const out: BuyerCheck[] = [];
  for (const pack of packs) {
    if (pack.kind !== 'pay-per-incident-5pack') continue;
    if (!canConsume(pack, today).ok) continue;
    const buyer = pack.buyer?.trim() || null;
    if (!buyer) out.push({ pack, kind: 'no-buyer' });
    else if (signedIn === null) out.push({ pack, kind: 'unread', buyer });
    else if (sameAccount(buyer, signedIn)) out.push({ pack, kind: 'match', buyer });
    else out.push({ pack, kind: 'mismatch', buyer, signedIn });
  }
  return out;
}

/**
 * Do the 5-packs leave the agent without a pack to spend from this sign-in? True when every
 * usable 5-pack was bought with another account than the one signed in (and at least one is).
 */
export function everyFivePackElsewhere(checks: readonly BuyerCheck[]): boolean {
  return checks.length > 0 && checks.every((c) => c.kind === 'mismatch');
}
