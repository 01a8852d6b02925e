import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { firstResponseCsv, packsCsv } from '../../../lib/reports/csv';
import type { PackRow, ReportRow } from '../../../lib/reports/index';

const MIN = 60_000;
const ROWS: ReportRow[] = [
  {
    key: '2026-11',
    filed: 7,
    due: 6,
    met: 2,
    missed: 2,
    open: 1,
    unknown: 2,
    hitRate: 0.5,
    responseMedianMs: 90 * MIN,
    responseP90Ms: 300 * MIN,
    allowedMedianMs: 120 * MIN,
  },
  {
    key: '2026-12',
    filed: 1,
    due: 0,
    met: 0,
    missed: 0,
    open: 0,
    unknown: 1,
    hitRate: null,
    responseMedianMs: null,
    responseP90Ms: null,
    allowedMedianMs: null,
  },
];
const LABELS = {
  group: 'Mois',
  columns: {
    filed: 'Déposés',
    due: 'Dus',
    met: 'Tenus',
    missed: 'Manqués',
    open: 'En cours',
    unknown: 'Non jugés',
    rate: 'Taux tenu',
    medianMin: 'Délai médian (min)',
    p90Min: '90e centile (min)',
    allowedMin: 'Délai accordé (min)',
  },
};

describe('report CSV', () => {
  it('is read back by a CSV parser: BOM, the separator asked, labels, numbers as numbers', () => {
    const text = firstResponseCsv(
      ROWS,
      LABELS,
      (key) => (key === '2026-11' ? 'novembre 2026' : '=décembre; 2026'),
      'month',
      ';',
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual([
      'Mois',
      'Déposés',
      'Dus',
      'Tenus',
      'Manqués',
      'En cours',
      'Non jugés',
      'Taux tenu',
      'Délai médian (min)',
      '90e centile (min)',
      'Délai accordé (min)',
    ]);
    expect(rows[1]).toEqual([
      'novembre 2026',
      '7',
      '6',
      '2',
      '2',
      '1',
      '2',
      '0.5',
      '90',
      '300',
      '120',
    ]);
    // No rate and no time: empty cells, not "null"; a label that could start a formula is quoted.
    expect(rows[2]).toEqual(["'=décembre; 2026", '1', '0', '0', '0', '0', '1', '', '', '', '']);
    // Numbers are bare in the file: a spreadsheet reads them as numbers.
    expect(text).toContain('"novembre 2026";7;6;2;2;1;2;0.5;90;300;120\r\n');
  });

  it('writes the packs with their dates and counts', () => {
    const pack: PackRow = {
      packId: 'P1',
      kind: 'pay-per-incident-5pack',
      label: '5-pack',
      purchasedOn: '2026-01-15',
      expiresOn: '2027-01-15',
      incidents: 5,
      consumed: 4,
      refunded: 2,
      overrides: 1,
      used: 2,
      left: 3,
      byCustomer: { c1: 1 },
      pacePerDay: 2 / 309,
      expired: false,
      expiringUnused: 3,
      tickets: 4,
    };
    const text = packsCsv(
      [
        pack,
        {
          ...pack,
          packId: 'P3',
          label: 'Unified',
          incidents: null,
          left: null,
          expiringUnused: null,
        },
      ],
      {
        pack: 'Pack',
        purchased: 'Purchased',
        expires: 'Expires',
        incidents: 'Incidents',
        used: 'Used',
        left: 'Left',
        spent: 'Spent',
        refunded: 'Given back',
        overrides: 'Overrides',
        unused: 'Expiring unused',
      },
      (p) => p.label,
      ',',
    );
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[1]).toEqual([
      '5-pack',
      '2026-01-15',
      '2027-01-15',
      '5',
      '2',
      '3',
      '4',
      '2',
      '1',
      '3',
    ]);
    expect(rows[2]?.slice(3, 6)).toEqual(['', '2', '']);
  });
});
