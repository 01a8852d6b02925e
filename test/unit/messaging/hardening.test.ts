import { describe, expect, it } from 'vitest';
import type { SenderKind } from '../../../lib/messaging/define';
import { MESSAGES, type MessageType } from '../../../lib/messaging/protocol';
import { createRouter, type Handlers, type SenderInfo } from '../../../lib/messaging/router';

/**
 * Message hardening, type by type: every message has a schema, a size cap and an allowed-sender
 * list, and each of them is enforced. A new message type must add a valid sample here (the first
 * test fails otherwise), which makes the reviewer look at its senders and cap.
 */

const env = { extensionId: 'pcx-id', extensionOrigin: 'chrome-extension://pcx-id/' };
const senders: Record<SenderKind, SenderInfo> = {
  content: {
    id: 'pcx-id',
    url: 'https://partner.microsoft.com/dashboard',
    tab: { id: 7, incognito: false },
  },
  page: { id: 'pcx-id', url: 'chrome-extension://pcx-id/options.html' },
};
const forged: [string, SenderInfo][] = [
  ['another extension', { id: 'other', url: 'https://partner.microsoft.com/' }],
  ['a web page', { id: 'pcx-id', url: 'https://attacker.example/' }],
  ['a portal over http', { id: 'pcx-id', url: 'http://partner.microsoft.com/' }],
  ['a look-alike portal', { id: 'pcx-id', url: 'https://partner.microsoft.com.attacker.example/' }],
  ['another extension page', { id: 'pcx-id', url: 'chrome-extension://other-id/popup.html' }],
];

const GUID = '0b3c1a52-6d3e-4b8e-9f0a-2f5e8c7d1a90';
const ticket = {
  number: '2611210040001234',
  portal: 'azure',
  portalLink: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/x',
  customerId: GUID,
  customerName: 'Contoso',
  service: 'azure',
  product: null,
  title: 'VM does not start',
  severity: 'B',
  program: 'csp',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: '2026-11-21T10:00:00.000Z',
  dueAt: '2026-11-21T14:00:00.000Z',
  rule: 'csp-severity',
  clock: 'around-the-clock',
  caveats: ['csp-bc-as-written'],
  contact: { name: 'Ana', email: 'ana@litware.com', phone: null },
};
const pack = {
  kind: 'pay-per-incident-5pack',
  label: 'FY27',
  purchasedOn: '2026-01-10',
  expiresOn: null,
  incidents: 5,
  account: 'msa',
  orderNumber: null,
  contractId: null,
  notes: '',
};

