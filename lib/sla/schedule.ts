import { DAY_MS, isoDateToDay, localToInstant, MINUTE_MS, zoneFormatter } from './local-time';

/**
 * Business hours as the user sets them on the options page, their validation, and their compiled
 * form: per local day, the business intervals as instants, computed once and cached.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Same shape as `test/fixtures/reference/sla-cases.json`. Times are local "HH:MM" (two-digit hour,
 * 00:00–23:59; "24:00" only as a close). A pair whose close is before its open is an overnight shift
 * belonging to the day it starts on; a pair whose open equals its close is empty. Holidays are local
 * `YYYY-MM-DD` dates and remove the intervals that start on them.
 */
export type Schedule = {
  timeZone: string;
  weekly: Partial<Record<Weekday, [string, string][]>>;
  holidays: string[];
};

export const SCHEDULE_ERROR_CODES = [
  'unknown-time-zone',
  'malformed-time',
  'overlap',
  'empty-week',
  'invalid-duration',
] as const;
export type ScheduleErrorCode = (typeof SCHEDULE_ERROR_CODES)[number];

/** One problem, located so that the options page can show it next to the field. */
export interface ScheduleIssue {
  code: ScheduleErrorCode;
  /** English, for developers and logs. */
  detail: string;
  /** The interval at fault: `schedule.weekly[weekday][index]`. */
  weekday?: Weekday;
  index?: number;
  /** The holiday at fault: `schedule.holidays[holidayIndex]`. */
  holidayIndex?: number;
  /** For an overlap: the other interval. */
  overlapsWith?: { weekday: Weekday; index: number };
}

export class ScheduleError extends Error {
  readonly code: ScheduleErrorCode;
  readonly issue: ScheduleIssue;

  constructor(issue: ScheduleIssue) {
    super(issue.detail);
    this.name = 'ScheduleError';
    this.code = issue.code;
    this.issue = issue;
  }
}

/**
 * Minutes after midnight of "HH:MM", or undefined. The hour must have two digits ("9:00" is
 * refused): that is what `<input type="time">` produces and what the reference file uses, and it
 * keeps one spelling per time. "24:00" is accepted here; only a close may use it.
 */
function parseTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (text === '24:00') return 1440;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A non-empty interval of `schedule.weekly[weekday][index]`, in minutes after the midnight of the
 * day it starts on: `close > open`, and an overnight close is past 1440.
 */
export interface WeeklyInterval {
  weekday: Weekday;
  index: number;
  open: number;
  close: number;
}

interface ParsedSchedule {
  issues: ScheduleIssue[];
  /** Non-empty intervals per weekday (Monday first), sorted by open. */
  week: WeeklyInterval[][];
  holidays: Set<number>;
}

function parseInterval(
  pair: unknown,
  weekday: Weekday,
  index: number,
): WeeklyInterval | ScheduleIssue | undefined {
  const malformed = (detail: string): ScheduleIssue => ({
    code: 'malformed-time',
    detail: `weekly.${weekday}[${index}]: ${detail}`,
    weekday,
    index,
  });
  if (!Array.isArray(pair) || pair.length !== 2) return malformed('expected [open, close]');
  const open = parseTime(pair[0]);
  const close = parseTime(pair[1]);
  if (open === undefined || open === 1440) return malformed(`bad open ${JSON.stringify(pair[0])}`);
  if (close === undefined) return malformed(`bad close ${JSON.stringify(pair[1])}`);
  if (open === close) return undefined;
  return { weekday, index, open, close: close < open ? close + 1440 : close };
}

