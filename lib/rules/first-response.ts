import type { Ticket } from '../history/types';

/**
 * Whether Microsoft met its first-response time on a ticket: the first response (read from a
 * portal, or the agent's marking) against the due time computed at filing. One definition for
 * the ticket list, the reminders and the reports.
 */
export type FirstResponseOutcome =
  /** Answered by the due time; `marginMs` to spare. */
  | { state: 'met'; at: string; from: 'portal' | 'agent'; marginMs: number }
  /** Answered after the due time, `lateMs` late. */
  | { state: 'missed'; at: string; from: 'portal' | 'agent'; lateMs: number }
  /** No response yet; `overdue` once the due time has passed. */
  | { state: 'waiting'; overdue: boolean }
  /** No due time (severity unknown), or closed with no response on record. */
  | { state: 'unknown' };

type Judged = Pick<Ticket, 'dueAt' | 'status' | 'statusAt'> &
  Partial<Pick<Ticket, 'firstResponseAt' | 'firstResponseFrom'>>;

/** When Microsoft first responded, as far as the record knows, and who said so. */
export function firstResponseOf(ticket: Judged): { at: string; from: 'portal' | 'agent' } | null {
  if (ticket.firstResponseAt) {
    return { at: ticket.firstResponseAt, from: ticket.firstResponseFrom ?? 'agent' };
  }
  // Records from before the field: the moment the agent marked the ticket responded.
  const marked = ticket.statusAt.responded;
  return marked ? { at: marked, from: 'agent' } : null;
}

export function firstResponseOutcome(ticket: Judged, now: number): FirstResponseOutcome {
  const response = firstResponseOf(ticket);
  if (!ticket.dueAt) return { state: 'unknown' };
  const due = Date.parse(ticket.dueAt);
  if (response) {
    const delta = Date.parse(response.at) - due;
    return delta <= 0
      ? { state: 'met', at: response.at, from: response.from, marginMs: -delta }
      : { state: 'missed', at: response.at, from: response.from, lateMs: delta };
  }
  if (ticket.status !== 'open') return { state: 'unknown' };
  return { state: 'waiting', overdue: due <= now };
}
