import type { Program, Severity } from '../../lib/history/types';
import type { Settings } from '../../lib/settings';
import { type Preview, previewInitialResponse } from '../../lib/sla/preview';

/**
 * The first-response preview the severity picker shows and the capture stores: the same call, so a
 * captured ticket's due time is exactly what the agent saw. Null when the user's schedule is
 * invalid (the options page says why) — the helpers then show "unknown" instead of a wrong time.
 */
export interface PreviewRequest {
  program: Program;
  severity: Severity;
  breakFix: boolean;
  supportLanguage: 'english' | 'local';
  coverage: 'around-the-clock' | 'business-hours';
  at: Date;
}

export function computePreview(settings: Settings, r: PreviewRequest): Preview | null {
  try {
    return previewInitialResponse({
      program: r.program,
      severity: r.severity,
      filedAt: r.at,
      supportLanguage: r.supportLanguage,
      coverage: r.coverage,
      // Only CSP has a "not break-fix" rule; professional requests are always read as break-fix.
      breakFix: r.program === 'csp' ? r.breakFix : true,
      cspBusinessHoursForBC: settings.cspBusinessHoursForBC,
      schedule: settings.schedule,
    });
  } catch {
    return null;
  }
}

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
