import { RequestError } from '../errors';
import { addDays } from '../lifecycle/calendar-date';
import {
  arr,
  bool,
  domainName,
  isCalendarDate,
  isInstant,
  isoDate,
  isoInstant,
  literal,
  nullable,
  num,
  obj,
  optional,
  record,
  refine,
  type Schema,
  str,
  tenantId,
} from '../schema';
import type { ImportPlan, Snapshot } from './repo';
import { MAX_EVENT_SEQ, OPEN_STATUSES, SCHEMA_VERSION } from './schema';
import {
  accountField,
  type BackupCounts,
  type Customer,
  type HistoryEvent,
  type ImportSummary,
  MAX_IMPORT_BYTES,
  type PackRecord,
  packKindField,
  portalStatusField,
  type Ticket,
  type Tombstone,
  ticketFields,
  ticketStatusField,
} from './types';

export type { BackupCounts, ImportSummary } from './types';

/**
 * Backups of the history, pure functions (no browser, no clock: `now` is passed in).
 *
 * JSON (`pcx-backup`): `{ format, schemaVersion, exportedAt, counts, checksum, data, pending? }`.
 * `checksum` is the SHA-256 (hex) of the canonical serialisation of `data` (keys sorted at every
 * level, records sorted by id, events by seq), so a file edited by hand or cut short is detected.
 * `pending` lists writes kept aside while the database refused them (never lost, not imported).
 *
 * Import: size first (before parsing), then JSON, `__proto__` keys anywhere, format, version
 * (a future version is refused), checksum, every record's shape, duplicates and references —
 * ALL before anything is written; then one transaction (see `planImport`).
 */

export const BACKUP_FORMAT = 'pcx-backup';
/** The largest backup, in bytes of the file (declared with the records: see `types.ts`). */
export { MAX_IMPORT_BYTES };
/** Deeper JSON is refused before parsing (a real backup nests 7 levels at most). */
export const MAX_JSON_DEPTH = 64;

/** UTF-8 length of `text` without encoding it (a lone surrogate counts 3, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 4 bytes for 2 code units.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** Megabytes (MiB) with one decimal, for messages: "73.8". */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * How deep `text` nests arrays and objects, counting only brackets outside strings; stops as
 * soon as `limit` is passed. Strings are skipped with indexOf, so a 100 MB file takes one fast
 * pass. Invalid JSON is left to JSON.parse to report.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        for (let j = end - 1; text.charCodeAt(j) === 0x5c /* \ */; j--) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return false;
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
const MAX_RECORDS = { customers: 50_000, tickets: 500_000, packs: 10_000, events: 2_000_000 };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  counts: BackupCounts;
  checksum: string;
  data: Snapshot;
  pending?: unknown[];
  /** Set when the database could not be read: only `pending` is meaningful. */
  incomplete?: true;
}

// ——— canonical form and checksum ———

// Sorted key lists by object shape: records of one store share a handful of shapes, so each
// shape is sorted once (a 100,000-ticket export would otherwise sort keys 300,000 times).
const sortedKeysByShape = new Map<string, string[]>();

/** A copy of `value` whose objects have their keys in sorted order, at every level. */
function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const shape = keys.join('\u0000');
  let sorted = sortedKeysByShape.get(shape);
  if (!sorted) {
    sorted = [...keys].sort();
    if (sortedKeysByShape.size < 1000) sortedKeysByShape.set(shape, sorted);
  }
  const out: Record<string, unknown> = {};
  for (const key of sorted) {
    // An own "__proto__" key must stay data, never become the copy's prototype.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: sortKeysDeep(record[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else out[key] = sortKeysDeep(record[key]);
  }
  return out;
}

/**
 * JSON with keys sorted at every level (`undefined` members left out, as JSON.stringify does):
 * the canonical text the checksum covers. Native JSON.stringify on a key-sorted copy is several
 * times faster than building the text by hand.
 */
