import type { IDBPTransaction, StoreNames } from 'idb';
import { RequestError } from '../errors';
import {
  canConsume,
  consume,
  expiryRule,
  incidentsLeft,
  packDay,
  packExpiry,
  refund,
} from '../rules/packs';
import {
  DUE_UNKNOWN,
  fromStored,
  type HistoryDatabase,
  type HistoryDB,
  OPEN_STATUSES,
  type StoredTicket,
  type TicketCounts,
  toStored,
} from './schema';
import type {
  CaptureInput,
  Customer,
  CustomerLookupInput,
  CustomerSeenInput,
  CustomerSummary,
  HistoryEvent,
  LedgerPack,
  PackInput,
  PackRecord,
  PackSummary,
  PackSyncAddInput,
  PackSyncUpdateInput,
  PackUpdateInput,
  Page,
  PageQuery,
  Surface,
  Ticket,
  TicketInput,
  TicketLinkInput,
  TicketStatusInput,
  TicketsQuery,
  TicketUnlinkInput,
  TicketUpdateInput,
  Tombstone,
} from './types';

/**
 * The history's repositories: one method per message of `messages/history.ts`. Pure of `browser`:
 * they take an open database and a clock. Rules every method keeps:
 * - a change and its event are written in ONE transaction (all-or-nothing: any failure aborts it);
 * - inside a transaction nothing is awaited but IndexedDB requests (ids, timestamps and checks that
 *   need no data are computed before it opens), else the transaction would auto-commit early;
 * - request numbers are unique (a sparse unique index): capture and add are deduplicated by number;
 * - events are numbered here (last key + 1), never by a key generator and never from a backup;
 * - deleting a ticket, pack or customer leaves a tombstone (id + time) that merge imports respect.
 */

type Name = StoreNames<HistoryDB>;
type Tx = IDBPTransaction<HistoryDB, Name[], 'readwrite'>;
type ReadTx = IDBPTransaction<HistoryDB, Name[], 'readonly' | 'readwrite'>;

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

const DEFAULT_LIMIT = 50;

function encodeCursor(value: unknown): string {
  return btoa(JSON.stringify(value));
}

