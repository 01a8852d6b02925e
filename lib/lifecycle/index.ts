import { currentPlanName, PLAN_IDS, PLAN_PREFERENCE, PLANS, type PlanId } from '../rules/plans';
import { calendarDate } from './calendar-date';
import { LIFECYCLE_ROWS } from './data.generated';
import type { IsoDate, LifecycleRow } from './types';

/**
 * Product lifecycle and the N-1 verdict (domain.md §6). Every verdict is computed from the dates in
 * `data.generated.ts` on the calendar day asked about; nothing is hard-coded per product.
 */

export { calendarDate } from './calendar-date';
export { findProductMentions, matchProduct, type ProductMatch } from './match-product';
export type { InferableField, IsoDate, LifecycleRow, Policy, PolicySubtype } from './types';

export type Phase = 'mainstream' | 'extended' | 'modern' | 'out-of-support' | 'not-released';

export type Reason =
  | 'current-version'
  | 'previous-version-in-mainstream'
  | 'older-than-n-1'
  | 'mainstream-ended'
  | 'cloud-product'
  | 'on-premises-product'
  | 'in-lifecycle'
  | 'out-of-support'
  | 'not-released'
  | 'unknown-product'
  /** A modern-policy row: no mainstream phase and no N/N-1 standing, supported while updated. */
  | 'kept-current-modern';

export type EligibilityStatus = 'eligible' | 'not-eligible' | 'unknown';

export interface EligibilityQuery {
  plan: PlanId;
  /** Spelled as in lifecycle.json, e.g. 'Windows Server'. */
  product: string;
  /** Spelled as in lifecycle.json, e.g. '2022' or 'Subscription Edition (SE)'. */
  version: string;
  at: Date;
  /** IANA zone whose calendar date counts; UTC when absent. */
  timeZone?: string;
}

export interface Eligibility {
  status: EligibilityStatus;
  reason: Reason;
  /** Other plans that work for this product version on that date, best first. */
  alternatives: PlanId[];
  /** 0 = N, 1 = N-1…; absent when the row is unknown or not released on that date. */
  rank?: number;
  /** Absent only for an unknown product/version. */
  phase?: Phase;
}

interface ProductIndex {
  rows: LifecycleRow[];
  /** Release group of each row (same index as `rows`): editions/channels of one release. */
  groups: number[];
}

/**
 * The year (and "R2", "R3") a version string names, e.g. "Enterprise LTSC 2019" → "2019",
 * "2012 R2" → "2012 r2" (Dynamics AX 2012 R3 is a release of its own too). Versions without one
 * ("Home and Pro", "9.x (9.0 / 9.1)") give null.
 */
function releaseYear(version: string): string | null {
  const match = /\b(?:19|20)\d{2}(?: R\d)?\b/i.exec(version);
  return match ? match[0].toLowerCase() : null;
}

/**
 * Rows of one product are editions or channels of the same release when they share a release date
 * (Windows 10 "Home and Pro" / "Enterprise and Education", both 2015-07-29) or name the same release
 * year (Office "LTSC 2021", 2021-09-16, and retail "2021", 2021-10-05: one release, two channels
 * shipped three weeks apart). Either relation joins them; groups are its transitive closure.
 */
function releaseGroups(rows: LifecycleRow[]): number[] {
  const groups = rows.map((_, index) => index);
  const find = (i: number): number => {
    let root = i;
    while (groups[root] !== root) root = groups[root]!;
    return root;
  };
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      const sameDate = a.releaseDate !== null && a.releaseDate === b.releaseDate;
      const yearA = releaseYear(a.version);
      const sameYear = yearA !== null && yearA === releaseYear(b.version);
      if (sameDate || sameYear) groups[find(j)] = find(i);
    }
  }
  return groups.map((_, i) => find(i));
}

const BY_PRODUCT = new Map<string, ProductIndex>();
for (const row of LIFECYCLE_ROWS) {
  const entry = BY_PRODUCT.get(row.product) ?? { rows: [], groups: [] };
  entry.rows.push(row);
  BY_PRODUCT.set(row.product, entry);
}
for (const entry of BY_PRODUCT.values()) entry.groups = releaseGroups(entry.rows);

/** Products in reference order. */
export function listProducts(): string[] {
  return [...BY_PRODUCT.keys()];
}

/** Versions of a product in reference order (oldest release first); [] for an unknown product. */
export function listVersions(product: string): string[] {
  return BY_PRODUCT.get(product)?.rows.map((row) => row.version) ?? [];
}

export function findRow(product: string, version: string): LifecycleRow | undefined {
  return BY_PRODUCT.get(product)?.rows.find((row) => row.version === version);
}