function canonicalString(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value)) ?? 'null';
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const tombKey = (t: Pick<Tombstone, 'entity' | 'id'>) => `${t.entity}:${t.id}`;

/**
 * The data in canonical order: records by id, events by seq, tombstones by entity and id.
 * `tombstones` is there only when there is one (backups written before they existed have none,
 * and their checksum covers no such key; a history that deleted nothing exports the same way).
 */
export function canonicalData(data: Snapshot): Snapshot {
  const out: Snapshot = {
    customers: [...data.customers].sort(byId),
    tickets: [...data.tickets].sort(byId),
    packs: [...data.packs].sort(byId),
    events: [...data.events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)),
  };
  if (data.tombstones?.length) {
    out.tombstones = [...data.tombstones].sort((a, b) =>
      tombKey(a) < tombKey(b) ? -1 : tombKey(a) > tombKey(b) ? 1 : 0,
    );
  }
  return out;
}

export function canonicalJson(data: Snapshot): string {
  return canonicalString(canonicalData(data));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// ——— JSON export ———

export async function exportJson(
  data: Snapshot,
  options: { now: Date; pending?: unknown[]; incomplete?: boolean },
): Promise<string> {
  const sorted = canonicalData(data);
  // The log is written numbered 1..n in its order: its numbers are local keys, and an export
  // must import again whatever a damaged database held (seq is bounded on import).
  const canonical: Snapshot = {
    ...sorted,
    events: sorted.events.map((e, i) => (e.seq === i + 1 ? e : { ...e, seq: i + 1 })),
  };
  // The data is serialised once: that text is both what the checksum covers and what is written.
  const body = canonicalString(canonical);
  const head: Omit<Backup, 'data' | 'pending' | 'incomplete'> = {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.now.toISOString(),
    counts: {
      customers: canonical.customers.length,
      tickets: canonical.tickets.length,
      packs: canonical.packs.length,
      events: canonical.events.length,
    },
    checksum: await sha256Hex(body),
  };
  const tail: Record<string, unknown> = {};
  if (options.pending?.length) tail.pending = options.pending;
  if (options.incomplete) tail.incomplete = true;
  const extra = JSON.stringify(tail).slice(1, -1);
  return `${JSON.stringify(head).slice(0, -1)},"data":${body}${extra ? `,${extra}` : ''}}`;
}

// ——— record schemas (what a stored record may look like) ———

const id = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ });
const instant = () => isoInstant();

// Stored in lower case: any other spelling is not how the history keys a tenant.
const lowerGuid = () => refine(tenantId(), (v) => v === v.toLowerCase(), 'malformed');
const lowerDomain = () => refine(domainName(), (d) => d === d.toLowerCase(), 'not in lower case');

/**
 * A customer as the repository keys it: by its tenant id (a lower-case GUID) when known, else
 * `domain:<one of its domains>`. `ownTenant` is checked for shape only: the importer never trusts
 * it and recomputes it from the current profile.
 */
export const customerRecord: Schema<Customer> = refine(
  obj({
    id: id(),
    tenantId: nullable(lowerGuid()),
    name: nullable(str({ max: 200 })),
    domains: arr(lowerDomain(), { max: 50 }),
    lastSeen: instant(),
    selectedAt: nullable(instant()),
    ownTenant: bool(),
  }),
  (c) =>
    c.tenantId !== null
      ? c.id === c.tenantId
      : c.id.startsWith('domain:') && c.domains.includes(c.id.slice('domain:'.length)),
  'id does not match its tenant id or domains',
) as Schema<Customer>;

export const ticketRecord: Schema<Ticket> = obj({
  id: id(),
  // The fields a surface sends, as the messages validate them; stored instants are ISO, in UTC.
  // (`portalLink` only on a portal host: see `ticketFields`.)
  ...ticketFields,
  filedAt: instant(),
  dueAt: nullable(instant()),
  status: ticketStatusField(),
  statusAt: obj({
    open: optional(instant()),
    responded: optional(instant()),
    resolved: optional(instant()),
    'closed-unresolved': optional(instant()),
  }),
  portalStatus: nullable(portalStatusField()),
  portalStatusSeenAt: nullable(instant()),
  packId: nullable(id()),
  notes: str({ max: 5000 }),
  source: literal('captured', 'manual'),
  createdAt: instant(),
  updatedAt: instant(),
}) as Schema<Ticket>;