/** A valid payload for every message type. */
const SAMPLES: Record<MessageType, unknown> = {
  ping: {},
  'misses:record': { helper: 'plan-check', count: 1 },
  'misses:get': {},
  'misses:reset': {},
  'customers:seen': { tenantId: GUID, name: 'Contoso', domains: ['contoso.com'], selected: true },
  'customers:lookup': { domain: 'contoso.com' },
  'customers:last-selected': {},
  'packs:summary': {},
  'packs:ledger': {},
  'packs:sync-add': {
    kind: 'partner-maps-10pack',
    label: 'Partner support MAPS 10pack',
    purchasedOn: '2025-12-23',
    expiresOn: '2026-12-20',
    incidents: 10,
    contractId: '174194363',
  },
  'packs:sync-update': { id: 'def', set: { incidents: 8 } },
  'tickets:capture': ticket,
  'tickets:observe-status': {
    portal: 'azure',
    rows: [{ number: '2611210040001234', status: 'open', replyAt: '2026-11-21T10:42:00.000Z' }],
  },
  'tickets:accept-reply': { id: 'abc' },
  'tickets:dismiss-reply': { id: 'abc' },
  'tickets:list': { view: 'open', limit: 50 },
  'tickets:find': { view: 'all', text: 'contoso', severity: 'A', sort: 'filed', limit: 50 },
  'tickets:get': { id: 'abc' },
  'tickets:add': ticket,
  'tickets:update': { id: 'abc', patch: { notes: 'called back' } },
  'tickets:set-status': { id: 'abc', status: 'responded' },
  'tickets:delete': { id: 'abc' },
  'tickets:link-pack': { ticketId: 'abc', packId: 'def' },
  'tickets:unlink-pack': { ticketId: 'abc' },
  'reminders:scheduled': {},
  'customers:typed': {},
  'history:of': { entity: 'pack', id: 'pack-1' },
  'reminders:test': {},
  'tickets:restore': {
    ticket: {
      ...ticket,
      id: 'abc',
      status: 'open',
      statusAt: { open: ticket.filedAt },
      portalStatus: null,
      portalStatusSeenAt: null,
      packId: null,
      notes: '',
      source: 'manual',
      createdAt: ticket.filedAt,
      updatedAt: ticket.filedAt,
    },
  },
  'tickets:restore-status': {
    id: 'abc',
    from: 'responded',
    status: 'open',
    statusAt: { open: '2026-11-21T09:00:00.000Z' },
  },
  'tickets:relink-pack': { ticketId: 'abc', packId: 'def' },
  'packs:list': {},
  'packs:get': { id: 'def' },
  'packs:add': pack,
  'packs:update': { id: 'def', pack },
  'packs:delete': { id: 'def' },
  'customers:list': { limit: 20 },
  'history:status': {},
  'history:retry': {},
  'history:export': { format: 'csv-tickets', language: 'fr', separator: ';' },
  'history:import': { text: '{}', mode: 'merge', dryRun: true, settings: 'keep' },
  'history:import-begin': { bytes: 30_000_000, chars: 29_000_000 },
  'history:import-chunk': { uploadId: 'a1b2c3d4.1', index: 0, text: '{"format":' },
  'history:export-part': { exportId: 'a1b2c3d4.2', index: 1 },
  'history:erase': { confirm: 'erase-everything' },
  'context:remember-tab': { tenantId: GUID, service: 'office-365' },
  'context:tab': {},
  'rules:scope': { text: 'Feature request: please add dark mode', lang: 'en' },
  'rules:eligibility': {
    label: 'Windows Server 2025 Datacenter',
    plans: ['partner-on-premises-20', 'pay-per-incident'],
  },
  'rules:why': { topic: 'first-response' },
  'reports:get': { from: '2026-01', to: '2026-11', program: 'csp' },
  'reports:tickets': { query: {}, by: 'month', key: '2026-11' },
};

/** `base` with an own `__proto__` key, as JSON.parse makes it from hostile input. */
const withProtoKey = (base: Record<string, unknown>) =>
  JSON.parse(
    `{"__proto__":{"polluted":true}${Object.keys(base).length ? `,${JSON.stringify(base).slice(1)}` : '}'}`,
  );

const types = Object.keys(MESSAGES) as MessageType[];
const handlers = Object.fromEntries(types.map((t) => [t, () => 'handled'])) as unknown as Handlers;
const route = createRouter(handlers, env);

describe('message hardening', () => {
  it('has a valid sample for every message type and no sample for a type that does not exist', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...types].sort());
  });

  describe.each(types)('%s', (type) => {
    const def = MESSAGES[type];
    const allowed = def.senders;
    const refusedKinds = (['content', 'page'] as const).filter((k) => !allowed.includes(k));

    it('declares senders and a size cap', () => {
      expect(allowed.length).toBeGreaterThan(0);
      expect(def.maxBytes).toBeGreaterThan(0);
      expect(def.maxBytes).toBeLessThanOrEqual(26 * 1024 * 1024);
    });

    it.each(allowed)('accepts a valid payload from an allowed sender (%s)', async (kind) => {
      expect(await route({ type, payload: SAMPLES[type] }, senders[kind])).toEqual({
        ok: true,
        data: 'handled',
      });
    });

    if (refusedKinds.length) {
      it.each(refusedKinds)('refuses a sender kind it does not allow (%s)', async (kind) => {
        expect(await route({ type, payload: SAMPLES[type] }, senders[kind])).toMatchObject({
          ok: false,
          error: { code: 'forbidden-for-sender' },
        });
      });
    }

    it.each(forged)('refuses a forged sender: %s', async (_name, sender) => {
      expect(await route({ type, payload: SAMPLES[type] }, sender)).toMatchObject({
        ok: false,
        error: { code: 'foreign-sender' },
      });
    });

    it('refuses a message over its size cap', async () => {
      const padded = { type, payload: SAMPLES[type], pad: 'x'.repeat(def.maxBytes) };
      expect(await route(padded, senders[allowed[0]!])).toMatchObject({
        ok: false,
        error: { code: 'too-large' },
      });
    });

    it('refuses unknown keys, prototype keys and wrong shapes', async () => {
      const sender = senders[allowed[0]!];
      const base = SAMPLES[type] as Record<string, unknown>;
      for (const payload of [{ ...base, unexpected: 1 }, withProtoKey(base), [], 'text', 42]) {
        const reply = await route({ type, payload }, sender);
        expect(reply, JSON.stringify(payload).slice(0, 80)).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload' },
        });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    if (def.records) {
      it('refuses recording from a private window', async () => {
        const incognito = { ...senders.content, tab: { id: 9, incognito: true } };
        if (!allowed.includes('content')) return;
        expect(await route({ type, payload: SAMPLES[type] }, incognito)).toMatchObject({
          ok: false,
          error: { code: 'incognito' },
        });
      });
    }
  });
});

