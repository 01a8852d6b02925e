import { describe, expect, it } from 'vitest';
import {
  createHistoryService,
  MUTATIONS,
  PENDING_KEY,
  type PendingWrite,
} from '../../../lib/background/history-service';
import { MESSAGES, type MessageType } from '../../../lib/messaging/protocol';
import { createRouter } from '../../../lib/messaging/router';
import {
  captureInput,
  env,
  freshFactory,
  memoryArea,
  packInput,
  popup,
  spendableTicketInput,
  ticketInput,
} from './helpers';

/**
 * The background's mutations are one table (lib/background/history-service.ts, `MUTATIONS`): the
 * live dispatch and the replay of kept-aside writes both go through it, so a mutation that is not
 * in it is neither dispatched nor replayed, and every row can be replayed.
 */

const AT = '2026-11-21T10:00:00.000Z';

function setup(mutations?: Partial<typeof MUTATIONS>) {
  const storage = memoryArea();
  const service = createHistoryService({
    factory: freshFactory,
    storage,
    now: () => new Date(AT),
    timeZone: () => 'UTC',
    isOwnTenant: () => false,
    ...(mutations ? { mutations } : {}),
  });
  return { service, storage, route: createRouter(service.handlers, env) };
}

/** A ticket record as a page holds it, to restore under `id`. */
const restorable = (id: string) => ({
  ...captureInput({ number: '2611210010000099' }),
  id,
  version: null,
  notes: '',
  status: 'open' as const,
  statusAt: { open: ticketInput().filedAt },
  portalStatus: null,
  portalStatusSeenAt: null,
  firstResponseAt: null,
  firstResponseFrom: null,
  packId: null,
  source: 'captured' as const,
  createdAt: ticketInput().filedAt,
  updatedAt: ticketInput().filedAt,
});
const kept = (type: PendingWrite['type'], payload: unknown, id: string): PendingWrite => ({
  type,
  payload,
  meta: { surface: 'page', id, at: AT },
  failedAt: AT,
  reason: 'QuotaExceededError: test',
});