export const packRecord: Schema<PackRecord> = refine(
  refine(
    obj({
      id: id(),
      kind: packKindField(),
      label: str({ max: 120 }),
      purchasedOn: isoDate(),
      expiresOn: nullable(isoDate()),
      incidents: nullable(num({ int: true, min: 0, max: 1000 })),
      used: num({ int: true, min: 0, max: 100_000 }),
      account: nullable(accountField()),
      orderNumber: nullable(str({ max: 64 })),
      contractId: nullable(str({ max: 64 })),
      notes: str({ max: 5000 }),
      createdAt: instant(),
      updatedAt: instant(),
    }),
    (p) => p.incidents === null || p.used <= p.incidents,
    'uses more incidents than it holds',
  ),
  (p) => p.expiresOn === null || p.expiresOn >= p.purchasedOn,
  'expires before it was bought',
) as Schema<PackRecord>;

const scalar: Schema<string | number | boolean | null> = {
  parse(input, path) {
    if (input === null || typeof input === 'boolean') return { ok: true, value: input };
    if (typeof input === 'number' && Number.isFinite(input)) return { ok: true, value: input };
    if (typeof input === 'string' && input.length <= 200) return { ok: true, value: input };
    return { ok: false, error: `${path}: expected a short scalar` };
  },
};

export const eventRecord: Schema<HistoryEvent> = obj({
  // Far below 2^53: a key of 2^53 - 1 once exhausted the event store's key generator (v1).
  seq: num({ int: true, min: 1, max: MAX_EVENT_SEQ }),
  at: instant(),
  surface: literal('content', 'page', 'background', 'import'),
  entity: literal('ticket', 'pack', 'customer', 'history'),
  entityId: nullable(str({ max: 64 })),
  action: str({ min: 1, max: 40, pattern: /^[a-z][a-z-]*$/ }),
  details: optional(
    record(str({ max: 40, pattern: /^[A-Za-z][A-Za-z0-9]*$/ }), scalar, { max: 20 }),
  ),
}) as Schema<HistoryEvent>;

export const tombstoneRecord: Schema<Tombstone> = obj({
  entity: literal('ticket', 'pack', 'customer'),
  id: id(),
  deletedAt: instant(),
}) as Schema<Tombstone>;
/** Deletions a backup may carry (one per deleted record; deleting is rarer than creating). */
const MAX_TOMBSTONES = 500_000;

// ——— JSON import: validate everything first ———

const fail = (code: string, detail?: string): never => {
  throw new RequestError(code, detail);
};

/** Where JSON.parse stopped, as a character offset (V8: "… at position 123"; end of input). */
function errorPosition(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (at) return at[1] as string;
  return /end of (JSON )?(input|data)|unterminated/i.test(message)
    ? String(text.length)
    : message.slice(0, 120);
}

/**
 * Parses and validates a backup. Throws a RequestError with a precise code:
 * `import-too-large` (detail: the size in MB), `import-too-deep`, `import-not-json` (detail:
 * where it broke), `import-forbidden-key`, `import-wrong-format`, `import-future-version`,
 * `import-incomplete`, `import-too-many-records`, `import-invalid-record` (detail: the record and
 * the field), `import-checksum`, `import-duplicate`, `import-dangling-pack`. Nothing here writes.
 */
