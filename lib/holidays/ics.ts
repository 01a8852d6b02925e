import ICAL from 'ical.js';

/**
 * Reads holidays from an iCalendar file (RFC 5545) a user exports from Outlook, Google Calendar or
 * a public holiday feed: each VEVENT becomes the local dates it covers. The calendar is read by
 * ical.js, Mozilla's parser (the one Thunderbird uses), so what RFC 5545 allows is read as it
 * means: every RRULE (BYDAY such as "fourth Thursday of November", BYMONTH, BYSETPOS, COUNT,
 * UNTIL), EXDATE and RDATE, VTIMEZONE and folded lines. Dates: DTSTART as a date (VALUE=DATE)
 * or a floating or TZID date-time is its date as written; a UTC date-time (`…Z`) is its date in
 * `timeZone`. DTEND (exclusive) or DURATION makes a multi-day event. A moved occurrence
 * (RECURRENCE-ID) replaces the one it moves. What is not a holiday is skipped with a reason,
 * never guessed: longer than a month, or repeating more often than 31 days a year (that is
 * business hours, not holidays). Pure: no clock, no DOM. Loaded by the options page only, when
 * a file is chosen.
 */

export type IcsErrorCode = 'empty' | 'too-large' | 'not-calendar' | 'no-events';
export type IcsSkipReason =
  | 'no-start'
  | 'bad-date'
  | 'too-long'
  | 'unsupported-rule'
  | 'too-frequent'
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
/** More days a year than this from one event is a weekly closing, not a holiday. */
const MAX_DAYS_PER_YEAR = 31;
const MAX_EVENTS = 5000;
const DAY_MS = 86_400_000;
/** Rules finer than a day cannot describe holidays, and would expand without end. */
const SUB_DAILY = new Set(['HOURLY', 'MINUTELY', 'SECONDLY']);

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

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

const zoneParts = new Map<string, Intl.DateTimeFormat | null>();

/** A time → { day, midnight }: a UTC one on its date in `timeZone`, any other as written. */
function dayOf(time: Time, timeZone: string): { day: number; midnight: boolean } | undefined {
  if (time.isDate) {
    const day = dayNumber(time.year, time.month, time.day);
    return day === undefined ? undefined : { day, midnight: true };
  }
  if (time.zone?.tzid === 'UTC') {
    let f = zoneParts.get(timeZone);
    if (f === undefined) {
      try {
        f = new Intl.DateTimeFormat('en-US', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
      } catch {
        f = null;
      }
      zoneParts.set(timeZone, f);
    }
    if (!f) return undefined;
    const instant = Date.UTC(
      time.year,
      time.month - 1,
      time.day,
      time.hour,
      time.minute,
      time.second,
    );
    const parts = f.formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const day = dayNumber(get('year'), get('month'), get('day'));
    return day === undefined
      ? undefined
      : { day, midnight: get('hour') === 0 && get('minute') === 0 };
  }
  const day = dayNumber(time.year, time.month, time.day);
  if (day === undefined) return undefined;
  return { day, midnight: time.hour === 0 && time.minute === 0 };
}

interface RuleParts {
  freq?: string;
  parts?: Record<string, unknown>;
}

/**
 * Whether an occurrence of a plain yearly or monthly rule (no BY… part) falls on its start's own
 * day. RFC 5545 says a rule that meets a date that does not exist (29 February in 2027, 31 April)
 * skips it; ical.js moves it to the next day instead, which would make 1 March a holiday three
 * years in four.
 */
function keepsDay(first: Time, at: Time, rule: RuleParts | null): boolean {
  const plain = !rule?.parts || Object.keys(rule.parts).length === 0;
  if (!plain || (rule?.freq !== 'YEARLY' && rule?.freq !== 'MONTHLY')) return true;
  if (at.day !== first.day) return false;
  return rule.freq !== 'YEARLY' || at.month === first.month;
}

/** Whether a DTSTART or DTEND (if any) names a real date, as the file writes it. */
function writtenDateIsReal(component: Component, name: string): boolean {
  const prop = component.getFirstProperty(name);
  if (!prop) return true;
  const raw = (prop.toJSON() as unknown[])[3];
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  return !!m && dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/** The days an occurrence covers: DTEND is exclusive for dates and for a date-time at midnight. */
function span(start: { day: number }, end: { day: number; midnight: boolean } | undefined): number {
  if (!end || end.day < start.day) return 1;
  return Math.max(1, end.day - start.day + (end.midnight ? 0 : 1));
}

const text = (v: unknown) =>
  (typeof v === 'string' ? v : '').replace(/\s+/g, ' ').trim().slice(0, 200);

/** A calendar read by ical.js, or the reason it is none. */
function readCalendar(input: string): Component | IcsErrorCode {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    return 'not-calendar';
  }
  // Several calendars in one file come back as a list; each is read.
  const list = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[];
  const roots = (Array.isArray(list) ? list : [])
    .map((j) => new ICAL.Component(j as never))
    .filter((c) => c.name === 'vcalendar');
  if (roots.length === 0) return 'not-calendar';
  if (roots.length === 1) return roots[0] as Component;
  const all = new ICAL.Component('vcalendar');
  for (const root of roots)
    for (const ev of root.getAllSubcomponents('vevent')) all.addSubcomponent(ev);
  return all;
}

export function parseIcsHolidays(input: string, options: IcsOptions): IcsResult {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, error: 'empty' };
  if (input.length > ICS_MAX_CHARS) return { ok: false, error: 'too-large' };
  if (!/^\s*BEGIN:VCALENDAR\s*$/im.test(input)) return { ok: false, error: 'not-calendar' };
  const calendar = readCalendar(input);
  if (typeof calendar === 'string') return { ok: false, error: calendar };

  const vevents = calendar.getAllSubcomponents('vevent').slice(0, MAX_EVENTS);
  // Moved occurrences (RECURRENCE-ID) belong to their series, not to the list of events.
  const masters = new Map<string, InstanceType<typeof ICAL.Event>>();
  const exceptions: InstanceType<typeof ICAL.Event>[] = [];
  const events: IcsEvent[] = [];
  const skipped: { summary: string; reason: IcsSkipReason }[] = [];
  const readable: InstanceType<typeof ICAL.Event>[] = [];
  for (const vevent of vevents) {
    let event: InstanceType<typeof ICAL.Event>;
    try {
      event = new ICAL.Event(vevent);
    } catch {
      skipped.push({ summary: text(vevent.getFirstPropertyValue('summary')), reason: 'bad-date' });
      continue;
    }
    if (event.isRecurrenceException()) exceptions.push(event);
    else {
      readable.push(event);
      if (event.uid) masters.set(event.uid, event);
    }
  }
  for (const ex of exceptions) {
    const master = masters.get(ex.uid);
    if (master) master.relateException(ex);
    else readable.push(ex);
  }
  for (const event of readable) {
    const result = readEvent(event, options);
    if ('reason' in result) skipped.push(result);
    else events.push(result);
  }
  if (events.length === 0 && skipped.length === 0) return { ok: false, error: 'no-events' };
  const dates = [...new Set(events.flatMap((e) => e.dates))].sort();
  return { ok: true, dates, events, skipped };
}

