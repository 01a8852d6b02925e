import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_COUNTRIES,
  HOLIDAY_YEAR_RANGE,
  holidayRegions,
  holidaysFor,
  isHolidayRegion,
} from '../../../lib/holidays';

/** The library's own answer, to check the compact module decodes to exactly the same days. */
function fromLibrary(country: string, state: string | undefined, year: number): string[] {
  const hd = state ? new Holidays(country, state) : new Holidays(country);
  return [
    ...new Set(
      (hd.getHolidays(year) ?? [])
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .filter((d) => d.startsWith(String(year))),
    ),
  ].sort();
}

describe('holiday presets', () => {
  it('covers 2025 through 2031', () => {
    expect(HOLIDAY_YEAR_RANGE).toEqual({ first: 2025, last: 2031 });
  });

  it('has every country with its states, cantons and provinces', () => {
    for (const c of HOLIDAY_COUNTRIES) expect(isHolidayRegion(c)).toBe(true);
    expect(holidayRegions('DE').filter((r) => r.level === 1)).toHaveLength(16);
    expect(holidayRegions('CH').filter((r) => r.level === 1)).toHaveLength(26);
    expect(holidayRegions('CA').map((r) => r.code)).toContain('CA-QC');
    expect(holidayRegions('US').map((r) => r.code)).toContain('US-CA');
    expect(holidayRegions('GB').map((r) => r.code)).toContain('GB-SCT');
    expect(holidayRegions('DE').map((r) => r.code)).toContain('DE-BY-A');
  });

  it('gives known French and German days', () => {
    const fr = holidaysFor('FR', [2026]);
    expect(fr).toContain('2026-07-14');
    expect(fr).toContain('2026-04-06'); // Easter Monday 2026
    expect(fr).not.toContain('2026-05-24'); // Pentecost Sunday is an observance, not public
    // Alsace-Moselle adds Good Friday and St Stephen's day.
    const moselle = holidaysFor('FR-57', [2026]);
    expect(moselle).toContain('2026-04-03');
    expect(moselle).toContain('2026-12-26');
    expect(holidaysFor('DE-BY', [2027])).toContain('2027-01-06'); // Epiphany in Bavaria
    expect(holidaysFor('DE-BE', [2027])).not.toContain('2027-01-06');
  });

  it('decodes to exactly what date-holidays says, for every region and year', () => {
    const all = new Holidays();
    for (const country of HOLIDAY_COUNTRIES) {
      for (let y = HOLIDAY_YEAR_RANGE.first; y <= HOLIDAY_YEAR_RANGE.last; y++) {
        expect(holidaysFor(country, [y]), `${country} ${y}`).toEqual(
          fromLibrary(country, undefined, y),
        );
        for (const state of Object.keys(all.getStates(country) ?? {})) {
          expect(holidaysFor(`${country}-${state}`, [y]), `${country}-${state} ${y}`).toEqual(
            fromLibrary(country, state, y),
          );
        }
      }
    }
  });

  it('ignores years outside the range and unknown codes', () => {
    expect(holidaysFor('FR', [1999, 2040])).toEqual([]);
    expect(holidaysFor('XX', [2026])).toEqual([]);
    expect(holidaysFor('FR', [2027, 2026, 2026])[0]).toBe('2026-01-01');
  });
});
