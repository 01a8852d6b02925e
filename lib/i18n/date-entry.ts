import { isCalendarDate } from '../schema';
import { dateFormatter } from './dates';

/**
 * Dates and times as the agent types and reads them in the UI language, not the browser's.
 * A native `<input type="date">` is drawn in the browser's locale: in an en-US browser the French
 * UI showed 1 December as "12/01/2026", which a French reader takes for 12 January. These fields
 * are text in the UI locale's own order (fr and en-GB: day first; en-US: month first), read back
 * in that order, with ISO (`2026-12-01`) always understood, and echoed with the month spelled out
 * so no numeric date is ever left to guess. Values stay ISO (`YYYY-MM-DD`, `HH:MM`,
 * `YYYY-MM-DDTHH:MM`), as the native fields gave them.
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DatePattern {
  /** The order the locale writes a numeric date in. */
  order: DatePart[];
  /** What it writes between the numbers ("/", ".", "-"). */
  separator: string;
  /** Whether its clock is a 12-hour one (en-US: "2:30 PM"). */
  hour12: boolean;
}

const patterns = new Map<string, DatePattern>();
const SAMPLE = new Date(Date.UTC(2026, 10, 23, 14, 30));

/** The numeric date order, separator and clock of a locale (cached). */
export function datePattern(locale: string): DatePattern {
  let p = patterns.get(locale);
  if (p) return p;
  const f = dateFormatter(locale, 'UTC', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const parts = f?.formatToParts(SAMPLE) ?? [];
  const order = parts
    .map((x) => x.type)
    .filter((x): x is DatePart => x === 'day' || x === 'month' || x === 'year');
  const separator = parts.find((x) => x.type === 'literal')?.value.trim() || '/';
  const hourCycle = dateFormatter(locale, 'UTC', { hour: 'numeric' })?.resolvedOptions().hourCycle;
  p = {
    order: order.length === 3 ? order : ['day', 'month', 'year'],
    separator,
    hour12: hourCycle === 'h11' || hourCycle === 'h12',
  };
  patterns.set(locale, p);
  return p;
}

/** "dd/mm/yyyy", "jj/mm/aaaa", "mm/dd/yyyy": the shape to type, with the language's letters. */
export function datePlaceholder(locale: string, letters: Record<DatePart, string>): string {
  const { order, separator } = datePattern(locale);
  return order.map((part) => letters[part]).join(separator);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO date written for typing in a locale: "01/12/2026" (fr), "12/01/2026" (en-US). */
export function formatDateEntry(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const byPart: Record<DatePart, string> = { year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' };
  const { order, separator } = datePattern(locale);
  return order.map((part) => byPart[part]).join(separator);
}

/**
 * A typed date back to ISO, or null: ISO `2026-12-01` always, else three numbers in the
 * locale's order with any separator ("1/12/2026", "01.12.26", "1 12 2026"); a two-digit year is
 * in this century. Only real dates: "31/02/2026" is null.
 */
export function parseDateEntry(text: string, locale: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number;
  let mo: number;
  let d: number;
  if (iso) {
    y = Number(iso[1]);
    mo = Number(iso[2]);
    d = Number(iso[3]);
  } else {
    const numbers = t.split(/[\s./\-,]+/).filter(Boolean);
    if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
    const { order } = datePattern(locale);
    const value = (part: DatePart) => numbers[order.indexOf(part)] ?? '';
    const year = value('year');
    if (year.length !== 2 && year.length !== 4) return null;
    if (value('day').length > 2 || value('month').length > 2) return null;
    y = year.length === 2 ? 2000 + Number(year) : Number(year);
    mo = Number(value('month'));
    d = Number(value('day'));
  }
  const out = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return isCalendarDate(out) ? out : null;
}

/** A `HH:MM` time for typing: "14:30", or "2:30 PM" where the locale's clock has 12 hours. */
export function formatTimeEntry(hhmm: string, locale: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  if (!datePattern(locale).hour12) return hhmm;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * A typed time back to `HH:MM`, or null: "14:30", "9:05", "14h30" and "14 h" (French),
 * "14.30", "1430", and a 12-hour "2:30 pm", "2 PM", "12:15 a.m.". Midnight is "00:00";
 * "24:00" is refused (a day has no such minute).
 */
export function parseTimeEntry(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})(?:\s?[:.h]\s?(\d{2})?|(\d{2}))?\s?(a\.?\s?m\.?|p\.?\s?m\.?|a|p)?$/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? m[3] ?? '0');
  const meridiem = m[4]?.[0];
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** A `YYYY-MM-DDTHH:MM` value for typing: "01/12/2026 14:30". */
export function formatDateTimeEntry(value: string, locale: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!m?.[1] || !m[2]) return value;
  return `${formatDateEntry(m[1], locale)} ${formatTimeEntry(m[2], locale)}`;
}

/**
 * A typed date and time back to `YYYY-MM-DDTHH:MM`, or null: ISO (`2026-12-01T14:30`, or with
 * a space), or the locale's date then the time ("1/12/2026 14:30", "12/1/2026, 2:30 PM").
 */
export function parseDateTimeEntry(text: string, locale: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T\s]+(.+)$/.exec(t);
  const local = /^(\d{1,4}[\s./-]+\d{1,2}[\s./-]+\d{1,4})[\s,]+(.+)$/.exec(t);
  const m = iso ?? local;
  if (!m?.[1] || !m[2]) return null;
  const date = parseDateEntry(m[1], locale);
  const time = parseTimeEntry(m[2]);
  return date && time ? `${date}T${time}` : null;
}

/** An ISO date with the month spelled out: "mardi 1 décembre 2026", "Tuesday, December 1, 2026". */
export function spelledDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isCalendarDate(iso)) return '';
  const f = dateFormatter(locale, 'UTC', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return f?.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) ?? '';
}

/** A `YYYY-MM-DDTHH:MM` value spelled out: "mardi 1 décembre 2026, 14:30". */
export function spelledDateTime(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return '';
  const date = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(date) || !isCalendarDate(value.slice(0, 10))) return '';
  const f = dateFormatter(locale, 'UTC', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return f?.format(new Date(date)) ?? '';
}
