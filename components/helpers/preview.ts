import { dateFormatter, formatInstant } from '../../lib/i18n/dates';

/** A due time for people (see `formatInstant`); an unknown zone is shown in UTC. */
export function formatDue(date: Date, timeZone: string, locale: string): string {
  return formatInstant(date, locale, timeZone);
}

/** True when two zones show different wall-clock times at `at`. */
export function zonesDiffer(a: string, b: string, at: Date): boolean {
  const f = (z: string) =>
    dateFormatter('en-GB', z, { hour: '2-digit', minute: '2-digit', day: '2-digit' }, true)?.format(
      at,
    );
  const fa = f(a);
  const fb = f(b);
  return fa !== undefined && fb !== undefined && fa !== fb;
}
