import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  exportJson,
  parseBackup,
  planImport,
  sha256Hex,
} from '../../../lib/history/backup';
import type { Snapshot } from '../../../lib/history/repo';
import { SCHEMA_VERSION } from '../../../lib/history/schema';
import type { HistoryEvent } from '../../../lib/history/types';
import {
  clock,
  freshFactory,
  openRepo,
  packInput,
  page,
  spendableTicketInput,
  ticketInput,
} from './helpers';

/**
 * What an import may never do to the history: lock it (an event log that exhausts IndexedDB's
 * key generator), over-spend a pack, or bring back what was deleted here.
 */

const NOW = new Date('2026-11-21T10:00:00.000Z');
/** 2^53 - 1: once written as a key, the store's key generator allows one more key, then none. */
const POISON = Number.MAX_SAFE_INTEGER;
const event = (seq: number): HistoryEvent => ({
  seq,
  at: '2026-11-20T10:00:00.000Z',
  surface: 'page',
  entity: 'history',
  entityId: null,
  action: 'erased',
});
const empty = (): Snapshot => ({ customers: [], tickets: [], packs: [], events: [] });
const asImport = { surface: 'import' as const };

describe('an imported event log cannot lock the history', () => {
  it('refuses a backup with a valid checksum whose event seq is out of bounds', async () => {
    // Written by hand, as a hostile file would be (our export numbers the log 1..n).
    const data = { ...empty(), events: [event(POISON)] };
    const text = JSON.stringify({
      format: 'pcx-backup',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      counts: { customers: 0, tickets: 0, packs: 0, events: 1 },
      checksum: await sha256Hex(canonicalJson(data)),
      data,
    });
    await expect(parseBackup(text)).rejects.toMatchObject({
      code: 'import-invalid-record',
      message: expect.stringContaining('events[0]'),
    });
    // Our own export of such a log numbers it again: it imports.
    const ours = await parseBackup(await exportJson(data, { now: NOW }));
    expect(ours.data.events.map((e) => e.seq)).toEqual([1]);
  });

  it('renumbers imported events: after a replace import of seq 2^53-1, every later write works', async () => {
    const { repo } = await openRepo();
    await repo.ticketsAdd(ticketInput(), page);
    const incoming = { ...empty(), events: [event(5), event(POISON)] };
    await repo.applyImport((c) => planImport(c, incoming, 'replace', false), asImport);
    await repo.ticketsAdd(ticketInput({ number: '2611210010000002' }), page);
    await repo.packsAdd(packInput(), page);
    await repo.ticketsAdd(ticketInput({ number: '2611210010000003' }), page);
    const log = (await repo.snapshot()).events;
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.map((e) => e.action)).toEqual([
      'erased',
      'erased',
      'imported',
      'created',
      'created',
      'created',
    ]);
    // A merge keeps the local log: the backup's events are never written.
    await repo.applyImport((c) => planImport(c, incoming, 'merge', false), asImport);
    expect((await repo.snapshot()).events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await repo.erase(page);
    await repo.ticketsAdd(ticketInput(), page);
    expect((await repo.snapshot()).events.map((e) => e.action)).toEqual(['erased', 'created']);
  });
});

describe('pack accounting survives imports', () => {
  it('refuses a merge that would link more tickets to a pack than it holds, writing nothing', async () => {
    const { repo } = await openRepo();
    const pack = await repo.packsAdd(packInput({ incidents: 2, label: 'Gold FY26' }), page);
    const mine = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page);
    // A backup taken in another browser: two other tickets spent the same pack there.
    const theirs = [2, 3].map((i) => ({
      ...mine,
      id: `theirs-${i}`,
      number: `261121001000000${i}`,
    }));
    const text = await exportJson(
      { ...empty(), packs: [{ ...pack, used: 2 }], tickets: theirs },
      { now: NOW },
    );
    const parsed = await parseBackup(text);
    const before = await repo.snapshot();
    expect(() => planImport(before, parsed.data, 'merge', true)).toThrow(
      expect.objectContaining({ code: 'import-pack-overspent', message: 'Gold FY26' }),
    );
    await expect(
      repo.applyImport((c) => planImport(c, parsed.data, 'merge', false), asImport),
    ).rejects.toMatchObject({ code: 'import-pack-overspent', message: 'Gold FY26' });
    expect(await repo.snapshot()).toEqual(before);
    // A replace import of a pack holding more links than incidents is refused as well.
    const overfull = await exportJson(
      { ...empty(), packs: [{ ...pack, incidents: 1, used: 1 }], tickets: theirs },
      { now: NOW },
    );
    const p2 = await parseBackup(overfull);
    await expect(
      repo.applyImport((c) => planImport(c, p2.data, 'replace', false), asImport),
    ).rejects.toMatchObject({ code: 'import-pack-overspent' });
    expect(await repo.snapshot()).toEqual(before);
  });

  it('recomputes every pack’s used from its linked tickets, after a merge and after a replace', async () => {
    const { repo } = await openRepo();
    const pack = await repo.packsAdd(packInput({ incidents: 5 }), page);
    const mine = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page);
    expect((await repo.packsGet(pack.id))?.used).toBe(1);
    const theirs = { ...mine, id: 'theirs-2', number: '2611210010000002' };
    const merge = await parseBackup(
      await exportJson({ ...empty(), packs: [pack], tickets: [theirs] }, { now: NOW }),
    );
    await repo.applyImport((c) => planImport(c, merge.data, 'merge', false), asImport);
    expect((await repo.packsGet(pack.id))?.used).toBe(2);
    // A backup whose counter disagrees with its links: the links win.
    const replace = await parseBackup(
      await exportJson(
        { ...empty(), packs: [{ ...pack, used: 4 }], tickets: [theirs] },
        {
          now: NOW,
        },
      ),
    );
    await repo.applyImport((c) => planImport(c, replace.data, 'replace', false), asImport);
    expect((await repo.packsGet(pack.id))?.used).toBe(1);
    // …and the usual accounting goes on from there.
    await repo.ticketsUnlinkPack({ ticketId: 'theirs-2' }, page);
    expect((await repo.packsGet(pack.id))?.used).toBe(0);
  });
});

