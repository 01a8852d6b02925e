import { describe, expect, it } from 'vitest';
import {
  AROUND_THE_CLOCK,
  addBusinessMinutes,
  formatInZone,
  isBusinessTime,
  isClosingInstant,
  nextOpening,
  type Schedule,
  ScheduleError,
  type Weekday,
} from '../../../lib/sla/business-time';

const WORKWEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function schedule(
  timeZone: string,
  days: Weekday[],
  intervals: [string, string][],
  holidays: string[] = [],
): Schedule {
  return {
    timeZone,
    weekly: Object.fromEntries(days.map((day) => [day, intervals])),
    holidays,
  };
}

const NY = schedule('America/New_York', WORKWEEK, [['09:00', '17:00']]);
const BERLIN_LUNCH = schedule('Europe/Berlin', WORKWEEK, [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
]);
const NY_NIGHTS = schedule('America/New_York', EVERY_DAY, [['22:00', '06:00']]);
// 14 July 2026 (a Tuesday) is a holiday: it removes Tuesday's night, not Monday's spill.
const TOKYO_NIGHTS = schedule('Asia/Tokyo', WORKWEEK, [['22:00', '06:00']], ['2026-07-14']);

/** Expects `actual` to be the instant `expected` (any ISO 8601 spelling). */
function expectInstant(actual: Date, expected: string): void {
  expect(actual.toISOString()).toBe(new Date(expected).toISOString());
}

