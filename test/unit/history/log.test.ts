import { describe, expect, it } from 'vitest';
import { describe as describeEntry } from '../../../components/records/EntityLog';
import { createTranslator } from '../../../lib/i18n';
import { clock, freshFactory, openRepo, packInput, page, spendableTicketInput } from './helpers';

/**
 * A pack's usage and a ticket's own history, read back from the change log by entity (schema v3
 * `byEntity`): which ticket spent an incident and when, refunds, an override with its reason.
 */
const num = (n: number) => `2612010010000${String(n).padStart(3, '0')}`;

describe('a ticket’s and a pack’s history', () => {
  it('lists a pack’s spending, refunds and override newest first, naming each ticket', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const pack = await repo.packsAdd(packInput({ kind: 'partner-on-premises-20' }), page);
    c.advance(60_000);
    const first = await repo.ticketsAdd(
      spendableTicketInput({ number: num(1), packId: pack.id }),
      page,
    );
    c.advance(60_000);
    const second = await repo.ticketsAdd(spendableTicketInput({ number: num(2) }), page);
    await repo.ticketsLinkPack({ ticketId: second.id, packId: pack.id }, page);
    c.advance(60_000);
    await repo.ticketsUnlinkPack({ ticketId: second.id }, page);
    c.advance(60_000);
    // Windows Server 2022 left mainstream support: the rules refuse, the agent spends anyway.
    const old = await repo.ticketsAdd(
      spendableTicketInput({ number: num(3), version: '2022' }),
      page,
    );
    await repo.ticketsLinkPack(
      { ticketId: old.id, packId: pack.id, override: { note: 'Accepted by phone' } },
      page,
    );
    c.advance(60_000);
    await repo.ticketsDelete(first.id, page);

    const log = await repo.entityLog({ entity: 'pack', id: pack.id });
    expect(log.more).toBe(false);
    expect(log.entries.map((e) => e.action)).toEqual([
      'refunded', // the deleted ticket's incident came back
      'consumed', // the override
      'refunded',
      'consumed',
      'consumed',
      'created',
    ]);
    expect(log.entries.map((e) => e.ticket?.number ?? null)).toEqual([
      null, // deleted since: no number to show
      num(3),
      num(2),
      num(2),
      null,
      null,
    ]);
    expect(log.entries[0]?.ticket).toMatchObject({ id: first.id, deleted: true });
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    expect(describeEntry(log.entries[1]!, en)).toMatch(
      /^One incident spent on 2612010010000003 \(2 used\)\. Spent anyway: .+ Reason given: “Accepted by phone”\.$/,
    );
    expect(describeEntry(log.entries[2]!, fr)).toBe(
      'Incident rendu pour 2612010010000002 (1 utilisé).',
    );
    expect(describeEntry(log.entries[0]!, en)).toBe(
      'Incident given back for a ticket since deleted (1 used).',
    );
    // Sequence numbers strictly decrease: newest first.
    const seqs = log.entries.map((e) => e.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  it('lists a ticket’s own changes, and only its own', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const pack = await repo.packsAdd(packInput(), page);
    const ticket = await repo.ticketsAdd(spendableTicketInput({ number: num(7) }), page);
    const other = await repo.ticketsAdd(spendableTicketInput({ number: num(8) }), page);
    await repo.ticketsLinkPack({ ticketId: ticket.id, packId: pack.id }, page);
    await repo.ticketsSetStatus({ id: ticket.id, status: 'responded' }, page);
    await repo.ticketsSetStatus({ id: other.id, status: 'resolved' }, page);
    const log = await repo.entityLog({ entity: 'ticket', id: ticket.id });
    expect(log.entries.map((e) => e.action)).toEqual(['status', 'linked', 'created']);
    const en = createTranslator('en');
    expect(log.entries.map((e) => describeEntry(e, en))).toEqual([
      'Status: Awaiting Microsoft → Responded.',
      'Linked to a pack: one incident spent.',
      'Added by hand.',
    ]);
    // A limit keeps the newest and says there is more.
    const two = await repo.entityLog({ entity: 'ticket', id: ticket.id, limit: 2 });
    expect(two.entries.map((e) => e.action)).toEqual(['status', 'linked']);
    expect(two.more).toBe(true);
    expect((await repo.entityLog({ entity: 'pack', id: 'no-such-pack' })).entries).toEqual([]);
  });
});

describe('a ticket’s history of statuses read on the portals', () => {
  it('says in words what the portal showed, the reply read, and the first response taken from it', async () => {
    const c = clock();
    const { repo } = await openRepo(freshFactory(), c);
    const ticket = await repo.ticketsAdd(spendableTicketInput({ number: num(9) }), page);
    c.advance(30 * 60_000);
    const replyAt = new Date(c.now().getTime() - 5 * 60_000).toISOString();
    await repo.ticketsObserveStatus(
      { portal: 'azure', rows: [{ number: num(9), status: 'attention-needed', replyAt }] },
      { surface: 'content' },
      'propose',
    );
    await repo.ticketsAcceptReply({ id: ticket.id }, page);
    const log = await repo.entityLog({ entity: 'ticket', id: ticket.id });
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    const when = (iso: string) => iso.slice(11, 16);
    expect(log.entries.map((e) => describeEntry(e, en, when))).toEqual([
      `Status: Awaiting Microsoft → Responded. First response ${replyAt.slice(11, 16)}, read on the portal.`,
      `Microsoft’s reply of ${replyAt.slice(11, 16)} read on the portal.`,
      'The portal showed it as “Awaiting your reply”.',
      'Added by hand.',
    ]);
    expect(describeEntry(log.entries[2]!, fr)).toBe(
      'Le portail l’affichait « En attente de votre réponse ».',
    );
  });
});