describe('the table of mutations', () => {
  it('has exactly one row per message the protocol marks as writing', () => {
    const writing = (Object.keys(MESSAGES) as MessageType[]).filter((t) => MESSAGES[t].writes);
    expect(Object.keys(MUTATIONS).sort()).toEqual(writing.sort());
    expect(writing.length).toBeGreaterThan(10);
  });

  it('a mutation missing from the table is neither dispatched nor replayed', async () => {
    const { 'tickets:add': _left, ...others } = MUTATIONS;
    const { service, storage, route } = setup(others);
    expect(service.handlers['tickets:add']).toBeUndefined();
    expect(await route({ type: 'tickets:add', payload: ticketInput() }, popup)).toMatchObject({
      ok: false,
      error: { code: 'no-handler' },
    });
    // A write of that type kept aside is refused on replay (dropped, counted), never performed.
    storage.data[PENDING_KEY] = [kept('tickets:add', ticketInput(), 't-kept')];
    expect(await service.retry()).toMatchObject({ pending: 0, detail: '1 kept write(s) refused' });
    expect(await (await service.repo()).ticketsGet('t-kept')).toBeNull();
    // The rows still in the table are dispatched as before.
    expect(await route({ type: 'packs:add', payload: packInput() }, popup)).toMatchObject({
      ok: true,
    });
  });

  it('every row replays a kept-aside write', async () => {
    const { service, storage } = setup();
    const writes: PendingWrite[] = [
      kept(
        'customers:seen',
        { tenantId: null, name: 'Contoso', domains: ['contoso.com'], selected: true },
        'c',
      ),
      kept('packs:add', packInput(), 'p1'),
      kept(
        'packs:sync-add',
        {
          kind: 'partner-gold-20pack',
          label: 'Listed',
          purchasedOn: '2026-07-01',
          expiresOn: '2027-06-30',
          incidents: 20,
          contractId: 'C-1',
        },
        'p2',
      ),
      kept('packs:sync-update', { id: 'p2', set: { incidents: 5 } }, 'e1'),
      kept('packs:update', { id: 'p1', pack: packInput({ label: 'Renamed' }) }, 'e2'),
      kept('tickets:add', spendableTicketInput(), 't1'),
      kept('tickets:capture', captureInput({ number: '2611210010000099' }), 't2'),
      // Statuses read from a portal: a reply proposed, dismissed, a later one proposed, accepted.
      ...['2026-11-21T09:30:00.000Z', '2026-11-21T09:45:00.000Z'].flatMap((replyAt, i) => [
        kept(
          'tickets:observe-status',
          { portal: 'azure', rows: [{ number: '2611210010000099', status: 'open', replyAt }] },
          `s${i}`,
        ),
        kept(i === 0 ? 'tickets:dismiss-reply' : 'tickets:accept-reply', { id: 't2' }, `r${i}`),
      ]),
      kept('tickets:update', { id: 't1', patch: { title: 'Edited' } }, 'e3'),
      kept('tickets:set-status', { id: 't1', status: 'responded' }, 'e4'),
      kept('tickets:link-pack', { ticketId: 't1', packId: 'p1' }, 'e5'),
      kept('tickets:unlink-pack', { ticketId: 't1' }, 'e6'),
      // Undo rows: each put back, then done again, so that the records end as above.
      kept('tickets:relink-pack', { ticketId: 't1', packId: 'p1' }, 'u1'),
      kept('tickets:unlink-pack', { ticketId: 't1' }, 'u2'),
      kept(
        'tickets:restore-status',
        { id: 't1', from: 'responded', status: 'open', statusAt: { open: ticketInput().filedAt } },
        'u3',
      ),
      kept('tickets:set-status', { id: 't1', status: 'responded' }, 'u4'),
      kept('tickets:delete', { id: 't2' }, 'e7'),
      kept('tickets:restore', { ticket: restorable('t2') }, 'u5'),
      kept('tickets:delete', { id: 't2' }, 'u6'),
      kept('packs:delete', { id: 'p2' }, 'e8'),
    ];
    expect(new Set(writes.map((w) => w.type))).toEqual(new Set(Object.keys(MUTATIONS)));
    storage.data[PENDING_KEY] = writes;
    expect(await service.retry()).toMatchObject({ state: 'ok', pending: 0, detail: null });

    const repo = await service.repo();
    const t1 = await repo.ticketsGet('t1');
    expect(t1).toMatchObject({ title: 'Edited', status: 'responded', packId: null });
    expect(await repo.ticketsGet('t2')).toBeNull();
    expect(await repo.packsGet('p1')).toMatchObject({ label: 'Renamed', used: 0 });
    expect(await repo.packsGet('p2')).toBeNull();
    expect(await repo.customersLookup({ domain: 'contoso.com' })).toMatchObject({
      name: 'Contoso',
    });
    const actions = (await repo.snapshot()).events.map((e) => `${e.entity}:${e.action}`);
    for (const action of [
      'customer:created',
      'pack:created',
      'pack:updated',
      'ticket:created',
      'ticket:updated',
      'ticket:status',
      'ticket:linked',
      'ticket:unlinked',
      'ticket:deleted',
      'ticket:relinked',
      'ticket:status-restored',
      'ticket:restored',
      'ticket:portal-status',
      'ticket:reply-proposed',
      'ticket:reply-dismissed',
      'pack:deleted',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('a kept-aside write is checked against its message schema before it is replayed', async () => {
    const { service, storage } = setup();
    storage.data[PENDING_KEY] = [
      kept('tickets:add', { ...ticketInput(), title: 'x'.repeat(301) }, 't-long'),
    ];
    expect(await service.retry()).toMatchObject({ pending: 0, detail: '1 kept write(s) refused' });
    expect(await (await service.repo()).ticketsGet('t-long')).toBeNull();
  });

  it('kept-aside writes are read through their storage item: damage is dropped, not replayed', async () => {
    const { service, storage } = setup();
    storage.data[PENDING_KEY] = 'not a list';
    expect(await service.status()).toMatchObject({ pending: 0 });
    storage.data[PENDING_KEY] = [7, null, kept('packs:add', packInput(), 'p-kept')];
    expect(await service.status()).toMatchObject({ pending: 1 });
    expect(await service.retry()).toMatchObject({ state: 'ok', pending: 0, detail: null });
    expect(await (await service.repo()).packsGet('p-kept')).toMatchObject({ id: 'p-kept' });
    expect(storage.data[PENDING_KEY]).toEqual([]);
  });
});
