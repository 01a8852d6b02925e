import { addYears, calendarDate, daysBetween, isIsoDate } from '../lifecycle/calendar-date';
import { PLAN_IDS, PLANS, type PlanId } from './plans';

/**
 * Support packs the partner owns, and their accounting (domain.md §5, seed 003). Dates are calendar
 * dates `YYYY-MM-DD`; `today` is always passed in. Every operation returns a new object.
 */

/** A plan, or the pay-per-incident 5-pack (sold as its own product, with its own rules). */
export type PackKind = PlanId | 'pay-per-incident-5pack';

export type ExpiryRule = 'one-year' | 'none' | 'user-entered';

/**
 * The calendar day that decides whether a pack can be spent at `at`: the day in the agent's
 * schedule zone, UTC when that zone is unknown or not a zone this browser knows. The repository,
 * the reminders, the eligibility badge and the popup all ask this one function, so that at 23:30
 * they agree on whether a pack expiring tomorrow is still usable today.
 */
export function packDay(at: Date, timeZone?: string | null): string {
  return calendarDate(at, knownZone(timeZone));
}

/**
 * The zone if this browser knows it, else undefined (UTC): a zone from older settings or another
 * browser must not make "today" (or a verdict on a day) fail.
 */
export function knownZone(timeZone?: string | null): string | undefined {
  if (!timeZone) return undefined;
  try {
    calendarDate(new Date(0), timeZone);
    return timeZone;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

export interface Pack {
  kind: PackKind;
  purchasedOn: string;
  /** First day the pack can no longer be used; null = does not expire. */
  expiresOn: string | null;
  /** Incidents bought; null = contract-based, not counted. */
  incidents: number | null;
  used: number;
  /** The kind of sign-in that bought it, when known (pay-per-incident cares, see KB 4490370). */
  account: 'msa' | 'entra' | null;
}

export type PackWarning =
  | 'entra-sign-in'
  | 'expires-within-30-days'
  | 'expires-within-7-days'
  | 'expired'
  | 'no-incidents-left'
  | 'on-premises-only'
  | 'not-for-cloud'
  | 'cloud-only'
  | 'not-for-on-premises';

export type ConsumeCheck = { ok: true } | { ok: false; reason: 'expired' | 'no-incidents-left' };

/**
 * How a pack's end is known: the 5-pack expires one year after purchase (seed 003); a single
 * pay-per-incident has no expiry; partner-program packs run to the end of the benefit year and
 * contracts to the end of their term, dates only the user knows.
 */
export function expiryRule(kind: PackKind): ExpiryRule {
  if (kind === 'pay-per-incident-5pack') return 'one-year';
  if (kind === 'pay-per-incident') return 'none';
  return 'user-entered';
}

/**
 * The expiry date a pack gets from its purchase date: the same calendar date one year later
 * (29 February → 28 February) for 'one-year' kinds; null when the rule is 'none' or 'user-entered'.
 */
export function packExpiry(kind: PackKind, purchasedOn: string): string | null {
  if (!isIsoDate(purchasedOn)) throw new RangeError(`not a calendar date: ${purchasedOn}`);
  return expiryRule(kind) === 'one-year' ? addYears(purchasedOn, 1) : null;
}

const INCIDENTS: Readonly<Record<PackKind, number | null>> = {
  'pay-per-incident': 1,
  'pay-per-incident-5pack': 5,
  'partner-gold-20pack': 20,
  'partner-on-premises-20': 20,
  'partner-silver-15pack': 15,
  'partner-maps-10pack': 10,
  // Partner Cloud Support comes with 5 incidents; a Signature Cloud Support contract is not
  // counted: such a pack is recorded with `incidents: null`.
  'partner-cloud-support': 5,
  'advanced-support-partners': null,
  'premier-unified': null,
};

/** Incidents a new pack of this kind holds; null = contract-based. */
export function incidentsFor(kind: PackKind): number | null {
  return INCIDENTS[kind];
}

/** Incidents still available; null for a contract-based pack. Never negative. */
export function incidentsLeft(pack: Pack): number | null {
  return pack.incidents === null ? null : Math.max(0, pack.incidents - pack.used);
}

/** A pack is usable on days strictly before its expiry date. */
function isExpired(pack: Pack, today: string): boolean {
  return pack.expiresOn !== null && today >= pack.expiresOn;
}

const isPayPerIncident = (kind: PackKind): boolean =>
  kind === 'pay-per-incident' || kind === 'pay-per-incident-5pack';

const coverageOf = (kind: PackKind) =>
  PLANS[kind === 'pay-per-incident-5pack' ? 'pay-per-incident' : kind].coverage;

/**
 * What to tell the user about a pack today. When `target` (the product the agent is about to
 * spend it on) is given, `cloud` says whether that product is a cloud service.
 * - 'entra-sign-in': a pay-per-incident pack recorded as bought with an Entra (work) account:
 *   KB 4490370 hides pay-per-incident from Entra sign-ins, use the personal Microsoft account.
 * - 'expired': today is on or after `expiresOn`.
 * - 'expires-within-7-days' / 'expires-within-30-days': 1–7 / 8–30 usable days left (only the
 *   tighter one), and only while incidents remain: an empty pack has nothing left to lose.
 * - 'no-incidents-left': a counted pack with every incident used.
 * - 'on-premises-only': a partner-program pack (on-premises products, N-1), as a standing reminder
 *   when no target is given or the target is on-premises.
 * - 'not-for-cloud': instead of the reminder, when the target is a cloud product the pack cannot
 *   cover: a partner-program pack, or pay-per-incident (cloud requests go to cloud support plans,
 *   domain.md §8).
 * - 'cloud-only' / 'not-for-on-premises': the same two for a cloud-support plan, which never
 *   covers an on-premises product.
 */
export function packWarnings(
  pack: Pack,
  today: string,
  target?: { cloud: boolean },
): PackWarning[] {
  if (!isIsoDate(today)) throw new RangeError(`not a calendar date: ${today}`);
  const warnings: PackWarning[] = [];
  if (isPayPerIncident(pack.kind) && pack.account === 'entra') warnings.push('entra-sign-in');
  const left = incidentsLeft(pack);
  if (isExpired(pack, today)) {
    warnings.push('expired');
  } else if (pack.expiresOn !== null && isIsoDate(pack.expiresOn) && left !== 0) {
    // (A date that is not real — from an older version's looser checks — warns of nothing
    // rather than throwing the whole list away; the popup says the date is unreadable.)
    const usableDays = daysBetween(today, pack.expiresOn);
    if (usableDays <= 7) warnings.push('expires-within-7-days');
    else if (usableDays <= 30) warnings.push('expires-within-30-days');
  }
  if (left === 0) warnings.push('no-incidents-left');
  const coverage = coverageOf(pack.kind);
  if (coverage === 'on-premises') {
    warnings.push(target?.cloud ? 'not-for-cloud' : 'on-premises-only');
  } else if (coverage === 'cloud') {
    warnings.push(target && !target.cloud ? 'not-for-on-premises' : 'cloud-only');
  } else if (isPayPerIncident(pack.kind) && target?.cloud) {
    warnings.push('not-for-cloud');
  }
  return warnings;
}

/** Whether one more incident can be spent from the pack today; expiry is reported first. */
export function canConsume(pack: Pack, today: string): ConsumeCheck {
  if (!isIsoDate(today)) throw new RangeError(`not a calendar date: ${today}`);
  if (isExpired(pack, today)) return { ok: false, reason: 'expired' };
  if (incidentsLeft(pack) === 0) return { ok: false, reason: 'no-incidents-left' };
  return { ok: true };
}

/**
 * The pack with one more incident used. Callers check `canConsume` first; this only keeps the
 * count within 0…incidents, so replaying an event on a full pack cannot push it past its size.
 */
export function consume(pack: Pack): Pack {
  const used = pack.incidents === null ? pack.used + 1 : Math.min(pack.used + 1, pack.incidents);
  return { ...pack, used };
}

/** The pack with one incident given back (a case closed without charge); never below zero. */
export function refund(pack: Pack): Pack {
  const capped = pack.incidents === null ? pack.used : Math.min(pack.used, pack.incidents);
  return { ...pack, used: Math.max(0, capped - 1) };
}

/** Every pack kind: the plans, plus the pay-per-incident 5-pack (one plan, its own expiry rule). */
export const PACK_KINDS = [
  ...PLAN_IDS,
  'pay-per-incident-5pack',
] as const satisfies readonly PackKind[];
