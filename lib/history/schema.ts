import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { Customer, HistoryEvent, PackRecord, Ticket, Tombstone } from './types';

/**
 * The history database (IndexedDB), owned by the background alone (reliability.md §5).
 *
 * Stores
 * - `customers` (key `id`): by tenant id, by each domain (multiEntry), by last selection, by last
 *   sighting.
 * - `tickets` (key `id`): `byNumber` is UNIQUE and sparse — IndexedDB leaves a record out of an
 *   index when its key is not a valid key, and `null` is not one, so tickets without a request
 *   number are simply not indexed and never collide. `byOpenDue` indexes the derived `openDue`
 *   field (`<due>|<id>`), set only while a ticket is open or responded (see `openDueOf`): the "open tickets by due
 *   time" page is one index range, closed tickets are not in it at all. `byCustomerFiled`
 *   ([customerId, filedAt], sparse on null customers), `byFiled`, `byPack` (sparse on null).
 * - `packs` (key `id`): by expiry date.
 * - `events` (key `seq`): the append-only log of every change. Since version 2 the repositories
 *   number it themselves (last key + 1, inside the writing transaction): a store key generator
 *   is never reset by `clear()` and, once a key of 2^53 - 1 had been written (v1 imported
 *   backups' `seq` as given), refused every later write for good. `byEntity` ([entity, entityId],
 *   since version 3; sparse on the history's own events, whose id is null) answers "what happened
 *   to this ticket / this pack" without reading the whole log.
 * - `tombstones` (key [entity, id], since version 2): what was deleted here and when, so a merge
 *   import does not bring it back.
 * - `meta` (key `key`): `ticketCounts` {all, open}, updated in the same transaction as every
 *   ticket write (IndexedDB `count()` walks the index: ~0.5 s at 100,000 tickets in Chromium).
 *   Derived: deleted by imports and rebuilt from `count()` when missing.
 *
 * Migrations are cumulative steps, one per version, never edited once released: a database at
 * any released version runs every later step in order. Version 1 is the first release; version
 * 2 renumbers the event log into a store without key generator and adds `tombstones`; version 3
 * indexes the log by entity.
 */

export const DB_NAME = 'pcx-history';
export const SCHEMA_VERSION = 3;

/** Event numbers stay far below 2^53 (declared with the event record). */
export { MAX_EVENT_SEQ } from './types';

/** Sorts after every ISO instant: open tickets with an unknown due time come last. */
export const DUE_UNKNOWN = '9999-12-31T23:59:59.999Z';

/** What the `tickets` store holds: the record plus derived index fields. */
export interface StoredTicket extends Ticket {
  /** `<due time or DUE_UNKNOWN>|<id>` while the ticket is open/responded; absent once closed. */
  openDue?: string;
}

export interface HistoryDB extends DBSchema {
  customers: {
    key: string;
    value: Customer;
    indexes: { byTenant: string; byDomain: string; bySelectedAt: string; byLastSeen: string };
  };
  tickets: {
    key: string;
    value: StoredTicket;
    indexes: {
      byNumber: string;
      byOpenDue: string;
      byCustomerFiled: [string, string];
      byFiled: string;
      byPack: string;
    };
  };
  packs: { key: string; value: PackRecord; indexes: { byExpiresOn: string } };
  events: {
    key: number;
    value: HistoryEvent;
    indexes: { byEntity: [HistoryEvent['entity'], string] };
  };
  tombstones: { key: [string, string]; value: Tombstone };
  /** Small bookkeeping records, e.g. `ticketCounts` (derived; rebuilt when missing). */
  meta: { key: string; value: TicketCounts };
}

/** Ticket totals kept in step with every write, so a page's `total` costs one read, not a scan. */
export interface TicketCounts {
  key: 'ticketCounts';
  all: number;
  open: number;
}

export type HistoryDatabase = IDBPDatabase<HistoryDB>;
type UpgradeTx = IDBPTransaction<HistoryDB, StoreNames<HistoryDB>[], 'versionchange'>;

export const OPEN_STATUSES: ReadonlySet<Ticket['status']> = new Set(['open', 'responded']);

/** The derived index field of a ticket: its due time while open, else nothing. */
function openDueOf(ticket: Ticket): string | undefined {
  // `<due>|<id>`: unique per ticket, so a page is one key range read with getAll (no cursor
  // walk) and the next page starts strictly after the last key.
  return OPEN_STATUSES.has(ticket.status)
    ? `${ticket.dueAt ?? DUE_UNKNOWN}|${ticket.id}`
    : undefined;
}

/** A ticket as stored (derived fields set). */
export function toStored(ticket: Ticket): StoredTicket {
  const stored: StoredTicket = { ...ticket };
  const due = openDueOf(ticket);
  if (due === undefined) delete stored.openDue;
  else stored.openDue = due;
  return stored;
}

/** A stored ticket as the contract type (derived fields removed). */
export function fromStored(stored: StoredTicket): Ticket {
  const { openDue: _derived, ...ticket } = stored;
  return ticket;
}

type Step = (db: IDBPDatabase<HistoryDB>, tx: UpgradeTx) => void | Promise<void>;

