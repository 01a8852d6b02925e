import { HOLIDAY_POOL, HOLIDAY_REGIONS, HOLIDAY_YEARS } from './data.generated';

/**
 * Public-holiday presets for the business-hours editor (options page only: the data module is
 * never imported by content scripts). Data: date-holidays, CC-BY-3.0 (see data.generated.ts).
 */

export const HOLIDAY_COUNTRIES = ['FR', 'BE', 'CH', 'LU', 'CA', 'US', 'GB', 'DE'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

export interface HolidayRegion {
  /** `FR`, `DE-BY`, `DE-BY-A`. */
  code: string;
  /** The library's local name ('' for a country: the UI names countries with Intl.DisplayNames). */
  name: string;
  /** Parent code ('' for a country). */
  parent: string;
  /** 1 = state/canton/province, 2 = a region inside one. */
  level: 0 | 1 | 2;
}

const byCode = new Map(HOLIDAY_REGIONS.map((row) => [row[0], row] as const));

/** First and last year the presets cover. */
export const HOLIDAY_YEAR_RANGE = {
  first: HOLIDAY_YEARS[0] ?? 0,
  last: HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1] ?? 0,
} as const;

/** The states/regions of a country (not the country itself), in the library's order. */
export function holidayRegions(country: string): HolidayRegion[] {
  return HOLIDAY_REGIONS.filter(([code]) => code.startsWith(`${country}-`)).map(
    ([code, name, parent]) => ({
      code,
      name,
      parent,
      level: (code.split('-').length - 1) as 1 | 2,
    }),
  );
}

function daysOf(code: string, yearIndex: number): Set<string> {
  const row = byCode.get(code);
  if (!row) return new Set();
  const text = HOLIDAY_POOL[row[3][yearIndex] ?? -1] ?? '';
  const tokens = text.split(' ').filter(Boolean);
  if (!row[2]) return new Set(tokens);
  const days = daysOf(row[2], yearIndex);
  for (const token of tokens) {
    if (token.startsWith('+')) days.add(token.slice(1));
    else if (token.startsWith('-')) days.delete(token.slice(1));
  }
  return days;
}

/**
 * Public holidays of a country, state or region (`FR`, `DE-BY`, `DE-BY-A`) for the given years,
 * as sorted `YYYY-MM-DD`. Years outside the covered range are ignored (the caller shows the range);
 * an unknown code gives an empty list.
 */
export function holidaysFor(code: string, years: readonly number[]): string[] {
  const out: string[] = [];
  for (const year of [...new Set(years)].sort()) {
    const index = HOLIDAY_YEARS.indexOf(year);
    if (index < 0) continue;
    for (const mmdd of [...daysOf(code, index)].sort()) {
      out.push(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
    }
  }
  return out;
}

export function isHolidayRegion(code: string): boolean {
  return byCode.has(code);
}
