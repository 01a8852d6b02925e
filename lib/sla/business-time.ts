import {
  DAY_MS,
  dayToIsoDate,
  formatLocalIso,
  localDay,
  localToInstant,
  MINUTE_MS,
  zoneFormatter,
} from './local-time';
import {
  type CompiledSchedule,
  compileSchedule,
  dayIntervals,
  type Schedule,
  ScheduleError,
  WEEKDAYS,
  type Weekday,
  weekdayIndex,
} from './schedule';

/**
 * The business-time engine: deadlines counted in real elapsed time inside business intervals.
 * Conventions (binding, from test/fixtures/reference/sla-cases.json and domain.md §3):
 * - business time is the union of the intervals [open, close) of every non-holiday day, each
 *   boundary converted from local wall-clock time with Temporal's 'compatible' disambiguation;
 * - a deadline is the earliest instant at which the business time elapsed since the start equals
 *   the duration, so it may be a closing instant (17:00, not the next day's 09:00);
 * - results depend only on the schedule's zone, never on the machine's.
 * The engine walks day by day over cached per-day intervals, never minute by minute.
 */

export {
  SCHEDULE_ERROR_CODES,
  type Schedule,
  ScheduleError,
  type ScheduleErrorCode,
  type ScheduleIssue,
  validateSchedule,
  WEEKDAYS,
  type Weekday,
} from './schedule';

/**
 * A search that meets no business day for this long gives up with 'empty-week': holidays can
 * empty a valid week, and the engine must never loop forever.
 */
const MAX_IDLE_DAYS = 3 * 366;
/**
 * Longest accepted durations: ten years of around-the-clock time, ten years of business days. No
 * SLA is that long, and the bound keeps every call finite and far inside the range of Date.
 */
export const MAX_DURATION_MINUTES = 3660 * 1440;
export const MAX_BUSINESS_DAYS = 3660;

/** Every day, all day, in the given zone: real elapsed time. */
export function AROUND_THE_CLOCK(timeZone: string): Schedule {
  const allDay: [string, string][] = [['00:00', '24:00']];
  return {
    timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, allDay])),
    holidays: [],
  };
}

function checkCount(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ScheduleError({
      code: 'invalid-duration',
      detail: `${what} must be a whole number from 0 to ${max}, got ${value}`,
    });
  }
}

function instantOf(date: Date): number {
  const t = date.getTime();
  // An invalid Date is a caller bug, not a schedule problem: a plain RangeError, like toISOString.
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

/**
 * The first local day whose intervals may contain instant t. Local dates are at most one day
 * behind UTC dates (offsets ≥ -12 h) and an overnight shift reaches into the next day; one more
 * day of margin covers intervals pushed forward by a DST gap.
 */
function firstCandidateDay(t: number): number {
  return Math.floor(t / DAY_MS) - 3;
}

function noBusinessDay(from: number): ScheduleError {
  return new ScheduleError({
    code: 'empty-week',
    detail: `no business hours in the ${MAX_IDLE_DAYS} days after ${new Date(from).toISOString()} (holidays?)`,
  });
}

/** Where a walk stopped: an instant, and the local day its business interval starts on. */
interface Position {
  at: number;
  day: number;
}

/**
 * Walks forward from instant `from` until `ms` milliseconds of business time have elapsed. With
 * ms = 0 that is the first business instant at or after `from`. The cursor (end of what has been
 * counted) makes the walk count the union of intervals even where DST makes two of them overlap.
 */
function advance(schedule: CompiledSchedule, from: number, ms: number): Position {
  let cursor = from;
  let remaining = ms;
  let lastBusinessDay = firstCandidateDay(from);
  for (let day = lastBusinessDay; ; day++) {
    const intervals = dayIntervals(schedule, day);
    if (intervals.length === 0) {
      if (day - lastBusinessDay > MAX_IDLE_DAYS) throw noBusinessDay(from);
      continue;
    }
    lastBusinessDay = day;
    for (let i = 0; i < intervals.length; i += 2) {
      const close = intervals[i + 1]!;
      if (close <= cursor) continue;
      const start = Math.max(intervals[i]!, cursor);
      // `>=`: a deadline reached exactly at a close is that close.
      if (close - start >= remaining) return { at: start + remaining, day };
      remaining -= close - start;
      cursor = close;
    }
  }
}

/**
 * `start` plus `minutes` of business time. Starting outside business time, counting begins at the
 * next opening; a zero duration is due at once inside business time, at the next opening outside.
 */
export function addBusinessMinutes(start: Date, minutes: number, schedule: Schedule): Date {
  checkCount(minutes, MAX_DURATION_MINUTES, 'minutes');
  return new Date(advance(compileSchedule(schedule), instantOf(start), minutes * MINUTE_MS).at);
}

/**
 * The first instant at or after `at` that is business time: `at` itself when it is inside
 * business time. A closing instant is outside ([open, close)), so 17:00 gives the next opening.
 */
export function nextOpening(at: Date, schedule: Schedule): Date {
  return new Date(advance(compileSchedule(schedule), instantOf(at), 0).at);
}

/** Whether `at` lies in a business interval, open at its opening and closed at its closing. */
export function isBusinessTime(at: Date, schedule: Schedule): boolean {
  const compiled = compileSchedule(schedule);
  const t = instantOf(at);
  // Intervals starting after the next UTC day open after t (offsets ≤ +14 h).
  const lastDay = Math.floor(t / DAY_MS) + 1;
  for (let day = firstCandidateDay(t); day <= lastDay; day++) {
    const intervals = dayIntervals(compiled, day);
    for (let i = 0; i < intervals.length; i += 2) {
      if (intervals[i]! <= t && t < intervals[i + 1]!) return true;
    }
  }
  return false;
}

/**
 * Whether `at` closes business time: outside it, with the millisecond before inside. A deadline
 * for a positive duration is always business time or such an instant.
 */
export function isClosingInstant(at: Date, schedule: Schedule): boolean {
  const t = instantOf(at);
  return !isBusinessTime(at, schedule) && isBusinessTime(new Date(t - 1), schedule);
}

/** ISO 8601 in the zone, e.g. `2026-06-16T13:00:00-04:00` (seconds, no fraction, `+00:00`). */
export function formatInZone(date: Date, timeZone: string): string {
  const formatter = zoneFormatter(timeZone);
  if (formatter === undefined) {
    throw new ScheduleError({
      code: 'unknown-time-zone',
      detail: `unknown time zone ${JSON.stringify(timeZone)}`,
    });
  }
  return formatLocalIso(formatter, instantOf(date));
}

/*
 * Business days. A *business day* is a local date that is not a holiday and on which at least one
 * non-empty interval starts; its intervals are the ones starting on it, so an overnight shift
 * belongs wholly to the date it starts on (a split shift's parts all belong to their date). Its
 * business time is the total length of those intervals, in real time (a night shift on a DST night
 * holds 7 or 9 hours).
 */

function businessLength(intervals: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < intervals.length; i += 2) total += intervals[i + 1]! - intervals[i]!;
  return total;
}

