import { describe, expect, it } from 'vitest';
import {
  canConsume,
  consume,
  expiryRule,
  incidentsFor,
  incidentsLeft,
  type Pack,
  type PackKind,
  packExpiry,
  packWarnings,
  refund,
} from '../../../lib/rules/packs';
import { PLAN_IDS } from '../../../lib/rules/plans';

const KINDS: PackKind[] = [...PLAN_IDS, 'pay-per-incident-5pack'];

const pack = (overrides: Partial<Pack> = {}): Pack => ({
  kind: 'pay-per-incident-5pack',
  purchasedOn: '2026-01-10',
  expiresOn: '2027-01-10',
  incidents: 5,
  used: 0,
  account: 'msa',
  ...overrides,
});

describe('expiry', () => {
  it.each([
    ['pay-per-incident-5pack', 'one-year'],
    ['pay-per-incident', 'none'],
    ['partner-gold-20pack', 'user-entered'],
    ['partner-silver-15pack', 'user-entered'],
    ['partner-maps-10pack', 'user-entered'],
    ['partner-on-premises-20', 'user-entered'],
    ['partner-cloud-support', 'user-entered'],
    ['advanced-support-partners', 'user-entered'],
    ['premier-unified', 'user-entered'],
  ] as const)('%s → %s', (kind, rule) => {
    expect(expiryRule(kind)).toBe(rule);
  });

  it('gives the 5-pack the same calendar date one year later', () => {
    expect(packExpiry('pay-per-incident-5pack', '2026-01-10')).toBe('2027-01-10');
    expect(packExpiry('pay-per-incident-5pack', '2026-12-31')).toBe('2027-12-31');
    expect(packExpiry('pay-per-incident-5pack', '2024-02-29')).toBe('2025-02-28');
    expect(packExpiry('pay-per-incident-5pack', '2027-02-28')).toBe('2028-02-28');
  });

  it('gives no computed expiry to the other kinds', () => {
    for (const kind of KINDS.filter((k) => k !== 'pay-per-incident-5pack')) {
      expect(packExpiry(kind, '2026-01-10')).toBeNull();
    }
  });

  it('refuses a purchase date that is not a calendar date', () => {
    expect(() => packExpiry('pay-per-incident-5pack', '2026-02-30')).toThrow(RangeError);
    expect(() => packExpiry('pay-per-incident', '10/01/2026')).toThrow(RangeError);
  });
});

describe('incidents', () => {
  it.each([
    ['pay-per-incident', 1],
    ['pay-per-incident-5pack', 5],
    ['partner-gold-20pack', 20],
    ['partner-on-premises-20', 20],
    ['partner-silver-15pack', 15],
    ['partner-maps-10pack', 10],
    ['partner-cloud-support', 5],
    ['advanced-support-partners', null],
    ['premier-unified', null],
  ] as const)('%s holds %s', (kind, count) => {
    expect(incidentsFor(kind)).toBe(count);
  });

  it('counts what is left, never below zero, null for contracts', () => {
    expect(incidentsLeft(pack({ used: 2 }))).toBe(3);
    expect(incidentsLeft(pack({ used: 5 }))).toBe(0);
    expect(incidentsLeft(pack({ used: 7 }))).toBe(0);
    expect(incidentsLeft(pack({ kind: 'premier-unified', incidents: null, used: 40 }))).toBeNull();
  });
});

describe('canConsume / consume / refund', () => {
  it('allows use strictly before the expiry date', () => {
    expect(canConsume(pack(), '2027-01-09')).toEqual({ ok: true });
    expect(canConsume(pack(), '2027-01-10')).toEqual({ ok: false, reason: 'expired' });
    expect(
      canConsume(pack({ expiresOn: null, kind: 'pay-per-incident', incidents: 1 }), '2099-01-01'),
    ).toEqual({ ok: true });
  });

  it('refuses an empty pack, and reports expiry first', () => {
    expect(canConsume(pack({ used: 5 }), '2026-06-01')).toEqual({
      ok: false,
      reason: 'no-incidents-left',
    });
    expect(canConsume(pack({ used: 5 }), '2027-02-01')).toEqual({ ok: false, reason: 'expired' });
    expect(
      canConsume(
        pack({ kind: 'premier-unified', incidents: null, used: 99, expiresOn: '2027-06-30' }),
        '2026-06-01',
      ),
    ).toEqual({ ok: true });
  });

  it('consumes and refunds without touching the original', () => {
    const original = pack({ used: 1 });
    const spent = consume(original);
    expect(spent).toEqual({ ...original, used: 2 });
    expect(original.used).toBe(1);
    expect(spent).not.toBe(original);
    const back = refund(spent);
    expect(back).toEqual(original);
    expect(spent.used).toBe(2);
  });

  it('keeps used within 0…incidents', () => {
    expect(consume(pack({ used: 5 })).used).toBe(5);
    expect(refund(pack({ used: 0 })).used).toBe(0);
    expect(refund(pack({ used: 9 })).used).toBe(4);
    expect(consume(pack({ kind: 'premier-unified', incidents: null, used: 12 })).used).toBe(13);
    expect(refund(pack({ kind: 'premier-unified', incidents: null, used: 0 })).used).toBe(0);
  });
});

