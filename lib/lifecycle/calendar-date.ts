import type { IsoDate } from './types';

/**
 * Calendar-date helpers. Lifecycle verdicts and pack expiries are about days, not instants, so
 * everything downstream compares `YYYY-MM-DD` strings (lexical order = chronological order).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [, y, m, d] = parts.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`);
}

// Creating an Intl.DateTimeFormat is far slower than using one; a user has one or two zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: better than a verdict computed on the wrong day.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date of the instant `at`: in UTC by default (domain.md §6), else in the given IANA
 * time zone. Never the machine's zone, so results do not depend on where the code runs.
 */
export function calendarDate(at: Date, timeZone?: string): IsoDate {
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid Date');
  if (timeZone === undefined) return at.toISOString().slice(0, 10);
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

function toUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The calendar date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