function decodeCursor<T>(
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

const isPair = (v: unknown): v is [unknown, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[1] === 'string';
const isString = (v: unknown): v is string => typeof v === 'string';

export function summarizeCustomer(c: Customer): CustomerSummary {
  return {
    id: c.id,
    tenantId: c.tenantId,
    name: c.name,
    domains: c.domains,
    ownTenant: c.ownTenant,
  };
}

/** A pack as a content script may see it (no notes, no order number). */
export function ledgerPackOf(p: PackRecord): LedgerPack {
  const { notes: _n, orderNumber: _o, ...shown } = p;
  return shown;
}

export function createHistoryRepo(options: RepoOptions) {
  const { db, now } = options;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const today = (at: Date) => packDay(at, options.timeZone?.());

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

  /** Spends one incident of `packId` for a ticket, or throws the refusal. */
  async function consumeIn(tx: Tx, packId: string, at: string, surface: Surface, ticketId: string) {
    const packs = tx.objectStore('packs');
    const pack = await packs.get(packId);
    if (!pack) throw new RequestError('pack-not-found', packId);
    const check = canConsume(pack, today(new Date(at)));
    if (!check.ok) {
      throw new RequestError(check.reason === 'expired' ? 'pack-expired' : 'pack-empty', packId);
    }
    const next: PackRecord = { ...pack, used: consume(pack).used, updatedAt: at };
    await packs.put(next);
    await log(tx, at, surface, 'pack', packId, 'consumed', { ticketId, used: next.used });
    return next;
  }

  async function refundIn(tx: Tx, packId: string, at: string, surface: Surface, ticketId: string) {
    const packs = tx.objectStore('packs');
    const pack = await packs.get(packId);
    if (!pack) return null; // the pack was deleted: nothing to give back
    const next: PackRecord = { ...pack, used: refund(pack).used, updatedAt: at };
    await packs.put(next);
    await log(tx, at, surface, 'pack', packId, 'refunded', { ticketId, used: next.used });
    return next;
  }

  function buildTicket(
    input: TicketInput,
    source: Ticket['source'],
    id: string,
    at: string,
  ): Ticket {
    return {
      id,
      number: input.number,
      portal: input.portal,
      portalLink: input.portalLink,
      customerId: input.customerId,
      customerName: input.customerName,
      service: input.service,
      product: input.product,
      title: input.title,
      severity: input.severity,
      program: input.program,
      breakFix: input.breakFix,
      supportLanguage: input.supportLanguage,
      filedAt: input.filedAt,
      // Stored as given: the surface computed it with lib/sla at filing; never recomputed.
      dueAt: input.dueAt,
      rule: input.rule,
      clock: input.clock,
      caveats: input.caveats,
      contact: input.contact,
      status: 'open',
      statusAt: { open: input.filedAt },
      portalStatus: null,
      portalStatusSeenAt: null,
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
        const pack = await tx.objectStore('packs').get(input.packId);
        const check = pack ? canConsume(pack, today(new Date(at))) : null;
        if (pack && check?.ok) {
          await consumeIn(tx, pack.id, at, meta.surface, id);
          ticket = { ...ticket, packId: pack.id };
          await tickets.put(toStored(ticket));
          await log(tx, at, meta.surface, 'ticket', id, 'linked', { packId: pack.id });
        } else {
          await log(tx, at, meta.surface, 'ticket', id, 'link-refused', {
            packId: input.packId,
            reason: !pack ? 'pack-not-found' : check?.ok === false ? check.reason : 'unknown',
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

  function packFromInput(
    input: PackInput,
    base: Pick<PackRecord, 'id' | 'used' | 'createdAt'>,
    at: string,
  ): PackRecord {
    const rule = expiryRule(input.kind);
    let expiresOn: string | null;
    if (rule === 'one-year') expiresOn = packExpiry(input.kind, input.purchasedOn);
    else if (rule === 'none') expiresOn = null;
    else expiresOn = input.expiresOn;
    if (expiresOn !== null && expiresOn <= input.purchasedOn) {
      throw new RequestError('pack-expiry-before-purchase');
    }
    if (input.incidents !== null && input.incidents < base.used) {
      throw new RequestError('pack-below-used', String(base.used));
    }
    return {
      id: base.id,
      kind: input.kind,
      label: input.label,
      purchasedOn: input.purchasedOn,
      expiresOn,
      incidents: input.incidents,
      used: base.used,
      account: input.account,
      orderNumber: input.orderNumber,
      contractId: input.contractId,
      notes: input.notes,
      createdAt: base.createdAt,
      updatedAt: at,
    };
  }

  /** Rewrites the denormalised customer name (and id, when re-keyed) on a customer's tickets. */
  async function retagTickets(tx: Tx, fromId: string, toId: string, name: string | null) {
    const range = IDBKeyRange.bound([fromId, ''], [fromId, '\uffff']);
    const tickets = await tx.objectStore('tickets').index('byCustomerFiled').getAll(range);
    for (const t of tickets) {
      if (t.customerId === toId && t.customerName === name) continue;
      await tx.objectStore('tickets').put({ ...t, customerId: toId, customerName: name });
    }
    return tickets.length;
  }

  const repo = {
    // ——— customers ———
    async customersSeen(
      input: CustomerSeenInput,
      meta: WriteMeta & { ownTenant?: boolean },
    ): Promise<CustomerSummary> {
      const at = meta.at ?? now().toISOString();
      const tenantId = input.tenantId?.toLowerCase() ?? null;
      const domains = [...new Set(input.domains.map((d) => d.toLowerCase()))];
      if (!tenantId && domains.length === 0) throw new RequestError('no-customer-key');
      return write(['customers', 'tickets'], async (tx) => {
        const store = tx.objectStore('customers');
        let existing = tenantId ? await store.get(tenantId) : undefined;
        // A customer first known by a domain only is re-keyed once its tenant id shows up.
        let formerId: string | null = null;
        if (!existing) {
          for (const domain of domains) {
            const byDomain = await store.index('byDomain').getAll(domain);
            const match = byDomain.find((c) => !tenantId || c.tenantId === null);
            if (match) {
              existing = match;
              if (tenantId && match.id !== tenantId) formerId = match.id;
              break;
            }
          }
        }
        const id = tenantId ?? existing?.id ?? `domain:${domains[0]}`;
        const merged: Customer = {
          id,
          tenantId: tenantId ?? existing?.tenantId ?? null,
          name: input.name ?? existing?.name ?? null,
          domains: [...new Set([...(existing?.domains ?? []), ...domains])].slice(0, 50),
          lastSeen: at,
          selectedAt: input.selected ? at : (existing?.selectedAt ?? null),
          ownTenant: meta.ownTenant ?? existing?.ownTenant ?? false,
        };
        if (formerId) {
          await store.delete(formerId);
          await bury(tx, 'customer', formerId, at);
        }
        await store.put(merged);
        // Seen again: no longer deleted.
        await tx.objectStore('tombstones').delete(['customer', id]);
        const renamed = existing && existing.name !== merged.name;
        await log(tx, at, meta.surface, 'customer', id, existing ? 'seen' : 'created', {
          selected: input.selected,
          ...(formerId ? { formerId } : {}),
          ...(renamed ? { renamed: true } : {}),
        });
        if (formerId || renamed) await retagTickets(tx, formerId ?? id, id, merged.name);
        return summarizeCustomer(merged);
      });
    },

    async customersLookup(input: CustomerLookupInput): Promise<CustomerSummary | null> {
      const tx = db.transaction('customers');
      if (input.tenantId) {
        const c = await tx.store.get(input.tenantId.toLowerCase());
        if (c) return summarizeCustomer(c);
      }
      if (input.domain) {
        const c = await tx.store.index('byDomain').get(input.domain.toLowerCase());
        if (c) return summarizeCustomer(c);
      }
      return null;
    },

    async customersLastSelected(): Promise<CustomerSummary | null> {
      const cursor = await db
        .transaction('customers')
        .store.index('bySelectedAt')
        .openCursor(null, 'prev');
      return cursor ? summarizeCustomer(cursor.value) : null;
    },

    async customersList(input: PageQuery): Promise<Page<Customer>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor(input.cursor, isPair) as [string, string] | null;
      const tx = db.transaction('customers');
      const index = tx.store.index('byLastSeen');
      const total = await index.count();
      const range = after ? IDBKeyRange.upperBound(after[0]) : null;
      const items: Customer[] = [];
      let cursor = await index.openCursor(range, 'prev');
      while (cursor && items.length < limit) {
        const c = cursor.value;
        const skip = after && c.lastSeen === after[0] && c.id >= after[1];
        if (!skip) items.push(c);
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      return {
        items,
        next: cursor && last ? encodeCursor([last.lastSeen, last.id]) : null,
        total,
      };
    },

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

    /** Consumes one incident; relinking moves it (refund the old pack, consume the new one). */
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
        const pack = await consumeIn(tx, input.packId, at, meta.surface, current.id);
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

    // ——— packs ———
    async packsSummary(): Promise<PackSummary[]> {
      const packs = await db.getAll('packs');
      return packs.map((p) => ({
        id: p.id,
        kind: p.kind,
        incidentsLeft: incidentsLeft(p),
        expiresOn: p.expiresOn,
      }));
    },

    async packsList(input: PageQuery): Promise<Page<PackRecord>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor(input.cursor, isString);
      const tx = db.transaction('packs');
      const total = await tx.store.count();
      const items: PackRecord[] = [];
      let cursor = await tx.store.openCursor(after ? IDBKeyRange.lowerBound(after, true) : null);
      while (cursor && items.length < limit) {
        items.push(cursor.value);
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      return { items, next: cursor && last ? encodeCursor(last.id) : null, total };
    },

    async packsGet(id: string): Promise<PackRecord | null> {
      return (await db.get('packs', id)) ?? null;
    },

    async packsAdd(input: PackInput, meta: WriteMeta): Promise<PackRecord> {
      const at = meta.at ?? now().toISOString();
      const pack = packFromInput(input, { id: meta.id ?? newId(), used: 0, createdAt: at }, at);
      return write(['packs'], async (tx) => {
        const same = await tx.objectStore('packs').get(pack.id);
        if (same) return same;
        await tx.objectStore('packs').add(pack);
        await log(tx, at, meta.surface, 'pack', pack.id, 'created', { kind: pack.kind });
        return pack;
      });
    },

    async packsUpdate(input: PackUpdateInput, meta: WriteMeta): Promise<PackRecord> {
      const at = meta.at ?? now().toISOString();
      return write(['packs'], async (tx) => {
        const current = await tx.objectStore('packs').get(input.id);
        if (!current) throw new RequestError('pack-not-found', input.id);
        const next = packFromInput(input.pack, current, at);
        await tx.objectStore('packs').put(next);
        await log(tx, at, meta.surface, 'pack', next.id, 'updated');
        return next;
      });
    },

    // ——— packs from Support for business's page (what the page shows, nothing else) ———
    async packsLedger(): Promise<LedgerPack[]> {
      return (await db.getAll('packs')).map(ledgerPackOf);
    },

    async packsSyncAdd(input: PackSyncAddInput, meta: WriteMeta): Promise<LedgerPack> {
      const pack = await repo.packsAdd(
        { ...input, account: null, orderNumber: null, notes: '' },
        meta,
      );
      return ledgerPackOf(pack);
    },

    /** Sets the shown fields on the pack as stored now: the agent's own fields stay as they are. */
    async packsSyncUpdate(input: PackSyncUpdateInput, meta: WriteMeta): Promise<LedgerPack> {
      const at = meta.at ?? now().toISOString();
      return write(['packs'], async (tx) => {
        const current = await tx.objectStore('packs').get(input.id);
        if (!current) throw new RequestError('pack-not-found', input.id);
        const shown = Object.fromEntries(
          Object.entries(input.set).filter(([, v]) => v !== undefined),
        ) as Partial<Pick<PackRecord, 'contractId' | 'purchasedOn' | 'expiresOn' | 'incidents'>>;
        const next = packFromInput({ ...current, ...shown }, current, at);
        await tx.objectStore('packs').put(next);
        await log(tx, at, meta.surface, 'pack', next.id, 'updated', {
          fields: Object.keys(shown).sort().join(','),
        });
        return ledgerPackOf(next);
      });
    },

    /** Deleting a pack unlinks its tickets (they stay, with no pack). */
    async packsDelete(id: string, meta: WriteMeta): Promise<{ deleted: boolean }> {
      const at = meta.at ?? now().toISOString();
      return write(['packs', 'tickets'], async (tx) => {
        const current = await tx.objectStore('packs').get(id);
        if (!current) return { deleted: false };
        const linked = await tx.objectStore('tickets').index('byPack').getAll(id);
        for (const t of linked) {
          await tx.objectStore('tickets').put({ ...t, packId: null, updatedAt: at });
        }
        await tx.objectStore('packs').delete(id);
        await bury(tx, 'pack', id, at);
        await log(tx, at, meta.surface, 'pack', id, 'deleted', { unlinked: linked.length });
        return { deleted: true };
      });
    },

    // ——— whole history ———
    /** Every record, read in one transaction (a consistent snapshot). */
    async snapshot(): Promise<Snapshot> {
      const tx = db.transaction(['customers', 'tickets', 'packs', 'events', 'tombstones']);
      const [customers, tickets, packs, events, tombstones] = await Promise.all([
        tx.objectStore('customers').getAll(),
        tx.objectStore('tickets').getAll(),
        tx.objectStore('packs').getAll(),
        tx.objectStore('events').getAll(),
        tx.objectStore('tombstones').getAll(),
      ]);
      await tx.done;
      return { customers, tickets: tickets.map(fromStored), packs, events, tombstones };
    },

    /**
     * Erases every record (tombstones too); the erasure itself is the first event of the new log,
     * numbered 1 again: the log has no key generator left to exhaust, so erasing always works.
     */
    async erase(meta: WriteMeta): Promise<{ erased: boolean }> {
      const at = meta.at ?? now().toISOString();
      return write(['customers', 'tickets', 'packs'], async (tx) => {
        await Promise.all([
          tx.objectStore('customers').clear(),
          tx.objectStore('tickets').clear(),
          tx.objectStore('packs').clear(),
          tx.objectStore('events').clear(),
          tx.objectStore('tombstones').clear(),
        ]);
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
        const [customers, tickets, packs, events, tombstones] = await Promise.all([
          tx.objectStore('customers').getAll(),
          tx.objectStore('tickets').getAll(),
          tx.objectStore('packs').getAll(),
          tx.objectStore('events').getAll(),
          tx.objectStore('tombstones').getAll(),
        ]);
        const p = plan({ customers, tickets: tickets.map(fromStored), packs, events, tombstones });
        if (p.clear) {
          await Promise.all([
            tx.objectStore('customers').clear(),
            tx.objectStore('tickets').clear(),
            tx.objectStore('packs').clear(),
            tx.objectStore('events').clear(),
            tx.objectStore('tombstones').clear(),
          ]);
        }
        let seq = p.clear ? 0 : Number(events.at(-1)?.seq ?? 0);
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

    /**
     * Open tickets (first response not given yet) due at or after `fromIso`, nearest first, at most
     * `limit` index entries read: what reminders need, without loading the whole history.
     */
    async openTicketsDueFrom(fromIso: string, limit: number): Promise<Ticket[]> {
      const range = IDBKeyRange.bound(fromIso, DUE_UNKNOWN, false, true);
      const found = await db.getAllFromIndex('tickets', 'byOpenDue', range, limit);
      return found.filter((t) => t.status === 'open').map(fromStored);
    },
    async allPacks(): Promise<PackRecord[]> {
      return db.getAll('packs');
    },
  };
  return repo;
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