describe('what a portal page can reach through a content script', () => {
  const content = senders.content;
  const contentTypes = types.filter((t) => MESSAGES[t].senders.includes('content'));

  it('a capture holds only what the page showed: no pack to spend, no notes', async () => {
    for (const extra of [{ packId: 'def' }, { notes: 'written by the page' }, { packId: null }]) {
      expect(
        await route({ type: 'tickets:capture', payload: { ...ticket, ...extra } }, content),
        JSON.stringify(extra),
      ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    // A capture without a number could never be deduplicated: refused too.
    expect(
      await route({ type: 'tickets:capture', payload: { ...ticket, number: null } }, content),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('spending, refunding, notes and edits of tickets are for our own pages only', async () => {
    for (const type of [
      'tickets:link-pack',
      'tickets:unlink-pack',
      'tickets:add',
      'tickets:update',
      'tickets:set-status',
      'tickets:delete',
    ] as const) {
      expect(await route({ type, payload: SAMPLES[type] }, content), type).toMatchObject({
        ok: false,
        error: { code: 'forbidden-for-sender' },
      });
    }
  });

  it('packs from a page: only the fields the page shows, never notes, order number or account', async () => {
    for (const type of ['packs:list', 'packs:get', 'packs:add', 'packs:update'] as const) {
      expect(await route({ type, payload: SAMPLES[type] }, content), type).toMatchObject({
        ok: false,
        error: { code: 'forbidden-for-sender' },
      });
    }
    const add = SAMPLES['packs:sync-add'] as Record<string, unknown>;
    for (const extra of [
      { notes: 'x' },
      { orderNumber: '123' },
      { account: 'entra' },
      { used: 0 },
    ]) {
      expect(
        await route({ type: 'packs:sync-add', payload: { ...add, ...extra } }, content),
        JSON.stringify(extra),
      ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(
        await route(
          { type: 'packs:sync-update', payload: { id: 'def', set: { incidents: 8, ...extra } } },
          content,
        ),
        JSON.stringify(extra),
      ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    for (const type of ['packs:ledger', 'packs:sync-add', 'packs:sync-update'] as const) {
      expect(await route({ type, payload: SAMPLES[type] }, content), type).toMatchObject({
        ok: true,
      });
    }
  });

  it.each(contentTypes)('%s refuses a pack id slipped into its payload', async (type) => {
    const base = SAMPLES[type] as Record<string, unknown>;
    expect(await route({ type, payload: { ...base, packId: 'def' } }, content)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});

describe('the choices of an export and an import are closed lists', () => {
  it.each([
    ['history:export', { format: 'csv-tickets', separator: '|' }],
    ['history:export', { format: 'csv-tickets', separator: '\t' }],
    ['history:export', { format: 'ics', language: 'de' }],
    ['history:import', { text: '{}', mode: 'merge', dryRun: true, settings: 'merge' }],
    ['history:import', { text: '{}', mode: 'merge', dryRun: true, settings: true }],
  ] as const)('%s refuses %j', async (type, payload) => {
    expect(await route({ type, payload }, senders.page)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('what older pages send still passes: no language, separator or settings choice', async () => {
    for (const [type, payload] of [
      ['history:export', { format: 'json' }],
      ['history:import', { text: '{}', mode: 'replace', dryRun: false }],
    ] as const) {
      expect(await route({ type, payload }, senders.page)).toEqual({ ok: true, data: 'handled' });
    }
  });
});
