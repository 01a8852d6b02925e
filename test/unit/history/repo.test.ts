import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../lib/errors';
import { createHistoryRepo } from '../../../lib/history/repo';
import { openHistoryDb } from '../../../lib/history/schema';
import {
  captureInput,
  clock,
  content,
  freshFactory,
  openRepo,
  packInput,
  page,
  spendableTicketInput,
  ticketInput,
} from './helpers';

afterEach(() => vi.restoreAllMocks());

const num = (i: number) => `26112100100${String(i).padStart(5, '0')}`;

describe('tickets', () => {
  it('adds a ticket as given (due time stored, never recomputed) and logs the event', async () => {
    const { repo, db } = await openRepo();
    const t = await repo.ticketsAdd(ticketInput(), page);
    expect(t).toMatchObject({
      status: 'open',
      dueAt: '2026-11-21T13:00:00.000Z',
      source: 'manual',
      statusAt: { open: '2026-11-21T09:00:00.000Z' },
      createdAt: '2026-11-21T10:00:00.000Z',
    });
    expect(await repo.ticketsGet(t.id)).toEqual(t);
    expect(await db.getAll('events')).toEqual([
      expect.objectContaining({
        entity: 'ticket',
        entityId: t.id,
        action: 'created',
        surface: 'page',
      }),
    ]);
  });

  it('deduplicates captures by number: 10 tabs at once, 1,000 tickets land exactly once', async () => {
    const { repo, db } = await openRepo();
    // 10 "tabs", each capturing the same 100 numbers plus 90 of its own, all at once.
    const numbers: string[] = [];
    for (let tab = 0; tab < 10; tab++) {
      for (let i = 0; i < 100; i++) numbers.push(num(i));
      for (let i = 0; i < 90; i++) numbers.push(num(100 + tab * 90 + i));
    }
    const results = await Promise.all(
      numbers.map((n) => repo.ticketsCapture(captureInput({ number: n }), content)),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1000);
    expect(await db.count('tickets')).toBe(1000);
    const stored = await db.getAll('tickets');
    expect(new Set(stored.map((t) => t.number)).size).toBe(1000);
    // Every repeat is answered with the id of the one ticket that landed for its number.
    const byNumber = new Map(stored.map((t) => [t.number, t.id]));
    expect(results.map((r) => r.id)).toEqual(numbers.map((n) => byNumber.get(n)));
    expect((await db.getAll('events')).filter((e) => e.action === 'created')).toHaveLength(1000);
  });

  it('refuses a manual add whose number is already recorded', async () => {
    const { repo } = await openRepo();
    const first = await repo.ticketsAdd(ticketInput(), page);
    await expect(repo.ticketsAdd(ticketInput(), page)).rejects.toMatchObject({
      code: 'duplicate-number',
      message: first.id,
    });
    // Tickets without a number never collide.
    await repo.ticketsAdd(ticketInput({ number: null }), page);
    await repo.ticketsAdd(ticketInput({ number: null }), page);
    expect((await repo.ticketsList({ view: 'all' })).total).toBe(3);
  });

  it('a replayed write (same id) is idempotent', async () => {
    const { repo, db } = await openRepo();
    const meta = { surface: 'page' as const, id: 'fixed-id', at: '2026-11-21T10:00:00.000Z' };
    const a = await repo.ticketsAdd(ticketInput(), meta);
    const b = await repo.ticketsAdd(ticketInput(), meta);
    expect(b).toEqual(a);
    expect(await db.count('tickets')).toBe(1);
  });

  it('lists open tickets by due time (unknown last), paginated with opaque cursors', async () => {
    const { repo } = await openRepo();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      const due =
        i % 5 === 0 ? null : `2026-11-${String(22 + (i % 7)).padStart(2, '0')}T10:00:00.000Z`;
      ids.push((await repo.ticketsAdd(ticketInput({ number: num(i), dueAt: due }), page)).id);
    }
    const closed = await repo.ticketsAdd(ticketInput({ number: num(99) }), page);
    await repo.ticketsSetStatus({ id: closed.id, status: 'resolved' }, page);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p = await repo.ticketsList({ view: 'open', limit: 4, cursor });
      expect(p.total).toBe(23);
      seen.push(...p.items.map((t) => t.id));
      cursor = p.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(6);
    expect(new Set(seen).size).toBe(23);
    expect(seen).not.toContain(closed.id);
    const all = await Promise.all(seen.map((id) => repo.ticketsGet(id)));
    const dues = all.map((t) => t?.dueAt ?? '~');
    expect(dues).toEqual([...dues].sort());
    expect(dues.slice(-5)).toEqual(['~', '~', '~', '~', '~']);

    const closedPage = await repo.ticketsList({ view: 'closed' });
    expect(closedPage).toMatchObject({ total: 1, next: null });
    expect(closedPage.items[0]?.id).toBe(closed.id);
    await expect(repo.ticketsList({ view: 'open', cursor: 'not a cursor' })).rejects.toMatchObject({
      code: 'invalid-cursor',
    });
  });

  it('lists all tickets newest filed first, and a customer’s tickets, across pages', async () => {
    const { repo } = await openRepo();
    for (let i = 0; i < 12; i++) {
      await repo.ticketsAdd(
        ticketInput({
          number: num(i),
          customerId: i % 2 ? 'domain:fabrikam.fr' : '11111111-2222-3333-4444-555555555555',
          // Several tickets share a filing time: the id breaks the tie, pages stay exact.
          filedAt: `2026-11-${String(10 + Math.floor(i / 3)).padStart(2, '0')}T09:00:00.000Z`,
        }),
        page,
      );
    }
    const walk = async (customerId?: string) => {
      const out: string[] = [];
      let cursor: string | null = null;
      do {
        const p = await repo.ticketsList({ view: 'all', limit: 5, cursor, customerId });
        out.push(...p.items.map((t) => t.filedAt));
        cursor = p.next;
      } while (cursor);
      return out;
    };
    const all = await walk();
    expect(all).toHaveLength(12);
    expect(all).toEqual([...all].sort().reverse());
    expect(await walk('domain:fabrikam.fr')).toHaveLength(6);
  });

  it('updates a ticket, refusing a number that belongs to another', async () => {
    const { repo } = await openRepo();
    const a = await repo.ticketsAdd(ticketInput({ number: num(1) }), page);
    await repo.ticketsAdd(ticketInput({ number: num(2) }), page);
    const updated = await repo.ticketsUpdate(
      { id: a.id, patch: { notes: 'call back', severity: 'A' } },
      page,
    );
    expect(updated).toMatchObject({ notes: 'call back', severity: 'A', dueAt: a.dueAt });
    await expect(
      repo.ticketsUpdate({ id: a.id, patch: { number: num(2) } }, page),
    ).rejects.toMatchObject({
      code: 'duplicate-number',
    });
    await expect(repo.ticketsUpdate({ id: 'nope', patch: {} }, page)).rejects.toMatchObject({
      code: 'ticket-not-found',
    });
  });

  it('all-or-nothing: a failure in the middle of a multi-store write leaves no partial rows', async () => {
    const { repo, db } = await openRepo();
    const pack = await repo.packsAdd(packInput(), page);
    const before = await repo.snapshot();
    // The ticket and the pack are written, then the event append fails: everything must go.
    const realAdd = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'events' && (args[0] as { action?: string }).action === 'consumed') {
        throw new DOMException('disk said no', 'UnknownError');
      }
      return realAdd.apply(this, args as never);
    });
    await expect(
      repo.ticketsAdd(spendableTicketInput({ packId: pack.id }), page),
    ).rejects.toMatchObject({
      name: 'UnknownError',
    });
    vi.restoreAllMocks();
    expect(await repo.snapshot()).toEqual(before);
    expect((await db.get('packs', pack.id))?.used).toBe(0);
  });
});