describe('addBusinessMinutes', () => {
  // 16 June 2026 is a Tuesday; New York is on EDT (-04:00).
  it.each([
    ['inside business time', '2026-06-16T10:00:00-04:00', 60, '2026-06-16T11:00:00-04:00'],
    ['from the opening instant', '2026-06-16T09:00:00-04:00', 60, '2026-06-16T10:00:00-04:00'],
    ['from the closing instant', '2026-06-16T17:00:00-04:00', 60, '2026-06-17T10:00:00-04:00'],
    ['ending exactly at the close', '2026-06-16T13:00:00-04:00', 240, '2026-06-16T17:00:00-04:00'],
    ['one minute past the close', '2026-06-16T13:00:00-04:00', 241, '2026-06-17T09:01:00-04:00'],
    ['over a weekend', '2026-06-19T16:00:00-04:00', 120, '2026-06-22T10:00:00-04:00'],
    ['a whole week', '2026-06-15T09:00:00-04:00', 2400, '2026-06-19T17:00:00-04:00'],
    ['keeping seconds', '2026-06-16T16:59:30-04:00', 1, '2026-06-17T09:00:30-04:00'],
    ['keeping milliseconds', '2026-06-16T10:00:30.250-04:00', 1, '2026-06-16T10:01:30.250-04:00'],
  ])('%s', (_, start, minutes, expected) => {
    expectInstant(addBusinessMinutes(new Date(start), minutes, NY), expected);
  });

  it.each([
    ['inside: at once', '2026-06-16T12:00:00-04:00', '2026-06-16T12:00:00-04:00'],
    ['at the opening: at once', '2026-06-16T09:00:00-04:00', '2026-06-16T09:00:00-04:00'],
    ['at the close: next opening', '2026-06-16T17:00:00-04:00', '2026-06-17T09:00:00-04:00'],
    ['on a Sunday: next opening', '2026-06-14T12:00:00-04:00', '2026-06-15T09:00:00-04:00'],
  ])('zero duration %s', (_, start, expected) => {
    expectInstant(addBusinessMinutes(new Date(start), 0, NY), expected);
  });

  describe('split shift (lunch break)', () => {
    it.each([
      ['ends at the lunch close', '2026-09-16T11:30:00+02:00', 30, '2026-09-16T12:00:00+02:00'],
      ['starts during lunch', '2026-09-16T12:30:00+02:00', 30, '2026-09-16T13:30:00+02:00'],
      ['skips lunch', '2026-09-16T11:59:00+02:00', 2, '2026-09-16T13:01:00+02:00'],
      ['zero at the lunch close', '2026-09-16T12:00:00+02:00', 0, '2026-09-16T13:00:00+02:00'],
    ])('%s', (_, start, minutes, expected) => {
      expectInstant(addBusinessMinutes(new Date(start), minutes, BERLIN_LUNCH), expected);
    });
  });

  describe('overnight shifts', () => {
    it('a fall-back night holds 9 real hours', () => {
      // Sat 31 Oct 22:00 EDT → Sun 1 Nov 06:00 EST.
      const start = new Date('2026-10-31T22:00:00-04:00');
      expectInstant(addBusinessMinutes(start, 540, NY_NIGHTS), '2026-11-01T06:00:00-05:00');
      expectInstant(addBusinessMinutes(start, 541, NY_NIGHTS), '2026-11-01T22:01:00-05:00');
    });

    it('a spring-forward night holds 7 real hours', () => {
      const start = new Date('2026-03-07T22:00:00-05:00');
      expectInstant(addBusinessMinutes(start, 420, NY_NIGHTS), '2026-03-08T06:00:00-04:00');
      expectInstant(addBusinessMinutes(start, 421, NY_NIGHTS), '2026-03-08T22:01:00-04:00');
    });

    it('a holiday keeps the spill of the shift started the day before', () => {
      const mondayNight = new Date('2026-07-13T23:00:00+09:00');
      expectInstant(
        addBusinessMinutes(mondayNight, 420, TOKYO_NIGHTS),
        '2026-07-14T06:00:00+09:00',
      );
      // Tuesday's own night is removed: the eighth hour is Wednesday 22:00-23:00.
      expectInstant(
        addBusinessMinutes(mondayNight, 480, TOKYO_NIGHTS),
        '2026-07-15T23:00:00+09:00',
      );
    });

    it('Sunday night spills into Monday (the week wraps around)', () => {
      const sundayNights = schedule('UTC', ['sun'], [['20:00', '04:00']]);
      const start = new Date('2026-06-14T23:00:00Z');
      expectInstant(addBusinessMinutes(start, 300, sundayNights), '2026-06-15T04:00:00Z');
      expectInstant(addBusinessMinutes(start, 301, sundayNights), '2026-06-21T20:01:00Z');
    });

    it('an overnight shift may close at 00:00', () => {
      const lateShift = schedule('UTC', ['mon'], [['22:00', '00:00']]);
      const start = new Date('2026-06-15T22:00:00Z');
      expectInstant(addBusinessMinutes(start, 120, lateShift), '2026-06-16T00:00:00Z');
    });
  });

  it('24:00 followed by 00:00 counts as one stretch', () => {
    const late: Schedule = {
      timeZone: 'UTC',
      weekly: { mon: [['18:00', '24:00']], tue: [['00:00', '02:00']] },
      holidays: [],
    };
    expectInstant(
      addBusinessMinutes(new Date('2026-06-15T23:00:00Z'), 120, late),
      '2026-06-16T01:00:00Z',
    );
  });

  it('zero-length intervals contribute nothing', () => {
    const withEmpty = schedule(
      'UTC',
      ['mon'],
      [
        ['09:00', '09:00'],
        ['10:00', '11:00'],
      ],
    );
    expectInstant(nextOpening(new Date('2026-06-15T08:00:00Z'), withEmpty), '2026-06-15T10:00:00Z');
  });

  it('holidays remove the intervals that start on them (1 May in Paris)', () => {
    const paris = schedule('Europe/Paris', WORKWEEK, [['09:00', '18:00']], ['2026-05-01']);
    expectInstant(
      addBusinessMinutes(new Date('2026-04-30T17:00:00+02:00'), 120, paris),
      '2026-05-04T10:00:00+02:00',
    );
  });

  describe('boundaries in DST transitions (Temporal "compatible")', () => {
    it('an opening in the spring gap moves forward by the gap', () => {
      // 02:30 does not exist on Sun 8 Mar 2026 in New York: it opens at 03:30 EDT.
      const earlySunday = schedule('America/New_York', ['sun'], [['02:30', '05:00']]);
      const midnight = new Date('2026-03-08T00:00:00-05:00');
      expectInstant(nextOpening(midnight, earlySunday), '2026-03-08T03:30:00-04:00');
      expectInstant(addBusinessMinutes(midnight, 90, earlySunday), '2026-03-08T05:00:00-04:00');
      expect(isBusinessTime(new Date('2026-03-08T03:15:00-04:00'), earlySunday)).toBe(false);
      // A week later the same interval holds its full 150 minutes.
      expectInstant(
        addBusinessMinutes(new Date('2026-03-15T00:00:00-04:00'), 150, earlySunday),
        '2026-03-15T05:00:00-04:00',
      );
    });

    it('an opening in the fall-back overlap takes the earlier offset', () => {
      // 01:30 happens twice on Sun 1 Nov 2026: the engine opens at 01:30 EDT.
      const earlySunday = schedule('America/New_York', ['sun'], [['01:30', '03:00']]);
      const midnight = new Date('2026-11-01T00:00:00-04:00');
      expectInstant(nextOpening(midnight, earlySunday), '2026-11-01T01:30:00-04:00');
      expectInstant(addBusinessMinutes(midnight, 150, earlySunday), '2026-11-01T03:00:00-05:00');
    });

    it('counts the union when gap boundaries make intervals overlap', () => {
      // 02:10-02:40 becomes 03:10-03:40 EDT, inside the second interval 03:10-04:00 EDT.
      const earlySunday = schedule(
        'America/New_York',
        ['sun'],
        [
          ['02:10', '02:40'],
          ['03:10', '04:00'],
        ],
      );
      const midnight = new Date('2026-03-08T00:00:00-05:00');
      expectInstant(addBusinessMinutes(midnight, 49, earlySunday), '2026-03-08T03:59:00-04:00');
      expectInstant(addBusinessMinutes(midnight, 50, earlySunday), '2026-03-08T04:00:00-04:00');
      expectInstant(addBusinessMinutes(midnight, 51, earlySunday), '2026-03-15T02:11:00-04:00');
    });

    it('counts the union when an overnight close in the gap passes the next opening', () => {
      // Saturday's shift closes at 02:30 → 03:30 EDT; Sunday opens at 03:00 EDT.
      const desk: Schedule = {
        timeZone: 'America/New_York',
        weekly: { sat: [['22:00', '02:30']], sun: [['03:00', '05:00']] },
        holidays: [],
      };
      const start = new Date('2026-03-07T22:00:00-05:00');
      expectInstant(addBusinessMinutes(start, 300, desk), '2026-03-08T04:00:00-04:00');
      expectInstant(addBusinessMinutes(start, 360, desk), '2026-03-08T05:00:00-04:00');
    });
  });

  it('counts real time around the clock across a DST change', () => {
    const paris = AROUND_THE_CLOCK('Europe/Paris');
    const due = addBusinessMinutes(new Date('2026-10-25T01:30:00+02:00'), 120, paris);
    expect(formatInZone(due, 'Europe/Paris')).toBe('2026-10-25T02:30:00+01:00');
    const lordHowe = AROUND_THE_CLOCK('Australia/Lord_Howe');
    // Lord Howe springs forward by half an hour at 02:00 on 4 Oct 2026.
    const start = new Date('2026-10-04T01:45:00+10:30');
    expectInstant(addBusinessMinutes(start, 30, lordHowe), '2026-10-04T02:45:00+11:00');
  });

  it('refuses an invalid Date as a caller error', () => {
    expect(() => addBusinessMinutes(new Date(Number.NaN), 1, NY)).toThrow(RangeError);
  });
});

