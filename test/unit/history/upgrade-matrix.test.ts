import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson, parseBackup, planImport } from '../../../lib/history/backup';
import { createHistoryRepo } from '../../../lib/history/repo';
import { openHistoryDb, SCHEMA_VERSION } from '../../../lib/history/schema';
// @ts-expect-error — a plain .mjs fixture without types (frozen on purpose).
import { createV1 } from '../../fixtures/upgrade/v1-create.mjs';
// @ts-expect-error — a plain .mjs fixture without types (frozen on purpose).
import { createV2 } from '../../fixtures/upgrade/v2-create.mjs';
import { freshFactory } from './helpers';

/**
 * Upgrade matrix (reliability.md §4): for every released schema version, a fixture database
 * created by the frozen code of that version opens with the current code, every row preserved.
 * One test per version; never delete one.
 */
const STORES = ['customers', 'tickets', 'packs', 'events', 'meta'] as const;
/** Stores added by a later version, and the version that added them. */
const LATER_STORES = { tombstones: 2 } as const;
type Store = (typeof STORES)[number] | keyof typeof LATER_STORES;
const load = (version: number) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/upgrade/v${version}.json`, import.meta.url), 'utf8'),
  ) as Record<Store, Record<string, unknown>[]> & { version: number };
const keyOf = (store: Store, row: Record<string, unknown>) =>
  store === 'events'
    ? String(row.seq).padStart(20, '0')
    : store === 'meta'
      ? String(row.key)
      : store === 'tombstones'
        ? `${row.entity}:${row.id}`
        : String(row.id);
const sorted = (store: Store, list: Record<string, unknown>[]) =>
  [...list].sort((a, b) => keyOf(store, a).localeCompare(keyOf(store, b)));

describe('upgrade matrix', () => {
  it('v1 fixture opens with the current code, every row preserved and usable', async () => {
    const dump = load(1);
    expect(dump.version).toBe(1);
    const factory = freshFactory();
    await createV1(factory, dump);
    const db = await openHistoryDb({ factory });
    expect(db.version).toBe(SCHEMA_VERSION);
    for (const store of STORES) {
      const rows = await db.getAll(store);
      const key = store === 'events' ? 'seq' : store === 'meta' ? 'key' : 'id';
      const sort = (list: Record<string, unknown>[]) =>
        [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      expect(sort(rows as never), store).toEqual(sort(dump[store]));
    }
    // The indexes work on the migrated data: the repositories answer from it.
    const repo = createHistoryRepo({ db, now: () => new Date('2026-11-21T10:00:00Z') });
    const open = await repo.ticketsList({ view: 'open' });
    expect(open.items.map((t) => t.title)).toEqual([
      'Storage account unreachable',
      'Cluster node evicted',
    ]);
    expect(await repo.customersLookup({ domain: 'contoso.onmicrosoft.com' })).toMatchObject({
      name: 'Contoso Ltd',
    });
    // The event log continues after the migrated events.
    await repo.ticketsSetStatus(
      { id: open.items[0]!.id, status: 'responded' },
      { surface: 'page' },
    );
    const events = await db.getAll('events');
    expect(events.at(-1)).toMatchObject({ seq: 6, action: 'status' });
    db.close();
  });

  it('v1 database poisoned by an imported event seq 2^53-1 (the old import) is repaired on upgrade', async () => {
    // What a v1 user who imported such a backup has: the events store's key generator at its
    // maximum, so every write after the next one fails ("Maximum key generator value reached").
    const dump = load(1);
    const poisoned = {
      ...dump,
      events: [...dump.events, { ...dump.events[0], seq: Number.MAX_SAFE_INTEGER }],
    };
    const factory = freshFactory();
    await createV1(factory, poisoned);
    const db = await openHistoryDb({ factory });
    // Renumbered in order, nothing dropped.
    expect((await db.getAll('events')).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const now = () => new Date('2026-11-21T10:00:00Z');
    const repo = createHistoryRepo({ db, now, timeZone: () => 'UTC' });
    const input = (n: number) => ({
      number: `26112100100009${String(n).padStart(2, '0')}`,
      portal: 'azure' as const,
      portalLink: null,
      customerId: null,
      customerName: null,
      service: 'azure' as const,
      product: null,
      title: `After the repair ${n}`,
      severity: 'B' as const,
      program: 'csp' as const,
      breakFix: true,
      supportLanguage: 'english' as const,
      filedAt: '2026-11-21T09:00:00.000Z',
      dueAt: '2026-11-21T13:00:00.000Z',
      rule: 'csp-severity' as const,
      clock: 'around-the-clock' as const,
      caveats: [],
      contact: null,
    });
    for (let n = 1; n <= 3; n++) await repo.ticketsAdd(input(n), { surface: 'page' });
    // An export written after the repair imports again (replace), and erase works.
    const text = await exportJson(await repo.snapshot(), { now: now() });
    const parsed = await parseBackup(text);
    await repo.applyImport((c) => planImport(c, parsed.data, 'replace', false), {
      surface: 'import',
    });
    expect((await repo.ticketsList({ view: 'all' })).total).toBe(dump.tickets.length + 3);
    await repo.erase({ surface: 'page' });
    await repo.ticketsAdd(input(4), { surface: 'page' });
    expect((await repo.ticketsList({ view: 'all' })).total).toBe(1);
    db.close();
  });

  it('v2 fixture opens with the current code, every row preserved and usable', async () => {
    const dump = load(2);
    expect(dump.version).toBe(2);
    const factory = freshFactory();
    await createV2(factory, dump);
    const db = await openHistoryDb({ factory });
    expect(db.version).toBe(SCHEMA_VERSION);
    for (const store of [...STORES, 'tombstones'] as const) {
      expect(sorted(store, (await db.getAll(store)) as never), store).toEqual(
        sorted(store, dump[store]),
      );
    }
    const repo = createHistoryRepo({ db, now: () => new Date('2026-11-27T10:00:00Z') });
    expect((await repo.ticketsList({ view: 'open' })).items.map((t) => t.title)).toEqual([
      'Storage account unreachable',
      'Cluster node evicted',
    ]);
    // The tombstone still keeps its ticket out of a merge.
    const gone = dump.tombstones[0] as { id: string; deletedAt: string };
    const ticket = { ...(dump.tickets[0] as object), id: gone.id, number: null } as never;
    const plan = planImport(
      await repo.snapshot(),
      { customers: [], packs: [], events: [], tickets: [ticket] },
      'merge',
      true,
    );
    expect(plan.result.changes).toMatchObject({ added: 0, skippedDeleted: 1 });
    // v3 indexes the events written before it by entity: a pack's history reads them back.
    const before = (await db.getAll('events')).filter(
      (e) => e.entity === 'pack' && e.entityId === 'pack-ppi-5',
    );
    expect(before.length).toBeGreaterThan(0);
    expect(
      (await repo.entityLog({ entity: 'pack', id: 'pack-ppi-5' })).entries.map((e) => e.seq),
    ).toEqual(before.map((e) => e.seq).reverse());
    // The log continues after the last event.
    await repo.packsDelete('pack-ppi-5', { surface: 'page' });
    expect((await db.getAll('events')).at(-1)).toMatchObject({ seq: 8, action: 'deleted' });
    db.close();
  });
});
