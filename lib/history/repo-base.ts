import type { IDBPTransaction, StoreNames } from 'idb';
import { RequestError } from '../errors';
import { packDay } from '../rules/packs';
import type { HistoryDatabase, HistoryDB, TicketCounts } from './schema';
import type { HistoryEvent, Surface, Tombstone } from './types';

/**
 * What every repository of the history shares: the open database, the clock, the one way to
 * write (a transaction over the stores named plus the event log, the tombstones and the totals),
 * the event log itself, tombstones, ticket totals and page cursors. The rules every repository
 * keeps are listed in `repo.ts`.
 */

export type Name = StoreNames<HistoryDB>;
export type Tx = IDBPTransaction<HistoryDB, Name[], 'readwrite'>;
export type ReadTx = IDBPTransaction<HistoryDB, Name[], 'readonly' | 'readwrite'>;

export interface RepoOptions {
  db: HistoryDatabase;
  now: () => Date;
  /** Id generator (random UUIDs by default). */
  newId?: () => string;
  /** The zone that decides "today" for pack expiry (the user's schedule zone). */
  timeZone?: () => string | undefined;
}

/** Who asked, and — when a kept-aside write is replayed — the id and time it was first given. */
export interface WriteMeta {
  surface: Surface;
  id?: string;
  at?: string;
}

export const DEFAULT_LIMIT = 50;

export function encodeCursor(value: unknown): string {
  return btoa(JSON.stringify(value));
}

export function decodeCursor<T>(
  token: string | null | undefined,
  check: (v: unknown) => v is T,
): T | null {
  if (!token) return null;
  try {
    const value = JSON.parse(atob(token)) as unknown;
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw new RequestError('invalid-cursor');
}

export const isPair = (v: unknown): v is [unknown, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[1] === 'string';
export const isString = (v: unknown): v is string => typeof v === 'string';

export function createRepoBase(options: RepoOptions) {
  const { db, now } = options;
  const newId = options.newId ?? (() => crypto.randomUUID());
  /** The agent's schedule zone, as the options say now (undefined = UTC). */
  const zone = () => options.timeZone?.();
  const today = (at: Date) => packDay(at, zone());

  /**
   * Runs `work` in one read-write transaction over `stores` plus `events`. Any throw (a refusal,
   * a failed request) aborts the whole transaction: nothing of it is written.
   */
  async function write<T>(stores: Name[], work: (tx: Tx) => Promise<T>): Promise<T> {
    const scope = new Set<Name>([...stores, 'events', 'meta', 'tombstones']);
    const tx = db.transaction([...scope], 'readwrite') as Tx;
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished (aborted by the failed request)
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  }

  async function log(
    tx: Tx,
    at: string,
    surface: Surface,
    entity: HistoryEvent['entity'],
    entityId: string | null,
    action: string,
    details?: HistoryEvent['details'],
  ): Promise<void> {
    const event: HistoryEvent = { seq: await nextSeq(tx), at, surface, entity, entityId, action };
    if (details) event.details = details;
    await tx.objectStore('events').add(event);
  }

  /** The next event number: one after the last key (transactions on `events` run one at a time). */
  async function nextSeq(tx: Tx): Promise<number> {
    const last = await tx.objectStore('events').openKeyCursor(null, 'prev');
    return (last ? Number(last.key) : 0) + 1;
  }

  async function bury(tx: Tx, entity: Tombstone['entity'], id: string, deletedAt: string) {
    await tx.objectStore('tombstones').put({ entity, id, deletedAt });
  }

  /** Moves the ticket totals with a change (absent totals are rebuilt on the next read). */
  async function adjustCounts(tx: Tx, all: number, open: number): Promise<void> {
    if (all === 0 && open === 0) return;
    const meta = tx.objectStore('meta');
    const current = await meta.get('ticketCounts');
    if (!current) return;
    await meta.put({ key: 'ticketCounts', all: current.all + all, open: current.open + open });
  }

  /** The ticket totals: one read, or (first time, after an import) a count kept from then on. */
  async function ticketCounts(): Promise<TicketCounts> {
    const stored = await db.get('meta', 'ticketCounts');
    if (stored) return stored;
    const tx = db.transaction(['tickets', 'meta'], 'readwrite');
    const [all, open] = await Promise.all([
      tx.objectStore('tickets').count(),
      tx.objectStore('tickets').index('byOpenDue').count(),
    ]);
    const counts: TicketCounts = { key: 'ticketCounts', all, open };
    await tx.objectStore('meta').put(counts);
    await tx.done;
    return counts;
  }

  return { db, now, newId, zone, today, write, log, bury, adjustCounts, ticketCounts };
}

export type RepoBase = ReturnType<typeof createRepoBase>;