/** Migration steps: `MIGRATIONS[v]` brings a database from version v-1 to v. Append only. */
const MIGRATIONS: Record<number, Step> = {
  1: (db) => {
    const customers = db.createObjectStore('customers', { keyPath: 'id' });
    customers.createIndex('byTenant', 'tenantId');
    customers.createIndex('byDomain', 'domains', { multiEntry: true });
    customers.createIndex('bySelectedAt', 'selectedAt');
    customers.createIndex('byLastSeen', 'lastSeen');
    const tickets = db.createObjectStore('tickets', { keyPath: 'id' });
    tickets.createIndex('byNumber', 'number', { unique: true });
    tickets.createIndex('byOpenDue', 'openDue');
    tickets.createIndex('byCustomerFiled', ['customerId', 'filedAt']);
    tickets.createIndex('byFiled', 'filedAt');
    tickets.createIndex('byPack', 'packId');
    const packs = db.createObjectStore('packs', { keyPath: 'id' });
    packs.createIndex('byExpiresOn', 'expiresOn');
    db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 2026-12: the v1 import wrote a backup's event `seq` values as keys; one of 2^53 - 1 left the
  // store's key generator at its maximum, and only deleting the store resets it. The log is read,
  // the store recreated WITHOUT a key generator and the events written back numbered 1..n in their
  // order — all in the upgrade transaction: if anything fails, the database stays at v1, intact.
  2: async (db, tx) => {
    const events = await tx.objectStore('events').getAll();
    db.deleteObjectStore('events');
    const store = db.createObjectStore('events', { keyPath: 'seq' });
    events.forEach((event, i) => {
      // A failed put aborts the upgrade (the open request reports it): nothing to handle here.
      store.put({ ...event, seq: i + 1 }).catch(() => undefined);
    });
    db.createObjectStore('tombstones', { keyPath: ['entity', 'id'] });
  },
  // 2026-12: a pack's usage and a ticket's own history are read from the log by entity. The index
  // is built over the existing events by IndexedDB itself, inside the upgrade transaction.
  3: (_db, tx) => {
    tx.objectStore('events').createIndex('byEntity', ['entity', 'entityId']);
  },
};

/**
 * Runs every migration step after `oldVersion` up to `newVersion`, in order (a step may wait for
 * requests of the upgrade transaction; the next one starts after it). A failing step aborts the
 * upgrade: the database stays at its old version.
 */
export function upgrade(
  db: IDBPDatabase<HistoryDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
): Promise<void> {
  const target = newVersion ?? SCHEMA_VERSION;
  // Synchronous steps run at once, inside the upgradeneeded event; after a step that waits, the
  // next runs when it is done (still inside the upgrade transaction, which its requests keep alive).
  let chain: Promise<void> | undefined;
  for (let v = oldVersion + 1; v <= target; v++) {
    const step = MIGRATIONS[v];
    if (!step) continue;
    if (chain) chain = chain.then(() => step(db, tx));
    else {
      try {
        const result = step(db, tx);
        if (result) chain = result;
      } catch (error) {
        chain = Promise.reject(error);
      }
    }
  }
  return (chain ?? Promise.resolve()).catch((error: unknown) => {
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    throw error;
  });
}

export interface OpenOptions {
  /** The IndexedDB to use: the global one in the browser, a fake-indexeddb instance in tests. */
  factory?: IDBFactory;
  name?: string;
  /** Tests only: open at a later version to exercise `blocked`. Defaults to SCHEMA_VERSION. */
  version?: number;
  /** An older connection (another context) keeps the database open: the upgrade waits. */
  blocked?: () => void;
  /** A newer version wants to upgrade: this connection must close (the callback closes it). */
  blocking?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  terminated?: () => void;
}

/**
 * Opens (and upgrades) the history database. The ONLY place that opens it; only the background
 * imports this module (a unit test scans the sources).
 */
export async function openHistoryDb(options: OpenOptions = {}): Promise<HistoryDatabase> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  // idb's openDB reads the global indexedDB: the request is opened on the given factory and
  // wrapped by idb instead, so tests can give each case its own isolated factory.
  const request = factory.open(options.name ?? DB_NAME, options.version ?? SCHEMA_VERSION);
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<HistoryDB>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // A failure aborts the upgrade transaction; the open request then fails with it (the
    // transaction's own `done` would otherwise reject unheard).
    tx.done.catch(() => undefined);
    upgrade(db, event.oldVersion, event.newVersion, tx).catch(() => undefined);
  };
  request.onblocked = () => options.blocked?.();
  const db = (await wrap(request)) as unknown as HistoryDatabase;
  db.addEventListener('versionchange', () => {
    if (options.blocking) options.blocking();
    else db.close();
  });
  db.addEventListener('close', () => options.terminated?.());
  return db;
}

/**
 * Deletes the history database (erasing, when its stores refuse even to be emptied). Only the
 * background holds a connection and closes it first; another one (a previous worker's) gets
 * `versionchange` and closes, so this waits for it rather than failing.
 */
export function deleteHistoryDb(
  options: Pick<OpenOptions, 'factory' | 'name'> = {},
): Promise<void> {
  const factory = options.factory ?? globalThis.indexedDB;
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(options.name ?? DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