describe('pack accounting', () => {
  it('link consumes, unlink refunds, relink moves the incident, all with the ticket', async () => {
    const { repo } = await openRepo();
    const p1 = await repo.packsAdd(packInput({ incidents: 2 }), page);
    const p2 = await repo.packsAdd(packInput({ label: 'other', incidents: 5 }), page);
    const t = await repo.ticketsAdd(spendableTicketInput(), page);
    expect((await repo.ticketsLinkPack({ ticketId: t.id, packId: p1.id }, page)).pack.used).toBe(1);
    const moved = await repo.ticketsLinkPack({ ticketId: t.id, packId: p2.id }, page);
    expect(moved.ticket.packId).toBe(p2.id);
    expect((await repo.packsGet(p1.id))?.used).toBe(0);
    expect((await repo.packsGet(p2.id))?.used).toBe(1);
    // Linking again to the same pack changes nothing.
    await repo.ticketsLinkPack({ ticketId: t.id, packId: p2.id }, page);
    expect((await repo.packsGet(p2.id))?.used).toBe(1);
    const unlinked = await repo.ticketsUnlinkPack({ ticketId: t.id }, page);
    expect(unlinked.ticket.packId).toBeNull();
    expect(unlinked.pack?.used).toBe(0);
    // Never below zero: unlinking an unlinked ticket refunds nothing.
    await repo.ticketsUnlinkPack({ ticketId: t.id }, page);
    expect((await repo.packsGet(p2.id))?.used).toBe(0);
  });

  it('refuses an empty pack and an expired pack, the ticket kept unlinked', async () => {
    const c = clock('2026-11-21T10:00:00.000Z');
    const { repo } = await openRepo(freshFactory(), c);
    const small = await repo.packsAdd(packInput({ incidents: 1 }), page);
    const expired = await repo.packsAdd(
      packInput({ purchasedOn: '2025-01-01', expiresOn: '2026-11-21' }),
      page,
    );
    const a = await repo.ticketsAdd(spendableTicketInput({ number: num(1) }), page);
    const b = await repo.ticketsAdd(spendableTicketInput({ number: num(2) }), page);
    await repo.ticketsLinkPack({ ticketId: a.id, packId: small.id }, page);
    const empty = repo.ticketsLinkPack({ ticketId: b.id, packId: small.id }, page);
    await expect(empty).rejects.toBeInstanceOf(RequestError);
    await expect(empty).rejects.toMatchObject({ code: 'pack-empty' });
    await expect(
      repo.ticketsLinkPack({ ticketId: b.id, packId: expired.id }, page),
    ).rejects.toMatchObject({
      code: 'pack-expired',
    });
    expect((await repo.ticketsGet(b.id))?.packId).toBeNull();
    expect((await repo.packsGet(small.id))?.used).toBe(1);
    expect((await repo.packsGet(expired.id))?.used).toBe(0);
    // A manual add naming a spent pack still records the ticket, unlinked, and says why.
    const added = await repo.ticketsAdd(
      spendableTicketInput({ number: num(3), packId: small.id }),
      page,
    );
    expect((await repo.ticketsGet(added.id))?.packId).toBeNull();
    const events = (await repo.snapshot()).events;
    expect(events.at(-1)).toMatchObject({
      action: 'link-refused',
      details: { reason: 'no-incidents-left' },
    });
  });

  it('spends only from a pack that covers the ticket; an override is confirmed and logged', async () => {
    const { repo } = await openRepo();
    const onPrem = await repo.packsAdd(packInput({ kind: 'partner-on-premises-20' }), page);
    // The case: a CSP Azure request linked to Partner On-premises Support 20.
    const csp = await repo.ticketsAdd(ticketInput({ number: num(1) }), page);
    await expect(
      repo.ticketsLinkPack({ ticketId: csp.id, packId: onPrem.id }, page),
    ).rejects.toMatchObject({ code: 'not-covered-csp-costs-nothing' });
    expect((await repo.packsGet(onPrem.id))?.used).toBe(0);
    // Windows Server 2022 was N-1 but left mainstream support on 2026-10-13.
    const old = await repo.ticketsAdd(
      spendableTicketInput({ number: num(2), version: '2022' }),
      page,
    );
    await expect(
      repo.ticketsLinkPack({ ticketId: old.id, packId: onPrem.id }, page),
    ).rejects.toMatchObject({ code: 'not-covered-not-eligible' });
    // Relinking to a pack that does not cover leaves the old link as it was.
    const good = await repo.ticketsAdd(spendableTicketInput({ number: num(3) }), page);
    const other = await repo.packsAdd(
      packInput({ kind: 'partner-cloud-support', incidents: 5 }),
      page,
    );
    await repo.ticketsLinkPack({ ticketId: good.id, packId: onPrem.id }, page);
    await expect(
      repo.ticketsLinkPack({ ticketId: good.id, packId: other.id }, page),
    ).rejects.toMatchObject({ code: 'not-covered-on-premises-ticket' });
    expect((await repo.ticketsGet(good.id))?.packId).toBe(onPrem.id);
    expect((await repo.packsGet(onPrem.id))?.used).toBe(1);
    // Spend anyway: the agent's reason goes into the log beside the refusal it overrode.
    const spent = await repo.ticketsLinkPack(
      { ticketId: old.id, packId: onPrem.id, override: { note: 'Microsoft accepted it by phone' } },
      page,
    );
    expect(spent.pack.used).toBe(2);
    const consumed = (await repo.snapshot()).events.filter((e) => e.action === 'consumed');
    expect(consumed.at(-1)?.details).toMatchObject({
      ticketId: old.id,
      override: true,
      refused: 'not-eligible',
      eligibility: 'mainstream-ended',
      note: 'Microsoft accepted it by phone',
    });
    expect(consumed.at(0)?.details).not.toHaveProperty('override');
    // An empty pack cannot be overridden: there is nothing to spend.
    const tiny = await repo.packsAdd(packInput({ incidents: 1, label: 'tiny' }), page);
    const t4 = await repo.ticketsAdd(spendableTicketInput({ number: num(4) }), page);
    const t5 = await repo.ticketsAdd(spendableTicketInput({ number: num(5) }), page);
    await repo.ticketsLinkPack({ ticketId: t4.id, packId: tiny.id }, page);
    await expect(
      repo.ticketsLinkPack(
        { ticketId: t5.id, packId: tiny.id, override: { note: 'please' } },
        page,
      ),
    ).rejects.toMatchObject({ code: 'pack-empty' });
  });

  it('a capture never spends an incident nor writes notes, even if its payload names them', async () => {
    const { repo, db } = await openRepo();
    const p = await repo.packsAdd(packInput({ incidents: 5 }), page);
    // The message schema refuses these keys; the repository does not rely on it (a write kept
    // aside by an older version is replayed without the schema).
    const slipped = { ...captureInput(), packId: p.id, notes: 'from the page' };
    const { id } = await repo.ticketsCapture(slipped as never, content);
    expect(await repo.ticketsGet(id)).toMatchObject({ packId: null, notes: '' });
    expect((await repo.packsGet(p.id))?.used).toBe(0);
    expect((await db.getAll('events')).map((e) => e.action)).not.toContain('consumed');
  });

  it('Support for business writes only what its page shows: the agent’s own fields stay', async () => {
    const { repo } = await openRepo();
    const typed = await repo.packsAdd(
      packInput({
        kind: 'partner-maps-10pack',
        label: 'FY26 MAPS',
        purchasedOn: '2025-12-23',
        expiresOn: '2026-12-20',
        incidents: 10,
        orderNumber: 'PO-4411',
        notes: 'bought by Claire',
        account: 'entra',
      }),
      page,
    );
    const shown = await repo.packsSyncUpdate(
      { id: typed.id, set: { incidents: 8, contractId: '174194363' } },
      content,
    );
    expect(shown).not.toHaveProperty('notes');
    expect(shown).not.toHaveProperty('orderNumber');
    expect(await repo.packsGet(typed.id)).toMatchObject({
      label: 'FY26 MAPS',
      incidents: 8,
      contractId: '174194363',
      orderNumber: 'PO-4411',
      notes: 'bought by Claire',
      account: 'entra',
    });
    const added = await repo.packsSyncAdd(
      {
        kind: 'partner-on-premises-20',
        label: 'Partner On-premises Support 20',
        purchasedOn: '2026-07-01',
        expiresOn: null,
        incidents: 20,
        contractId: '208811452',
      },
      content,
    );
    expect(await repo.packsGet(added.id)).toMatchObject({ notes: '', orderNumber: null });
    const ledger = await repo.packsLedger();
    expect(ledger).toHaveLength(2);
    for (const p of ledger) {
      expect(Object.keys(p)).not.toContain('notes');
      expect(Object.keys(p)).not.toContain('orderNumber');
    }
  });

  it('computes the 5-pack expiry, deletes a pack by unlinking its tickets, refunds on ticket delete', async () => {
    const { repo } = await openRepo();
    const ppi = await repo.packsAdd(
      packInput({
        kind: 'pay-per-incident-5pack',
        purchasedOn: '2026-02-10',
        expiresOn: null,
        incidents: 5,
      }),
      page,
    );
    expect(ppi.expiresOn).toBe('2027-02-10');
    const t = await repo.ticketsAdd(spendableTicketInput({ packId: ppi.id }), page);
    expect(t.packId).toBe(ppi.id);
    expect((await repo.packsGet(ppi.id))?.used).toBe(1);
    await expect(
      repo.packsUpdate({ id: ppi.id, pack: packInput({ incidents: 0 }) }, page),
    ).rejects.toMatchObject({
      code: 'pack-below-used',
    });
    expect(await repo.ticketsDelete(t.id, page)).toEqual({ deleted: true });
    expect((await repo.packsGet(ppi.id))?.used).toBe(0);
    const t2 = await repo.ticketsAdd(
      spendableTicketInput({ number: num(7), packId: ppi.id }),
      page,
    );
    expect(await repo.packsDelete(ppi.id, page)).toEqual({ deleted: true });
    expect((await repo.ticketsGet(t2.id))?.packId).toBeNull();
    expect(await repo.packsSummary()).toEqual([]);
  });
});