describe('AROUND_THE_CLOCK', () => {
  it('opens every day all day in the given zone, without holidays', () => {
    const schedule = AROUND_THE_CLOCK('Asia/Kathmandu');
    expect(schedule.timeZone).toBe('Asia/Kathmandu');
    expect(Object.keys(schedule.weekly)).toEqual(EVERY_DAY);
    for (const intervals of Object.values(schedule.weekly)) {
      expect(intervals).toEqual([['00:00', '24:00']]);
    }
    expect(schedule.holidays).toEqual([]);
  });
});

describe('isBusinessTime and isClosingInstant', () => {
  it.each([
    ['2026-06-16T08:59:59.999-04:00', false, false],
    ['2026-06-16T09:00:00-04:00', true, false],
    ['2026-06-16T16:59:59.999-04:00', true, false],
    ['2026-06-16T17:00:00-04:00', false, true],
    ['2026-06-16T17:00:00.001-04:00', false, false],
    ['2026-06-13T12:00:00-04:00', false, false],
  ])('NY 9-17 at %s: business %s, closing %s', (at, business, closing) => {
    expect(isBusinessTime(new Date(at), NY)).toBe(business);
    expect(isClosingInstant(new Date(at), NY)).toBe(closing);
  });

  it('knows lunch closes and overnight spills', () => {
    expect(isClosingInstant(new Date('2026-09-16T12:00:00+02:00'), BERLIN_LUNCH)).toBe(true);
    expect(isBusinessTime(new Date('2026-07-14T05:00:00+09:00'), TOKYO_NIGHTS)).toBe(true);
    expect(isBusinessTime(new Date('2026-07-14T23:00:00+09:00'), TOKYO_NIGHTS)).toBe(false);
  });

  it('sees no close at midnight around the clock', () => {
    const utc = AROUND_THE_CLOCK('UTC');
    expect(isBusinessTime(new Date('2026-06-16T00:00:00Z'), utc)).toBe(true);
    expect(isClosingInstant(new Date('2026-06-16T00:00:00Z'), utc)).toBe(false);
  });
});

