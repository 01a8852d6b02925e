import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  calendarDate,
  daysBetween,
  isIsoDate,
} from '../../../lib/lifecycle/calendar-date';

describe('calendarDate', () => {
  it('takes the UTC date when no zone is given, whatever the machine zone', () => {
    expect(calendarDate(new Date('2026-10-13T23:59:59.999Z'))).toBe('2026-10-13');
    expect(calendarDate(new Date('2026-10-14T00:00:00Z'))).toBe('2026-10-14');
  });

  it('takes the local date of the given IANA zone', () => {
    const at = new Date('2026-10-13T23:30:00Z');
    expect(calendarDate(at, 'UTC')).toBe('2026-10-13');
    expect(calendarDate(at, 'Europe/Paris')).toBe('2026-10-14'); // UTC+2 in October
    expect(calendarDate(at, 'America/Los_Angeles')).toBe('2026-10-13');
    expect(calendarDate(new Date('2026-10-14T05:00:00Z'), 'America/Los_Angeles')).toBe(
      '2026-10-13',
    );
    expect(calendarDate(new Date('2026-01-01T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-02');
  });

  it('refuses an unknown zone and an invalid Date', () => {
    expect(() => calendarDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => calendarDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-21', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['21/11/2026', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('daysBetween and addYears', () => {
  it('counts whole days across DST changes and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-21', '2026-11-20')).toBe(-1);
  });

  it('keeps the calendar date and maps 29 February to 28 February', () => {
    expect(addYears('2025-03-15', 1)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(() => addYears('2025-02-29', 1)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('moves across months, leap days and years, both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-07-01', 0)).toBe('2026-07-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
