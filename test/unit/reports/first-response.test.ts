import { describe, expect, it } from 'vitest';
import {
  firstResponseReport,
  monthIn,
  nearestRank,
  type ReportTicket,
} from '../../../lib/reports/first-response';

const MIN = 60_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const ZONE = 'Europe/Paris';

function t(
  id: string,
  fields: Partial<ReportTicket> & Pick<ReportTicket, 'filedAt'>,
): ReportTicket {
  return {
    id,
    dueAt: null,
    status: 'open',
    statusAt: {},
    severity: null,
    program: 'csp',
    customerId: null,
    firstResponseAt: null,
    firstResponseFrom: null,
    ...fields,
  };
}

/**
 * A hand-computed set (times UTC; Paris is UTC+1 in winter, UTC+2 until 25 October 2026 01:00).
 */
const SET: ReportTicket[] = [
  // Met: answered 90 min after filing, 2 h allowed.
  t('T1', {
    filedAt: '2026-11-02T09:00:00Z',
    dueAt: '2026-11-02T11:00:00Z',
    severity: 'A',
    customerId: 'c1',
    status: 'responded',
    firstResponseAt: '2026-11-02T10:30:00Z',
    firstResponseFrom: 'portal',
  }),
  // Responded after the breach: 5 h, 4 h allowed.
  t('T2', {
    filedAt: '2026-11-03T09:00:00Z',
    dueAt: '2026-11-03T13:00:00Z',
    severity: 'B',
    customerId: 'c1',
    status: 'responded',
    firstResponseAt: '2026-11-03T14:00:00Z',
    firstResponseFrom: 'agent',
  }),
  // No response yet, past due: a breach still open counts as missed.
  t('T3', {
    filedAt: '2026-11-10T09:00:00Z',
    dueAt: '2026-11-10T17:00:00Z',
    severity: 'C',
    customerId: 'c1',
  }),
  // No response yet, not due yet: open.
  t('T4', {
    filedAt: '2026-11-20T11:00:00Z',
    dueAt: '2026-11-20T19:00:00Z',
    severity: 'C',
    customerId: 'c1',
  }),
  // No due time (severity unknown at filing), answered in 60 min: in no rate, in the times.
  t('T5', {
    filedAt: '2026-11-04T09:00:00Z',
    program: 'professional',
    status: 'responded',
    firstResponseAt: '2026-11-04T10:00:00Z',
    firstResponseFrom: 'portal',
  }),
  // Filed at 00:30 on 1 November in Paris (still 31 October in UTC); an older record whose
  // response is only the moment it was marked responded: 90 min, met.
  t('T6', {
    filedAt: '2026-10-31T23:30:00Z',
    dueAt: '2026-11-01T01:30:00Z',
    severity: 'A',
    status: 'responded',
    statusAt: { responded: '2026-11-01T01:00:00Z' },
  }),
  // A DST change inside the window: filed 02:00 CEST, answered 04:30 CET: 3 h 30 of real time.
  t('T7', {
    filedAt: '2026-10-25T00:00:00Z',
    dueAt: '2026-10-25T04:00:00Z',
    severity: 'B',
    program: 'professional',
    status: 'responded',
    firstResponseAt: '2026-10-25T03:30:00Z',
    firstResponseFrom: 'portal',
  }),
  // Closed with no response on record: unknown.
  t('T8', {
    filedAt: '2026-11-05T09:00:00Z',
    dueAt: '2026-11-05T11:00:00Z',
    severity: 'A',
    status: 'resolved',
    statusAt: { resolved: '2026-11-06T09:00:00Z' },
  }),
];

const report = (by: Parameters<typeof firstResponseReport>[1]['by']) =>
  firstResponseReport(SET, { by, timeZone: ZONE, now: NOW });

