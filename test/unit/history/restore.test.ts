import { describe, expect, it } from 'vitest';
import { RECORDS_MUTATIONS } from '../../../lib/background/records-mutations';
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
 * Undo of the popup's one-click changes: each is a write of its own that puts back what was,
 * and refuses when the record has changed since.
 */

async function tombstones(db: Awaited<ReturnType<typeof openRepo>>['db']) {
  return db.getAll('tombstones');
}

describe('restoring a deleted ticket', () => {
  it('puts the ticket back as it was, clears its tombstone and spends its incident again', async () => {
    const c = clock();
    const { repo, db } = await openRepo(freshFactory(), c);
    const pack = await repo.packsAdd(packInput(), page);
    const held = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id, notes: 'n' }), page);
    expect((await repo.packsGet(pack.id))?.used).toBe(1);
    const before = await repo.ticketsList({ view: 'open' });
    c.advance(1000);
    await repo.ticketsDelete(held.id, page);
    expect((await repo.packsGet(pack.id))?.used).toBe(0);
    expect(await tombstones(db)).toHaveLength(1);
    c.advance(1000);

    const row = RECORDS_MUTATIONS['tickets:restore'];
    const restored = await row.run(repo, { ticket: held }, page);
    expect(restored.numberKept).toBe(true);
    expect(restored.pack?.used).toBe(1);
    expect(restored.ticket).toEqual({ ...held, updatedAt: c.now().toISOString() });
    expect(await repo.ticketsGet(held.id)).toEqual(restored.ticket);
    expect((await repo.packsGet(pack.id))?.used).toBe(1);
    expect(await tombstones(db)).toEqual([]);
    // The totals follow: the restored ticket is counted again.
    expect((await repo.ticketsList({ view: 'open' })).total).toBe(before.total);
    const events = await db.getAll('events');
    expect(events.at(-1)).toMatchObject({ entityId: held.id, action: 'restored' });
  });

  it('leaves the number off when another ticket took it since, and restores once only', async () => {
    const { repo } = await openRepo();
    const held = await repo.ticketsAdd(ticketInput(), page);
    await repo.ticketsDelete(held.id, page);
    const other = await repo.ticketsAdd(ticketInput({ title: 'Same number, new record' }), page);
    const restored = await repo.ticketsRestore({ ticket: held }, page);
    expect(restored.numberKept).toBe(false);
    expect(restored.ticket.number).toBeNull();
    expect((await repo.ticketsGet(other.id))?.number).toBe(held.number);
    await expect(repo.ticketsRestore({ ticket: held }, page)).rejects.toMatchObject({
      code: 'undo-stale',
    });
  });

  it('refuses a ticket that was never deleted here, and never links a pack the log did not name', async () => {
    const { repo } = await openRepo();
    const pack = await repo.packsAdd(packInput(), page);
    const never = { ...(await repo.ticketsAdd(ticketInput(), page)), id: 'not-deleted' };
    await expect(repo.ticketsRestore({ ticket: never }, page)).rejects.toMatchObject({
      code: 'undo-stale',
    });
    const held = await repo.ticketsAdd(spendableTicketInput({ number: '2611210010000002' }), page);
    await repo.ticketsDelete(held.id, page);
    const restored = await repo.ticketsRestore({ ticket: { ...held, packId: pack.id } }, page);
    expect(restored.ticket.packId).toBeNull();
    expect((await repo.packsGet(pack.id))?.used).toBe(0);
  });

  it('restores the ticket unlinked when its pack has no incident left', async () => {
    const { repo } = await openRepo();
    const pack = await repo.packsAdd(packInput({ incidents: 1 }), page);
    const held = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page);
    await repo.ticketsDelete(held.id, page);
    await repo.ticketsAdd(
      spendableTicketInput({ number: '2611210010000009', packId: pack.id }),
      page,
    );
    const restored = await repo.ticketsRestore({ ticket: held }, page);
    expect(restored.ticket.packId).toBeNull();
    expect(restored.pack).toBeNull();
    expect((await repo.packsGet(pack.id))?.used).toBe(1);
  });
});

