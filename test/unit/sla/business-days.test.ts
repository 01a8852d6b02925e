import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  MAX_BUSINESS_DAYS,
  type Schedule,
  ScheduleError,
  type Weekday,
} from '../../../lib/sla/business-time';

const WORKWEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

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
const NY_SHORT_WEDNESDAY: Schedule = {
  ...NY,
  weekly: { ...NY.weekly, wed: [['09:00', '15:00']] },
};
const BERLIN_LUNCH = schedule('Europe/Berlin', WORKWEEK, [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
]);
const PARIS = schedule(
  'Europe/Paris',
  WORKWEEK,
  [['09:00', '18:00']],
  ['2026-05-01', '2026-05-08'],
);
const NY_NIGHTS = schedule('America/New_York', [...WORKWEEK, 'sat', 'sun'], [['22:00', '06:00']]);
const TOKYO_NIGHTS = schedule('Asia/Tokyo', WORKWEEK, [['22:00', '06:00']], ['2026-07-14']);

type Row = [title: string, start: string, days: number, expected: string];

function check(schedule: Schedule, rows: Row[]) {
  it.each(rows)('%s', (_, start, days, expected) => {
    const due = addBusinessDays(new Date(start), days, schedule);
    expect(due.toISOString()).toBe(new Date(expected).toISOString());
  });
}

