import { describe, expect, it } from 'vitest';
import {
  AROUND_THE_CLOCK,
  addBusinessDays,
  addBusinessMinutes,
  dstGapWarnings,
  isBusinessTime,
  isClosingInstant,
  MAX_BUSINESS_DAYS,
  MAX_DURATION_MINUTES,
  nextOpening,
  SCHEDULE_ERROR_CODES,
  type Schedule,
  ScheduleError,
  validateSchedule,
} from '../../../lib/sla/business-time';

const VALID: Schedule = {
  timeZone: 'Europe/Paris',
  weekly: { mon: [['09:00', '17:00']] },
  holidays: ['2026-12-25'],
};

/** A schedule built from untyped pieces, as read from storage. */
function loose(changes: Record<string, unknown>): Schedule {
  return { ...VALID, ...changes } as Schedule;
}

describe('validateSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(validateSchedule(VALID)).toEqual([]);
    expect(validateSchedule(AROUND_THE_CLOCK('Asia/Kathmandu'))).toEqual([]);
  });

  it.each(['Mars/Olympus_Mons', '', 'America/NewYork', 42, undefined])(
    'reports the time zone %j as unknown-time-zone',
    (timeZone) => {
      expect(validateSchedule(loose({ timeZone }))).toEqual([
        expect.objectContaining({ code: 'unknown-time-zone' }),
      ]);
    },
  );

  it.each([
    ['9:00', '17:00'],
    ['09:00', '25:00'],
    ['09:60', '17:00'],
    ['09:00', '24:01'],
    ['24:00', '06:00'],
    ['09:00:00', '17:00'],
    ['0900', '1700'],
    [' 09:00', '17:00'],
    ['', '17:00'],
    [900, 1700],
  ])('reports the interval [%j, %j] as malformed-time, with its place', (open, close) => {
    const schedule = loose({
      weekly: {
        mon: [['08:00', '08:30']],
        tue: [
          ['10:00', '11:00'],
          [open, close],
        ],
      },
    });
    expect(validateSchedule(schedule)).toEqual([
      expect.objectContaining({ code: 'malformed-time', weekday: 'tue', index: 1 }),
    ]);
  });

  it.each([[['09:00']], [['09:00', '12:00', '13:00']], [null], ['09:00-17:00']])(
    'reports the pair %j as malformed-time',
    (pair) => {
      expect(validateSchedule(loose({ weekly: { mon: [['08:00', '09:00'], pair] } }))).toEqual([
        expect.objectContaining({ code: 'malformed-time', weekday: 'mon', index: 1 }),
      ]);
    },
  );

  it('reports a weekday that is not a list, and an unknown weekday', () => {
    const issues = validateSchedule(
      loose({
        weekly: { mon: '09:00-17:00', monday: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'malformed-time',
        detail: expect.stringContaining('monday'),
      }),
      expect.objectContaining({ code: 'malformed-time', weekday: 'mon' }),
    ]);
  });

  it.each(['2026-02-30', '2026-1-05', '26-01-05', '2026/01/05', '2026-13-01', 20260105, null])(
    'reports the holiday %j as malformed-time, with its index',
    (holiday) => {
      expect(validateSchedule(loose({ holidays: ['2026-01-01', holiday] }))).toEqual([
        expect.objectContaining({ code: 'malformed-time', holidayIndex: 1 }),
      ]);
    },
  );

  it('reports holidays that are not a list', () => {
    expect(validateSchedule(loose({ holidays: '2026-12-25' }))).toEqual([
      expect.objectContaining({ code: 'malformed-time' }),
    ]);
  });

  it('accepts a leap day', () => {
    expect(validateSchedule(loose({ holidays: ['2028-02-29'] }))).toEqual([]);
  });

  describe('overlap', () => {
    it.each([
      [
        'within a day',
        {
          mon: [
            ['09:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
        { weekday: 'mon', index: 1, overlapsWith: { weekday: 'mon', index: 0 } },
      ],
      [
        'within a day, listed out of order',
        {
          mon: [
            ['11:00', '13:00'],
            ['09:00', '12:00'],
          ],
        },
        { weekday: 'mon', index: 0, overlapsWith: { weekday: 'mon', index: 1 } },
      ],
      [
        'an overnight shift and a later interval of its day',
        {
          mon: [
            ['22:00', '06:00'],
            ['23:00', '23:30'],
          ],
        },
        { weekday: 'mon', index: 1, overlapsWith: { weekday: 'mon', index: 0 } },
      ],
      [
        'two overnight shifts',
        {
          mon: [
            ['20:00', '02:00'],
            ['22:00', '04:00'],
          ],
        },
        { weekday: 'mon', index: 1, overlapsWith: { weekday: 'mon', index: 0 } },
      ],
      [
        "an overnight spill and the next day's interval",
        { mon: [['22:00', '06:00']], tue: [['05:00', '09:00']] },
        { weekday: 'tue', index: 0, overlapsWith: { weekday: 'mon', index: 0 } },
      ],
      [
        'a Sunday night spilling into Monday',
        { sun: [['22:00', '02:00']], mon: [['01:00', '03:00']] },
        { weekday: 'mon', index: 0, overlapsWith: { weekday: 'sun', index: 0 } },
      ],
    ])('%s', (_, weekly, where) => {
      expect(validateSchedule(loose({ weekly }))).toEqual([
        expect.objectContaining({ code: 'overlap', ...where }),
      ]);
    });

    it.each([
      [
        'touching intervals',
        {
          mon: [
            ['09:00', '12:00'],
            ['12:00', '17:00'],
          ],
        },
      ],
      [
        'a spill ending at the next opening',
        { mon: [['22:00', '06:00']], tue: [['06:00', '09:00']] },
      ],
      ['24:00 then 00:00', { mon: [['18:00', '24:00']], tue: [['00:00', '02:00']] }],
      [
        'a zero-length interval inside another',
        {
          mon: [
            ['09:00', '17:00'],
            ['10:00', '10:00'],
          ],
        },
      ],
    ])('not for %s', (_, weekly) => {
      expect(validateSchedule(loose({ weekly }))).toEqual([]);
    });
  });

  it.each([
    ['no weekday', {}],
    ['only empty lists', { mon: [], tue: [] }],
    ['only zero-length intervals', { mon: [['09:00', '09:00']], sun: [['00:00', '00:00']] }],
  ])('reports %s as empty-week', (_, weekly) => {
    expect(validateSchedule(loose({ weekly }))).toEqual([
      expect.objectContaining({ code: 'empty-week' }),
    ]);
  });

  it('does not add empty-week when the only intervals are malformed', () => {
    expect(validateSchedule(loose({ weekly: { mon: [['9:00', '17:00']] } }))).toEqual([
      expect.objectContaining({ code: 'malformed-time' }),
    ]);
  });

  it('lists every issue in field order', () => {
    const issues = validateSchedule(
      loose({
        timeZone: 'Nowhere/Land',
        weekly: {
          mon: [
            ['09:00', '25:00'],
            ['10:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
        holidays: ['2026-12-25', 'Christmas'],
      }),
    );
    expect(issues.map(({ code }) => code)).toEqual([
      'unknown-time-zone',
      'malformed-time',
      'overlap',
      'malformed-time',
    ]);
    for (const issue of issues) expect(issue.detail).not.toBe('');
  });
});

describe('ScheduleError from the engine', () => {
  const at = new Date('2026-06-15T10:00:00Z');
  const engineCalls: [string, (schedule: Schedule) => unknown][] = [
    ['addBusinessMinutes', (schedule) => addBusinessMinutes(at, 60, schedule)],
    ['addBusinessDays', (schedule) => addBusinessDays(at, 1, schedule)],
    ['isBusinessTime', (schedule) => isBusinessTime(at, schedule)],
    ['isClosingInstant', (schedule) => isClosingInstant(at, schedule)],
    ['nextOpening', (schedule) => nextOpening(at, schedule)],
    ['dstGapWarnings', (schedule) => dstGapWarnings(schedule, at, at)],
  ];
  const invalid: [string, Schedule][] = [
    ['unknown-time-zone', loose({ timeZone: 'Europe/Atlantis' })],
    ['malformed-time', loose({ weekly: { mon: [['09:00', '17:61']] } })],
    [
      'overlap',
      loose({
        weekly: {
          mon: [
            ['09:00', '12:00'],
            ['11:00', '17:00'],
          ],
        },
      }),
    ],
    ['empty-week', loose({ weekly: {} })],
    ['malformed-time', loose({ holidays: ['25/12/2026'] })],
  ];

  it('covers every code', () => {
    const tested = new Set([...invalid.map(([code]) => code), 'invalid-duration']);
    expect([...tested].sort()).toEqual([...SCHEDULE_ERROR_CODES].sort());
  });

  for (const [name, call] of engineCalls) {
    it.each(invalid)(`${name} throws %s`, (code, schedule) => {
      let error: unknown;
      try {
        call(schedule);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ScheduleError);
      expect(error).toMatchObject({ name: 'ScheduleError', code, issue: { code } });
    });
  }

  it.each([
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    MAX_DURATION_MINUTES + 1,
  ])('addBusinessMinutes refuses %s minutes as invalid-duration', (minutes) => {
    expect(() => addBusinessMinutes(at, minutes, VALID)).toThrow(
      expect.objectContaining({ code: 'invalid-duration' }),
    );
  });

  it('accepts the longest duration', () => {
    const utc = AROUND_THE_CLOCK('UTC');
    const due = addBusinessMinutes(at, MAX_DURATION_MINUTES, utc);
    expect(due.getTime() - at.getTime()).toBe(MAX_DURATION_MINUTES * 60_000);
  });
});

describe('dstGapWarnings', () => {
  const year2026: [Date, Date] = [
    new Date('2026-01-01T12:00:00Z'),
    new Date('2026-12-31T12:00:00Z'),
  ];

  it('lists an opening in the spring gap, with the instant used', () => {
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: {
        sun: [
          ['10:00', '10:00'],
          ['02:30', '05:00'],
        ],
      },
      holidays: [],
    };
    expect(dstGapWarnings(schedule, ...year2026)).toEqual([
      {
        date: '2026-03-08',
        weekday: 'sun',
        index: 1,
        boundary: 'open',
        time: '02:30',
        at: new Date('2026-03-08T03:30:00-04:00'),
      },
    ]);
  });

  it('lists an overnight close in the gap under the date the shift starts on', () => {
    const schedule: Schedule = {
      timeZone: 'Europe/Paris',
      weekly: { sat: [['22:00', '02:30']] },
      holidays: [],
    };
    expect(dstGapWarnings(schedule, ...year2026)).toEqual([
      {
        date: '2026-03-28',
        weekday: 'sat',
        index: 0,
        boundary: 'close',
        time: '02:30',
        at: new Date('2026-03-29T03:30:00+02:00'),
      },
    ]);
    expect(dstGapWarnings({ ...schedule, holidays: ['2026-03-28'] }, ...year2026)).toEqual([]);
  });

  it('handles half-hour gaps (Lord Howe)', () => {
    const schedule: Schedule = {
      timeZone: 'Australia/Lord_Howe',
      weekly: { sun: [['02:15', '09:00']] },
      holidays: [],
    };
    expect(dstGapWarnings(schedule, ...year2026)).toEqual([
      expect.objectContaining({ date: '2026-10-04', at: new Date('2026-10-04T02:45:00+11:00') }),
    ]);
  });

  it('does not warn about the fall-back overlap', () => {
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { sun: [['01:30', '03:00']] },
      holidays: [],
    };
    expect(dstGapWarnings(schedule, ...year2026)).toEqual([]);
  });

  it('covers the local dates of from through to, inclusive', () => {
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { sun: [['02:30', '05:00']] },
      holidays: [],
    };
    const sunday = (time: string) => new Date(`2026-03-08T${time}-04:00`);
    expect(dstGapWarnings(schedule, sunday('23:59'), sunday('23:59'))).toHaveLength(1);
    expect(dstGapWarnings(schedule, new Date('2026-03-09T12:00:00Z'), year2026[1])).toEqual([]);
    expect(dstGapWarnings(schedule, year2026[1], year2026[0])).toEqual([]);
  });

  it('refuses a range longer than MAX_BUSINESS_DAYS', () => {
    const to = new Date(year2026[0].getTime() + (MAX_BUSINESS_DAYS + 1) * 86_400_000);
    expect(() => dstGapWarnings(VALID, year2026[0], to)).toThrow(
      expect.objectContaining({ code: 'invalid-duration' }),
    );
  });
});
