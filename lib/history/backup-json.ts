import { withoutSecrets } from './backup-settings';
import type { Snapshot } from './repo';
import { SCHEMA_VERSION } from './schema';
import type { BackupCounts, Tombstone } from './types';

/**
 * The JSON backup (`pcx-backup`) as PCX writes it:
 * `{ format, formatVersion, schemaVersion, exportedAt, counts, checksum, data, settings?,
 * settingsChecksum?, pending? }`. `checksum` is the SHA-256 (hex) of the canonical serialisation
 * of `data` (keys sorted at every level, records sorted by id, events by seq), so a file edited
 * by hand or cut short is detected. `pending` lists writes kept aside while the database refused
 * them (never lost, not imported). Pure (no browser, no clock: `now` is passed in).
 *
 * Format versions (`formatVersion`; absent means 1):
 * - 1: the history only.
 * - 2: adds `settings` (the settings without their secrets, `backup-settings.ts`) and
 *   `settingsChecksum`, the SHA-256 of their canonical serialisation. `checksum` still covers
 *   `data` alone and `format` is unchanged, so a version-1 file imports as before (its settings
 *   are simply not restored) and a PCX that only knows version 1 still imports a version-2
 *   file's history, leaving its settings aside.
 */

export const BACKUP_FORMAT = 'pcx-backup';
/** The version written; every earlier one is read (see above). */
export const BACKUP_FORMAT_VERSION = 2;

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

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** Absent in version-1 files. */
  formatVersion?: number;
  schemaVersion: number;
  exportedAt: string;
  counts: BackupCounts;
  checksum: string;
  data: Snapshot;
  /** The settings, without secrets, as written (read them with `migrateSettings`). */
  settings?: Record<string, unknown>;
  settingsChecksum?: string;
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
export function canonicalString(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value)) ?? 'null';
}

export const byId = <T extends { id: string }>(a: T, b: T) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const tombKey = (t: Pick<Tombstone, 'entity' | 'id'>) => `${t.entity}:${t.id}`;

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
  options: {
    now: Date;
    pending?: unknown[];
    incomplete?: boolean;
    /** The settings in force; their secrets are left out here, whatever the caller passed. */
    settings?: unknown;
  },
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
  const head: Omit<Backup, 'data' | 'pending' | 'incomplete' | 'settings' | 'settingsChecksum'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
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
  if (options.settings !== undefined) {
    const settings = sortKeysDeep(withoutSecrets(options.settings));
    tail.settings = settings;
    tail.settingsChecksum = await sha256Hex(canonicalString(settings));
  }
  if (options.pending?.length) tail.pending = options.pending;
  if (options.incomplete) tail.incomplete = true;
  const extra = JSON.stringify(tail).slice(1, -1);
  return `${JSON.stringify(head).slice(0, -1)},"data":${body}${extra ? `,${extra}` : ''}}`;
}