function parseSchedule(schedule: Schedule): ParsedSchedule {
  const issues: ScheduleIssue[] = [];
  const week: WeeklyInterval[][] = WEEKDAYS.map(() => []);
  const holidays = new Set<number>();

  if (typeof schedule.timeZone !== 'string' || zoneFormatter(schedule.timeZone) === undefined) {
    issues.push({
      code: 'unknown-time-zone',
      detail: `unknown time zone ${JSON.stringify(schedule.timeZone)}`,
    });
  }

  const weekly: Record<string, unknown> =
    typeof schedule.weekly === 'object' && schedule.weekly !== null ? schedule.weekly : {};
  for (const key of Object.keys(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      issues.push({ code: 'malformed-time', detail: `weekly: unknown weekday ${key}` });
    }
  }
  WEEKDAYS.forEach((weekday, w) => {
    const pairs = weekly[weekday];
    if (pairs === undefined) return;
    if (!Array.isArray(pairs)) {
      issues.push({ code: 'malformed-time', detail: `weekly.${weekday}: not a list`, weekday });
      return;
    }
    pairs.forEach((pair, index) => {
      const parsed = parseInterval(pair, weekday, index);
      if (parsed === undefined) return;
      if ('code' in parsed) issues.push(parsed);
      else week[w]!.push(parsed);
    });
    week[w]!.sort((a, b) => a.open - b.open);
  });

  const anyMalformed = issues.some((issue) => issue.code === 'malformed-time');
  week.forEach((intervals, w) => {
    const overlap = (later: WeeklyInterval, earlier: WeeklyInterval) =>
      issues.push({
        code: 'overlap',
        detail: `weekly.${later.weekday}[${later.index}] overlaps weekly.${earlier.weekday}[${earlier.index}]`,
        weekday: later.weekday,
        index: later.index,
        overlapsWith: { weekday: earlier.weekday, index: earlier.index },
      });
    for (let i = 1; i < intervals.length; i++) {
      const previous = intervals[i - 1]!;
      const current = intervals[i]!;
      if (current.open < previous.close) overlap(current, previous);
    }
    // Without an overlap, only the last interval of a day can run past midnight. Sunday spills
    // into Monday: the week wraps around.
    const last = intervals[intervals.length - 1];
    if (last === undefined || last.close <= 1440) return;
    for (const next of week[(w + 1) % 7]!) {
      if (next.open < last.close - 1440) overlap(next, last);
    }
  });
  if (!anyMalformed && week.every((intervals) => intervals.length === 0)) {
    issues.push({ code: 'empty-week', detail: 'no business hours on any day of the week' });
  }

  if (!Array.isArray(schedule.holidays)) {
    issues.push({ code: 'malformed-time', detail: 'holidays: not a list' });
  } else {
    schedule.holidays.forEach((date, holidayIndex) => {
      const day = typeof date === 'string' ? isoDateToDay(date) : undefined;
      if (day === undefined) {
        issues.push({
          code: 'malformed-time',
          detail: `holidays[${holidayIndex}]: ${JSON.stringify(date)} is not a YYYY-MM-DD date`,
          holidayIndex,
        });
      } else {
        holidays.add(day);
      }
    });
  }

  return { issues, week, holidays };
}

/**
 * Every problem of a schedule, in field order (time zone, weekly, holidays); empty when the engine
 * accepts it. The engine throws the first one as a ScheduleError. Boundaries in a DST gap are not
 * problems (see `dstGapWarnings`).
 */
export function validateSchedule(schedule: Schedule): ScheduleIssue[] {
  return parseSchedule(schedule).issues;
}

/** A valid schedule ready for the engine. Day intervals are computed lazily and memoised. */
export interface CompiledSchedule {
  readonly formatter: Intl.DateTimeFormat;
  /** Per weekday (Monday first): the non-empty intervals, sorted. */
  readonly week: readonly (readonly WeeklyInterval[])[];
  readonly holidays: ReadonlySet<number>;
  readonly days: Map<number, readonly number[]>;
}

const compiled = new Map<string, CompiledSchedule>();
// Bounds on memory: a handful of schedules are in use at once (the user's, around-the-clock
// ones), and a day cache entry is a few numbers; past the bound, start over.
const MAX_COMPILED = 32;
const MAX_CACHED_DAYS = 20_000;

/**
 * The compiled form of a schedule, cached by content rather than by object identity so that a
 * schedule edited in place is never served stale. Throws the first issue as a ScheduleError.
 */
export function compileSchedule(schedule: Schedule): CompiledSchedule {
  const key = JSON.stringify(schedule);
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const { issues, week, holidays } = parseSchedule(schedule);
  const [issue] = issues;
  if (issue !== undefined) throw new ScheduleError(issue);
  const result: CompiledSchedule = {
    formatter: zoneFormatter(schedule.timeZone)!,
    week,
    holidays,
    days: new Map(),
  };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, result);
  return result;
}

const NO_INTERVALS: readonly number[] = [];

/** Monday = 0 … Sunday = 6 for a day number (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The business intervals that start on local day `day`, as flat [open, close, …] instants, sorted
 * and merged, none empty. Conversion can reorder or collapse intervals whose boundaries sit in a
 * DST gap (an open in the gap moves forward past a later boundary), hence the sort and merge.
 */
export function dayIntervals(schedule: CompiledSchedule, day: number): readonly number[] {
  const intervals = schedule.week[weekdayIndex(day)]!;
  if (intervals.length === 0 || schedule.holidays.has(day)) return NO_INTERVALS;
  const cached = schedule.days.get(day);
  if (cached !== undefined) return cached;

  const midnight = day * DAY_MS;
  const instant = (minute: number) =>
    localToInstant(schedule.formatter, midnight + minute * MINUTE_MS).instant;
  const pairs = intervals
    .map(({ open, close }) => [instant(open), instant(close)] as const)
    .filter(([open, close]) => close > open)
    .sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [open, close] of pairs) {
    const last = flat.length - 1;
    if (flat.length > 0 && open <= flat[last]!) {
      flat[last] = Math.max(flat[last]!, close);
    } else {
      flat.push(open, close);
    }
  }

  if (schedule.days.size >= MAX_CACHED_DAYS) schedule.days.clear();
  schedule.days.set(day, flat);
  return flat;
}
