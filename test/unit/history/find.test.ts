import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/history/repo-find';
import { openRepo, ticketInput } from './helpers';

const page = { surface: 'page' } as const;
const num = (i: number) => `26112100100${String(i).padStart(5, '0')}`;

async function seeded() {
  const opened = await openRepo();
  const { repo } = opened;
  const a = await repo.ticketsAdd(
    ticketInput({
      number: num(1),
      title: 'Échec de connexion',
      customerName: 'Société Générale',
      customerId: 'domain:sg.fr',
      severity: 'A',
      filedAt: '2026-11-20T08:00:00.000Z',
      dueAt: '2026-11-20T09:00:00.000Z',
    }),
    page,
  );
  const b = await repo.ticketsAdd(
    ticketInput({
      number: num(2),
      title: 'VM does not start',
      customerName: 'Contoso',
      severity: 'C',
      filedAt: '2026-11-21T08:00:00.000Z',
      dueAt: '2026-11-22T08:00:00.000Z',
      notes: 'Customer called twice',
    }),
    page,
  );
  const c = await repo.ticketsAdd(
    ticketInput({
      number: num(3),
      title: 'Billing question',
      customerName: 'Adatum',
      customerId: 'domain:adatum.com',
      severity: 'B',
      filedAt: '2026-11-19T08:00:00.000Z',
      dueAt: null,
    }),
    page,
  );
  await repo.ticketsSetStatus({ id: c.id, status: 'resolved' }, page);
  return { ...opened, a, b, c };
}
const ids = (p: { items: { id: string }[] }) => p.items.map((t) => t.id);

