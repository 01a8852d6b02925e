import { describe, expect, it } from 'vitest';
import { ICS_MAX_CHARS, parseIcsHolidays } from '../../../lib/holidays/ics';

const opts = { timeZone: 'Europe/Paris', fromYear: 2025, toYear: 2031 };
const cal = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
const ev = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

describe('parseIcsHolidays', () => {
  it('reads all-day events, exclusive DTEND', () => {
    const r = parseIcsHolidays(
      cal(
        ev('SUMMARY:Noël', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226'),
        ev('SUMMARY:Bridge', 'DTSTART;VALUE=DATE:20261109', 'DTEND;VALUE=DATE:20261112'),
      ),
      opts,
    );
    expect(r).toMatchObject({
      ok: true,
      dates: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-12-25'],
    });
  });

  it('places UTC date-times in the schedule zone and keeps floating/TZID dates as written', () => {
    const r = parseIcsHolidays(
      cal(
        // 23:30 UTC on 31 Dec is 1 January in Paris.
        ev('SUMMARY:New year', 'DTSTART:20261231T233000Z', 'DTEND:20270101T220000Z'),
        ev(
          'SUMMARY:Local',
          'DTSTART;TZID=Europe/Paris:20260501T000000',
          'DTEND;TZID=Europe/Paris:20260502T000000',
        ),
        ev('SUMMARY:Afternoon', 'DTSTART:20260714T140000', 'DURATION:PT4H'),
      ),
      opts,
    );
    expect(r.ok && r.dates).toEqual(['2026-05-01', '2026-07-14', '2027-01-01']);
  });

  it('expands simple yearly rules within the range, with COUNT and UNTIL', () => {
    const r = parseIcsHolidays(
      cal(
        ev('SUMMARY:Fête', 'DTSTART;VALUE=DATE:20240714', 'RRULE:FREQ=YEARLY'),
        ev('SUMMARY:Twice', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=YEARLY;COUNT=2'),
        ev('SUMMARY:Until', 'DTSTART;VALUE=DATE:20250301', 'RRULE:FREQ=YEARLY;UNTIL=20270301'),
        ev('SUMMARY:Leap', 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY'),
      ),
      opts,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.dates.filter((d) => d.endsWith('07-14'))).toHaveLength(7);
    expect(r.dates.filter((d) => d.endsWith('01-01'))).toEqual(['2025-01-01', '2026-01-01']);
    expect(r.dates.filter((d) => d.endsWith('03-01'))).toEqual([
      '2025-03-01',
      '2026-03-01',
      '2027-03-01',
    ]);
    expect(r.dates.filter((d) => d.endsWith('02-29'))).toEqual(['2028-02-29']);
  });

  it('skips what it cannot read, with a reason, and keeps the rest', () => {
    const r = parseIcsHolidays(
      cal(
        ev('SUMMARY:Good', 'DTSTART;VALUE=DATE:20260101'),
        ev('SUMMARY:No start'),
        ev('SUMMARY:Bad', 'DTSTART;VALUE=DATE:20261340'),
        ev('SUMMARY:Monthly', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=MONTHLY'),
        ev('SUMMARY:Nth', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYDAY=1MO'),
        ev('SUMMARY:Sabbatical', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260401'),
        ev('SUMMARY:Old', 'DTSTART;VALUE=DATE:19990101'),
      ),
      opts,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.dates).toEqual(['2026-01-01']);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'no-start',
      'bad-date',
      'unsupported-rule',
      'unsupported-rule',
      'too-long',
      'out-of-range',
    ]);
  });

  it('unfolds continuation lines and accepts LF endings', () => {
    const text =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Long\n  name\nDTSTART;VALUE=DATE:2026\n 0815\nEND:VEVENT\nEND:VCALENDAR\n';
    const r = parseIcsHolidays(text, opts);
    expect(r).toMatchObject({
      ok: true,
      dates: ['2026-08-15'],
      events: [{ summary: 'Long name' }],
    });
  });

  it('refuses what is not a calendar with a clear code', () => {
    expect(parseIcsHolidays('', opts)).toEqual({ ok: false, error: 'empty' });
    expect(parseIcsHolidays('hello world', opts)).toEqual({ ok: false, error: 'not-calendar' });
    expect(parseIcsHolidays(cal(), opts)).toEqual({ ok: false, error: 'no-events' });
    expect(parseIcsHolidays(`BEGIN:VCALENDAR\n${'x'.repeat(ICS_MAX_CHARS)}`, opts)).toEqual({
      ok: false,
      error: 'too-large',
    });
    // Binary garbage never throws.
    expect(
      parseIcsHolidays(
        'BEGIN:VCALENDAR\n\u0000\u0001:::;;;\nBEGIN:VEVENT\nDTSTART:zz\nEND:VEVENT',
        opts,
      ),
    ).toMatchObject({
      ok: true,
      dates: [],
      skipped: [{ reason: 'bad-date' }],
    });
  });
});