function readEvent(
  event: InstanceType<typeof ICAL.Event>,
  { timeZone, fromYear, toYear }: IcsOptions,
): IcsEvent | { summary: string; reason: IcsSkipReason } {
  const summary = text(event.summary);
  const component = event.component;
  if (!component.hasProperty('dtstart')) return { summary, reason: 'no-start' };
  // ical.js rolls an impossible date over (13/40 becomes 9 February next year): read as written.
  if (!['dtstart', 'dtend'].every((name) => writtenDateIsReal(component, name))) {
    return { summary, reason: 'bad-date' };
  }
  let first: Time;
  try {
    first = event.startDate;
  } catch {
    return { summary, reason: 'bad-date' };
  }
  const start = first ? dayOf(first, timeZone) : undefined;
  if (!start) return { summary, reason: 'bad-date' };
  let firstEnd: ReturnType<typeof dayOf>;
  try {
    firstEnd =
      component.hasProperty('dtend') || component.hasProperty('duration')
        ? dayOf(event.endDate, timeZone)
        : undefined;
  } catch {
    return { summary, reason: 'bad-date' };
  }
  if (
    (component.hasProperty('dtend') || component.hasProperty('duration')) &&
    (!firstEnd || firstEnd.day < start.day)
  ) {
    return { summary, reason: 'bad-date' };
  }
  if (span(start, firstEnd) > MAX_EVENT_DAYS) return { summary, reason: 'too-long' };

  const occurrences: { day: number; days: number }[] = [];
  if (!event.isRecurring()) {
    occurrences.push({ day: start.day, days: span(start, firstEnd) });
  } else {
    const rule = component.getFirstPropertyValue('rrule') as RuleParts | null;
    if (rule?.freq && SUB_DAILY.has(rule.freq)) return { summary, reason: 'unsupported-rule' };
    const years = toYear - fromYear + 1;
    const limit = MAX_DAYS_PER_YEAR * years;
    let kept = 0;
    try {
      const it = event.iterator();
      for (let n = 0; n < 20_000; n++) {
        const next = it.next();
        if (!next) break;
        const details = event.getOccurrenceDetails(next);
        const s = dayOf(details.startDate, timeZone);
        if (!s) continue;
        if (!keepsDay(first, next, rule)) continue;
        if (Number(isoOf(s.day).slice(0, 4)) > toYear) break;
        const e =
          component.hasProperty('dtend') ||
          component.hasProperty('duration') ||
          details.item !== event
            ? dayOf(details.endDate, timeZone)
            : undefined;
        occurrences.push({ day: s.day, days: span(s, e) });
        if (Number(isoOf(s.day).slice(0, 4)) >= fromYear && ++kept > limit) {
          return { summary, reason: 'too-frequent' };
        }
      }
    } catch {
      return { summary, reason: 'unsupported-rule' };
    }
  }

  const dates: string[] = [];
  for (const o of occurrences) {
    for (let i = 0; i < Math.min(o.days, MAX_EVENT_DAYS); i++) {
      const iso = isoOf(o.day + i);
      const year = Number(iso.slice(0, 4));
      if (year >= fromYear && year <= toYear) dates.push(iso);
    }
  }
  if (dates.length === 0) return { summary, reason: 'out-of-range' };
  return { summary, dates: [...new Set(dates)].sort() };
}
