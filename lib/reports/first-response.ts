import type { Ticket } from '../history/types';
import { calendarDate } from '../lifecycle/calendar-date';
import { firstResponseOf, firstResponseOutcome } from '../rules/first-response';
import { knownZone } from '../rules/packs';

/**
 * Microsoft's first-response record, the figures of the reports page: per group (a month, a
 * customer, a severity, a program), how many tickets were filed, how many first responses were
 * due, met, missed and are still awaited, the hit rate, and the median and 90th-percentile time
 * to first response against the time allowed. Pure: the background computes it over the history.
 *
 * Definitions (stated on the page, in the README and pinned by the tests):
 * - a ticket counts in the group of its **filing** (its month is the calendar month of `filedAt`
 *   in the agent's business-hours time zone: a request filed at 00:30 in Paris on 1 November is a
 *   November request even though it is still 31 October in UTC);
 * - **due**: it has a first-response due time (its severity was known at filing);
 * - **met**: Microsoft's first response (read on a portal, or the agent's marking) came by then;
 * - **missed**: it came after, *or* none has come and the due time has passed (a breach still
 *   open is a breach);
 * - **open**: no response yet and not due yet;
 * - **unknown**: no due time, or closed with no response on record: in no rate;
 * - **hit rate** = met / (met + missed), null when neither;
 * - times are real elapsed time between instants (a DST change inside a window changes nothing),
 *   over the responded tickets; the percentiles are nearest-rank (the smallest value with at
 *   least p % of the values at or below it), so every figure is a time that really happened.
 */

export type ReportGrouping = 'month' | 'customer' | 'severity' | 'program';

export interface FirstResponseRow {
  /** The group: `2026-11`, a customer id (or `none`), `A`/`B`/`C`/`none`, a program id. */
  key: string;
  filed: number;
  due: number;
  met: number;
  missed: number;
  open: number;
  unknown: number;
  /** met / (met + missed), in [0, 1]; null when no first response was judged. */
  hitRate: number | null;
  /** Time from filing to Microsoft's first response, over the responded tickets (ms). */
  responseMedianMs: number | null;
  responseP90Ms: number | null;
  /** Time allowed (due − filed), over the tickets with a due time (ms). */
  allowedMedianMs: number | null;
  /** The tickets behind the row, so every figure links to them. */
  ticketIds: string[];
}

export type ReportTicket = Pick<
  Ticket,
  | 'id'
  | 'filedAt'
  | 'dueAt'
  | 'status'
  | 'statusAt'
  | 'severity'
  | 'program'
  | 'customerId'
  | 'firstResponseAt'
  | 'firstResponseFrom'
>;

/**
 * Every zone's offset today is a whole number of quarter hours, so a local month starts on a UTC
 * quarter hour: the month of every instant in the same quarter hour is the same, and one
 * formatting per quarter hour serves a whole history (100,000 tickets, a few thousand calls).
 */
const QUARTER_HOUR_MS = 900_000;
const monthCache = new Map<string, Map<number, string>>();

/** The calendar month (`YYYY-MM`) of an instant in a time zone (UTC when the zone is unknown). */
export function monthIn(instant: string, timeZone: string): string {
  const t = Date.parse(instant);
  const bucket = Math.floor(t / QUARTER_HOUR_MS);
  let byBucket = monthCache.get(timeZone);
  if (!byBucket) {
    if (monthCache.size > 8) monthCache.clear();
    byBucket = new Map();
    monthCache.set(timeZone, byBucket);
  }
  const known = byBucket.get(bucket);
  if (known) return known;
  const key = calendarDate(new Date(bucket * QUARTER_HOUR_MS), knownZone(timeZone)).slice(0, 7);
  if (byBucket.size > 200_000) byBucket.clear();
  byBucket.set(bucket, key);
  return key;
}

/** Nearest-rank percentile of sorted values (p in (0, 100]); null for none. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** The group of a ticket in a grouping (the row it counts in). */
export function groupKeyOf(ticket: ReportTicket, by: ReportGrouping, timeZone: string): string {
  switch (by) {
    case 'month':
      return monthIn(ticket.filedAt, timeZone);
    case 'customer':
      return ticket.customerId ?? 'none';
    case 'severity':
      return ticket.severity ?? 'none';
    case 'program':
      return ticket.program;
  }
}

interface Acc {
  row: FirstResponseRow;
  responses: number[];
  allowed: number[];
}

/**
 * The record, one row per group, sorted by key (months in order). `now` decides which waiting
 * tickets are already past due.
 */
export function firstResponseReport(
  tickets: Iterable<ReportTicket>,
  options: { by: ReportGrouping; timeZone: string; now: number },
): FirstResponseRow[] {
  const groups = new Map<string, Acc>();
  for (const ticket of tickets) {
    const key = groupKeyOf(ticket, options.by, options.timeZone);
    let acc = groups.get(key);
    if (!acc) {
      acc = {
        row: {
          key,
          filed: 0,
          due: 0,
          met: 0,
          missed: 0,
          open: 0,
          unknown: 0,
          hitRate: null,
          responseMedianMs: null,
          responseP90Ms: null,
          allowedMedianMs: null,
          ticketIds: [],
        },
        responses: [],
        allowed: [],
      };
      groups.set(key, acc);
    }
    const { row } = acc;
    row.filed++;
    row.ticketIds.push(ticket.id);
    const filed = Date.parse(ticket.filedAt);
    if (ticket.dueAt) {
      row.due++;
      acc.allowed.push(Date.parse(ticket.dueAt) - filed);
    }
    const response = firstResponseOf(ticket);
    // A response recorded before the filing (a clock or a typing error) is no time at all.
    if (response) acc.responses.push(Math.max(0, Date.parse(response.at) - filed));
    const outcome = firstResponseOutcome(ticket, options.now);
    if (outcome.state === 'met') row.met++;
    else if (outcome.state === 'missed') row.missed++;
    else if (outcome.state === 'waiting') {
      if (outcome.overdue) row.missed++;
      else row.open++;
    } else row.unknown++;
  }
  const rows: FirstResponseRow[] = [];
  for (const { row, responses, allowed } of groups.values()) {
    const judged = row.met + row.missed;
    row.hitRate = judged > 0 ? row.met / judged : null;
    responses.sort((a, b) => a - b);
    allowed.sort((a, b) => a - b);
    row.responseMedianMs = nearestRank(responses, 50);
    row.responseP90Ms = nearestRank(responses, 90);
    row.allowedMedianMs = nearestRank(allowed, 50);
    rows.push(row);
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
