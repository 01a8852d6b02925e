import { describe, expect, it } from 'vitest';
import { planOfName } from '../../../components/helpers/plan-names';
import type { PackRecord } from '../../../lib/history/types';
import { nextDay, reconcilePacks } from '../../../lib/sfb/pack-reconcile';
import { parsePlanRow } from '../../../lib/sfb/plan-rows';

const MAPS =
  'Partner support MAPS 10pack - Access Id: 174194363 / Start Date (12/23/25), End Date (12/19/26), 7 incidents remaining';
const OPS20 =
  'Partner On-premises Support 20 - Access Id: 208811452 / Start Date (7/1/26), End Date (6/30/27), 20 incidents remaining';
const rows = (...texts: string[]) => texts.map((text) => ({ text, row: parsePlanRow(text, 'en') }));

function pack(over: Partial<PackRecord>): PackRecord {
  return {
    id: 'p1',
    kind: 'partner-maps-10pack',
    label: 'FY26 MAPS',
    purchasedOn: '2025-12-23',
    expiresOn: '2026-12-20',
    incidents: 10,
    used: 0,
    account: null,
    orderNumber: null,
    contractId: '174194363',
    notes: 'kept',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('reconciling Types of Support with the ledger', () => {
  it('proposes to add a pack the ledger does not hold, with the page’s dates and count', () => {
    const { proposals, skipped } = reconcilePacks(rows(OPS20), [], planOfName);
    expect(skipped).toEqual([]);
    expect(proposals).toEqual([
      expect.objectContaining({
        action: 'add',
        kind: 'partner-on-premises-20',
        input: {
          kind: 'partner-on-premises-20',
          label: 'Partner On-premises Support 20',
          purchasedOn: '2026-07-01',
          // The End Date is the last usable day; expiresOn is the first unusable one.
          expiresOn: '2027-07-01',
          incidents: 20,
          contractId: '208811452',
        },
      }),
    ]);
  });

  it('proposes an update, field by field, for the pack with the same Access Id', () => {
    const ledger = [pack({ used: 1 })];
    const { proposals } = reconcilePacks(rows(MAPS), ledger, planOfName);
    expect(proposals).toHaveLength(1);
    const p = proposals[0]!;
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.packId).toBe('p1');
    // Ledger: 10 − 1 used = 9 left; the page says 7: used stays 1, incidents become 8.
    expect(p.changes).toEqual([{ field: 'incidentsLeft', from: 9, to: 7 }]);
    // Only the shown fields travel: the label, notes and order number stay as the agent typed them.
    expect(p.set).toEqual({ incidents: 8 });
    expect(p.incidents).toBe(8);
  });

  it('says "same" when nothing would change', () => {
    const { proposals } = reconcilePacks(rows(MAPS), [pack({ incidents: 7 })], planOfName);
    expect(proposals.map((p) => p.action)).toEqual(['same']);
  });

  it('matches a hand-typed pack by kind and start date, and fills in its Access Id and end', () => {
    const ledger = [pack({ contractId: null, expiresOn: '2026-12-31', incidents: 10 })];
    const { proposals } = reconcilePacks(rows(MAPS), ledger, planOfName);
    const p = proposals[0]!;
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.changes).toEqual([
      { field: 'contractId', from: null, to: '174194363' },
      { field: 'expiresOn', from: '2026-12-31', to: '2026-12-20' },
      { field: 'incidentsLeft', from: 10, to: 7 },
    ]);
  });

  it('never takes a pack of another kind, or one already matched, for the row', () => {
    const other = pack({ id: 'p2', kind: 'partner-silver-15pack', contractId: null });
    const { proposals } = reconcilePacks(rows(MAPS), [other], planOfName);
    expect(proposals[0]!.action).toBe('add');
  });

  it('skips rows it cannot read, unknown plans and repeated Access Ids, with the reason', () => {
    const unreadable = 'Partner support Silver 15pack - Access Id: •••• / Start Date (pending)';
    const unknown =
      'Contoso Care Plus - Access Id: 123456 / Start Date (1/1/26), End Date (12/31/26), 3 incidents remaining';
    const { proposals, skipped } = reconcilePacks(
      rows(MAPS, unreadable, unknown, MAPS),
      [],
      planOfName,
    );
    expect(proposals.map((p) => p.action)).toEqual(['add']);
    expect(skipped.map((s) => s.reason)).toEqual(['unreadable', 'unknown-plan', 'duplicate']);
  });

  it('skips a counted plan whose row shows no count, but takes a contract without one', () => {
    const noCount =
      'Partner support MAPS 10pack - Access Id: 1888 / Start Date (1/1/26), End Date (12/31/26)';
    const premier = 'Premier - Access Id: PRM-2231 / Start Date (1/1/26), End Date (12/31/26)';
    const { proposals, skipped } = reconcilePacks(rows(noCount, premier), [], planOfName);
    expect(skipped.map((s) => s.reason)).toEqual(['no-incidents']);
    expect(proposals[0]).toMatchObject({
      action: 'add',
      input: { kind: 'premier-unified', incidents: null, expiresOn: '2027-01-01' },
    });
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(() => nextDay('2026-02-30')).toThrow(RangeError);
  });
});