export async function parseBackup(text: string, maxBytes = MAX_IMPORT_BYTES): Promise<Backup> {
  // The file's size in bytes (UTF-8), not the length of a message carrying it.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    fail('import-too-large', megabytes(utf8Length(text)));
  }
  // JSON.parse with a reviver recurses: a 100,000-deep array is a stack overflow, not bad JSON.
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) fail('import-too-deep', String(MAX_JSON_DEPTH));
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value) => {
      // JSON.parse creates an own "__proto__" property; refuse it anywhere in the file.
      if (key === '__proto__') throw new RequestError('import-forbidden-key', '__proto__');
      return value;
    });
  } catch (error) {
    if (error instanceof RequestError) throw error;
    if (error instanceof RangeError) fail('import-too-deep', String(MAX_JSON_DEPTH));
    fail('import-not-json', errorPosition(error, text));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('import-wrong-format');
  const top = raw as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) fail('import-wrong-format', String(top.format ?? ''));
  const version = top.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('import-wrong-format', 'schemaVersion');
  }
  if ((version as number) > SCHEMA_VERSION) {
    fail('import-future-version', `${version} > ${SCHEMA_VERSION}`);
  }
  if (top.incomplete === true) fail('import-incomplete');
  const data = top.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('import-wrong-format', 'data');
  for (const key of Object.keys(data as object)) {
    if (!['customers', 'tickets', 'packs', 'events', 'tombstones'].includes(key)) {
      fail('import-wrong-format', `data.${key}`);
    }
  }
  const out: Snapshot = { customers: [], tickets: [], packs: [], events: [] };
  const schemas = {
    customers: customerRecord,
    tickets: ticketRecord,
    packs: packRecord,
    events: eventRecord,
  } as const;
  for (const store of ['customers', 'tickets', 'packs', 'events'] as const) {
    const list = (data as Record<string, unknown>)[store];
    if (!Array.isArray(list)) fail('import-wrong-format', `data.${store}`);
    const count = (list as unknown[]).length;
    if (count > MAX_RECORDS[store]) {
      fail('import-too-many-records', `${store}: ${count} > ${MAX_RECORDS[store]}`);
    }
    const schema = schemas[store] as Schema<unknown>;
    (list as unknown[]).forEach((item, i) => {
      const r = schema.parse(item, `${store}[${i}]`);
      if (!r.ok) {
        // Name the record by its id (or seq) as well as by its place: "tickets[3] (t-1): …".
        const key = (item as { id?: unknown; seq?: unknown } | null) ?? {};
        const name = typeof key.id === 'string' ? key.id : key.seq;
        const label = typeof name === 'string' || typeof name === 'number' ? ` (${name})` : '';
        fail('import-invalid-record', r.error.replace(`${store}[${i}]`, `${store}[${i}]${label}`));
      }
      (out[store] as unknown[]).push((r as { value: unknown }).value);
    });
  }
  // Optional: backups written before deletions were remembered have no tombstones.
  const stones = (data as Record<string, unknown>).tombstones;
  if (stones !== undefined) {
    if (!Array.isArray(stones)) fail('import-wrong-format', 'data.tombstones');
    if ((stones as unknown[]).length > MAX_TOMBSTONES) {
      fail('import-too-many-records', `tombstones: ${(stones as unknown[]).length}`);
    }
    out.tombstones = (stones as unknown[]).map((item, i) => {
      const r = tombstoneRecord.parse(item, `tombstones[${i}]`);
      if (!r.ok) fail('import-invalid-record', r.error);
      return (r as { value: Tombstone }).value;
    });
  }
  if (typeof top.checksum !== 'string') fail('import-wrong-format', 'checksum');
  // The checksum covers the records as the file holds them: a value a schema tidies on the way
  // in (a name's stray spaces, written by an older version) must not make a sound file "damaged".
  const written = {
    customers: (data as Record<string, unknown>).customers,
    tickets: (data as Record<string, unknown>).tickets,
    packs: (data as Record<string, unknown>).packs,
    events: (data as Record<string, unknown>).events,
    ...(stones !== undefined ? { tombstones: stones } : {}),
  } as Snapshot;
  if ((await sha256Hex(canonicalJson(written))) !== top.checksum) fail('import-checksum');
  // Keys and references.
  const unique = (values: (string | number | null | undefined)[], what: string) => {
    const seen = new Set<unknown>();
    for (const v of values) {
      if (v === null || v === undefined) continue;
      if (seen.has(v)) fail('import-duplicate', `${what} ${v}`);
      seen.add(v);
    }
  };
  unique(
    out.customers.map((c) => c.id),
    'customer',
  );
  unique(
    out.tickets.map((t) => t.id),
    'ticket',
  );
  unique(
    out.tickets.map((t) => t.number),
    'request number',
  );
  unique(
    out.packs.map((p) => p.id),
    'pack',
  );
  unique(
    out.events.map((e) => e.seq),
    'event',
  );
  unique((out.tombstones ?? []).map(tombKey), 'deletion');
  const packIds = new Set(out.packs.map((p) => p.id));
  for (const t of out.tickets) {
    if (t.packId !== null && !packIds.has(t.packId)) fail('import-dangling-pack', t.id);
  }
  return {
    format: BACKUP_FORMAT,
    schemaVersion: version as number,
    exportedAt: typeof top.exportedAt === 'string' ? top.exportedAt : '',
    counts: {
      customers: out.customers.length,
      tickets: out.tickets.length,
      packs: out.packs.length,
      events: out.events.length,
    },
    checksum: top.checksum as string,
    data: out,
  };
}

