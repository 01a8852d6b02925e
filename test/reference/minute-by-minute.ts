import type { Schedule, Weekday } from '../../lib/sla/business-time';

/**
 * A deliberately naive business-time calculator, written without the engine's code: it steps one
 * minute at a time and asks Intl for the wall-clock reading of each minute. It is the oracle of the
 * property tests and the baseline of bench/sla.bench.ts.
 *
 * Membership is by wall clock: a minute is business time when its local reading falls in an
 * interval of its date, or in the spill of an overnight shift started the day before. That agrees
 * with the engine's instant intervals whenever no boundary sits in a DST gap or overlap (the
 * engine then moves the boundary by Temporal's rules); callers keep boundaries clear of those.
 * It also assumes whole-minute offsets and a start on a whole minute.
 */

const MINUTE_MS = 60_000;
// Weekday names in Date#getUTCDay order (Sunday first).
const WEEKDAYS_FROM_SUNDAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(t: number, timeZone: string): { date: string; minuteOfDay: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(t)) part[type] = value;
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    minuteOfDay: Number(part.hour) * 60 + Number(part.minute),
  };
}

function toMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
}

function weekdayOf(date: string): Weekday {
  return WEEKDAYS_FROM_SUNDAY[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function intervalsStartingOn(date: string, schedule: Schedule): [number, number][] {
  if (schedule.holidays.includes(date)) return [];
  const pairs = schedule.weekly[weekdayOf(date)] ?? [];
  return pairs.map(([open, close]) => [toMinutes(open), toMinutes(close)]);
}

/** Whether the minute starting at instant t is business time. */
export function isBusinessMinute(t: number, schedule: Schedule): boolean {
  const { date, minuteOfDay } = wallClock(t, schedule.timeZone);
  for (const [open, close] of intervalsStartingOn(date, schedule)) {
    if (open < close && minuteOfDay >= open && minuteOfDay < close) return true;
    if (close < open && minuteOfDay >= open) return true;
  }
  for (const [open, close] of intervalsStartingOn(dayBefore(date), schedule)) {
    if (close < open && minuteOfDay < close) return true;
  }
  return false;
}

/**
 * `start` plus `minutes` business minutes, counted one minute at a time; undefined when that is
 * not reached within `maxMinutes` minutes of the start (so the reference cannot hang either).
 */
export function addBusinessMinutesByMinute(
  start: Date,
  minutes: number,
  schedule: Schedule,
  maxMinutes = 3 * 366 * 1440,
): Date | undefined {
  const end = start.getTime() + maxMinutes * MINUTE_MS;
  let t = start.getTime();
  // Zero duration: the first business minute at or after the start.
  while (!isBusinessMinute(t, schedule)) {
    t += MINUTE_MS;
    if (t >= end) return undefined;
  }
  let remaining = minutes;
  while (remaining > 0) {
    if (isBusinessMinute(t, schedule)) remaining--;
    t += MINUTE_MS;
    if (remaining > 0 && t >= end) return undefined;
  }
  return new Date(t);
}
