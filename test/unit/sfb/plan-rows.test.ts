import { describe, expect, it } from 'vitest';
import { parsePlanRow, rowLocaleOf } from '../../../lib/sfb/plan-rows';

describe('Types of Support rows', () => {
  it('reads the row Microsoft shows (portals.md), English month-first dates', () => {
    expect(
      parsePlanRow(
        'Partner support MAPS 10pack - Access Id: 174194363 / Start Date (12/23/22), End Date (12/19/23), 10 incidents remaining',
        'en',
      ),
    ).toEqual({
      name: 'Partner support MAPS 10pack',
      accessId: '174194363',
      startDate: '2022-12-23',
      endDate: '2023-12-19',
      incidentsRemaining: 10,
    });
  });

  it('reads French day-first dates and French words', () => {
    expect(
      parsePlanRow(
        'Partner On-premises Support 20 - ID d’accès : 208811452 / Date de début (01/07/26), Date de fin (30/06/27), 17 incidents restants',
        'fr',
      ),
    ).toEqual({
      name: 'Partner On-premises Support 20',
      accessId: '208811452',
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      incidentsRemaining: 17,
    });
  });

  it('reads the same French page when the data strings stay in English, with four-digit years', () => {
    const row = parsePlanRow(
      'Partner support Silver 15pack – Access Id: 99120 / Start Date (05/02/2026), End Date (04/02/2027), 1 incident remaining',
      'fr',
    );
    expect(row).toMatchObject({
      startDate: '2026-02-05',
      endDate: '2027-02-04',
      incidentsRemaining: 1,
    });
  });

  it('reads the same digits differently by locale', () => {
    const text =
      'Gold 20pack - Access Id: 5551 / Start Date (03/04/26), End Date (02/04/27), 3 incidents remaining';
    expect(parsePlanRow(text, 'en')?.startDate).toBe('2026-03-04');
    expect(parsePlanRow(text, 'fr')?.startDate).toBe('2026-04-03');
  });

  it('accepts a name on its own line and ignores icon glyphs and non-breaking spaces', () => {
    const row = parsePlanRow(
      '\uE73E Partner support MAPS 10pack\nAccess Id:\u00a0174194363 / Start Date (12/23/22), End Date (12/19/23), 0 incidents remaining',
      'en',
    );
    expect(row).toMatchObject({ name: 'Partner support MAPS 10pack', incidentsRemaining: 0 });
  });

  it('leaves the count null when the row shows none (contract-based plans)', () => {
    expect(
      parsePlanRow(
        'Premier - Access Id: PRM-2231 / Start Date (1/1/26), End Date (12/31/26)',
        'en',
      ),
    ).toMatchObject({ accessId: 'PRM-2231', incidentsRemaining: null });
  });

  it.each([
    [
      'no Access Id',
      'Partner support MAPS 10pack / Start Date (12/23/22), End Date (12/19/23), 10 incidents remaining',
      'en',
    ],
    [
      'no start date',
      'MAPS 10pack - Access Id: 174194363 / End Date (12/19/23), 10 incidents remaining',
      'en',
    ],
    [
      'an impossible date',
      'MAPS 10pack - Access Id: 174194363 / Start Date (13/23/22), End Date (12/19/23)',
      'en',
    ],
    [
      'a French page read month-first would be impossible',
      'MAPS 10pack - Access Id: 1741 / Start Date (12/23/22), End Date (12/19/23)',
      'fr',
    ],
    [
      'an end before the start',
      'MAPS 10pack - Access Id: 174194363 / Start Date (12/23/23), End Date (12/19/22)',
      'en',
    ],
    ['no name', 'Access Id: 174194363 / Start Date (12/23/22), End Date (12/19/23)', 'en'],
    [
      'a masked row',
      'Partner support Silver 15pack - Access Id: •••• / Start Date (pending)',
      'en',
    ],
  ] as const)('refuses a row with %s', (_what, text, locale) => {
    expect(parsePlanRow(text, locale)).toBeNull();
  });

  it('maps a document language to the row locale', () => {
    expect(rowLocaleOf('fr-FR')).toBe('fr');
    expect(rowLocaleOf('en')).toBe('en');
    expect(rowLocaleOf('')).toBe('en');
  });
});
