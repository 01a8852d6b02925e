import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datePattern,
  datePlaceholder,
  formatDateEntry,
  formatDateTimeEntry,
  formatTimeEntry,
  parseDateEntry,
  parseDateTimeEntry,
  parseTimeEntry,
  spelledDate,
  spelledDateTime,
} from '../../lib/i18n/date-entry';

const LOCALES = ['fr-FR', 'en-GB', 'en-US', 'fr-CA', 'de-CH'];

describe('dates typed in the UI language', () => {
  it('write a date in each locale’s own order, never the browser’s', () => {
    expect(formatDateEntry('2026-12-01', 'fr-FR')).toBe('01/12/2026');
    expect(formatDateEntry('2026-12-01', 'en-GB')).toBe('01/12/2026');
    expect(formatDateEntry('2026-12-01', 'en-US')).toBe('12/01/2026');
    expect(datePattern('fr-CA').order).toEqual(['year', 'month', 'day']);
    expect(formatDateEntry('2026-12-01', 'fr-CA')).toBe('2026-12-01');
    expect(datePlaceholder('fr-FR', { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
    expect(datePlaceholder('en-US', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('mm/dd/yyyy');
  });

  it('read a typed date in that order, ISO always, real dates only', () => {
    expect(parseDateEntry('1/12/2026', 'fr-FR')).toBe('2026-12-01');
    expect(parseDateEntry('01.12.26', 'fr-FR')).toBe('2026-12-01');
    expect(parseDateEntry('12/1/2026', 'en-US')).toBe('2026-12-01');
    expect(parseDateEntry('1/12/2026', 'en-US')).toBe('2026-01-12');
    expect(parseDateEntry('2026-12-01', 'en-US')).toBe('2026-12-01');
    expect(parseDateEntry(' 2026-2-3 ', 'fr-FR')).toBe('2026-02-03');
    expect(parseDateEntry('31/02/2026', 'fr-FR')).toBeNull();
    expect(parseDateEntry('13/13/2026', 'fr-FR')).toBeNull();
    expect(parseDateEntry('1/12', 'fr-FR')).toBeNull();
    expect(parseDateEntry('1/12/202', 'fr-FR')).toBeNull();
    expect(parseDateEntry('demain', 'fr-FR')).toBeNull();
    expect(parseDateEntry('', 'fr-FR')).toBeNull();
  });

  it('read back every date they write, in every locale', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom(...LOCALES),
        (d, locale) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDateEntry(formatDateEntry(iso, locale), locale)).toBe(iso);
        },
      ),
    );
  });

  it('spell the month out, in the UI language', () => {
    expect(spelledDate('2026-12-01', 'fr-FR')).toBe('mardi 1 décembre 2026');
    expect(spelledDate('2026-12-01', 'en-US')).toBe('Tuesday, December 1, 2026');
    expect(spelledDate('2026-12-01', 'en-GB')).toMatch(/^Tuesday,? 1 December 2026$/);
    expect(spelledDate('2026-02-31', 'fr-FR')).toBe('');
    expect(spelledDateTime('2026-12-01T14:30', 'fr-FR')).toBe('mardi 1 décembre 2026 à 14:30');
    expect(spelledDateTime('2026-12-01T14:30', 'en-US')).toMatch(/December 1, 2026.*2:30\sPM/);
  });
});

describe('times typed in the UI language', () => {
  it('show the locale’s clock', () => {
    expect(formatTimeEntry('14:30', 'fr-FR')).toBe('14:30');
    expect(formatTimeEntry('14:30', 'en-GB')).toBe('14:30');
    expect(formatTimeEntry('14:30', 'en-US')).toBe('2:30 PM');
    expect(formatTimeEntry('00:05', 'en-US')).toBe('12:05 AM');
    expect(formatTimeEntry('12:00', 'en-US')).toBe('12:00 PM');
  });

  it('read 24-hour, French and 12-hour spellings', () => {
    const cases: [string, string | null][] = [
      ['14:30', '14:30'],
      ['9:05', '09:05'],
      ['14h30', '14:30'],
      ['14 h', '14:00'],
      ['14.30', '14:30'],
      ['1430', '14:30'],
      ['930', '09:30'],
      ['2:30 pm', '14:30'],
      ['2 PM', '14:00'],
      ['12:15 a.m.', '00:15'],
      ['12 pm', '12:00'],
      ['2:30p', '14:30'],
      ['00:00', '00:00'],
      ['24:00', null],
      ['13 pm', null],
      ['0 am', null],
      ['9:60', null],
      ['noon', null],
    ];
    for (const [text, want] of cases) expect(parseTimeEntry(text), text).toBe(want);
  });

  it('read back every time they show', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...LOCALES),
        (h, m, locale) => {
          const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(parseTimeEntry(formatTimeEntry(hhmm, locale))).toBe(hhmm);
        },
      ),
    );
  });

  it('read a date and a time together', () => {
    expect(formatDateTimeEntry('2026-12-01T14:30', 'fr-FR')).toBe('01/12/2026 14:30');
    expect(formatDateTimeEntry('2026-12-01T14:30', 'en-US')).toBe('12/01/2026 2:30 PM');
    expect(parseDateTimeEntry('01/12/2026 14:30', 'fr-FR')).toBe('2026-12-01T14:30');
    expect(parseDateTimeEntry('12/1/2026, 2:30 PM', 'en-US')).toBe('2026-12-01T14:30');
    expect(parseDateTimeEntry('2026-11-23T10:00', 'fr-FR')).toBe('2026-11-23T10:00');
    expect(parseDateTimeEntry('2026-11-23 10:00', 'en-US')).toBe('2026-11-23T10:00');
    expect(parseDateTimeEntry('01/12/2026', 'fr-FR')).toBeNull();
    expect(parseDateTimeEntry('31/11/2026 10:00', 'fr-FR')).toBeNull();
    for (const locale of LOCALES) {
      const v = '2027-03-28T02:30';
      expect(parseDateTimeEntry(formatDateTimeEntry(v, locale), locale), locale).toBe(v);
    }
  });
});
