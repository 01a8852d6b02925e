import { RequestError } from '../errors';
import { canConsume, consume } from '../rules/packs';
import type { RepoBase, Tx, WriteMeta } from './repo-base';
import { fromStored, OPEN_STATUSES, toStored } from './schema';
import type { HistoryEvent, PackRecord, Ticket, TicketStatus } from './types';

/**
 * Undo: putting back what a one-click action changed (a deleted ticket, a status, a pack link),
 * as real writes with their own events. Each one checks that what it undoes is still the record's
 * state (`undo-stale` otherwise): an Undo never overwrites a change made since, here or elsewhere.
 */

export interface TicketRestoreInput {
  /** The ticket as the page held it before deleting it. */
  ticket: Ticket;
}
export interface TicketStatusRestoreInput {
  id: string;
  /** The status the one-click change set (what the ticket must still have). */
  from: TicketStatus;
  /** The status and the timestamps to put back. */
  status: TicketStatus;
  statusAt: Ticket['statusAt'];
}
export interface TicketRelinkInput {
  ticketId: string;
  packId: string;
}

/** How far back the log is read for a record's last change (an Undo follows it within seconds). */
const LAST_EVENTS_READ = 200;

export function createRestoreRepo(base: RepoBase) {
  const { now, today, write, log, adjustCounts } = base;

  /** The latest event about one record, reading the log backwards a bounded number of steps. */
  async function lastEventOf(tx: Tx, entity: HistoryEvent['entity'], id: string) {
    let cursor = await tx.objectStore('events').openCursor(null, 'prev');
    for (let read = 0; cursor && read < LAST_EVENTS_READ; read++) {
      const event = cursor.value;
      if (event.entity === entity && event.entityId === id) return event;
      cursor = await cursor.continue();
    }
    return null;
  }

  /**
   * Spends again the incident a delete or an unlink gave back. The rules already allowed this
   * spending (or the agent overrode them, which the log kept): only what changed since — the pack
   * gone, full or expired — refuses it.
   */
  async function respendIn(
    tx: Tx,
    packId: string,
    ticketId: string,
    at: string,
    meta: WriteMeta,
  ): Promise<{ pack: PackRecord } | { refused: string }> {
    const packs = tx.objectStore('packs');
    const pack = await packs.get(packId);
    if (!pack) return { refused: 'pack-not-found' };
    const check = canConsume(pack, today(new Date(at)));
    if (!check.ok) return { refused: check.reason === 'expired' ? 'pack-expired' : 'pack-empty' };
    const next: PackRecord = { ...pack, used: consume(pack).used, updatedAt: at };
    await packs.put(next);
    await log(tx, at, meta.surface, 'pack', packId, 'consumed', {
      ticketId,
      used: next.used,
      undo: true,
    });
    return { pack: next };
  }

  return {
    /**
     * Puts back a ticket deleted here: only one whose tombstone is there and whose last event is
     * its deletion. The tombstone goes (a merge import would otherwise drop it again); a number
     * another ticket has taken since is left off, so that numbers stay unique; the incident it
     * gave back is spent again on the same pack when the pack still can.
     */
    async ticketsRestore(
      input: TicketRestoreInput,
      meta: WriteMeta,
    ): Promise<{ ticket: Ticket; pack: PackRecord | null; numberKept: boolean }> {
      const at = meta.at ?? now().toISOString();
      const held = input.ticket;
      return write(['tickets', 'packs'], async (tx) => {
        const tickets = tx.objectStore('tickets');
        if (await tickets.get(held.id)) throw new RequestError('undo-stale', held.id);
        const tombstones = tx.objectStore('tombstones');
        const tomb = await tombstones.get(['ticket', held.id]);
        const last = await lastEventOf(tx, 'ticket', held.id);
        if (!tomb || last?.action !== 'deleted') throw new RequestError('undo-stale', held.id);
        // The pack is the one the deletion refunded, as the log says, never one the page names.
        const packId = typeof last.details?.packId === 'string' ? last.details.packId : null;
        let numberKept = true;
        let number = held.number;
        if (number !== null) {
          const other = await tickets.index('byNumber').get(number);
          if (other) {
            number = null;
            numberKept = false;
          }
        }
        let ticket: Ticket = { ...held, number, packId: null, updatedAt: at };
        let pack: PackRecord | null = null;
        if (packId) {
          const spent = await respendIn(tx, packId, held.id, at, meta);
          if ('pack' in spent) {
            pack = spent.pack;
            ticket = { ...ticket, packId };
          } else {
            await log(tx, at, meta.surface, 'ticket', held.id, 'link-refused', {
              packId,
              reason: spent.refused,
            });
          }
        }
        await tickets.add(toStored(ticket));
        await tombstones.delete(['ticket', held.id]);
        await adjustCounts(tx, 1, OPEN_STATUSES.has(ticket.status) ? 1 : 0);
        await log(tx, at, meta.surface, 'ticket', held.id, 'restored', {
          packId: ticket.packId,
          numberKept,
        });
        return { ticket, pack, numberKept };
      });
    },

    /**
     * Puts back the status a one-click change replaced, with the timestamps it had: the stamp the
     * change wrote goes, any other stays as it is now (only the undone status's stamp may differ).
     */
    async ticketsRestoreStatus(input: TicketStatusRestoreInput, meta: WriteMeta): Promise<Ticket> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets'], async (tx) => {
        const stored = await tx.objectStore('tickets').get(input.id);
        if (!stored) throw new RequestError('ticket-not-found', input.id);
        const current = fromStored(stored);
        if (current.status !== input.from || input.status === input.from)
          throw new RequestError('undo-stale', input.id);
        const keys = new Set([...Object.keys(current.statusAt), ...Object.keys(input.statusAt)]);
        for (const key of keys) {
          if (key === input.from) continue;
          const k = key as TicketStatus;
          if (current.statusAt[k] !== input.statusAt[k])
            throw new RequestError('undo-stale', input.id);
        }
        const next: Ticket = {
          ...current,
          status: input.status,
          statusAt: { ...input.statusAt },
          updatedAt: at,
        };
        await tx.objectStore('tickets').put(toStored(next));
        const open = (s: TicketStatus) => (OPEN_STATUSES.has(s) ? 1 : 0);
        await adjustCounts(tx, 0, open(next.status) - open(current.status));
        await log(tx, at, meta.surface, 'ticket', next.id, 'status-restored', {
          from: current.status,
          to: next.status,
        });
        return next;
      });
    },

    /**
     * Links a ticket back to the pack it was just unlinked from (its last event says so), spending
     * the incident the unlink gave back.
     */
    async ticketsRelinkPack(
      input: TicketRelinkInput,
      meta: WriteMeta,
    ): Promise<{ ticket: Ticket; pack: PackRecord }> {
      const at = meta.at ?? now().toISOString();
      return write(['tickets', 'packs'], async (tx) => {
        const stored = await tx.objectStore('tickets').get(input.ticketId);
        if (!stored) throw new RequestError('ticket-not-found', input.ticketId);
        const current = fromStored(stored);
        const last = await lastEventOf(tx, 'ticket', current.id);
        if (
          current.packId !== null ||
          last?.action !== 'unlinked' ||
          last.details?.packId !== input.packId
        )
          throw new RequestError('undo-stale', current.id);
        const spent = await respendIn(tx, input.packId, current.id, at, meta);
        if (!('pack' in spent)) throw new RequestError(spent.refused, input.packId);
        const ticket: Ticket = { ...current, packId: input.packId, updatedAt: at };
        await tx.objectStore('tickets').put(toStored(ticket));
        await log(tx, at, meta.surface, 'ticket', ticket.id, 'relinked', { packId: input.packId });
        return { ticket, pack: spent.pack };
      });
    },
  };
}
