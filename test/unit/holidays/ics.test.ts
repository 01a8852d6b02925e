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
        ev('SUMMARY:Every Friday', 'DTSTART;VALUE=DATE:20260102', 'RRULE:FREQ=WEEKLY'),
        ev('SUMMARY:Hourly', 'DTSTART:20260101T090000', 'RRULE:FREQ=HOURLY;COUNT=3'),
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
      'too-frequent',
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
    ).toEqual({ ok: false, error: 'not-calendar' });
  });

  it('reads what RFC 5545 allows, through ical.js: BYDAY, EXDATE, RDATE, moved occurrences', () => {
    const r = parseIcsHolidays(
      cal(
        ev(
          'UID:thanksgiving',
          'SUMMARY:Thanksgiving',
          'DTSTART;VALUE=DATE:20251127',
          'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
        ),
        ev(
          'UID:bridge',
          'SUMMARY:Bridge days',
          'DTSTART;VALUE=DATE:20260102',
          'RRULE:FREQ=MONTHLY;BYDAY=1FR;COUNT=4',
          'EXDATE;VALUE=DATE:20260206',
          'RDATE;VALUE=DATE:20260515,20260814',
        ),
        ev(
          'UID:seminar',
          'SUMMARY:Seminar',
          'DTSTART;VALUE=DATE:20260610',
          'RRULE:FREQ=YEARLY;COUNT=2',
        ),
        // The 2027 seminar moves to 11 June.
        ev(
          'UID:seminar',
          'SUMMARY:Seminar (moved)',
          'RECURRENCE-ID;VALUE=DATE:20270610',
          'DTSTART;VALUE=DATE:20270611',
        ),
      ),
      opts,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(
      r.dates.filter(
        (d) =>
          d.endsWith('-11-26') ||
          d.endsWith('-11-27') ||
          d.endsWith('-11-22') ||
          d.endsWith('-11-23') ||
          d.endsWith('-11-25') ||
          d.endsWith('-11-28') ||
          d.endsWith('-11-24'),
      ),
    ).toEqual([
      '2025-11-27',
      '2026-11-26',
      '2027-11-25',
      '2028-11-23',
      '2029-11-22',
      '2030-11-28',
      '2031-11-27',
    ]);
    const bridge = r.events.find((e) => e.summary === 'Bridge days');
    expect(bridge?.dates).toEqual([
      '2026-01-02',
      '2026-03-06',
      '2026-04-03',
      '2026-05-15',
      '2026-08-14',
    ]);
    expect(r.events.find((e) => e.summary === 'Seminar')?.dates).toEqual([
      '2026-06-10',
      '2027-06-11',
    ]);
    expect(r.events).toHaveLength(3);
  });

  it('places a TZID date-time by its VTIMEZONE, and a UTC one in the schedule zone', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Custom Pacific',
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0700',
      'TZOFFSETTO:-0800',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0700',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ].join('\r\n');
    const r = parseIcsHolidays(
      cal(
        vtimezone,
        // Its own date, as written in its zone: 24 December, late evening in California.
        ev(
          'SUMMARY:Eve',
          'DTSTART;TZID=Custom Pacific:20261224T230000',
          'DTEND;TZID=Custom Pacific:20261224T235900',
        ),
        ev('SUMMARY:Yearly UTC', 'DTSTART:20251231T230000Z', 'RRULE:FREQ=YEARLY;COUNT=2'),
      ),
      opts,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.dates).toEqual(['2026-01-01', '2026-12-24', '2027-01-01']);
  });
});