/** Business time of the day elapsed before instant `at`. */
function elapsedBefore(intervals: readonly number[], at: number): number {
  let elapsed = 0;
  for (let i = 0; i < intervals.length; i += 2) {
    elapsed += Math.max(0, Math.min(intervals[i + 1]!, at) - intervals[i]!);
  }
  return elapsed;
}

/** The instant `elapsed` business ms after the day's first opening, clamped to its last close. */
function instantAfter(intervals: readonly number[], elapsed: number): number {
  let remaining = elapsed;
  for (let i = 0; i < intervals.length; i += 2) {
    const length = intervals[i + 1]! - intervals[i]!;
    if (remaining <= length) return intervals[i]! + remaining;
    remaining -= length;
  }
  return intervals[intervals.length - 1]!;
}

function nextBusinessDay(schedule: CompiledSchedule, day: number): number {
  for (let next = day + 1; next <= day + MAX_IDLE_DAYS; next++) {
    if (dayIntervals(schedule, next).length > 0) return next;
  }
  throw noBusinessDay(day * DAY_MS);
}

/**
 * `start` plus `days` business days (domain.md §3, "one business day"): with k the business time
 * already elapsed on the business day in which the clock starts (at the next opening when filed
 * outside business time), the deadline is k of business time after the first opening of the next
 * business day, clamped to that day's last close. N days repeat the step N times and a clamp
 * carries over: from k = 7 h on Monday, a Tuesday of 6 h gives Tuesday's close and then Wednesday
 * at 6 h (the step is taken on the day's position, not on the clamped instant, which is a close
 * and so outside business time). Zero days: `start` inside business time, else the next opening.
 */
export function addBusinessDays(start: Date, days: number, schedule: Schedule): Date {
  checkCount(days, MAX_BUSINESS_DAYS, 'days');
  const compiled = compileSchedule(schedule);
  const clockStart = advance(compiled, instantOf(start), 0);
  if (days === 0) return new Date(clockStart.at);
  let day = clockStart.day;
  let elapsed = elapsedBefore(dayIntervals(compiled, day), clockStart.at);
  for (let n = 0; n < days; n++) {
    day = nextBusinessDay(compiled, day);
    elapsed = Math.min(elapsed, businessLength(dayIntervals(compiled, day)));
  }
  return new Date(instantAfter(dayIntervals(compiled, day), elapsed));
}

/** An interval boundary that does not exist on a date because the clocks spring forward. */
export interface DstGapWarning {
  /** Local date the interval starts on (an overnight close falls on the next date). */
  date: string;
  weekday: Weekday;
  /** Position in `schedule.weekly[weekday]`. */
  index: number;
  boundary: 'open' | 'close';
  /** The boundary as written, "HH:MM". */
  time: string;
  /** The instant the engine uses instead: moved forward by the gap. */
  at: Date;
}

/**
 * Boundaries falling in a DST gap, for the intervals starting on the local dates of `from`
 * through `to` (holidays skipped). The engine accepts them; the options page warns. Ranges
 * longer than MAX_BUSINESS_DAYS days are refused as 'invalid-duration'.
 */
export function dstGapWarnings(schedule: Schedule, from: Date, to: Date): DstGapWarning[] {
  const compiled = compileSchedule(schedule);
  const firstDay = localDay(compiled.formatter, instantOf(from));
  const lastDay = localDay(compiled.formatter, instantOf(to));
  checkCount(Math.max(0, lastDay - firstDay), MAX_BUSINESS_DAYS, 'date range in days');
  const warnings: DstGapWarning[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    if (compiled.holidays.has(day)) continue;
    for (const { weekday, index, open, close } of compiled.week[weekdayIndex(day)]!) {
      const [openText, closeText] = schedule.weekly[weekday]![index]!;
      const boundaries = [
        ['open', openText, open],
        ['close', closeText, close],
      ] as const;
      for (const [boundary, time, minutes] of boundaries) {
        const { instant, inGap } = localToInstant(
          compiled.formatter,
          day * DAY_MS + minutes * MINUTE_MS,
        );
        if (inGap) {
          const date = dayToIsoDate(day);
          warnings.push({ date, weekday, index, boundary, time, at: new Date(instant) });
        }
      }
    }
  }
  return warnings;
}