describe('customers', () => {
  const tenant = 'AAAAAAAA-2222-3333-4444-555555555555';
  it('upserts and merges domains and name; selection sets selectedAt', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    await repo.customersSeen(
      { tenantId: tenant, name: null, domains: ['Contoso.com'], selected: false },
      content,
    );
    c.advance(60_000);
    const s = await repo.customersSeen(
      { tenantId: tenant, name: 'Contoso', domains: ['contoso.onmicrosoft.com'], selected: true },
      content,
    );
    expect(s).toEqual({
      id: tenant.toLowerCase(),
      tenantId: tenant.toLowerCase(),
      name: 'Contoso',
      domains: ['contoso.com', 'contoso.onmicrosoft.com'],
      ownTenant: false,
    });
    expect(await repo.customersLastSelected()).toEqual(s);
    expect(await repo.customersLookup({ domain: 'CONTOSO.COM' })).toEqual(s);
    const list = await repo.customersList({});
    expect(list.items[0]).toMatchObject({
      selectedAt: '2026-11-21T10:01:00.000Z',
      lastSeen: '2026-11-21T10:01:00.000Z',
    });
  });

  it('re-keys a customer known by domain once its tenant id appears, retagging its tickets', async () => {
    const { repo } = await openRepo();
    const byDomain = await repo.customersSeen(
      { tenantId: null, name: 'Fabrikam', domains: ['fabrikam.fr'], selected: false },
      content,
    );
    expect(byDomain.id).toBe('domain:fabrikam.fr');
    const t = await repo.ticketsAdd(
      ticketInput({ customerId: byDomain.id, customerName: 'Fabrikam' }),
      page,
    );
    const keyed = await repo.customersSeen(
      { tenantId: tenant, name: 'Fabrikam SA', domains: ['fabrikam.fr'], selected: false },
      content,
    );
    expect(keyed.id).toBe(tenant.toLowerCase());
    expect((await repo.customersList({})).total).toBe(1);
    expect(await repo.ticketsGet(t.id)).toMatchObject({
      customerId: keyed.id,
      customerName: 'Fabrikam SA',
    });
    await expect(
      repo.customersSeen({ tenantId: null, name: 'x', domains: [], selected: false }, content),
    ).rejects.toMatchObject({ code: 'no-customer-key' });
  });
});

