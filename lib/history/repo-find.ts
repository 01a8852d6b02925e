import { RequestError } from '../errors';
import { SEVERITY_IDS } from '../rules/severities';
import { bool, type Infer, literal, nullable, num, obj, optional, str } from '../schema';
import { TICKET_STATUSES } from '../vocabulary';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, isPair, type RepoBase } from './repo-base';
import { fromStored, OPEN_STATUSES, type StoredTicket } from './schema';
import type { Page, Ticket } from './types';

/**
 * Finding tickets: search, filters and sort over an in-memory index kept by the background.
 *
 * Why in memory and not a stored search field: a word search over title, customer and notes
 * needs a token index (multiEntry), which would double the tickets store on disk and still leave
 * accent folding, several filters and four sort orders to an in-memory pass over its result. A
 * compact row per ticket (folded text, the few filter and sort keys) costs ~100 bytes, so 100,000
 * tickets fit in ~10 MB and any query is one pass in memory.
 *
 * How it stays right: the index is built from the `tickets` store on the first query after the
 * worker starts (memory is empty then, so a restart always rebuilds). Before every query it reads
 * the event log's tail (one key cursor): every write of the history logs an event in its own
 * transaction, so the events after the last one seen name exactly what changed — a ticket (its row
 * is read again), a pack or a customer (their tickets are read again through `byPack` and
 * `byCustomerFiled`), an import or an erase, or a log that went backwards (everything is rebuilt).
 * The check and the catch-up run in the query's own read transaction, so a query never answers
 * from rows older than the log it saw.
 */

export const FIND_SORTS = ['due', 'filed', 'customer', 'severity'] as const;
export type FindSort = (typeof FIND_SORTS)[number];

const recordId = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ });
export const ticketsFindQuery = obj({
  view: literal('open', 'all', 'closed'),
  /** Matched against request number, title, customer name and notes; case and accents ignored. */
  text: optional(str({ max: 200 })),
  customerId: optional(recordId()),
  severity: optional(literal(...SEVERITY_IDS)),
  status: optional(literal(...TICKET_STATUSES)),
  /** A pack's id, or `none` for tickets linked to no pack. */
  packId: optional(recordId()),
  /** Only open tickets whose first response is past due (at the background's clock). */
  overdue: optional(bool()),
  sort: optional(literal(...FIND_SORTS)),
  cursor: optional(nullable(str({ max: 3000 }))),
  limit: optional(num({ int: true, min: 1, max: 200 })),
});
export type TicketsFindQuery = Infer<typeof ticketsFindQuery>;

/** Lower case, accents and spacing removed: "Société  Générale" → "societe generale". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Row {
  id: string;
  /** number, title, customer name and notes, folded, joined by a separator no query contains. */
  text: string;
  customerId: string | null;
  customerKey: string;
  severity: string | null;
  status: Ticket['status'];
  packId: string | null;
  filedAt: string;
  dueAt: string | null;
  /** The customer's name as typed, for a ticket tied to no known customer record. */
  typedName: string | null;
}

/** A customer known only from tickets typed by hand (no tenant, no domain behind the name). */
export interface TypedCustomer {
  /** The name as last typed. */
  name: string;
  tickets: number;
  /** Of the latest of those tickets. */
  lastFiledAt: string;
}

const SEP = '\u0001';
const rowOf = (t: StoredTicket): Row => ({
  id: t.id,
  text: [t.number ?? '', t.title ?? '', t.customerName ?? '', t.notes ?? '']
    .map(foldText)
    .join(SEP),
  customerId: t.customerId ?? null,
  customerKey: foldText(t.customerName ?? ''),
  severity: t.severity ?? null,
  status: t.status,
  packId: t.packId ?? null,
  filedAt: t.filedAt,
  dueAt: t.dueAt ?? null,
  typedName: t.customerId ? null : t.customerName?.trim() || null,
});

const NO_DUE = '\uffff';
const SEVERITY_RANK: Record<string, number> = Object.fromEntries(
  SEVERITY_IDS.map((s, i) => [s, i]),
);

/** The sort key of a row: a string compared ascending, ids breaking ties. */
function keyOf(row: Row, sort: FindSort): string {
  switch (sort) {
    case 'due':
      return row.dueAt ?? NO_DUE;
    case 'filed':
      // Newest first: the complement of each character code sorts descending as ascending.
      return invert(row.filedAt);
    case 'customer':
      return `${row.customerKey || NO_DUE}${SEP}${row.dueAt ?? NO_DUE}`;
    case 'severity':
      return `${row.severity ? SEVERITY_RANK[row.severity] : 9}${SEP}${row.dueAt ?? NO_DUE}`;
  }
}
const invert = (s: string) =>
  Array.from(s, (c) => String.fromCharCode(0xffff - c.charCodeAt(0))).join('');