const same = (a: unknown, b: unknown) => canonicalString(a) === canonicalString(b);

type Row = Customer | Ticket | PackRecord;
const ENTITY = { customers: 'customer', packs: 'pack', tickets: 'ticket' } as const;

/**
 * What an import changes, computed from the current records (pure, synchronous: it runs inside
 * the import transaction). Throws `import-pack-overspent` (detail: the pack's label) when a pack
 * would end up with more linked tickets than it holds incidents: nothing is then written.
 * - replace: the history becomes exactly the backup (events, in their order, and tombstones
 *   included); `removed` counts records that are not in it.
 * - merge: records missing here are added — unless a tombstone says it was deleted here at or
 *   after the backup copy's last change (`skippedDeleted`; a copy changed later, elsewhere,
 *   comes back); a record in both is replaced when the backup's copy is newer (`updatedAt`,
 *   `lastSeen` for customers), else kept; a ticket whose request number belongs to another local
 *   ticket is kept local (counted unchanged); a ticket brought in linked to a pack deleted here
 *   comes in unlinked. A merge never deletes a record that is here. Events are not merged (the
 *   local log stays the log of this browser); the import itself is logged. The backup's
 *   tombstones join ours, except for records that exist after the merge.
 * - both: every pack's `used` is recomputed from the tickets linked to it once imported.
 */
