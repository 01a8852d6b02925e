import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../lib/lifecycle/calendar-date';
import { packSpendReport, type ReportPack } from '../../../lib/reports/packs';

const TODAY = '2026-11-20';

const PACKS: ReportPack[] = [
  {
    id: 'P1',
    kind: 'pay-per-incident-5pack',
    label: '5-pack',
    purchasedOn: '2026-01-15',
    expiresOn: '2027-01-15',
    incidents: 5,
    used: 2,
  },
  // Bought mid-year.
  {
    id: 'P2',
    kind: 'partner-on-premises-20',
    label: 'FY27 benefit',
    purchasedOn: '2026-07-01',
    expiresOn: '2027-06-30',
    incidents: 20,
    used: 1,
  },
  // A contract: no count, no forecast.
  {
    id: 'P3',
    kind: 'premier-unified',
    label: 'Unified',
    purchasedOn: '2026-03-01',
    expiresOn: '2027-02-28',
    incidents: null,
    used: 0,
  },
  // Expired with incidents left.
  {
    id: 'P4',
    kind: 'pay-per-incident-5pack',
    label: 'Old 5-pack',
    purchasedOn: '2025-01-10',
    expiresOn: '2026-01-10',
    incidents: 5,
    used: 1,
  },
];

const ev = (at: string, pack: string, action: string, details: Record<string, unknown>) => ({
  at,
  entity: 'pack' as const,
  entityId: pack,
  action,
  details: details as Record<string, string | number | boolean | null>,
});

const EVENTS = [
  ev('2026-02-01T10:00:00Z', 'P1', 'consumed', { ticketId: 'T1', used: 1 }),
  ev('2026-03-01T10:00:00Z', 'P1', 'consumed', { ticketId: 'T2', used: 2 }),
  // Spent through an override, then refunded.
  ev('2026-04-01T10:00:00Z', 'P1', 'consumed', { ticketId: 'T3', used: 3, override: true }),
  ev('2026-04-02T10:00:00Z', 'P1', 'refunded', { ticketId: 'T3', used: 2 }),
  // T4 spent on P1, then moved to P2: a refund on P1 and a spend on P2.
  ev('2026-05-01T10:00:00Z', 'P1', 'consumed', { ticketId: 'T4', used: 3 }),
  ev('2026-07-02T10:00:00Z', 'P1', 'refunded', { ticketId: 'T4', used: 2 }),
  ev('2026-07-02T10:00:00Z', 'P2', 'consumed', { ticketId: 'T4', used: 1 }),
  ev('2025-03-01T10:00:00Z', 'P4', 'consumed', { ticketId: 'T9', used: 1 }),
  // Not spends: ignored.
  ev('2026-01-15T10:00:00Z', 'P1', 'created', { kind: 'pay-per-incident-5pack' }),
  { ...ev('2026-02-01T10:00:00Z', 'P1', 'linked', { packId: 'P1' }), entity: 'ticket' as const },
  // A deleted pack's spend.
  ev('2026-02-01T10:00:00Z', 'P0', 'consumed', { ticketId: 'T0', used: 1 }),
];

const CUSTOMERS: Record<string, string | null> = {
  T1: 'c1',
  T2: 'c2',
  T3: 'c1',
  T4: 'c1',
  T9: null,
};

describe('pack spend', () => {
  const rows = packSpendReport(PACKS, EVENTS, (id) => CUSTOMERS[id], TODAY);
  const byId = Object.fromEntries(rows.map((r) => [r.packId, r]));

  it('orders packs by purchase and ignores what is not a spend or a refund', () => {
    expect(rows.map((r) => r.packId)).toEqual(['P4', 'P1', 'P3', 'P2']);
  });

  it('counts spends, refunds (a move between packs is both) and overrides, per customer', () => {
    expect(byId.P1).toMatchObject({
      consumed: 4,
      refunded: 2,
      overrides: 1,
      used: 2,
      left: 3,
      byCustomer: { c1: 1, c2: 1 },
      ticketIds: ['T1', 'T2', 'T3', 'T4'],
    });
    expect(byId.P2).toMatchObject({
      consumed: 1,
      refunded: 0,
      used: 1,
      left: 19,
      byCustomer: { c1: 1 },
    });
    expect(byId.P4?.byCustomer).toEqual({ none: 1 });
  });

  it('forecasts what will expire unused at the current pace, from each pack’s own purchase', () => {
    // P1: 309 days since purchase, 2 used; 56 days left → ⌊2/309 × 56⌋ = 0 more: 3 unused.
    expect(daysBetween('2026-01-15', TODAY)).toBe(309);
    expect(daysBetween(TODAY, '2027-01-15')).toBe(56);
    expect(byId.P1?.pacePerDay).toBeCloseTo(2 / 309, 10);
    expect([byId.P1?.expired, byId.P1?.expiringUnused]).toEqual([false, 3]);
    // P2, bought 1 July: 142 days, 1 used; 222 days left → ⌊222/142⌋ = 1 more: 18 unused.
    expect(daysBetween('2026-07-01', TODAY)).toBe(142);
    expect(daysBetween(TODAY, '2027-06-30')).toBe(222);
    expect(byId.P2?.expiringUnused).toBe(18);
    // A contract: no count, no forecast. Expired: what was left.
    expect([byId.P3?.left, byId.P3?.expiringUnused]).toEqual([null, null]);
    expect([byId.P4?.expired, byId.P4?.expiringUnused]).toEqual([true, 4]);
  });

  it('gives a pack bought today a pace, and a pack spending fast no unused forecast', () => {
    const [fresh] = packSpendReport(
      [{ ...PACKS[0]!, id: 'F', purchasedOn: TODAY, expiresOn: '2027-11-20', used: 1 }],
      [],
      () => null,
      TODAY,
    );
    // One used on day one: a pace of 1 a day, 365 days left: all 4 left will be used.
    expect([fresh?.pacePerDay, fresh?.expiringUnused]).toEqual([1, 0]);
  });
});
