import { describe, expect, it } from 'vitest';
import { createHistoryService } from '../../../lib/background/history-service';
import { proposedReply } from '../../../lib/history/repo-status';
import type { Ticket } from '../../../lib/history/types';
import { createRouter, type SenderInfo } from '../../../lib/messaging/router';
import { firstResponseOutcome } from '../../../lib/rules/first-response';
import { env, freshFactory, memoryArea, popup, ticketInput } from './helpers';

/**
 * Statuses read from the portals, through the router as a content script and the popup send
 * them: rows matched to tickets by number, the portal's status kept, Microsoft's reply proposed
 * (default) or applied (the agent's setting, as it was when the page was read), accepted or
 * dismissed from the popup.
 */

const portal: SenderInfo = {
  id: 'pcx',
  url: 'https://sandbox-1.reactblade.portal.azure.net/Content/Dynamic/ReactView.html',
  tab: { id: 4, incognito: false },
};
const privatePortal: SenderInfo = { ...portal, tab: { id: 5, incognito: true } };

const NOW = '2026-11-21T12:00:00.000Z';
const FILED = '2026-11-21T09:00:00.000Z';
const REPLY = '2026-11-21T10:42:00.000Z';

function setup(policy: 'propose' | 'apply' = 'propose') {
  const settings = { portalReplies: policy };
  let changes = 0;
  const service = createHistoryService({
    factory: () => freshFactory(),
    storage: memoryArea(),
    now: () => new Date(NOW),
    timeZone: () => 'UTC',
    portalReplies: () => settings.portalReplies,
    onChange: () => {
      changes++;
    },
  });
  const route = createRouter(service.handlers, env);
  const send = async (type: string, payload: unknown, sender = portal) => {
    const reply = (await route({ type, payload }, sender)) as {
      ok: boolean;
      data?: unknown;
      error?: { code: string };
    };
    return reply;
  };
  const ok = async <T>(type: string, payload: unknown, sender = portal): Promise<T> => {
    const reply = await send(type, payload, sender);
    if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
    return reply.data as T;
  };
  const add = (number: string, over: Partial<Parameters<typeof ticketInput>[0]> = {}) =>
    ok<Ticket>('tickets:add', ticketInput({ number, filedAt: FILED, ...over }), popup);
  const get = (id: string) => ok<Ticket>('tickets:get', { id }, popup);
  const events = async () => (await (await service.repo()).snapshot()).events;
  return { service, settings, send, ok, add, get, events, changes: () => changes };
}

const observe = (rows: { number: string; status: string | null; replyAt: string | null }[]) => ({
  portal: 'azure',
  rows,
});

