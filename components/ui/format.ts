import type { MessageKey, Translate } from '../../lib/i18n';
import { isMessageKey } from '../../lib/i18n';
import { dateFormatter, formatInstant } from '../../lib/i18n/dates';
import { daysBetween } from '../../lib/lifecycle/calendar-date';
import { packDay } from '../../lib/rules/packs';
import { isCalendarDate } from '../../lib/schema';
import { formatInZone } from '../../lib/sla/business-time';
import { localToInstant, zoneFormatter } from '../../lib/sla/local-time';

/**
 * Formatting for the pages: every date in the UI language's locale and an explicit zone (the
 * schedule's), so what the agent reads matches the time zone the deadline was computed in.
 */

const formatter = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  dateFormatter(locale, timeZone, options) as Intl.DateTimeFormat;

/** "Mon 23 Nov, 14:30 CET". */
export function formatDateTime(
  at: string | Date | number,
  locale: string,
  timeZone: string,
): string {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return '—';
  return formatInstant(date, locale, timeZone);
}

/** A calendar date `YYYY-MM-DD` as "23 Nov 2026" (no zone shift: it is a date, not an instant). */
export function formatCalendarDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  // Not a real date (2026-02-31 would roll over to March): shown as written.
  if (!m || !isCalendarDate(iso)) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** Today's calendar date in a zone. */
export function todayIn(timeZone: string, now: number): string {
  return packDay(new Date(now), timeZone);
}

/**
 * Whole days from `from` to `to` (calendar dates), or null when either is not a real date: a
 * stored `2026-02-31` must never reach the screen as "NaN days".
 */
export function daysBetweenDates(from: string, to: string): number | null {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return null;
  return daysBetween(from, to);
}

/** "2 d 4 h", "3 h 05 min", "12 min" — the magnitude of a duration, in the UI language. */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return t('app.duration.days', { d, h });
  if (h > 0) return t('app.duration.hours', { h, m: String(m).padStart(2, '0') });
  return t('app.duration.minutes', { m });
}

/** An instant as the value of `<input type="datetime-local">` in a zone: "2026-11-21T09:30". */
export function toDateTimeLocal(at: Date, timeZone: string): string {
  try {
    return formatInZone(at, timeZone).slice(0, 16);
  } catch {
    return at.toISOString().slice(0, 16);
  }
}

/** The instant of a `datetime-local` value read in a zone (a time in a DST gap moves forward). */
export function fromDateTimeLocal(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  const f = zoneFormatter(timeZone);
  if (!m || !f) return null;
  const local = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(local)) return null;
  return new Date(localToInstant(f, local).instant);
}

/**
 * The message for a refused request: `app.error.<code>` (our pages' wording), then the shared
 * `error.<code>`, then the generic message with the technical detail.
 */
export function errorMessage(t: Translate, error: unknown): string {
  const code =
    typeof error === 'object' && error && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  const detail =
    error instanceof Error
      ? error.message
      : String((error as { detail?: string })?.detail ?? error);
  for (const key of [`app.error.${code}`, `error.${code}`]) {
    if (code && isMessageKey(key)) return t(key as MessageKey, { detail });
  }
  return t('error.generic', { detail });
}
