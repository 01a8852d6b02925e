import { RequestError } from '../errors';
import type { RepoBase, Tx, WriteMeta } from './repo-base';
import { fromStored, type StoredTicket, toStored } from './schema';
import type { StatusObservationInput, Ticket } from './types';

/**
 * Statuses read from the portals: what a request list or details page showed of the requests the
 * history already holds (matched by number), written to their tickets. The page's status is kept
 * as the portal said it (`portalStatus`, with when it was seen); Microsoft's reply, for a ticket
 * still awaiting its first response, is either proposed to the agent (`portalReplyAt`, shown in
 * the popup) or, when the agent chose so, taken at once as the first response.
 */

/** How the background treats a reply read on a portal (the `portalReplies` setting). */
export type ReplyPolicy = 'propose' | 'apply';

export interface ObservationResult {
  /** Rows whose number is a ticket of the history. */
  matched: number;
  /** Tickets whose portal status changed. */
  statuses: number;
  /** Tickets that now propose a reply, and tickets marked responded from one. */
  proposed: number;
  applied: number;
}

/** A reply read before the request was filed is a misread (another zone, another request). */
const BEFORE_FILING_MS = 10 * 60 * 1000;
/** A reply read after now: the page's clock or our reading of its date is off. */
const AHEAD_MS = 5 * 60 * 1000;
/** A status seen again refreshes when it was seen at most this often (no write per page view). */
const SEEN_REFRESH_MS = 60 * 60 * 1000;

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/**
 * The reply a ticket should propose after a page showed `replyAt`, or null when it changes
 * nothing: the ticket must still await its first response, the reply must fall between filing and
 * now, and be later than one the agent dismissed. The earliest reply seen is kept: the page shows
 * Microsoft's latest reply, and the first one cannot be later than any of those.
 */
export function proposedReply(ticket: Ticket, replyAt: string, now: number): string | null {
  if (ticket.status !== 'open' || ticket.firstResponseAt) return null;
  const at = Date.parse(replyAt);
  if (at < Date.parse(ticket.filedAt) - BEFORE_FILING_MS || at > now + AHEAD_MS) return null;
  const dismissed = ticket.portalReplyDismissedAt;
  if (dismissed && !later(replyAt, dismissed)) return null;
  const current = ticket.portalReplyAt;
  if (current && (!dismissed || later(current, dismissed)) && !later(current, replyAt)) return null;
  return new Date(at).toISOString();
}

/** A ticket marked responded, its first response the reply a portal showed. */
function respondedFromPortal(ticket: Ticket, replyAt: string, at: string): Ticket {
  return {
    ...ticket,
    status: 'responded',
    statusAt: { ...ticket.statusAt, responded: at },
    firstResponseAt: replyAt,
    firstResponseFrom: 'portal',
    portalReplyAt: null,
    updatedAt: at,
  };
}

export function createTicketStatusRepo(base: RepoBase) {
  const { now, write, log } = base;

  async function requireTicket(tx: Tx, id: string): Promise<Ticket> {
    const ticket = await tx.objectStore('tickets').get(id);
    if (!ticket) throw new RequestError('ticket-not-found', id);
    return fromStored(ticket);
  }

  return {
    /**
     * Rows a portal page showed, in one transaction. Rows of unknown numbers are left out (a page
     * lists requests filed without PCX too); the first row of a number wins.
     */
    async ticketsObserveStatus(
      input: StatusObservationInput,
      meta: WriteMeta,
      policy: ReplyPolicy,
    ): Promise<ObservationResult> {
      const at = meta.at ?? now().toISOString();
      const nowMs = Date.parse(at);
      const seen = new Set<string>();
      const rows = input.rows.filter((r) => !seen.has(r.number) && seen.add(r.number));
      const result: ObservationResult = { matched: 0, statuses: 0, proposed: 0, applied: 0 };
      if (rows.length === 0) return result;
      return write(['tickets'], async (tx) => {
        const tickets = tx.objectStore('tickets');
        const byNumber = tickets.index('byNumber');
        for (const row of rows) {
          const stored: StoredTicket | undefined = await byNumber.get(row.number);
          if (!stored) continue;
          result.matched++;
          const current = fromStored(stored);
          let next: Ticket = current;
          if (row.status && row.status !== current.portalStatus) {
            next = { ...next, portalStatus: row.status, portalStatusSeenAt: at, updatedAt: at };
            result.statuses++;
            await log(tx, at, meta.surface, 'ticket', current.id, 'portal-status', {
              from: current.portalStatus,
              to: row.status,
              portal: input.portal,
            });
          } else if (
            row.status &&
            (!current.portalStatusSeenAt ||
              nowMs - Date.parse(current.portalStatusSeenAt) >= SEEN_REFRESH_MS)
          ) {
            // The same status seen again: only when it was seen, no event (nothing changed).
            next = { ...next, portalStatusSeenAt: at };
          }
          const reply = row.replyAt ? proposedReply(next, row.replyAt, nowMs) : null;
          if (reply && policy === 'apply') {
            next = respondedFromPortal(next, reply, at);
            result.applied++;
            await log(tx, at, meta.surface, 'ticket', current.id, 'status', {
              from: current.status,
              to: 'responded',
              firstResponseAt: reply,
              via: 'portal',
            });
          } else if (reply) {
            next = { ...next, portalReplyAt: reply, updatedAt: at };
            result.proposed++;
            await log(tx, at, meta.surface, 'ticket', current.id, 'reply-proposed', {
              replyAt: reply,
              portal: input.portal,
            });
          }
          if (next !== current) await tickets.put(toStored(next));
        }
        return result;
      });
    },

    /**
     * The agent accepts the proposed reply: the ticket is marked responded, its first response the
     * reply's time. A ticket no longer awaiting its first response (marked or resolved meanwhile)
     * keeps its status; the proposal goes.
     */
    async ticketsAcceptReply(input: { id: string }, meta: WriteMeta): Promise<Ticket> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets'], async (tx) => {
        const current = await requireTicket(tx, input.id);
        const reply = current.portalReplyAt;
        if (!reply) throw new RequestError('no-reply-proposed', input.id);
        const waiting = current.status === 'open' && !current.firstResponseAt;
        const next = waiting
          ? respondedFromPortal(current, reply, at)
          : { ...current, portalReplyAt: null, updatedAt: at };
        await tx.objectStore('tickets').put(toStored(next));
        await log(
          tx,
          at,
          meta.surface,
          'ticket',
          current.id,
          waiting ? 'status' : 'reply-dropped',
          {
            from: current.status,
            to: next.status,
            firstResponseAt: waiting ? reply : null,
            via: 'portal',
          },
        );
        return next;
      });
    },

    /** The agent dismisses the proposed reply; a later one will be proposed again. */
    async ticketsDismissReply(input: { id: string }, meta: WriteMeta): Promise<Ticket> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets'], async (tx) => {
        const current = await requireTicket(tx, input.id);
        const reply = current.portalReplyAt;
        if (!reply) return current;
        const next: Ticket = {
          ...current,
          portalReplyAt: null,
          portalReplyDismissedAt: reply,
          updatedAt: at,
        };
        await tx.objectStore('tickets').put(toStored(next));
        await log(tx, at, meta.surface, 'ticket', current.id, 'reply-dismissed', {
          replyAt: reply,
        });
        return next;
      });
    },
  };
}
