/**
 * Reads holidays from an iCalendar file (RFC 5545) a user exports from Outlook, Google Calendar or
 * a public holiday feed: each VEVENT becomes the local dates it covers. Supported: DTSTART as a date
 * (VALUE=DATE), a floating or TZID date-time (its date as written) or a UTC date-time (its date in
 * `timeZone`); DTEND (exclusive) or DURATION for multi-day events; RRULE FREQ=YEARLY with INTERVAL,
 * COUNT and UNTIL. Anything else is skipped with a reason, never guessed. Pure: no clock, no DOM.
 */

export type IcsErrorCode = 'empty' | 'too-large' | 'not-calendar' | 'no-events';
export type IcsSkipReason =
  | 'no-start'
  | 'bad-date'
  | 'too-long'
  | 'unsupported-rule'
  | 'out-of-range';

export interface IcsEvent {
  summary: string;
  dates: string[];
}

export type IcsResult =
  | {
      ok: true;
      /** Every date found within the range, sorted, unique. */
      dates: string[];
      events: IcsEvent[];
      skipped: { summary: string; reason: IcsSkipReason }[];
    }
  | { ok: false; error: IcsErrorCode };

export interface IcsOptions {
  /** Zone used to place UTC date-times (`…Z`) on a date: the schedule's zone. */
  timeZone: string;
  /** Years kept (inclusive); recurring events are expanded over them. */
  fromYear: number;
  toYear: number;
}

/** 2 MB: a year of holidays is a few kilobytes; anything larger is not what the user meant. */
export const ICS_MAX_CHARS = 2 * 1024 * 1024;
/** An event longer than this is a vacation or a mistake, not a public holiday. */
const MAX_EVENT_DAYS = 31;
const MAX_EVENTS = 5000;
const DAY_MS = 86_400_000;

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds continuation lines (a line starting with a space or tab continues the previous one). */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += raw.slice(1);
    } else {
      lines.push(raw);
    }
  }
  return lines;
}

function parseProperty(line: string): Property | null {
  // The value starts after the first colon that is not inside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const [name = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

const unescapeText = (v: string) =>
  v
    .replace(/\\([nN])/g, ' ')
    .replace(/\\([,;\\])/g, '$1')
    .trim()
    .slice(0, 200);

/** Days since 1970-01-01 of a valid calendar date, or undefined. */
function dayNumber(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return undefined;
  }
  return Math.round(t / DAY_MS);
}

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A DATE or DATE-TIME value → { day, midnight } (midnight: the time is 00:00 or absent). */
function parseWhen(
  prop: Property,
  timeZone: string,
): { day: number; midnight: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(prop.value.trim());
  if (!m) return undefined;
  const [, ys, ms, ds, hh, mm, ss, z] = m;
  let day = dayNumber(Number(ys), Number(ms), Number(ds));
  if (day === undefined) return undefined;
  if (hh === undefined) return { day, midnight: true };
  const h = Number(hh);
  const min = Number(mm);
  if (h > 23 || min > 59) return undefined;
  if (z) {
    // A UTC instant: its date where the schedule lives.
    const instant = day * DAY_MS + (h * 60 + min) * 60_000 + Number(ss ?? 0) * 1000;
    let parts: Intl.DateTimeFormatPart[];
    try {
      parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(new Date(instant));
    } catch {
      return undefined;
    }
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    day = dayNumber(get('year'), get('month'), get('day'));
    if (day === undefined) return undefined;
    return { day, midnight: get('hour') === 0 && get('minute') === 0 };
  }
  return { day, midnight: h === 0 && min === 0 };
}

/** "P1D", "P2W", "PT24H" → whole days (rounded up), or undefined. */
function durationDays(value: string): number | undefined {
  const m = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
    value.trim(),
  );
  if (!m || value.trim() === 'P') return undefined;
  const [, w, d, h, mi, s] = m.map((x) => Number(x ?? 0));
  const minutes = ((w ?? 0) * 7 + (d ?? 0)) * 1440 + (h ?? 0) * 60 + (mi ?? 0) + (s ?? 0) / 60;
  return Math.max(1, Math.ceil(minutes / 1440));
}

interface Rule {
  interval: number;
  count: number | null;
  untilDay: number | null;
}

