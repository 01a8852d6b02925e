import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../../lib/messaging/router';
import { isoDate, isoInstant } from '../../../lib/schema';

/**
 * Dates and instants are validated for real, not by their shape: an impossible date that passed
 * the messages once broke the whole ICS export and showed "NaN days" in the popup.
 */

const date = isoDate();
const instant = isoInstant();
const okDate = (s: string) => date.parse(s, 'd').ok;
const okInstant = (s: string) => instant.parse(s, 'i').ok;

describe('isoDate', () => {
  it.each([
    '2026-02-31',
    '9999-99-99',
    '2026-00-10',
    '2026-13-01',
    '2026-04-31',
    '2026-01-00',
    '2026-02-29',
    '2100-02-29',
    '1969-12-31',
    '2201-01-01',
  ])('refuses %s', (s) => expect(okDate(s)).toBe(false));

  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '1970-01-01', '2200-12-31'])(
    'accepts %s',
    (s) => expect(okDate(s)).toBe(true),
  );
});

describe('isoInstant', () => {
  it.each([
    '2026-01-01T99:99Z',
    '2026-01-01T24:00Z',
    '2026-01-01T23:60Z',
    '2026-01-01T23:59:60Z',
    '2026-02-31T10:00:00.000Z',
    '9999-99-99T00:00Z',
    '2026-01-01T10:00+15:00',
    '2026-01-01T10:00+14:30',
    '2026-01-01T10:00-03:75',
  ])('refuses %s', (s) => expect(okInstant(s)).toBe(false));

  it.each([
    '2026-11-21T10:00:00.000Z',
    '2024-02-29T23:59:59Z',
    '2026-01-01T00:00Z',
    '2026-01-01T10:00+14:00',
    '2026-01-01T10:00-12:00',
    '2026-06-01T10:00:00+05:45',
  ])('accepts %s', (s) => expect(okInstant(s)).toBe(true));
});

describe('impossible dates are refused by the messages', () => {
  const env = { extensionId: 'pcx', extensionOrigin: 'chrome-extension://pcx/' };
  const options: SenderInfo = { id: 'pcx', url: 'chrome-extension://pcx/options.html' };
  const handlers = {
    'tickets:add': () => 'handled',
    'tickets:update': () => 'handled',
    'packs:add': () => 'handled',
    'packs:update': () => 'handled',
  } as unknown as Handlers;
  const route = createRouter(handlers, env);
  const ticket = {
    number: '2611210040001234',
    portal: 'azure',
    portalLink: null,
    customerId: null,
    customerName: null,
    service: 'azure',
    product: null,
    title: 'VM does not start',
    severity: 'B',
    program: 'csp',
    breakFix: true,
    supportLanguage: 'english',
    filedAt: '2026-11-21T10:00:00.000Z',
    dueAt: '2026-11-21T14:00:00.000Z',
    rule: null,
    clock: null,
    caveats: [],
    contact: null,
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
  it.each([
    ['tickets:add', { ...ticket, dueAt: '2026-01-01T99:99Z' }],
    ['tickets:add', { ...ticket, filedAt: '2026-02-31T10:00:00Z' }],
    ['tickets:update', { id: 'a', patch: { dueAt: '9999-99-99T00:00Z' } }],
    ['packs:add', { ...pack, purchasedOn: '2026-02-31' }],
    ['packs:add', { ...pack, expiresOn: '9999-99-99' }],
    ['packs:update', { id: 'p', pack: { ...pack, expiresOn: '2026-02-30' } }],
  ])('%s %j', async (type, payload) => {
    expect(await route({ type, payload }, options)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
  it('accepts the same messages with real dates', async () => {
    expect(await route({ type: 'tickets:add', payload: ticket }, options)).toEqual({
      ok: true,
      data: 'handled',
    });
    expect(await route({ type: 'packs:add', payload: pack }, options)).toEqual({
      ok: true,
      data: 'handled',
    });
  });
});