export function createTicketFindRepo(base: RepoBase) {
  const { db, now } = base;
  let rows: Map<string, Row> | null = null;
  let seenSeq = 0;

  async function rebuild(): Promise<void> {
    const tx = db.transaction(['tickets', 'events'], 'readonly');
    const [all, last] = await Promise.all([
      tx.objectStore('tickets').getAll(),
      tx.objectStore('events').openKeyCursor(null, 'prev'),
    ]);
    rows = new Map(all.map((t) => [t.id, rowOf(t)]));
    seenSeq = last ? Number(last.key) : 0;
  }

  // One catch-up at a time: two queries arriving together (or during the first build) share it
  // rather than building twice or applying an older read after a newer one.
  let pending: Promise<Map<string, Row>> | null = null;
  function catchUp(): Promise<Map<string, Row>> {
    const run = (pending ?? Promise.resolve()).catch(() => undefined).then(catchUpNow);
    pending = run;
    return run;
  }

  /** Brings the index up to the event log's tail (see the module comment). */
  async function catchUpNow(): Promise<Map<string, Row>> {
    if (!rows) {
      await rebuild();
      return rows!;
    }
    const tx = db.transaction(['tickets', 'events'], 'readonly');
    const last = await tx.objectStore('events').openKeyCursor(null, 'prev');
    const lastSeq = last ? Number(last.key) : 0;
    if (lastSeq === seenSeq) return rows;
    if (lastSeq < seenSeq) {
      await rebuild();
      return rows!;
    }
    const events = await tx.objectStore('events').getAll(IDBKeyRange.lowerBound(seenSeq, true));
    const tickets = tx.objectStore('tickets');
    const ids = new Set<string>();
    for (const e of events) {
      if (e.entity === 'history') {
        await rebuild();
        return rows!;
      }
      if (!e.entityId) continue;
      if (e.entity === 'ticket') ids.add(e.entityId);
      else if (e.entity === 'pack') {
        for (const r of rows.values()) if (r.packId === e.entityId) ids.add(r.id);
        for (const k of await tickets.index('byPack').getAllKeys(e.entityId)) ids.add(k);
      } else if (e.entity === 'customer') {
        for (const r of rows.values()) if (r.customerId === e.entityId) ids.add(r.id);
        const range = IDBKeyRange.bound([e.entityId, ''], [e.entityId, '\uffff']);
        for (const k of await tickets.index('byCustomerFiled').getAllKeys(range)) ids.add(k);
      }
    }
    const fresh = await Promise.all([...ids].map((id) => tickets.get(id)));
    [...ids].forEach((id, i) => {
      const t = fresh[i];
      if (t) rows!.set(id, rowOf(t));
      else rows!.delete(id);
    });
    seenSeq = lastSeq;
    return rows;
  }

  return {
    /**
     * The customers named on tickets but known by no record (typed by hand in the ticket
     * dialog), one per name as search matches it (case and accents ignored), latest first.
     */
    async customersTyped(limit = 200): Promise<TypedCustomer[]> {
      const index = await catchUp();
      const byKey = new Map<string, TypedCustomer>();
      for (const row of index.values()) {
        if (!row.typedName) continue;
        const key = row.customerKey;
        const seen = byKey.get(key);
        if (!seen) {
          byKey.set(key, { name: row.typedName, tickets: 1, lastFiledAt: row.filedAt });
          continue;
        }
        seen.tickets += 1;
        if (row.filedAt > seen.lastFiledAt) {
          seen.lastFiledAt = row.filedAt;
          seen.name = row.typedName;
        }
      }
      return [...byKey.values()]
        .sort((a, b) =>
          a.lastFiledAt < b.lastFiledAt ? 1 : a.lastFiledAt > b.lastFiledAt ? -1 : 0,
        )
        .slice(0, limit);
    },
    /**
     * A page of the tickets matching a query, in the order asked (`due` by default: unknown due
     * last). The cursor is the (sort key, id) of the last ticket returned, so a ticket changed
     * between two pages neither repeats nor hides the others.
     */
    async ticketsFind(input: TicketsFindQuery): Promise<Page<Ticket>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const sort = input.sort ?? 'due';
      const pair = decodeCursor(input.cursor, isPair) as [string, string] | null;
      // Sort keys hold any character (names, inverted dates): URI-encoded, as btoa takes Latin-1.
      let after: [string, string] | null = null;
      try {
        after = pair ? [decodeURIComponent(pair[0]), pair[1]] : null;
      } catch {
        throw new RequestError('invalid-cursor');
      }
      const index = await catchUp();
      const words = input.text ? foldText(input.text).split(' ').filter(Boolean) : [];
      const nowIso = now().toISOString();
      const matched: { row: Row; key: string }[] = [];
      for (const row of index.values()) {
        const open = OPEN_STATUSES.has(row.status);
        if (input.view === 'open' ? !open : input.view === 'closed' ? open : false) continue;
        if (input.customerId && row.customerId !== input.customerId) continue;
        if (input.severity && row.severity !== input.severity) continue;
        if (input.status && row.status !== input.status) continue;
        if (
          input.packId &&
          (input.packId === 'none' ? row.packId !== null : row.packId !== input.packId)
        )
          continue;
        if (input.overdue && !(row.status === 'open' && row.dueAt !== null && row.dueAt <= nowIso))
          continue;
        if (words.length > 0 && !words.every((w) => row.text.includes(w))) continue;
        matched.push({ row, key: keyOf(row, sort) });
      }
      matched.sort((a, b) =>
        a.key !== b.key
          ? a.key < b.key
            ? -1
            : 1
          : a.row.id < b.row.id
            ? -1
            : a.row.id > b.row.id
              ? 1
              : 0,
      );
      let start = 0;
      if (after) {
        // The first entry strictly after the cursor's (key, id), wherever the cursor's own went.
        let lo = 0;
        let hi = matched.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const m = matched[mid]!;
          const before = m.key < after[0] || (m.key === after[0] && m.row.id <= after[1]);
          if (before) lo = mid + 1;
          else hi = mid;
        }
        start = lo;
      }
      const slice = matched.slice(start, start + limit);
      const store = db.transaction('tickets').store;
      const stored = await Promise.all(slice.map((m) => store.get(m.row.id)));
      const items = stored.filter((t): t is StoredTicket => Boolean(t)).map(fromStored);
      const last = slice.at(-1);
      return {
        items,
        next:
          last && start + limit < matched.length
            ? encodeCursor([encodeURIComponent(last.key), last.row.id])
            : null,
        total: matched.length,
      };
    },
  };
}