/** Only plain yearly rules (same month and day every N years); anything else is refused. */
function parseRule(value: string, timeZone: string): Rule | 'unsupported' {
  const parts = Object.fromEntries(
    value
      .split(';')
      .map((p) => p.split('='))
      .map(([k, v]) => [(k ?? '').toUpperCase(), v ?? '']),
  );
  if (parts.FREQ !== 'YEARLY') return 'unsupported';
  const allowed = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYMONTH', 'BYMONTHDAY']);
  if (Object.keys(parts).some((k) => !allowed.has(k))) return 'unsupported';
  const interval = parts.INTERVAL ? Number(parts.INTERVAL) : 1;
  const count = parts.COUNT ? Number(parts.COUNT) : null;
  if (!Number.isInteger(interval) || interval < 1) return 'unsupported';
  if (count !== null && (!Number.isInteger(count) || count < 1)) return 'unsupported';
  let untilDay: number | null = null;
  if (parts.UNTIL) {
    const until = parseWhen({ name: 'UNTIL', params: {}, value: parts.UNTIL }, timeZone);
    if (!until) return 'unsupported';
    untilDay = until.day;
  }
  return { interval, count, untilDay };
}

export function parseIcsHolidays(text: string, options: IcsOptions): IcsResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > ICS_MAX_CHARS) return { ok: false, error: 'too-large' };
  const lines = unfold(text);
  if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    return { ok: false, error: 'not-calendar' };
  }

  const events: IcsEvent[] = [];
  const skipped: { summary: string; reason: IcsSkipReason }[] = [];
  let current: Property[] | null = null;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      current = [];
      continue;
    }
    if (upper === 'END:VEVENT') {
      if (current && events.length + skipped.length < MAX_EVENTS) {
        const result = readEvent(current, options);
        if ('reason' in result) skipped.push(result);
        else events.push(result);
      }
      current = null;
      continue;
    }
    if (current) {
      const prop = parseProperty(line);
      if (prop) current.push(prop);
    }
  }
  if (events.length === 0 && skipped.length === 0) return { ok: false, error: 'no-events' };
  const dates = [...new Set(events.flatMap((e) => e.dates))].sort();
  return { ok: true, dates, events, skipped };
}

function readEvent(
  props: Property[],
  { timeZone, fromYear, toYear }: IcsOptions,
): IcsEvent | { summary: string; reason: IcsSkipReason } {
  const get = (name: string) => props.find((p) => p.name === name);
  const summary = unescapeText(get('SUMMARY')?.value ?? '');
  const startProp = get('DTSTART');
  if (!startProp) return { summary, reason: 'no-start' };
  const start = parseWhen(startProp, timeZone);
  if (!start) return { summary, reason: 'bad-date' };

  // Length in days: DTEND is exclusive for dates, and for a date-time ending at midnight.
  let span = 1;
  const endProp = get('DTEND');
  const durationProp = get('DURATION');
  if (endProp) {
    const end = parseWhen(endProp, timeZone);
    if (!end || end.day < start.day) return { summary, reason: 'bad-date' };
    span = Math.max(1, end.day - start.day + (end.midnight ? 0 : 1));
  } else if (durationProp) {
    const days = durationDays(durationProp.value);
    if (days === undefined) return { summary, reason: 'bad-date' };
    span = days;
  }
  if (span > MAX_EVENT_DAYS) return { summary, reason: 'too-long' };

  const firstDays: number[] = [start.day];
  const ruleProp = get('RRULE');
  if (ruleProp) {
    const rule = parseRule(ruleProp.value, timeZone);
    if (rule === 'unsupported') return { summary, reason: 'unsupported-rule' };
    const startDate = new Date(start.day * DAY_MS);
    const [y0, m0, d0] = [
      startDate.getUTCFullYear(),
      startDate.getUTCMonth() + 1,
      startDate.getUTCDate(),
    ];
    firstDays.length = 0;
    let n = 0;
    for (let y = y0; y <= toYear; y += rule.interval) {
      // 29 February recurs only in leap years (RFC 5545: invalid dates are skipped).
      const day = dayNumber(y, m0, d0);
      if (day === undefined) continue;
      n++;
      if (rule.count !== null && n > rule.count) break;
      if (rule.untilDay !== null && day > rule.untilDay) break;
      firstDays.push(day);
    }
  }

  const dates: string[] = [];
  for (const first of firstDays) {
    for (let i = 0; i < span; i++) {
      const iso = isoOf(first + i);
      const year = Number(iso.slice(0, 4));
      if (year >= fromYear && year <= toYear) dates.push(iso);
    }
  }
  if (dates.length === 0) return { summary, reason: 'out-of-range' };
  return { summary, dates: [...new Set(dates)].sort() };
}
