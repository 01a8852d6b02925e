/**
 * Date formatting shared by the helpers and the extension pages: one cache of `Intl.DateTimeFormat`
 * (building one costs far more than using one, and the severity picker formats its due times on
 * every scan), and one spelling of a due time.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for a locale and zone. A zone Intl does not know falls back to UTC (its name then
 * shows "UTC": never a wrong local time), or to `null` with `{ strict: true }`.
 */
export function dateFormatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  strict = false,
): Intl.DateTimeFormat | null {
  const key = `${locale}|${timeZone}|${strict}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      if (strict) return null;
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    if (cache.size > 100) cache.clear();
    cache.set(key, f);
  }
  return f;
}

/** A due time for people: "Mon 23 Nov, 14:30 CET" (weekday, date, time, the zone's short name). */
export function formatInstant(date: Date, locale: string, timeZone: string): string {
  return (dateFormatter(locale, timeZone, DUE_TIME) as Intl.DateTimeFormat).format(date);
}

const DUE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};