describe('addBusinessDays', () => {
  // 16 June 2026 is a Tuesday.
  describe('the examples of domain.md §3 (Mon-Fri 09:00-17:00)', () => {
    check(NY, [
      ['Tue 11:30 → Wed 11:30', '2026-06-16T11:30:00-04:00', 1, '2026-06-17T11:30:00-04:00'],
      ['Tue 17:00 → Thu 09:00', '2026-06-16T17:00:00-04:00', 1, '2026-06-18T09:00:00-04:00'],
      ['Tue 20:00 → Thu 09:00', '2026-06-16T20:00:00-04:00', 1, '2026-06-18T09:00:00-04:00'],
    ]);
  });

  describe('Mon-Fri 09:00-17:00', () => {
    check(NY, [
      ['at the opening', '2026-06-16T09:00:00-04:00', 1, '2026-06-17T09:00:00-04:00'],
      ['before the opening', '2026-06-16T08:00:00-04:00', 1, '2026-06-17T09:00:00-04:00'],
      ['a minute before the close', '2026-06-16T16:59:00-04:00', 1, '2026-06-17T16:59:00-04:00'],
      ['keeping seconds', '2026-06-16T11:30:15.5-04:00', 1, '2026-06-17T11:30:15.5-04:00'],
      ['Friday → Monday', '2026-06-19T11:30:00-04:00', 1, '2026-06-22T11:30:00-04:00'],
      [
        'Saturday: clock starts Monday',
        '2026-06-13T10:00:00-04:00',
        1,
        '2026-06-16T09:00:00-04:00',
      ],
      [
        'Friday 17:00: clock starts Monday',
        '2026-06-19T17:00:00-04:00',
        1,
        '2026-06-23T09:00:00-04:00',
      ],
      ['three days', '2026-06-16T11:30:00-04:00', 3, '2026-06-19T11:30:00-04:00'],
      ['five days over a weekend', '2026-06-16T11:30:00-04:00', 5, '2026-06-23T11:30:00-04:00'],
      ['zero days inside: at once', '2026-06-16T11:30:00-04:00', 0, '2026-06-16T11:30:00-04:00'],
      [
        'zero days outside: next opening',
        '2026-06-13T10:00:00-04:00',
        0,
        '2026-06-15T09:00:00-04:00',
      ],
    ]);
  });

  describe('clamped to a shorter next day (Wednesday 09:00-15:00)', () => {
    check(NY_SHORT_WEDNESDAY, [
      ['Tue 16:00 → Wed 15:00', '2026-06-16T16:00:00-04:00', 1, '2026-06-17T15:00:00-04:00'],
      // The clamp carries over: the position on Wednesday is 6 h, hence Thursday 15:00.
      ['Tue 16:00 + 2 → Thu 15:00', '2026-06-16T16:00:00-04:00', 2, '2026-06-18T15:00:00-04:00'],
      ['Mon 16:00 + 2 → Wed 15:00', '2026-06-15T16:00:00-04:00', 2, '2026-06-17T15:00:00-04:00'],
      ['Wed 14:00 → Thu 14:00', '2026-06-17T14:00:00-04:00', 1, '2026-06-18T14:00:00-04:00'],
      [
        'Wed 15:00 is closed → Fri 09:00',
        '2026-06-17T15:00:00-04:00',
        1,
        '2026-06-19T09:00:00-04:00',
      ],
    ]);
  });

  describe('split shift (09:00-12:00, 13:00-17:00)', () => {
    // 16 September 2026 is a Wednesday.
    check(BERLIN_LUNCH, [
      ['morning', '2026-09-16T10:00:00+02:00', 1, '2026-09-17T10:00:00+02:00'],
      ['afternoon: lunch not counted', '2026-09-16T14:00:00+02:00', 1, '2026-09-17T14:00:00+02:00'],
      // Filed at lunch: the clock starts at 13:00 with 3 h elapsed; 3 h into Thursday is first
      // reached at 12:00, the morning's close.
      ['filed at lunch', '2026-09-16T12:30:00+02:00', 1, '2026-09-17T12:00:00+02:00'],
      ['Friday → Monday', '2026-09-18T16:30:00+02:00', 1, '2026-09-21T16:30:00+02:00'],
    ]);
  });

  describe('holidays (1 and 8 May in Paris)', () => {
    check(PARIS, [
      ['over 1 May and the weekend', '2026-04-30T11:00:00+02:00', 1, '2026-05-04T11:00:00+02:00'],
      ['over 8 May', '2026-05-07T17:59:00+02:00', 1, '2026-05-11T17:59:00+02:00'],
      ['filed on 1 May', '2026-05-01T10:00:00+02:00', 1, '2026-05-05T09:00:00+02:00'],
      ['two days over 8 May', '2026-05-06T12:00:00+02:00', 2, '2026-05-11T12:00:00+02:00'],
    ]);
  });

  describe('overnight shifts belong to the day they start on', () => {
    check(NY_NIGHTS, [
      ['filed in Monday night', '2026-06-16T02:00:00-04:00', 1, '2026-06-17T02:00:00-04:00'],
      ['filed at the close', '2026-06-16T06:00:00-04:00', 1, '2026-06-17T22:00:00-04:00'],
      ['filed before midnight', '2026-06-16T23:00:00-04:00', 1, '2026-06-17T23:00:00-04:00'],
      // Friday night's 7.5 h clamp to Saturday's spring-forward night of 7 real hours.
      ['clamped by a 7-hour night', '2026-03-07T05:30:00-05:00', 1, '2026-03-08T06:00:00-04:00'],
      // 7.5 real hours into the 9-hour fall-back night is 04:30 EST, not 05:30.
      [
        'counted in real time on a 9-hour night',
        '2026-10-31T05:30:00-04:00',
        1,
        '2026-11-01T04:30:00-05:00',
      ],
    ]);
    check(TOKYO_NIGHTS, [
      ['Friday night → Monday night', '2026-07-18T03:00:00+09:00', 1, '2026-07-21T03:00:00+09:00'],
      ['over a holiday', '2026-07-13T23:00:00+09:00', 1, '2026-07-15T23:00:00+09:00'],
    ]);
    // Monday's business day is 09:00-12:00 plus 20:00-02:00 on Tuesday.
    const splitNights = schedule('UTC', WORKWEEK, [
      ['09:00', '12:00'],
      ['20:00', '02:00'],
    ]);
    check(splitNights, [
      ['filed in the spill, 8 h into Monday', '2026-06-16T01:00:00Z', 1, '2026-06-17T01:00:00Z'],
      ['filed Tuesday morning', '2026-06-16T10:00:00Z', 1, '2026-06-17T10:00:00Z'],
    ]);
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_BUSINESS_DAYS + 1])(
    'refuses %s days as invalid-duration',
    (days) => {
      expect(() => addBusinessDays(new Date('2026-06-16T12:00:00Z'), days, NY)).toThrow(
        expect.objectContaining({ code: 'invalid-duration' }),
      );
    },
  );

  it('accepts the longest duration', () => {
    const due = addBusinessDays(new Date('2026-06-16T11:30:00-04:00'), MAX_BUSINESS_DAYS, NY);
    expect(due.getTime()).toBeGreaterThan(Date.parse('2040-01-01T00:00:00Z'));
  });

  describe('gives up when holidays leave no business day for three years', () => {
    const mondays = (from: string, count: number) =>
      Array.from({ length: count }, (_, week) =>
        new Date(Date.parse(from) + week * 7 * 86_400_000).toISOString().slice(0, 10),
      );
    const mondaysOnly = (holidays: string[]) =>
      schedule('Europe/Paris', ['mon'], [['09:00', '17:00']], holidays);
    const start = new Date('2026-06-15T10:00:00+02:00');

    it('when looking for the clock start', () => {
      const everyMonday = mondaysOnly(mondays('2026-06-15', 200));
      for (const run of [
        () => addBusinessDays(start, 1, everyMonday),
        () => addBusinessMinutes(start, 60, everyMonday),
      ]) {
        expect(run).toThrow(ScheduleError);
        expect(run).toThrow(expect.objectContaining({ code: 'empty-week' }));
      }
    });

    it('when looking for the next business day', () => {
      const afterTheFirst = mondaysOnly(mondays('2026-06-22', 200));
      expect(() => addBusinessDays(start, 1, afterTheFirst)).toThrow(
        expect.objectContaining({ code: 'empty-week' }),
      );
    });
  });
});
