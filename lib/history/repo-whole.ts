import type { RepoBase, WriteMeta } from './repo-base';
import { fromStored, toStored } from './schema';
import type { Customer, HistoryEvent, PackRecord, Ticket, Tombstone } from './types';

/**
 * The whole history at once: a consistent snapshot (exports), erasing everything, and applying an
 * import planned from the records read in the import's own transaction.
 */

export interface Snapshot {
  customers: Customer[];
  tickets: Ticket[];
  packs: PackRecord[];
  events: HistoryEvent[];
  /** Deletions made here (absent in backups written before tombstones existed). */
  tombstones?: Tombstone[];
}

/** What an import writes, decided by `planImport` from the records read in its transaction. */
export interface ImportPlan<R> {
  result: R;
  /** Replace: every store (tombstones included) is emptied first. */
  clear: boolean;
  put: Pick<Snapshot, 'customers' | 'tickets' | 'packs'>;
  /** Appended to the log in this order, numbered after the last local event (seq ignored). */
  events: HistoryEvent[];
  /** Deletions to remember (`put`) and to forget because the record came back (`remove`). */
  tombstones?: { put: Tombstone[]; remove: Pick<Tombstone, 'entity' | 'id'>[] };
  details: HistoryEvent['details'];
}

/** The stores a snapshot reads, from any transaction that covers them (read-only or not). */
interface SnapshotStores {
  objectStore(name: 'customers' | 'tickets' | 'packs' | 'events' | 'tombstones'): {
    getAll(): Promise<unknown[]>;
  };
}

/** Empties every record store in the caller's transaction (not `meta`: its caller decides). */
async function clearAll(tx: {
  objectStore(name: (typeof RECORD_STORES)[number]): { clear(): Promise<void> };
}): Promise<void> {
  await Promise.all(RECORD_STORES.map((name) => tx.objectStore(name).clear()));
}

const RECORD_STORES = ['customers', 'tickets', 'packs', 'events', 'tombstones'] as const;

/** Every record of the stores, read in the caller's transaction (so: one consistent state). */
async function readSnapshot(tx: SnapshotStores): Promise<Snapshot> {
  const [customers, tickets, packs, events, tombstones] = await Promise.all([
    tx.objectStore('customers').getAll(),
    tx.objectStore('tickets').getAll(),
    tx.objectStore('packs').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('tombstones').getAll(),
  ]);
  return {
    customers: customers as Customer[],
    tickets: (tickets as Parameters<typeof fromStored>[0][]).map(fromStored),
    packs: packs as PackRecord[],
    events: events as HistoryEvent[],
    tombstones: tombstones as Tombstone[],
  };
}

export function createWholeHistoryRepo(base: RepoBase) {
  const { db, now, write, log } = base;

  return {
    // ——— whole history ———
    /** Every record, read in one transaction (a consistent snapshot). */
    async snapshot(): Promise<Snapshot> {
      const tx = db.transaction(['customers', 'tickets', 'packs', 'events', 'tombstones']);
      const snapshot = await readSnapshot(tx);
      await tx.done;
      return snapshot;
    },

    /**
     * Erases every record (tombstones too); the erasure itself is the first event of the new log,
     * numbered 1 again: the log has no key generator left to exhaust, so erasing always works.
     */
    async erase(meta: WriteMeta): Promise<{ erased: boolean }> {
      const at = meta.at ?? now().toISOString();
      return write(['customers', 'tickets', 'packs'], async (tx) => {
        await clearAll(tx);
        await tx.objectStore('meta').put({ key: 'ticketCounts', all: 0, open: 0 });
        await log(tx, at, meta.surface, 'history', null, 'erased');
        return { erased: true };
      });
    },

    /**
     * Applies an import in ONE transaction: `plan` receives the current records (read inside the
     * transaction, so nothing can slip in between) and returns what to write, synchronously; a
     * refusal it throws aborts the transaction (nothing written). Imported events are numbered
     * after the local log (from 1 after a replace): a backup's `seq` values are never keys.
     */
    async applyImport<R>(plan: (current: Snapshot) => ImportPlan<R>, meta: WriteMeta): Promise<R> {
      const at = meta.at ?? now().toISOString();
      return write(['customers', 'tickets', 'packs'], async (tx) => {
        const current = await readSnapshot(tx);
        const p = plan(current);
        if (p.clear) {
          await clearAll(tx);
        }
        let seq = p.clear ? 0 : Number(current.events.at(-1)?.seq ?? 0);
        const writes: Promise<unknown>[] = [];
        for (const c of p.put.customers) writes.push(tx.objectStore('customers').put(c));
        for (const t of p.put.tickets) writes.push(tx.objectStore('tickets').put(toStored(t)));
        for (const k of p.put.packs) writes.push(tx.objectStore('packs').put(k));
        for (const e of p.events) writes.push(tx.objectStore('events').add({ ...e, seq: ++seq }));
        for (const k of p.tombstones?.remove ?? []) {
          writes.push(tx.objectStore('tombstones').delete([k.entity, k.id]));
        }
        for (const k of p.tombstones?.put ?? []) writes.push(tx.objectStore('tombstones').put(k));
        await Promise.all(writes);
        // Totals are rebuilt on the next read rather than derived from the plan.
        await tx.objectStore('meta').delete('ticketCounts');
        await log(tx, at, meta.surface, 'history', null, 'imported', p.details);
        return p.result;
      });
    },
  };
}