export function planImport(
  current: Snapshot,
  incoming: Snapshot,
  mode: 'merge' | 'replace',
  dryRun: boolean,
): ImportPlan<ImportSummary> {
  const changes = { added: 0, updated: 0, unchanged: 0, removed: 0, skippedDeleted: 0 };
  const put: ImportPlan<ImportSummary>['put'] = { customers: [], tickets: [], packs: [] };
  const stamp = (r: Row) => ('lastSeen' in r ? r.lastSeen : (r as Ticket | PackRecord).updatedAt);
  const numbers = new Map(current.tickets.filter((t) => t.number).map((t) => [t.number, t.id]));
  const buried = new Map<string, Tombstone>(
    mode === 'replace' ? [] : (current.tombstones ?? []).map((t) => [tombKey(t), t]),
  );
  const revived: Pick<Tombstone, 'entity' | 'id'>[] = [];
  // The records as they will be once imported (for the pack accounting and the tombstones).
  const final = { customers: new Map<string, Row>(), packs: new Map<string, Row>() } as Record<
    'customers' | 'packs' | 'tickets',
    Map<string, Row>
  >;
  final.tickets = new Map();
  // Packs before tickets: a ticket's pack must be known to be there.
  for (const store of ['customers', 'packs', 'tickets'] as const) {
    const here = new Map<string, Row>((current[store] as Row[]).map((r) => [r.id, r]));
    if (mode === 'merge') for (const [key, r] of here) final[store].set(key, r);
    const there = new Set<string>();
    for (const original of incoming[store] as Row[]) {
      let r = original;
      there.add(r.id);
      const local = here.get(r.id);
      if (mode === 'replace') {
        (put[store] as Row[]).push(r);
        final[store].set(r.id, r);
        if (!local) changes.added++;
        else if (same(local, r)) changes.unchanged++;
        else changes.updated++;
        continue;
      }
      if (store === 'tickets') {
        const ticket = r as Ticket;
        const owner = ticket.number ? numbers.get(ticket.number) : undefined;
        if (owner && owner !== r.id) {
          changes.unchanged++;
          continue;
        }
        if (ticket.packId !== null && !final.packs.has(ticket.packId)) {
          r = { ...ticket, packId: null };
        }
      }
      if (!local) {
        const stone = buried.get(tombKey({ entity: ENTITY[store], id: r.id }));
        if (stone && stamp(r) <= stone.deletedAt) {
          changes.skippedDeleted++;
          continue;
        }
        if (stone) revived.push({ entity: ENTITY[store], id: r.id });
        changes.added++;
      } else if (same(local, original) || stamp(original) <= stamp(local)) {
        changes.unchanged++;
        continue;
      } else changes.updated++;
      (put[store] as Row[]).push(r);
      final[store].set(r.id, r);
    }
    if (mode === 'replace') for (const key of here.keys()) if (!there.has(key)) changes.removed++;
  }

  // Pack accounting: `used` is what the linked tickets spend; never more than a pack holds.
  const linked = new Map<string, number>();
  for (const t of final.tickets.values()) {
    const packId = (t as Ticket).packId;
    if (packId !== null) linked.set(packId, (linked.get(packId) ?? 0) + 1);
  }
  for (const row of final.packs.values()) {
    const pack = row as PackRecord;
    const used = linked.get(pack.id) ?? 0;
    if (pack.incidents !== null && used > pack.incidents) {
      throw new RequestError('import-pack-overspent', pack.label || pack.id);
    }
    if (pack.used === used) continue;
    const fixed: PackRecord = { ...pack, used };
    const i = put.packs.findIndex((p) => p.id === pack.id);
    if (i >= 0) put.packs[i] = fixed;
    else put.packs.push(fixed);
  }

  // Tombstones: replace takes the backup's; merge adds the backup's for records not here.
  const stones: Tombstone[] = [];
  for (const t of incoming.tombstones ?? []) {
    const store = t.entity === 'customer' ? 'customers' : t.entity === 'pack' ? 'packs' : 'tickets';
    if (mode === 'merge' && final[store].has(t.id)) continue;
    const mine = buried.get(tombKey(t));
    if (!mine || mine.deletedAt < t.deletedAt) stones.push(t);
  }

  const counts = {
    customers: incoming.customers.length,
    tickets: incoming.tickets.length,
    packs: incoming.packs.length,
    events: incoming.events.length,
  };
  const result: ImportSummary = { dryRun, mode, counts, changes };
  return {
    result,
    clear: mode === 'replace',
    put,
    // In their order; applyImport numbers them (a backup's seq values are never keys).
    events:
      mode === 'replace' ? [...incoming.events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)) : [],
    tombstones: { put: stones, remove: revived },
    details: { mode, ...changes },
  };
}

// ——— CSV (RFC 4180) ———

/**
 * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @ and | (DDE),
 * their full-width and small forms (Excel folds them to ASCII), and a leading tab or CR.
 */
const FORMULA_START = /^[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFE66\uFE62\uFE63\uFE6B]/;

