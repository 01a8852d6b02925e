import type { Snapshot } from '../history/repo-whole';
import { recordIdField, type Ticket } from '../history/types';
import { firstResponseOutcome } from '../rules/first-response';
import { literal, nullable, obj, optional, str } from '../schema';
import { PORTAL_IDS, TICKET_PROGRAMS } from '../vocabulary';
import {
  type FirstResponseRow,
  firstResponseReport,
  groupKeyOf,
  monthIn,
  type ReportGrouping,
} from './first-response';
import { type PackSpendRow, packSpendReport } from './packs';

/**
 * The reports page's question and answer: which tickets (a period of filing months in the agent's
 * zone, a customer, a program, a portal), and the figures of lib/reports over them. The answer
 * carries counts, not the tickets: the tickets behind a figure are asked for one row at a time
 * (`reportTickets`), so a report over 100,000 tickets stays a small message.
 */

const month = () => str({ min: 7, max: 7, pattern: /^\d{4}-(0[1-9]|1[0-2])$/ });

export const reportQuery = obj({
  /** First filing month (`YYYY-MM`, in the agent's zone), inclusive. */
  from: optional(nullable(month())),
  /** Last filing month, inclusive. */
  to: optional(nullable(month())),
  customerId: optional(nullable(recordIdField())),
  program: optional(nullable(literal(...TICKET_PROGRAMS))),
  portal: optional(nullable(literal(...PORTAL_IDS))),
});
export type ReportQuery = {
  from?: string | null;
  to?: string | null;
  customerId?: string | null;
  program?: (typeof TICKET_PROGRAMS)[number] | null;
  portal?: (typeof PORTAL_IDS)[number] | null;
};

export const GROUPINGS: readonly ReportGrouping[] = ['month', 'severity', 'customer', 'program'];

export type ReportRow = Omit<FirstResponseRow, 'ticketIds'>;
export type PackRow = Omit<PackSpendRow, 'ticketIds'> & { tickets: number };

export interface ReportData {
  generatedAt: string;
  timeZone: string;
  /** The tickets the filters kept. */
  tickets: number;
  firstResponse: Record<ReportGrouping, ReportRow[]>;
  packs: PackRow[];
  /** Names of the customers the rows name (and of every customer, for the filter). */
  customers: { id: string; name: string | null; domain: string | null }[];
  /** The filing months the history holds, for the period filter. */
  months: string[];
}

export interface ReportClock {
  now: number;
  timeZone: string;
  /** The calendar day for packs (`packDay`). */
  today: string;
}

export function keepTicket(ticket: Ticket, query: ReportQuery, timeZone: string): boolean {
  if (query.customerId && ticket.customerId !== query.customerId) return false;
  if (query.program && ticket.program !== query.program) return false;
  if (query.portal && ticket.portal !== query.portal) return false;
  if (query.from || query.to) {
    const m = monthIn(ticket.filedAt, timeZone);
    if (query.from && m < query.from) return false;
    if (query.to && m > query.to) return false;
  }
  return true;
}

export function buildReport(
  snapshot: Snapshot,
  query: ReportQuery,
  clock: ReportClock,
): ReportData {
  const kept = snapshot.tickets.filter((t) => keepTicket(t, query, clock.timeZone));
  const firstResponse = Object.fromEntries(
    GROUPINGS.map((by) => [
      by,
      firstResponseReport(kept, { by, timeZone: clock.timeZone, now: clock.now }).map(
        ({ ticketIds: _, ...row }) => row,
      ),
    ]),
  ) as Record<ReportGrouping, ReportRow[]>;
  const customerOf = new Map(snapshot.tickets.map((t) => [t.id, t.customerId]));
  const packs = packSpendReport(
    snapshot.packs,
    snapshot.events,
    (id) => customerOf.get(id),
    clock.today,
  ).map(({ ticketIds, ...row }) => ({ ...row, tickets: ticketIds.length }));
  const months = [
    ...new Set(snapshot.tickets.map((t) => monthIn(t.filedAt, clock.timeZone))),
  ].sort();
  return {
    generatedAt: new Date(clock.now).toISOString(),
    timeZone: clock.timeZone,
    tickets: kept.length,
    firstResponse,
    packs,
    customers: snapshot.customers.map((c) => ({
      id: c.id,
      name: c.name,
      domain: c.domains[0] ?? null,
    })),
    months,
  };
}

/** The most tickets shown behind one figure. */
export const REPORT_TICKETS_MAX = 100;

export interface ReportTicketRow {
  id: string;
  number: string | null;
  title: string;
  severity: Ticket['severity'];
  filedAt: string;
  dueAt: string | null;
  firstResponseAt: string | null;
  outcome: 'met' | 'missed' | 'open' | 'unknown';
}

/** The tickets behind one row of the first-response record (filters applied), oldest first. */
export function reportTickets(
  snapshot: Snapshot,
  query: ReportQuery,
  by: ReportGrouping,
  key: string,
  clock: ReportClock,
): { total: number; items: ReportTicketRow[] } {
  const items = snapshot.tickets
    .filter(
      (t) => keepTicket(t, query, clock.timeZone) && groupKeyOf(t, by, clock.timeZone) === key,
    )
    .sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : 0));
  return {
    total: items.length,
    items: items.slice(0, REPORT_TICKETS_MAX).map((t) => {
      const o = firstResponseOutcome(t, clock.now);
      return {
        id: t.id,
        number: t.number,
        title: t.title,
        severity: t.severity,
        filedAt: t.filedAt,
        dueAt: t.dueAt,
        firstResponseAt: t.firstResponseAt ?? t.statusAt.responded ?? null,
        outcome: o.state === 'waiting' ? (o.overdue ? 'missed' : 'open') : o.state,
      };
    }),
  };
}
