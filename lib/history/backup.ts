import { ticketFields } from '../messaging/messages/history';
import { accountField, packKindField } from '../messaging/record-fields';
import { RequestError } from '../messaging/router';
import {
  arr,
  bool,
  isoDate,
  isoInstant,
  literal,
  nullable,
  num,
  obj,
  optional,
  record,
  type Schema,
  str,
} from '../messaging/schema';
import type { Snapshot } from './repo';
import { OPEN_STATUSES, SCHEMA_VERSION } from './schema';
import type { Customer, HistoryEvent, PackRecord, Ticket } from './types';

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
/** Larger inputs are refused before parsing. */
export const MAX_IMPORT_CHARS = 25 * 1024 * 1024;
const MAX_RECORDS = { customers: 50_000, tickets: 500_000, packs: 10_000, events: 2_000_000 };

export interface BackupCounts {
  customers: number;
  tickets: number;
  packs: number;
  events: number;
}

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

/** The data in canonical order: records by id, events by seq. */
export function canonicalData(data: Snapshot): Snapshot {
  return {
    customers: [...data.customers].sort(byId),
    tickets: [...data.tickets].sort(byId),
    packs: [...data.packs].sort(byId),
    events: [...data.events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)),
  };
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
  const canonical = canonicalData(data);
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
const statusLit = () => literal('open', 'responded', 'resolved', 'closed-unresolved');

export const customerRecord: Schema<Customer> = obj({
  id: id(),
  tenantId: nullable(str({ max: 36 })),
  name: nullable(str({ max: 200 })),
  domains: arr(str({ max: 253 }), { max: 50 }),
  lastSeen: instant(),
  selectedAt: nullable(instant()),
  ownTenant: bool(),
}) as Schema<Customer>;

export const ticketRecord: Schema<Ticket> = obj({
  id: id(),
  // The fields a surface sends, as the messages validate them; stored instants are ISO, in UTC.
  ...ticketFields,
  filedAt: instant(),
  dueAt: nullable(instant()),
  status: statusLit(),
  statusAt: obj({
    open: optional(instant()),
    responded: optional(instant()),
    resolved: optional(instant()),
    'closed-unresolved': optional(instant()),
  }),
  portalStatus: nullable(literal('open', 'closed', 'attention-needed')),
  portalStatusSeenAt: nullable(instant()),
  packId: nullable(id()),
  notes: str({ max: 5000 }),
  source: literal('captured', 'manual'),
  createdAt: instant(),
  updatedAt: instant(),
}) as Schema<Ticket>;

export const packRecord: Schema<PackRecord> = obj({
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
}) as Schema<PackRecord>;

const scalar: Schema<string | number | boolean | null> = {
  parse(input, path) {
    if (input === null || typeof input === 'boolean') return { ok: true, value: input };
    if (typeof input === 'number' && Number.isFinite(input)) return { ok: true, value: input };
    if (typeof input === 'string' && input.length <= 200) return { ok: true, value: input };
    return { ok: false, error: `${path}: expected a short scalar` };
  },
};

export const eventRecord: Schema<HistoryEvent> = obj({
  seq: num({ int: true, min: 1 }),
  at: instant(),
  surface: literal('content', 'page', 'background', 'import'),
  entity: literal('ticket', 'pack', 'customer', 'history'),
  entityId: nullable(str({ max: 64 })),
  action: str({ min: 1, max: 40, pattern: /^[a-z][a-z-]*$/ }),
  details: optional(
    record(str({ max: 40, pattern: /^[A-Za-z][A-Za-z0-9]*$/ }), scalar, { max: 20 }),
  ),
}) as Schema<HistoryEvent>;

// ——— JSON import: validate everything first ———

const fail = (code: string, detail?: string): never => {
  throw new RequestError(code, detail);
};

/**
 * Parses and validates a backup. Throws a RequestError with a precise code:
 * `import-too-large`, `import-not-json`, `import-forbidden-key`, `import-wrong-format`,
 * `import-future-version`, `import-checksum`, `import-invalid-record`, `import-duplicate`,
 * `import-dangling-pack`, `import-incomplete`. Nothing here writes anything.
 */