describe('first-response record', () => {
  it('by month (filing month in the agent’s zone): every figure as computed by hand', () => {
    expect(report('month')).toEqual([
      {
        key: '2026-10',
        filed: 1,
        due: 1,
        met: 1,
        missed: 0,
        open: 0,
        unknown: 0,
        hitRate: 1,
        responseMedianMs: 210 * MIN,
        responseP90Ms: 210 * MIN,
        allowedMedianMs: 240 * MIN,
        ticketIds: ['T7'],
      },
      {
        key: '2026-11',
        filed: 7,
        due: 6,
        met: 2,
        missed: 2,
        open: 1,
        unknown: 2,
        hitRate: 0.5,
        // Responses 60, 90, 90, 300 min: nearest-rank p50 is the 2nd, p90 the 4th.
        responseMedianMs: 90 * MIN,
        responseP90Ms: 300 * MIN,
        // Allowed 120, 120, 120, 240, 480, 480 min: the 3rd.
        allowedMedianMs: 120 * MIN,
        ticketIds: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8'],
      },
    ]);
  });

  it('by severity, program and customer', () => {
    const sev = Object.fromEntries(report('severity').map((r) => [r.key, r]));
    expect(Object.keys(sev)).toEqual(['A', 'B', 'C', 'none']);
    expect([sev.A?.met, sev.A?.missed, sev.A?.unknown, sev.A?.hitRate]).toEqual([2, 0, 1, 1]);
    expect([sev.B?.met, sev.B?.missed, sev.B?.hitRate]).toEqual([1, 1, 0.5]);
    expect([sev.C?.missed, sev.C?.open, sev.C?.hitRate]).toEqual([1, 1, 0]);
    expect([sev.none?.unknown, sev.none?.hitRate, sev.none?.responseMedianMs]).toEqual([
      1,
      null,
      60 * MIN,
    ]);
    const program = Object.fromEntries(report('program').map((r) => [r.key, r.ticketIds]));
    expect(program).toEqual({
      csp: ['T1', 'T2', 'T3', 'T4', 'T6', 'T8'],
      professional: ['T5', 'T7'],
    });
    const customer = Object.fromEntries(report('customer').map((r) => [r.key, r.filed]));
    expect(customer).toEqual({ c1: 4, none: 4 });
  });

  it('moves a breach from open to missed when its due time passes', () => {
    const before = firstResponseReport([SET[3]!], { by: 'month', timeZone: ZONE, now: NOW });
    const after = firstResponseReport([SET[3]!], {
      by: 'month',
      timeZone: ZONE,
      now: Date.parse('2026-11-20T19:00:00Z'),
    });
    expect([before[0]?.open, before[0]?.missed, before[0]?.hitRate]).toEqual([1, 0, null]);
    expect([after[0]?.open, after[0]?.missed, after[0]?.hitRate]).toEqual([0, 1, 0]);
  });

  it('has no rows for no tickets', () => {
    expect(firstResponseReport([], { by: 'month', timeZone: ZONE, now: NOW })).toEqual([]);
  });
});

describe('report helpers', () => {
  it('reads the calendar month in a zone', () => {
    expect(monthIn('2026-10-31T23:30:00Z', 'Europe/Paris')).toBe('2026-11');
    expect(monthIn('2026-10-31T23:30:00Z', 'UTC')).toBe('2026-10');
    expect(monthIn('2026-11-01T03:00:00Z', 'America/New_York')).toBe('2026-10');
    // An unknown zone falls back to UTC rather than failing.
    expect(monthIn('2026-10-31T23:30:00Z', 'Not/AZone')).toBe('2026-10');
    // Quarter-hour offsets: Kolkata (+5:30) and Kathmandu (+5:45) start November at 18:30 and
    // 18:15 UTC on 31 October: the instants just before and at it are told apart.
    expect(monthIn('2026-10-31T18:29:59.999Z', 'Asia/Kolkata')).toBe('2026-10');
    expect(monthIn('2026-10-31T18:30:00Z', 'Asia/Kolkata')).toBe('2026-11');
    expect(monthIn('2026-10-31T18:14:59.999Z', 'Asia/Kathmandu')).toBe('2026-10');
    expect(monthIn('2026-10-31T18:15:00Z', 'Asia/Kathmandu')).toBe('2026-11');
    // Chatham (+13:45 in summer): still a quarter hour.
    expect(monthIn('2026-11-30T10:14:59Z', 'Pacific/Chatham')).toBe('2026-11');
    expect(monthIn('2026-11-30T10:15:00Z', 'Pacific/Chatham')).toBe('2026-12');
  });

  it('takes nearest-rank percentiles: a value that really occurred', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([5], 90)).toBe(5);
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 90)).toBe(4);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100)).toBe(10);
  });
});