function isReleased(row: LifecycleRow, date: IsoDate): boolean {
  return row.releaseDate !== null && row.releaseDate <= date;
}

/** The phase of a row on a calendar date; end dates are inclusive (last day of the phase). */
export function lifecyclePhase(row: LifecycleRow, date: IsoDate): Phase {
  if (!isReleased(row, date)) return 'not-released';
  if (row.policy === 'modern') {
    // earliestPossibleEndOfSupport is a promise, not an end: a modern row ends only on retirement.
    return row.retirementDate === undefined || date <= row.retirementDate
      ? 'modern'
      : 'out-of-support';
  }
  // The generator guarantees a released fixed row has mainstreamEnd; extendedEnd is null for
  // fixed-mainstream-only (LTSC) rows, which go straight from mainstream to out of support.
  if (row.mainstreamEnd !== null && date <= row.mainstreamEnd) return 'mainstream';
  if (row.extendedEnd !== null && date <= row.extendedEnd) return 'extended';
  return 'out-of-support';
}

/**
 * Rank of a version among the releases of its product out on `date`: 0 = N (newest), 1 = N-1…
 * Editions of one release share a rank; a release dates from its first edition out. Null for an
 * unknown or not-yet-released row. Modern-policy rows count like any other release.
 */
export function rankOf(product: string, version: string, date: IsoDate): number | null {
  const entry = BY_PRODUCT.get(product);
  const index = entry?.rows.findIndex((row) => row.version === version) ?? -1;
  if (!entry || index < 0 || !isReleased(entry.rows[index]!, date)) return null;
  const groupStart = new Map<number, IsoDate>();
  entry.rows.forEach((row, i) => {
    if (!isReleased(row, date)) return;
    const group = entry.groups[i]!;
    const start = groupStart.get(group);
    if (start === undefined || row.releaseDate! < start) groupStart.set(group, row.releaseDate!);
  });
  const ownStart = groupStart.get(entry.groups[index]!)!;
  let newer = 0;
  for (const start of groupStart.values()) if (start > ownStart) newer++;
  return newer;
}

const isCloud = (row: LifecycleRow): boolean => row.policySubtype === 'modern-online';

/** The verdict of one plan for a released row; `phase` is the row's phase on `date`. */
function verdict(
  plan: PlanId,
  row: LifecycleRow,
  phase: Phase,
  rank: number,
): { status: EligibilityStatus; reason: Reason } {
  const info = PLANS[plan];
  const no = (reason: Reason) => ({ status: 'not-eligible' as const, reason });
  const yes = (reason: Reason) => ({ status: 'eligible' as const, reason });
  // The product kind the plan cannot cover is the most lasting reason: checked before dates.
  if (info.coverage === 'on-premises' && isCloud(row)) return no('cloud-product');
  if (info.coverage === 'cloud' && !isCloud(row)) return no('on-premises-product');
  if (phase === 'out-of-support') return no('out-of-support');
  if (!info.n1) return yes('in-lifecycle');
  // Modern rows are kept current by updates: eligible whatever the rank of their release, and
  // never "current version in mainstream support", since they have no mainstream phase.
  if (phase === 'modern') return yes('kept-current-modern');
  // An N-2 release stays ineligible even if its mainstream were extended, so rank speaks first.
  if (rank >= 2) return no('older-than-n-1');
  if (phase !== 'mainstream') return no('mainstream-ended');
  return yes(rank === 0 ? 'current-version' : 'previous-version-in-mainstream');
}

/**
 * Can `plan` be used for this product version on the calendar date of `at`?
 * Unknown product/version and not-yet-released rows give status 'unknown' and no alternatives:
 * the badge says "cannot tell" rather than guess.
 */
export function checkEligibility(query: EligibilityQuery): Eligibility {
  const row = findRow(query.product, query.version);
  if (!row) return { status: 'unknown', reason: 'unknown-product', alternatives: [] };
  const date = calendarDate(query.at, query.timeZone);
  const phase = lifecyclePhase(row, date);
  const rank = rankOf(row.product, row.version, date);
  if (phase === 'not-released' || rank === null) {
    return { status: 'unknown', reason: 'not-released', alternatives: [], phase: 'not-released' };
  }
  const asked = currentPlanName(query.plan, date);
  const alternatives = new Set<PlanId>();
  for (const plan of PLAN_IDS) {
    const name = currentPlanName(plan, date);
    if (name !== asked && verdict(plan, row, phase, rank).status === 'eligible') {
      alternatives.add(name);
    }
  }
  return {
    ...verdict(query.plan, row, phase, rank),
    alternatives: PLAN_PREFERENCE.filter((plan) => alternatives.has(plan)),
    rank,
    phase,
  };
}