describe('deletion tombstones', () => {
  it('a merge does not bring back what was deleted here; the dry run counts it; they travel in the backup', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const pack = await repo.packsAdd(packInput(), page);
    const t1 = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page);
    const t2 = await repo.ticketsAdd(spendableTicketInput({ number: '2611210010000002' }), page);
    const old = await parseBackup(await exportJson(await repo.snapshot(), { now: NOW }));

    c.advance(60_000);
    await repo.ticketsDelete(t1.id, page);
    await repo.packsDelete(pack.id, page);
    await repo.ticketsDelete(t2.id, page);
    const dry = planImport(await repo.snapshot(), old.data, 'merge', true).result;
    expect(dry.changes).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skippedDeleted: 3,
    });
    await repo.applyImport((s) => planImport(s, old.data, 'merge', false), asImport);
    let s = await repo.snapshot();
    expect([s.tickets, s.packs]).toEqual([[], []]);

    // A copy edited elsewhere AFTER the deletion here is newer: it comes back (documented).
    c.advance(60_000);
    const edited = { ...t2, notes: 'edited elsewhere', updatedAt: c.now().toISOString() };
    const newer = await parseBackup(
      await exportJson({ ...empty(), tickets: [edited] }, { now: NOW }),
    );
    await repo.applyImport((x) => planImport(x, newer.data, 'merge', false), asImport);
    s = await repo.snapshot();
    expect(s.tickets.map((t) => t.notes)).toEqual(['edited elsewhere']);
    expect(s.tombstones?.map((t) => [t.entity, t.id]).sort()).toEqual(
      [
        ['pack', pack.id],
        ['ticket', t1.id],
      ].sort(),
    );

    // The tombstones are in the backup (under the checksum) and keep protecting elsewhere.
    const exported = await exportJson(s, { now: NOW });
    expect(JSON.parse(exported).data.tombstones).toHaveLength(2);
    const other = await openRepo();
    const moved = await parseBackup(exported);
    await other.repo.applyImport((x) => planImport(x, moved.data, 'replace', false), asImport);
    expect((await other.repo.snapshot()).tombstones).toHaveLength(2);
    const again = planImport(await other.repo.snapshot(), old.data, 'merge', true).result;
    expect(again.changes).toMatchObject({ added: 0, skippedDeleted: 2 });

    // Erase clears them: the old backup then brings everything back.
    await repo.erase(page);
    expect((await repo.snapshot()).tombstones).toEqual([]);
    const fresh = planImport(await repo.snapshot(), old.data, 'merge', true).result;
    expect(fresh.changes).toMatchObject({ added: 3, skippedDeleted: 0 });
  });

  it('a backup without tombstones (older format) still imports; its checksum still holds', async () => {
    const { repo } = await openRepo();
    const t = await repo.ticketsAdd(ticketInput(), page);
    const legacy = await exportJson({ ...empty(), tickets: [t] }, { now: NOW });
    expect(JSON.parse(legacy).data).not.toHaveProperty('tombstones');
    const parsed = await parseBackup(legacy);
    const other = await openRepo();
    await other.repo.applyImport((x) => planImport(x, parsed.data, 'merge', false), asImport);
    expect((await other.repo.snapshot()).tickets).toHaveLength(1);
    // Tampering with the tombstones breaks the checksum.
    await repo.ticketsDelete(t.id, page);
    const withStones = await exportJson(await repo.snapshot(), { now: NOW });
    const tampered = withStones.replace(`"id":"${t.id}"`, '"id":"someone-else"');
    await expect(parseBackup(tampered)).rejects.toMatchObject({ code: 'import-checksum' });
  });
});