describe('packWarnings', () => {
  it('warns about Entra sign-in for pay-per-incident kinds only (KB 4490370)', () => {
    expect(packWarnings(pack({ account: 'entra' }), '2026-06-01')).toEqual(['entra-sign-in']);
    expect(
      packWarnings(
        pack({ kind: 'pay-per-incident', incidents: 1, expiresOn: null, account: 'entra' }),
        '2026-06-01',
      ),
    ).toEqual(['entra-sign-in']);
    expect(packWarnings(pack({ account: 'msa' }), '2026-06-01')).toEqual([]);
    expect(packWarnings(pack({ account: null }), '2026-06-01')).toEqual([]);
    expect(
      packWarnings(
        pack({ kind: 'premier-unified', incidents: null, account: 'entra', expiresOn: null }),
        '2026-06-01',
      ),
    ).toEqual([]);
  });

  it('counts usable days: 30 → within-30, 8 → within-30, 7 → within-7, 1 → within-7, 0 → expired', () => {
    // expiresOn 2027-01-10: usable through 2027-01-09.
    expect(packWarnings(pack(), '2026-12-10')).toEqual([]); // 31 days left
    expect(packWarnings(pack(), '2026-12-11')).toEqual(['expires-within-30-days']);
    expect(packWarnings(pack(), '2027-01-02')).toEqual(['expires-within-30-days']);
    expect(packWarnings(pack(), '2027-01-03')).toEqual(['expires-within-7-days']);
    expect(packWarnings(pack(), '2027-01-09')).toEqual(['expires-within-7-days']);
    expect(packWarnings(pack(), '2027-01-10')).toEqual(['expired']);
    expect(packWarnings(pack(), '2028-01-01')).toEqual(['expired']);
  });

  it('does not announce the expiry of an empty pack, but says it is empty', () => {
    expect(packWarnings(pack({ used: 5 }), '2027-01-05')).toEqual(['no-incidents-left']);
    expect(packWarnings(pack({ used: 5 }), '2027-01-10')).toEqual(['expired', 'no-incidents-left']);
  });

  it('reminds that partner-program packs are on-premises only, and refuses a cloud target', () => {
    const gold = pack({
      kind: 'partner-gold-20pack',
      incidents: 20,
      expiresOn: '2027-06-30',
      account: null,
    });
    expect(packWarnings(gold, '2026-06-01')).toEqual(['on-premises-only']);
    expect(packWarnings(gold, '2026-06-01', { cloud: false })).toEqual(['on-premises-only']);
    expect(packWarnings(gold, '2026-06-01', { cloud: true })).toEqual(['not-for-cloud']);
    for (const kind of [
      'partner-silver-15pack',
      'partner-maps-10pack',
      'partner-on-premises-20',
    ] as const) {
      expect(packWarnings({ ...gold, kind }, '2026-06-01', { cloud: true })).toEqual([
        'not-for-cloud',
      ]);
    }
    const cloud = { ...gold, kind: 'partner-cloud-support' as const, incidents: 5 };
    expect(packWarnings(cloud, '2026-06-01', { cloud: true })).toEqual(['cloud-only']);
    // Pay-per-incident covers on-premises products; cloud requests go to cloud support plans.
    expect(packWarnings(pack(), '2026-06-01', { cloud: true })).toEqual(['not-for-cloud']);
    expect(packWarnings(pack(), '2026-06-01', { cloud: false })).toEqual([]);
  });

  it('the reverse: a cloud-support plan pointed at an on-premises product is warned of', () => {
    const cloud = pack({
      kind: 'partner-cloud-support',
      incidents: 5,
      expiresOn: '2027-06-30',
      account: null,
    });
    expect(packWarnings(cloud, '2026-06-01')).toEqual(['cloud-only']);
    expect(packWarnings(cloud, '2026-06-01', { cloud: false })).toEqual(['not-for-on-premises']);
    for (const kind of ['advanced-support-partners', 'premier-unified'] as const) {
      expect(
        packWarnings({ ...cloud, kind, incidents: null }, '2026-06-01', { cloud: false }),
      ).toEqual([]);
    }
  });

  it('combines warnings in a fixed order', () => {
    const gold = pack({
      kind: 'partner-gold-20pack',
      incidents: 20,
      used: 20,
      expiresOn: '2026-06-30',
      account: 'entra',
    });
    expect(packWarnings(gold, '2026-07-01', { cloud: true })).toEqual([
      'expired',
      'no-incidents-left',
      'not-for-cloud',
    ]);
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => packWarnings(pack(), '2026-6-1')).toThrow(RangeError);
    expect(() => canConsume(pack(), 'today')).toThrow(RangeError);
  });
});