describe('tickets:observe-status', () => {
  it('matches rows by number, keeps the portal status and proposes the reply by default', async () => {
    const s = setup();
    const a = await s.add('2611210040000001');
    const b = await s.add('2611210040000002');
    const result = await s.ok('tickets:observe-status', {
      ...observe([
        { number: '2611210040000001', status: 'open', replyAt: REPLY },
        { number: '2611210040000002', status: 'attention-needed', replyAt: null },
        // A request filed without PCX: left alone, nothing created.
        { number: '2611210040009999', status: 'closed', replyAt: REPLY },
      ]),
    });
    expect(result).toEqual({ matched: 2, statuses: 2, proposed: 1, applied: 0 });
    const ta = await s.get(a.id);
    expect(ta).toMatchObject({
      status: 'open',
      portalStatus: 'open',
      portalStatusSeenAt: NOW,
      portalReplyAt: REPLY,
      firstResponseAt: null,
    });
    expect((await s.get(b.id)).portalStatus).toBe('attention-needed');
    const list = await s.ok<{ total: number }>('tickets:list', { view: 'all' }, popup);
    expect(list.total).toBe(2);
    const actions = (await s.events()).map((e) => e.action);
    expect(actions.filter((x) => x === 'portal-status')).toHaveLength(2);
    expect(actions.filter((x) => x === 'reply-proposed')).toHaveLength(1);
  });

  it('writes nothing new when the page shows the same again', async () => {
    const s = setup();
    await s.add('2611210040000001');
    const rows = observe([{ number: '2611210040000001', status: 'open', replyAt: REPLY }]);
    await s.ok('tickets:observe-status', rows);
    const before = (await s.events()).length;
    expect(await s.ok('tickets:observe-status', rows)).toEqual({
      matched: 1,
      statuses: 0,
      proposed: 0,
      applied: 0,
    });
    expect((await s.events()).length).toBe(before);
  });

  it('accepting marks responded with the reply time from the portal, which ends the wait', async () => {
    const s = setup();
    const t = await s.add('2611210040000001');
    await s.ok(
      'tickets:observe-status',
      observe([{ number: '2611210040000001', status: 'open', replyAt: REPLY }]),
    );
    // Only our own pages accept: a portal page cannot mark a ticket responded by itself.
    expect((await s.send('tickets:accept-reply', { id: t.id })).error?.code).toBe(
      'forbidden-for-sender',
    );
    const done = await s.ok<Ticket>('tickets:accept-reply', { id: t.id }, popup);
    expect(done).toMatchObject({
      status: 'responded',
      firstResponseAt: REPLY,
      firstResponseFrom: 'portal',
      portalReplyAt: null,
    });
    expect(done.statusAt.responded).toBe(NOW);
    // Due 13:00, answered 10:42: met, from the portal.
    expect(firstResponseOutcome(done, Date.parse(NOW))).toMatchObject({
      state: 'met',
      at: REPLY,
      from: 'portal',
    });
    // A later page view proposes nothing more.
    await s.ok(
      'tickets:observe-status',
      observe([
        { number: '2611210040000001', status: 'open', replyAt: '2026-11-21T11:30:00.000Z' },
      ]),
    );
    expect((await s.get(t.id)).portalReplyAt).toBeNull();
    // Still counted among the open tickets (responded is open), and refused twice.
    expect((await s.send('tickets:accept-reply', { id: t.id }, popup)).error?.code).toBe(
      'no-reply-proposed',
    );
  });

  it('dismissing forgets the reply; only a later one is proposed again', async () => {
    const s = setup();
    const t = await s.add('2611210040000001');
    const seen = (replyAt: string) =>
      s.ok(
        'tickets:observe-status',
        observe([{ number: '2611210040000001', status: null, replyAt }]),
      );
    await seen(REPLY);
    const dismissed = await s.ok<Ticket>('tickets:dismiss-reply', { id: t.id }, popup);
    expect(dismissed).toMatchObject({ portalReplyAt: null, portalReplyDismissedAt: REPLY });
    await seen(REPLY);
    expect((await s.get(t.id)).portalReplyAt).toBeNull();
    await seen('2026-11-21T11:15:00.000Z');
    expect((await s.get(t.id)).portalReplyAt).toBe('2026-11-21T11:15:00.000Z');
  });

  it('applies the reply at once when the agent chose so, as the setting was at the time', async () => {
    const s = setup('apply');
    const t = await s.add('2611210040000001');
    const before = s.changes();
    const result = await s.ok(
      'tickets:observe-status',
      observe([{ number: '2611210040000001', status: 'open', replyAt: REPLY }]),
    );
    expect(result).toMatchObject({ applied: 1, proposed: 0 });
    expect(await s.get(t.id)).toMatchObject({
      status: 'responded',
      firstResponseAt: REPLY,
      firstResponseFrom: 'portal',
      portalReplyAt: null,
    });
    // The reminders reconcile on every change (onChange), and skip tickets no longer open.
    expect(s.changes()).toBeGreaterThan(before);
    const open = await (await s.service.repo()).openTicketsDueFrom('2026-11-21T00:00:00.000Z', 10);
    expect(open.map((x) => x.id)).not.toContain(t.id);
    // Switching back to propose affects the next pages only.
    s.settings.portalReplies = 'propose';
    const u = await s.add('2611210040000002');
    await s.ok(
      'tickets:observe-status',
      observe([{ number: '2611210040000002', status: 'open', replyAt: REPLY }]),
    );
    expect((await s.get(u.id)).status).toBe('open');
  });

  it('never touches a ticket resolved or answered, nor takes a reply before filing', async () => {
    const s = setup('apply');
    const resolved = await s.add('2611210040000001');
    await s.ok('tickets:set-status', { id: resolved.id, status: 'resolved' }, popup);
    const early = await s.add('2611210040000002');
    await s.ok(
      'tickets:observe-status',
      observe([
        { number: '2611210040000001', status: 'closed', replyAt: REPLY },
        { number: '2611210040000002', status: 'open', replyAt: '2026-11-20T10:00:00.000Z' },
      ]),
    );
    expect(await s.get(resolved.id)).toMatchObject({
      status: 'resolved',
      portalStatus: 'closed',
      firstResponseAt: null,
    });
    const late = await s.get(early.id);
    expect(late.status).toBe('open');
    expect(late.portalReplyAt ?? null).toBeNull();
  });

  it('is refused from a private window, and its payload is strict', async () => {
    const s = setup();
    await s.add('2611210040000001');
    const rows = observe([{ number: '2611210040000001', status: 'open', replyAt: REPLY }]);
    expect((await s.send('tickets:observe-status', rows, privatePortal)).error?.code).toBe(
      'incognito',
    );
    for (const bad of [
      { ...rows, rows: [{ number: '2611210040000001', status: 'Open', replyAt: null }] },
      { ...rows, rows: [{ number: '2611210040000001', status: null, replyAt: 'yesterday' }] },
      { ...rows, rows: [{ number: '2611210040000001', status: null, replyAt: null, title: 'x' }] },
      { ...rows, portal: 'support-for-business' },
      { ...rows, rows: Array.from({ length: 101 }, () => rows.rows[0]) },
    ]) {
      expect((await s.send('tickets:observe-status', bad)).ok).toBe(false);
    }
  });
});

describe('proposedReply', () => {
  const base = {
    status: 'open',
    filedAt: FILED,
    firstResponseAt: null,
    portalReplyAt: null,
    portalReplyDismissedAt: null,
  } as unknown as Ticket;
  const now = Date.parse(NOW);
  it('keeps the earliest reply seen, never one in the future', () => {
    expect(proposedReply(base, REPLY, now)).toBe(REPLY);
    const proposed = { ...base, portalReplyAt: REPLY };
    expect(proposedReply(proposed, '2026-11-21T11:00:00.000Z', now)).toBeNull();
    expect(proposedReply(proposed, '2026-11-21T10:00:00.000Z', now)).toBe(
      '2026-11-21T10:00:00.000Z',
    );
    expect(proposedReply(base, '2026-11-21T13:00:00.000Z', now)).toBeNull();
    expect(proposedReply({ ...base, status: 'responded' } as Ticket, REPLY, now)).toBeNull();
  });
});