describe('nextOpening', () => {
  it.each([
    ['inside: itself', '2026-06-16T12:34:56.789-04:00', '2026-06-16T12:34:56.789-04:00'],
    ['at the opening: itself', '2026-06-16T09:00:00-04:00', '2026-06-16T09:00:00-04:00'],
    ['at the close: next day', '2026-06-16T17:00:00-04:00', '2026-06-17T09:00:00-04:00'],
    ['Friday night: Monday', '2026-06-19T20:00:00-04:00', '2026-06-22T09:00:00-04:00'],
  ])('%s', (_, at, expected) => {
    expectInstant(nextOpening(new Date(at), NY), expected);
  });
});

describe('formatInZone', () => {
  it.each([
    ['UTC', '2026-06-16T17:00:00Z', '2026-06-16T17:00:00+00:00'],
    ['America/New_York', '2026-06-16T17:00:00Z', '2026-06-16T13:00:00-04:00'],
    ['America/New_York', '2026-01-16T17:00:00Z', '2026-01-16T12:00:00-05:00'],
    ['America/St_Johns', '2026-07-15T00:00:00Z', '2026-07-14T21:30:00-02:30'],
    ['Asia/Kolkata', '2026-06-16T17:00:00Z', '2026-06-16T22:30:00+05:30'],
    ['Asia/Kathmandu', '2026-06-16T17:00:00Z', '2026-06-16T22:45:00+05:45'],
    ['Pacific/Chatham', '2026-01-15T00:00:00Z', '2026-01-15T13:45:00+13:45'],
    ['Pacific/Chatham', '2026-07-15T00:00:00Z', '2026-07-15T12:45:00+12:45'],
    ['Australia/Lord_Howe', '2026-01-15T00:00:00Z', '2026-01-15T11:00:00+11:00'],
    ['Australia/Lord_Howe', '2026-07-15T00:00:00Z', '2026-07-15T10:30:00+10:30'],
    ['Pacific/Kiritimati', '2026-06-16T12:00:00Z', '2026-06-17T02:00:00+14:00'],
    ['UTC', '2026-06-16T17:00:00.999Z', '2026-06-16T17:00:00+00:00'],
    ['UTC', '1969-12-31T23:59:59.500Z', '1969-12-31T23:59:59+00:00'],
    // Paris kept mean solar time (+00:09:21) before 1911; like Temporal, the suffix is rounded.
    ['Europe/Paris', '1900-01-01T00:00:00Z', '1900-01-01T00:09:21+00:09'],
  ])('%s %s → %s', (timeZone, instant, expected) => {
    expect(formatInZone(new Date(instant), timeZone)).toBe(expected);
  });

  it('refuses an unknown zone', () => {
    expect(() => formatInZone(new Date(0), 'Mars/Olympus_Mons')).toThrow(ScheduleError);
  });
});