describe('restoring a status', () => {
  it('puts back the previous status and its timestamps', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const held = await repo.ticketsAdd(ticketInput(), page);
    c.advance(60_000);
    const closed = await repo.ticketsSetStatus({ id: held.id, status: 'resolved' }, page);
    expect(closed.statusAt.resolved).toBeDefined();
    expect((await repo.ticketsList({ view: 'open' })).total).toBe(0);
    c.advance(1000);
    const row = RECORDS_MUTATIONS['tickets:restore-status'];
    const back = await row.run(
      repo,
      { id: held.id, from: 'resolved', status: held.status, statusAt: held.statusAt },
      page,
    );
    expect(back.status).toBe('open');
    expect(back.statusAt).toEqual(held.statusAt);
    expect(await repo.ticketsGet(held.id)).toEqual(back);
    expect((await repo.ticketsList({ view: 'open' })).total).toBe(1);
  });

  it('keeps an earlier stamp of the undone status and refuses once the status moved on', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const t = await repo.ticketsAdd(ticketInput(), page);
    c.advance(1000);
    await repo.ticketsSetStatus({ id: t.id, status: 'responded' }, page);
    c.advance(1000);
    const open = await repo.ticketsSetStatus({ id: t.id, status: 'open' }, page);
    c.advance(1000);
    await repo.ticketsSetStatus({ id: t.id, status: 'responded' }, page);
    const back = await repo.ticketsRestoreStatus(
      { id: t.id, from: 'responded', status: 'open', statusAt: open.statusAt },
      page,
    );
    expect(back.statusAt).toEqual(open.statusAt);
    // Undone already: the ticket is open again, not responded.
    await expect(
      repo.ticketsRestoreStatus(
        { id: t.id, from: 'responded', status: 'open', statusAt: open.statusAt },
        page,
      ),
    ).rejects.toMatchObject({ code: 'undo-stale' });
    // Timestamps of other statuses cannot be rewritten through an Undo.
    await repo.ticketsSetStatus({ id: t.id, status: 'resolved' }, page);
    await expect(
      repo.ticketsRestoreStatus(
        {
          id: t.id,
          from: 'resolved',
          status: 'open',
          statusAt: { open: '2020-01-01T00:00:00.000Z' },
        },
        page,
      ),
    ).rejects.toMatchObject({ code: 'undo-stale' });
  });
});

describe('relinking after an unlink', () => {
  it('spends the incident again on the same pack, once', async () => {
    const { repo } = await openRepo();
    const pack = await repo.packsAdd(packInput(), page);
    const t = await repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page);
    await repo.ticketsUnlinkPack({ ticketId: t.id }, page);
    expect((await repo.packsGet(pack.id))?.used).toBe(0);
    const row = RECORDS_MUTATIONS['tickets:relink-pack'];
    const back = await row.run(repo, { ticketId: t.id, packId: pack.id }, page);
    expect(back.ticket.packId).toBe(pack.id);
    expect(back.pack.used).toBe(1);
    await expect(
      repo.ticketsRelinkPack({ ticketId: t.id, packId: pack.id }, page),
    ).rejects.toMatchObject({ code: 'undo-stale' });
  });

  it('refuses a pack the ticket was not just unlinked from', async () => {
    const { repo } = await openRepo();
    const p1 = await repo.packsAdd(packInput(), page);
    const p2 = await repo.packsAdd(packInput({ label: 'other' }), page);
    const t = await repo.ticketsAdd(spendableTicketInput({ packId: p1.id }), page);
    await repo.ticketsUnlinkPack({ ticketId: t.id }, page);
    await expect(
      repo.ticketsRelinkPack({ ticketId: t.id, packId: p2.id }, page),
    ).rejects.toMatchObject({ code: 'undo-stale' });
    expect((await repo.packsGet(p2.id))?.used).toBe(0);
  });
});
