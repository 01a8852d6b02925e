import { RequestError } from '../errors';
import {
  DEFAULT_LIMIT,
  decodeCursor,
  encodeCursor,
  isPair,
  type ReadTx,
  type RepoBase,
  type WriteMeta,
} from './repo-base';
import type { PackSpending } from './repo-packs';
import { DUE_UNKNOWN, fromStored, OPEN_STATUSES, type StoredTicket, toStored } from './schema';
import {
  type CaptureInput,
  type Page,
  TICKET_FIELD_NAMES,
  type Ticket,
  type TicketInput,
  type TicketLinkInput,
  type TicketStatusInput,
  type TicketsQuery,
  type TicketUnlinkInput,
  type TicketUpdateInput,
} from './types';

/**
 * Tickets: captured from a portal's confirmation or added in our pages (deduplicated by request
 * number), edited, moved through their statuses, linked to a pack (one incident, spent in the
 * ticket's own transaction), listed in pages by due time or filing time.
 */

export function createTicketRepo(base: RepoBase, spending: PackSpending) {
  const { db, now, newId, write, log, bury, adjustCounts, ticketCounts } = base;
  const { trySpendIn, consumeIn, refundIn } = spending;

  function buildTicket(
    input: TicketInput,
    source: Ticket['source'],
    id: string,
    at: string,
  ): Ticket {
    // The fields a surface provides, by their declared names: whatever else a payload holds (a
    // write kept aside by an older version is replayed without the schema) is left out. `dueAt`
    // is stored as given: the surface computed it with lib/sla at filing; never recomputed.
    const provided = {} as Record<string, unknown>;
    for (const name of TICKET_FIELD_NAMES) provided[name] = input[name];
    return {
      id,
      ...(provided as Pick<Ticket, (typeof TICKET_FIELD_NAMES)[number]>),
      status: 'open',
      statusAt: { open: input.filedAt },
      portalStatus: null,
      portalStatusSeenAt: null,
      firstResponseAt: null,
      firstResponseFrom: null,
      portalReplyAt: null,
      portalReplyDismissedAt: null,
      packId: null,
      notes: input.notes ?? '',
      source,
      createdAt: at,
      updatedAt: at,
    };
  }

  /**
   * Creates a ticket unless its number (or, for a replayed write, its id) is already known. A pack
   * that cannot be spent leaves the ticket recorded but unlinked (the event says why): a captured
   * request must never be lost because of a pack.
   */
  async function createTicket(
    input: TicketInput,
    source: Ticket['source'],
    meta: WriteMeta,
  ): Promise<{ ticket: Ticket; created: boolean }> {
    const id = meta.id ?? newId();
    const at = meta.at ?? now().toISOString();
    const draft = buildTicket(input, source, id, at);
    return write(['tickets', 'packs'], async (tx) => {
      const tickets = tx.objectStore('tickets');
      const same = await tickets.get(id);
      if (same) return { ticket: fromStored(same), created: false };
      if (draft.number !== null) {
        const existing = await tickets.index('byNumber').get(draft.number);
        if (existing) return { ticket: fromStored(existing), created: false };
      }
      let ticket = draft;
      await tickets.add(toStored(ticket));
      await adjustCounts(tx, 1, 1);
      await log(tx, at, meta.surface, 'ticket', id, 'created', { source });
      if (input.packId) {
        const spent = await trySpendIn(tx, input.packId, ticket, at, meta.surface);
        if ('pack' in spent) {
          ticket = { ...ticket, packId: spent.pack.id };
          await tickets.put(toStored(ticket));
          await log(tx, at, meta.surface, 'ticket', id, 'linked', { packId: spent.pack.id });
        } else {
          await log(tx, at, meta.surface, 'ticket', id, 'link-refused', {
            packId: input.packId,
            reason: spent.refused,
          });
        }
      }
      return { ticket, created: true };
    });
  }

  async function requireTicket(tx: ReadTx, id: string): Promise<StoredTicket> {
    const ticket = await tx.objectStore('tickets').get(id);
    if (!ticket) throw new RequestError('ticket-not-found', id);
    return ticket;
  }

  return {
    // ——— tickets ———
    async ticketsCapture(input: CaptureInput, meta: WriteMeta) {
      // Only what the page showed: a capture never spends an incident nor writes notes, whatever
      // its payload holds (a write kept aside by an older version is replayed without the schema).
      const shown = { ...input, notes: undefined, packId: null };
      const { ticket, created } = await createTicket(shown, 'captured', meta);
      return { id: ticket.id, created };
    },

    async ticketsAdd(input: TicketInput, meta: WriteMeta): Promise<Ticket> {
      const { ticket, created } = await createTicket(input, 'manual', meta);
      // A replayed write finds its own id: that is success, not a duplicate.
      if (!created && ticket.id !== meta.id) {
        throw new RequestError('duplicate-number', ticket.id);
      }
      return ticket;
    },

    async ticketsGet(id: string): Promise<Ticket | null> {
      const t = await db.get('tickets', id);
      return t ? fromStored(t) : null;
    },

    /**
     * Pages of tickets. `open`: open/responded tickets by due time, unknown due last (one index
     * range). `all`/`closed`: newest filed first. With `customerId`, that customer's tickets.
     * The cursor is the (index key, id) of the last item returned.
     */
    async ticketsList(input: TicketsQuery): Promise<Page<Ticket>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor(input.cursor, isPair) as [string, string] | null;
      // Totals first, in their own transaction: nothing may be awaited inside the list's one.
      const counts = input.customerId ? null : await ticketCounts();
      const tx = db.transaction('tickets');
      const store = tx.store;
      const keep = (t: StoredTicket) =>
        input.view === 'all' ||
        (input.view === 'open' ? OPEN_STATUSES.has(t.status) : !OPEN_STATUSES.has(t.status));

      if (input.customerId) {
        // A customer's tickets: one index range, sorted and filtered in memory (hundreds at most).
        const range = IDBKeyRange.bound([input.customerId, ''], [input.customerId, '\uffff']);
        const all = (await store.index('byCustomerFiled').getAll(range)).filter(keep);
        const keyOf = (t: StoredTicket) => (input.view === 'open' ? (t.openDue ?? '') : t.filedAt);
        const asc = input.view === 'open';
        all.sort((a, b) => {
          const ka = keyOf(a);
          const kb = keyOf(b);
          if (ka !== kb) return (ka < kb ? -1 : 1) * (asc ? 1 : -1);
          return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * (asc ? 1 : -1);
        });
        let start = 0;
        if (after) {
          const i = all.findIndex((t) => keyOf(t) === after[0] && t.id === after[1]);
          start = i >= 0 ? i + 1 : 0;
        }
        const items = all.slice(start, start + limit);
        const last = items.at(-1);
        return {
          items: items.map(fromStored),
          next: last && start + limit < all.length ? encodeCursor([keyOf(last), last.id]) : null,
          total: all.length,
        };
      }

      if (input.view === 'open') {
        // One range read: `openDue` keys are unique, so the next page starts after the last key.
        const index = store.index('byOpenDue');
        const range = after ? IDBKeyRange.lowerBound(after[0], true) : null;
        const found = await index.getAll(range, limit + 1);
        const total = counts?.open ?? 0;
        const items = found.slice(0, limit);
        const last = items.at(-1);
        return {
          items: items.map(fromStored),
          next: found.length > limit && last ? encodeCursor([last.openDue ?? '', last.id]) : null,
          total,
        };
      }

      // Newest filed first: a reverse cursor on `byFiled` (ids break ties, descending).
      const index = store.index('byFiled');
      const all = counts?.all ?? 0;
      const total = input.view === 'all' ? all : all - (counts?.open ?? 0);
      const range = after ? IDBKeyRange.upperBound(after[0]) : null;
      let cursor = await index.openCursor(range, 'prev');
      if (after && cursor && cursor.key === after[0]) {
        // Step past the entries of the same filing time up to the last id returned.
        if (cursor.primaryKey !== after[1] && cursor.primaryKey >= after[1]) {
          cursor = await cursor.continuePrimaryKey(after[0], after[1]);
        }
        if (cursor && cursor.key === after[0] && cursor.primaryKey === after[1]) {
          cursor = await cursor.continue();
        }
      }
      const items: StoredTicket[] = [];
      while (cursor && items.length < limit) {
        if (keep(cursor.value)) items.push(cursor.value);
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      return {
        items: items.map(fromStored),
        next: cursor && last ? encodeCursor([last.filedAt, last.id]) : null,
        total,
      };
    },

    async ticketsUpdate(input: TicketUpdateInput, meta: WriteMeta): Promise<Ticket> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets'], async (tx) => {
        const current = await requireTicket(tx, input.id);
        const patch = input.patch;
        const changed = Object.keys(patch).filter(
          (k) =>
            JSON.stringify(patch[k as keyof typeof patch]) !==
            JSON.stringify(current[k as keyof Ticket]),
        );
        if (changed.length === 0) return fromStored(current);
        if (
          patch.number !== undefined &&
          patch.number !== null &&
          patch.number !== current.number
        ) {
          const other = await tx.objectStore('tickets').index('byNumber').get(patch.number);
          if (other && other.id !== current.id)
            throw new RequestError('duplicate-number', other.id);
        }
        const next: Ticket = { ...fromStored(current), ...patch, updatedAt: at };
        await tx.objectStore('tickets').put(toStored(next));
        await log(tx, at, meta.surface, 'ticket', next.id, 'updated', {
          fields: changed.sort().join(','),
        });
        return next;
      });
    },

    async ticketsSetStatus(input: TicketStatusInput, meta: WriteMeta) {
      const at = meta.at ?? now().toISOString();
      return write(['tickets'], async (tx) => {
        const current = fromStored(await requireTicket(tx, input.id));
        if (current.status === input.status) return current;
        const next: Ticket = {
          ...current,
          status: input.status,
          statusAt: { ...current.statusAt, [input.status]: at },
          updatedAt: at,
        };
        await tx.objectStore('tickets').put(toStored(next));
        const wasOpen = OPEN_STATUSES.has(current.status) ? 1 : 0;
        await adjustCounts(tx, 0, (OPEN_STATUSES.has(next.status) ? 1 : 0) - wasOpen);
        await log(tx, at, meta.surface, 'ticket', next.id, 'status', {
          from: current.status,
          to: input.status,
        });
        return next;
      });
    },

    /** Deleting a ticket (a record made by mistake) gives its incident back to its pack. */
    async ticketsDelete(id: string, meta: WriteMeta): Promise<{ deleted: boolean }> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets', 'packs'], async (tx) => {
        const current = await tx.objectStore('tickets').get(id);
        if (!current) return { deleted: false };
        if (current.packId) await refundIn(tx, current.packId, at, meta.surface, id);
        await tx.objectStore('tickets').delete(id);
        await bury(tx, 'ticket', id, at);
        await adjustCounts(tx, -1, OPEN_STATUSES.has(current.status) ? -1 : 0);
        await log(tx, at, meta.surface, 'ticket', id, 'deleted', { packId: current.packId });
        return { deleted: true };
      });
    },

    /**
     * Consumes one incident of a pack that covers the ticket (or, overridden, one that does not);
     * relinking moves it (refund the old pack, consume the new one), in one transaction: a refused
     * relink leaves the old link as it was.
     */
    async ticketsLinkPack(input: TicketLinkInput, meta: WriteMeta) {
      const at = meta.at ?? now().toISOString();
      return write(['tickets', 'packs'], async (tx) => {
        const current = fromStored(await requireTicket(tx, input.ticketId));
        if (current.packId === input.packId) {
          const pack = await tx.objectStore('packs').get(input.packId);
          if (!pack) throw new RequestError('pack-not-found', input.packId);
          return { ticket: current, pack };
        }
        if (current.packId) await refundIn(tx, current.packId, at, meta.surface, current.id);
        const pack = await consumeIn(tx, input.packId, current, at, meta.surface, input.override);
        const ticket: Ticket = { ...current, packId: pack.id, updatedAt: at };
        await tx.objectStore('tickets').put(toStored(ticket));
        await log(tx, at, meta.surface, 'ticket', ticket.id, 'linked', {
          packId: pack.id,
          from: current.packId,
        });
        return { ticket, pack };
      });
    },

    async ticketsUnlinkPack(input: TicketUnlinkInput, meta: WriteMeta) {
      const at = meta.at ?? now().toISOString();
      return write(['tickets', 'packs'], async (tx) => {
        const current = fromStored(await requireTicket(tx, input.ticketId));
        if (!current.packId) return { ticket: current, pack: null };
        const pack = await refundIn(tx, current.packId, at, meta.surface, current.id);
        const ticket: Ticket = { ...current, packId: null, updatedAt: at };
        await tx.objectStore('tickets').put(toStored(ticket));
        await log(tx, at, meta.surface, 'ticket', ticket.id, 'unlinked', {
          packId: current.packId,
        });
        return { ticket, pack };
      });
    },

    /**
     * Open tickets (first response not given yet) due at or after `fromIso`, nearest first, at most
     * `limit` index entries read: what reminders need, without loading the whole history.
     */
    async openTicketsDueFrom(fromIso: string, limit: number): Promise<Ticket[]> {
      const range = IDBKeyRange.bound(fromIso, DUE_UNKNOWN, false, true);
      const found = await db.getAllFromIndex('tickets', 'byOpenDue', range, limit);
      return found.filter((t) => t.status === 'open').map(fromStored);
    },
    /**
     * How many open tickets (first response not given) were due before `beforeIso`: the toolbar
     * badge. Walks the index keys only (`<due>|<id>`), then reads the records of that range to
     * leave out the responded ones; overdue tickets are few, or the agent has a bigger problem.
     */
    async openTicketsOverdue(beforeIso: string): Promise<number> {
      const range = IDBKeyRange.upperBound(beforeIso, true);
      const found = await db.getAllFromIndex('tickets', 'byOpenDue', range);
      return found.filter((t) => t.status === 'open').length;
    },
  };
}