describe('erase', () => {
  it('erases every record and logs the erasure', async () => {
    const { repo } = await openRepo();
    await repo.ticketsAdd(ticketInput(), page);
    await repo.packsAdd(packInput(), page);
    await repo.erase(page);
    const s = await repo.snapshot();
    expect([s.tickets, s.packs, s.customers]).toEqual([[], [], []]);
    expect(s.events.map((e) => e.action)).toEqual(['erased']);
  });
});

it('repository module uses a database it is given (isolated per test)', async () => {
  const db = await openHistoryDb({ factory: freshFactory() });
  const repo = createHistoryRepo({ db, now: () => new Date('2026-01-01T00:00:00Z') });
  expect((await repo.ticketsList({ view: 'all' })).total).toBe(0);
  db.close();
});

describe('ticket totals', () => {
  it('stay exact through adds, status changes, deletes, imports and erasure', async () => {
    const { repo, db } = await openRepo();
    const check = async () => {
      const open = await repo.ticketsList({ view: 'open', limit: 1 });
      const all = await repo.ticketsList({ view: 'all', limit: 1 });
      const closed = await repo.ticketsList({ view: 'closed', limit: 1 });
      const real = await db.getAll('tickets');
      const realOpen = real.filter((t) => t.status === 'open' || t.status === 'responded').length;
      expect([open.total, all.total, closed.total]).toEqual([
        realOpen,
        real.length,
        real.length - realOpen,
      ]);
    };
    await check();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push((await repo.ticketsAdd(ticketInput({ number: num(i) }), page)).id);
    await check();
    await repo.ticketsSetStatus({ id: ids[0]!, status: 'responded' }, page);
    await repo.ticketsSetStatus({ id: ids[1]!, status: 'resolved' }, page);
    await repo.ticketsSetStatus({ id: ids[1]!, status: 'open' }, page);
    await repo.ticketsSetStatus({ id: ids[2]!, status: 'closed-unresolved' }, page);
    await check();
    await repo.ticketsDelete(ids[2]!, page);
    await repo.ticketsDelete(ids[3]!, page);
    await check();
    const snap = await repo.snapshot();
    await repo.applyImport(
      () => ({
        result: null,
        clear: true,
        put: { ...snap, tickets: snap.tickets.slice(0, 2) },
        events: [],
        tombstones: { put: [], remove: [] },
        details: {},
      }),
      page,
    );
    await check();
    await repo.erase(page);
    await check();
  });
});
