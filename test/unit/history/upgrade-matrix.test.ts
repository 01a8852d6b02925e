import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHistoryRepo } from '../../../lib/history/repo';
import { openHistoryDb, SCHEMA_VERSION } from '../../../lib/history/schema';
// @ts-expect-error — a plain .mjs fixture without types (frozen on purpose).
import { createV1 } from '../../fixtures/upgrade/v1-create.mjs';
import { freshFactory } from './helpers';

/**
 * Upgrade matrix (reliability.md §4): for every released schema version, a fixture database
 * created by the frozen code of that version opens with the current code, every row preserved.
 * One test per version; never delete one.
 */
const STORES = ['customers', 'tickets', 'packs', 'events', 'meta'] as const;
const load = (version: number) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/upgrade/v${version}.json`, import.meta.url), 'utf8'),
  ) as Record<(typeof STORES)[number], Record<string, unknown>[]> & { version: number };

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
});
