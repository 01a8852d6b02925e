/**
 * Formatters by locale and zone: building an `Intl.DateTimeFormat` costs far more than using one,
 * and the severity picker formats its due times on every scan of the page.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 50) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** A due time for people: weekday, date and time in a zone, with the zone's short name. */
export function formatDue(date: Date, timeZone: string, locale: string): string {
  try {
    return formatter(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** True when two zones show different wall-clock times at `at`. */
export function zonesDiffer(a: string, b: string, at: Date): boolean {
  try {
    const f = (z: string) =>
      formatter('en-GB', {
        timeZone: z,
        hour: '2-digit',
        minute: '2-digit',
        day: '2-digit',
      }).format(at);
    return f(a) !== f(b);
  } catch {
    return false;
  }
}
