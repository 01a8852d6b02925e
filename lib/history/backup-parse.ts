import { RequestError } from '../errors';
import type { Schema } from '../schema';
import {
  BACKUP_FORMAT,
  type Backup,
  canonicalJson,
  canonicalString,
  megabytes,
  sha256Hex,
  tombKey,
  utf8Length,
} from './backup-json';
import { withoutSecrets } from './backup-settings';
import type { Snapshot } from './repo';
import { SCHEMA_VERSION } from './schema';
import {
  customerRecord,
  eventRecord,
  MAX_IMPORT_BYTES,
  packRecord,
  type Tombstone,
  ticketRecord,
  tombstoneRecord,
} from './types';

/**
 * Reading a backup file: size first (before parsing), then JSON, `__proto__` keys anywhere,
 * format, version (a future version is refused), checksum, every record's shape, duplicates and
 * references — ALL before anything is written (the plan and its one transaction come after:
 * `backup-plan.ts`).
 */

/** Deeper JSON is refused before parsing (a real backup nests 7 levels at most). */
export const MAX_JSON_DEPTH = 64;

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
 * the field), `import-checksum` (detail `settings` when it is the settings that changed),
 * `import-duplicate`, `import-dangling-pack`. Nothing here writes. A file's settings come back
 * checked for shape and checksum only, without secrets: the caller reads them with
 * `migrateSettings`, as anything stored.
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
  const formatVersion = top.formatVersion;
  if (
    formatVersion !== undefined &&
    (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
  ) {
    fail('import-wrong-format', 'formatVersion');
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
  // Settings (format 2): optional, but never without their own checksum, nor one without them.
  let settings: Record<string, unknown> | undefined;
  if (top.settings !== undefined || top.settingsChecksum !== undefined) {
    const raw = top.settings;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      fail('import-wrong-format', 'settings');
    }
    if (typeof top.settingsChecksum !== 'string') fail('import-wrong-format', 'settingsChecksum');
    if ((await sha256Hex(canonicalString(raw))) !== top.settingsChecksum) {
      fail('import-checksum', 'settings');
    }
    settings = withoutSecrets(raw) as Record<string, unknown>;
  }
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
    ...(formatVersion !== undefined ? { formatVersion: formatVersion as number } : {}),
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
    ...(settings ? { settings, settingsChecksum: top.settingsChecksum as string } : {}),
  };
}