/**
 * Whether some part of the text could start a formula once a spreadsheet splits it. Spreadsheets
 * skip leading spaces, and French (and other) Excel splits a line on `;` rather than `,`, so a
 * cell `Contoso;=1+1` becomes a cell `=1+1` there; every `,`- or `;`-separated part is checked
 * after trimming. A false alarm costs one quote mark, a miss runs a formula.
 */
function looksLikeFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  return text.split(/[;,]/).some((part) => FORMULA_START.test(part.replace(/^[\s\u3000]+/, '')));
}

/**
 * One CSV cell (RFC 4180). Every text cell is quoted (quotes doubled), so no separator inside it
 * ever splits it, whatever the spreadsheet's list separator; a text that could start a formula
 * anywhere is prefixed with a single quote as well. Numbers and booleans stay bare.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const TICKET_COLUMNS = [
  'id',
  'number',
  'portal',
  'customerId',
  'customerName',
  'service',
  'product',
  'title',
  'severity',
  'program',
  'breakFix',
  'supportLanguage',
  'filedAt',
  'dueAt',
  'rule',
  'clock',
  'status',
  'respondedAt',
  'resolvedAt',
  'portalStatus',
  'packId',
  'source',
  'notes',
  'portalLink',
] as const;

export function exportTicketsCsv(tickets: Ticket[]): string {
  const rows = [...tickets]
    .sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : byId(a, b)))
    .map((t) =>
      TICKET_COLUMNS.map((c) => {
        if (c === 'respondedAt') return t.statusAt.responded ?? null;
        if (c === 'resolvedAt')
          return t.statusAt.resolved ?? t.statusAt['closed-unresolved'] ?? null;
        return t[c];
      }),
    );
  return csv([...TICKET_COLUMNS], rows);
}

export const PACK_COLUMNS = [
  'id',
  'kind',
  'label',
  'purchasedOn',
  'expiresOn',
  'incidents',
  'used',
  'account',
  'orderNumber',
  'contractId',
  'notes',
] as const;

export function exportPacksCsv(packs: PackRecord[]): string {
  return csv(
    [...PACK_COLUMNS],
    [...packs].sort(byId).map((p) => PACK_COLUMNS.map((c) => p[c])),
  );
}

// ——— ICS (RFC 5545) ———

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts toward their 75 octets; a UTF-8 character is never split.
 */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsInstant = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const icsDate = (date: string) => date.replace(/-/g, '');

export interface IcsLabels {
  /** Summary of a first-response event, e.g. "First response due: 2611210010000123". */
  firstResponse: (ticket: Ticket) => string;
  packExpiry: (pack: PackRecord) => string;
}

/**
 * A calendar of first-response due times of open tickets (not responded yet) and pack expiries.
 * UIDs are stable (derived from record ids), so re-importing updates events instead of doubling.
 */
export function exportIcs(
  data: Pick<Snapshot, 'tickets' | 'packs'>,
  now: Date,
  labels: IcsLabels,
): string {
  const stamp = icsInstant(now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PCX//Support history//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  // Defensive: a date that is not real (from an older version's looser checks) is left out
  // rather than written as an event no calendar can read.
  const tickets = data.tickets
    .filter(
      (t) => t.status === 'open' && t.dueAt && OPEN_STATUSES.has(t.status) && isInstant(t.dueAt),
    )
    .sort((a, b) => ((a.dueAt ?? '') < (b.dueAt ?? '') ? -1 : 1));
  for (const t of tickets) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:ticket-${t.id}-first-response@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsInstant(t.dueAt as string)}`,
      `SUMMARY:${icsEscape(labels.firstResponse(t))}`,
      ...(t.portalLink ? [`URL:${t.portalLink}`] : []),
      'END:VEVENT',
    );
  }
  for (const p of [...data.packs].sort(byId)) {
    if (!p.expiresOn || !isCalendarDate(p.expiresOn)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:pack-${p.id}-expiry@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(p.expiresOn)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(p.expiresOn, 1))}`,
      `SUMMARY:${icsEscape(labels.packExpiry(p))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
