/**
 * Local wall-clock time in an IANA zone, with `Intl.DateTimeFormat` only (no Temporal, no date
 * library: Temporal is not native in Node 20 and its polyfill is too heavy for content scripts).
 *
 * Vocabulary: an *instant* is epoch milliseconds; a *local* time is the wall-clock reading expressed
 * as if it were UTC epoch milliseconds (so `local - instant` is the zone offset); a *day* is a local
 * calendar date as a count of days since 1970-01-01.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock formatter for a zone, or undefined when Intl does not know the zone. Cached because
 * building an `Intl.DateTimeFormat` costs far more than formatting with one.
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        // h23: some engines render midnight as "24" with hour12: false.
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Epoch milliseconds of a proleptic Gregorian date at 00:00 UTC (no two-digit-year quirk). */
function utcMidnight(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/** Zone offset (local minus UTC) in milliseconds at instant `t`. */
function offsetAt(formatter: Intl.DateTimeFormat, t: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter.formatToParts(t)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  const local = utcMidnight(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000;
  // The parts have no milliseconds: compare with t truncated to its second.
  return local - Math.floor(t / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time, with Temporal's 'compatible' disambiguation: in a gap
 * (spring forward) the time moves forward by the gap; in an overlap (fall back) the earlier offset
 * wins. Like Temporal, it assumes at most one offset change within a day either side. `inGap`
 * tells the options page that the wall-clock time does not exist on that date.
 */
export function localToInstant(
  formatter: Intl.DateTimeFormat,
  local: number,
): { instant: number; inGap: boolean } {
  const before = offsetAt(formatter, local - DAY_MS);
  const after = offsetAt(formatter, local + DAY_MS);
  if (before === after) return { instant: local - before, inGap: false };
  // Reading the time with the offset in force before the change: valid if that instant is still
  // before the change. In an overlap both readings are valid and this one is the earlier instant.
  const withBefore = local - before;
  if (offsetAt(formatter, withBefore) === before) return { instant: withBefore, inGap: false };
  const withAfter = local - after;
  if (offsetAt(formatter, withAfter) === after) return { instant: withAfter, inGap: false };
  // Neither reading exists: a gap. The pre-change offset yields the instant shifted by the gap.
  return { instant: withBefore, inGap: true };
}

/** The local calendar day (days since 1970-01-01) of instant `t`. */
export function localDay(formatter: Intl.DateTimeFormat, t: number): number {
  return Math.floor((t + offsetAt(formatter, t)) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` string naming a real calendar date, otherwise undefined. */
export function isoDateToDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const ms = utcMidnight(Number(match[1]), Number(match[2]), Number(match[3]));
  const day = ms / DAY_MS;
  // Date rolls 2026-02-30 over to March: a date that does not read back the same is not real.
  return dayToIsoDate(day) === text ? day : undefined;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * ISO 8601 with the zone's offset at that instant, seconds included, no fractional seconds:
 * `2026-06-16T13:00:00-04:00`, `+00:00` for a zero offset. Like Temporal, an offset with seconds
 * (local mean time before 1900 or so) is rounded to the minute in the suffix.
 */
export function formatLocalIso(formatter: Intl.DateTimeFormat, t: number): string {
  const offset = offsetAt(formatter, t);
  const wallClock = new Date(Math.floor(t / 1000) * 1000 + offset).toISOString().slice(0, -5);
  const offsetMinutes = Math.round(offset / MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wallClock}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