export async function parseBackup(text: string, maxChars = MAX_IMPORT_CHARS): Promise<Backup> {
  if (text.length > maxChars) {
    fail(
      'import-too-large',
      `${Math.ceil(text.length / 1024 / 1024)} MB > ${maxChars / 1024 / 1024} MB`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value) => {
      // JSON.parse creates an own "__proto__" property; refuse it anywhere in the file.
      if (key === '__proto__') throw new RequestError('import-forbidden-key', '__proto__');
      return value;
    });
  } catch (error) {
    if (error instanceof RequestError) throw error;
    fail('import-not-json', error instanceof Error ? error.message : String(error));
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
    if (!['customers', 'tickets', 'packs', 'events'].includes(key)) {
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
    if ((list as unknown[]).length > MAX_RECORDS[store]) fail('import-too-large', store);
    const schema = schemas[store] as Schema<unknown>;
    (list as unknown[]).forEach((item, i) => {
      const r = schema.parse(item, `${store}[${i}]`);
      if (!r.ok) fail('import-invalid-record', r.error);
      (out[store] as unknown[]).push((r as { value: unknown }).value);
    });
  }
  if (typeof top.checksum !== 'string') fail('import-wrong-format', 'checksum');
  if ((await sha256Hex(canonicalJson(out))) !== top.checksum) fail('import-checksum');
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

export interface ImportSummary {
  dryRun: boolean;
  mode: 'merge' | 'replace';
  counts: BackupCounts;
  changes: { added: number; updated: number; unchanged: number; removed: number };
}

const same = (a: unknown, b: unknown) => canonicalString(a) === canonicalString(b);

/**
 * What an import changes, computed from the current records (pure, synchronous: it runs inside
 * the import transaction).
 * - replace: the history becomes exactly the backup (events included); `removed` counts records
 *   that are not in it.
 * - merge: records missing here are added; a record in both is replaced when the backup's copy is
 *   newer (`updatedAt`, `lastSeen` for customers), else kept; a ticket whose request number
 *   belongs to another local ticket is kept local (counted unchanged). Events are not merged (the
 *   local log stays the log of this browser); the import itself is logged.
 */
export function planImport(
  current: Snapshot,
  incoming: Snapshot,
  mode: 'merge' | 'replace',
  dryRun: boolean,
) {
  const changes = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const put: Omit<Snapshot, 'events'> = { customers: [], tickets: [], packs: [] };
  const stamp = (r: Customer | Ticket | PackRecord) =>
    'lastSeen' in r ? r.lastSeen : (r as Ticket | PackRecord).updatedAt;
  const numbers = new Map(current.tickets.filter((t) => t.number).map((t) => [t.number, t.id]));
  for (const store of ['customers', 'tickets', 'packs'] as const) {
    const here = new Map<string, Customer | Ticket | PackRecord>(
      (current[store] as (Customer | Ticket | PackRecord)[]).map((r) => [r.id, r]),
    );
    const there = new Set<string>();
    for (const r of incoming[store] as (Customer | Ticket | PackRecord)[]) {
      there.add(r.id);
      const local = here.get(r.id);
      if (mode === 'replace') {
        (put[store] as unknown[]).push(r);
        if (!local) changes.added++;
        else if (same(local, r)) changes.unchanged++;
        else changes.updated++;
        continue;
      }
      if (store === 'tickets') {
        const number = (r as Ticket).number;
        const owner = number ? numbers.get(number) : undefined;
        if (owner && owner !== r.id) {
          changes.unchanged++;
          continue;
        }
      }
      if (!local) {
        changes.added++;
        (put[store] as unknown[]).push(r);
      } else if (same(local, r) || stamp(r) <= stamp(local)) {
        changes.unchanged++;
      } else {
        changes.updated++;
        (put[store] as unknown[]).push(r);
      }
    }
    if (mode === 'replace') for (const key of here.keys()) if (!there.has(key)) changes.removed++;
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
    events: mode === 'replace' ? incoming.events : [],
    details: { mode, ...changes },
  };
}

// ——— CSV (RFC 4180) ———

/**
 * One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled). A cell starting
 * with = + - @ (or tab / CR) is prefixed with a single quote so spreadsheets never run it as a
 * formula (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

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
  const tickets = data.tickets
    .filter((t) => t.status === 'open' && t.dueAt && OPEN_STATUSES.has(t.status))
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
    if (!p.expiresOn) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:pack-${p.id}-expiry@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(p.expiresOn)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(p.expiresOn))}`,
      `SUMMARY:${icsEscape(labels.packExpiry(p))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