describe('finding tickets', () => {
  it('folds case, accents and spacing', () => {
    expect(foldText('  Société   GÉNÉRALE ')).toBe('societe generale');
  });

  it('searches number, title, customer name and notes, accent- and case-insensitively', async () => {
    const { repo, a, b } = await seeded();
    const q = (text: string) => repo.ticketsFind({ view: 'all', text });
    expect(ids(await q('societe'))).toEqual([a.id]);
    expect(ids(await q('ECHEC connexion'))).toEqual([a.id]);
    expect(ids(await q('called TWICE'))).toEqual([b.id]);
    expect(ids(await q(num(2).slice(-6)))).toEqual([b.id]);
    expect(ids(await q('nothing like it'))).toEqual([]);
  });

  it('filters by view, customer, severity, status, pack and overdue', async () => {
    const { repo, a, b, c, clock } = await seeded();
    expect(ids(await repo.ticketsFind({ view: 'closed' }))).toEqual([c.id]);
    expect(ids(await repo.ticketsFind({ view: 'open' })).sort()).toEqual([a.id, b.id].sort());
    expect(ids(await repo.ticketsFind({ view: 'all', customerId: 'domain:sg.fr' }))).toEqual([
      a.id,
    ]);
    expect(ids(await repo.ticketsFind({ view: 'all', severity: 'C' }))).toEqual([b.id]);
    expect(ids(await repo.ticketsFind({ view: 'all', status: 'resolved' }))).toEqual([c.id]);
    expect((await repo.ticketsFind({ view: 'all', packId: 'none' })).total).toBe(3);
    expect((await repo.ticketsFind({ view: 'all', packId: 'pack-x' })).total).toBe(0);
    // The clock is 2026-11-21T10:00Z: only the first ticket is past due.
    expect(ids(await repo.ticketsFind({ view: 'all', overdue: true }))).toEqual([a.id]);
    clock.advance(2 * 86_400_000);
    expect(ids(await repo.ticketsFind({ view: 'all', overdue: true })).sort()).toEqual(
      [a.id, b.id].sort(),
    );
  });

  it('sorts by due, filed, customer and severity', async () => {
    const { repo, a, b, c } = await seeded();
    const by = async (sort: 'due' | 'filed' | 'customer' | 'severity') =>
      ids(await repo.ticketsFind({ view: 'all', sort }));
    expect(await by('due')).toEqual([a.id, b.id, c.id]);
    expect(await by('filed')).toEqual([b.id, a.id, c.id]);
    expect(await by('customer')).toEqual([c.id, b.id, a.id]);
    expect(await by('severity')).toEqual([a.id, c.id, b.id]);
  });

  it('follows every write: edits, status changes and deletes show in the next query', async () => {
    const { repo, a, b } = await seeded();
    expect((await repo.ticketsFind({ view: 'all', text: 'fabrikam' })).total).toBe(0);
    await repo.ticketsUpdate({ id: b.id, patch: { customerName: 'Fabrikam' } }, page);
    expect(ids(await repo.ticketsFind({ view: 'all', text: 'fabrikam' }))).toEqual([b.id]);
    await repo.ticketsSetStatus({ id: a.id, status: 'resolved' }, page);
    expect(ids(await repo.ticketsFind({ view: 'open' }))).toEqual([b.id]);
    await repo.ticketsDelete(b.id, page);
    expect((await repo.ticketsFind({ view: 'all', text: 'fabrikam' })).total).toBe(0);
  });

  it('is rebuilt from the database by a new worker (a fresh repository)', async () => {
    const { db, a } = await seeded();
    const { createHistoryRepo } = await import('../../../lib/history/repo');
    const again = createHistoryRepo({ db, now: () => new Date('2026-11-21T10:00:00Z') });
    expect(ids(await again.ticketsFind({ view: 'all', text: 'générale' }))).toEqual([a.id]);
  });

  it('starts over after an erase, and answers queries sent together alike', async () => {
    const { repo, a } = await seeded();
    const [one, two] = await Promise.all([
      repo.ticketsFind({ view: 'all', text: 'societe' }),
      repo.ticketsFind({ view: 'all', text: 'societe' }),
    ]);
    expect(ids(one)).toEqual([a.id]);
    expect(ids(two)).toEqual([a.id]);
    await repo.erase(page);
    expect((await repo.ticketsFind({ view: 'all' })).total).toBe(0);
    const again = await repo.ticketsAdd(
      ticketInput({ number: num(9), title: 'Après effacement' }),
      page,
    );
    expect(ids(await repo.ticketsFind({ view: 'all', text: 'apres' }))).toEqual([again.id]);
  });

  it('pages a query 50 at a time with a cursor, without repeats or gaps', async () => {
    const { repo } = await openRepo();
    for (let i = 0; i < 130; i++) {
      await repo.ticketsAdd(
        ticketInput({
          number: num(100 + i),
          title: i % 2 ? 'Disk full' : 'Login fails',
          dueAt: `2026-11-2${i % 5}T10:00:00.000Z`,
          filedAt: `2026-11-1${i % 7}T10:00:00.000Z`,
        }),
        page,
      );
    }
    for (const sort of ['due', 'filed'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const p = await repo.ticketsFind({ view: 'all', text: 'disk', sort, cursor });
        expect(p.total).toBe(65);
        seen.push(...ids(p));
        cursor = p.next;
        pages++;
      } while (cursor);
      expect(pages).toBe(2);
      expect(new Set(seen).size).toBe(65);
    }
    await expect(repo.ticketsFind({ view: 'all', cursor: 'garbage!' })).rejects.toMatchObject({
      code: 'invalid-cursor',
    });
  });

  it('lists customers typed by hand (no record), one per name as search folds it, latest first', async () => {
    const { repo } = await seeded();
    // The default ticketInput names a customer record: these name none.
    const typed = (i: number, customerName: string, filedAt: string) =>
      repo.ticketsAdd(
        ticketInput({ number: num(i), customerId: null, customerName, filedAt, dueAt: null }),
        page,
      );
    await typed(10, 'Fabrikam', '2026-11-18T08:00:00.000Z');
    await typed(11, 'fabrikam ', '2026-11-21T09:00:00.000Z');
    await typed(12, 'Wide World Importers', '2026-11-20T09:00:00.000Z');
    await typed(13, '  ', '2026-11-20T09:00:00.000Z');
    // The seeded tickets all name a customer record: only these names are typed by hand.
    expect(await repo.customersTyped()).toEqual([
      { name: 'fabrikam', tickets: 2, lastFiledAt: '2026-11-21T09:00:00.000Z' },
      { name: 'Wide World Importers', tickets: 1, lastFiledAt: '2026-11-20T09:00:00.000Z' },
    ]);
  });
});
