/**
 * Names every engine accepts as a time zone but that are no place: fixed offsets (EST is UTC−05:00
 * all year, so a New York deadline read with it is an hour off all summer), the POSIX-style rules
 * (EST5EDT) and Etc/GMT±n. A new entry of one is refused with the place meant, when there is one;
 * a stored one is kept (lib/settings.ts) and warned about. Small and without data: the settings,
 * read by every content script, use it.
 */

export interface LegacyZone {
  /** As the engines spell it: `EST`, `Etc/GMT+5`, `UTC+01:00`. */
  name: string;
  /** `fixed`: one offset all year; `rule`: an old US or European rule with summer time. */
  kind: 'fixed' | 'rule';
  /** The offset of a fixed one, in minutes east of UTC; null for a rule. */
  offsetMinutes: number | null;
  /** The IANA zone people mean by it, or null when it names no region (Etc/GMT-3, UTC+02:00). */
  suggestion: string | null;
}

type Entry = [kind: LegacyZone['kind'], offsetMinutes: number | null, suggestion: string];

/**
 * The suggestions: what the abbreviation names in common use (EST → New York, not Panama, which
 * the tz database links it to since 2024b because Panama keeps UTC−05:00), and for the European
 * rule names the zone the tz database itself links them to.
 */
const NAMED: Record<string, Entry> = {
  EST: ['fixed', -300, 'America/New_York'],
  MST: ['fixed', -420, 'America/Denver'],
  HST: ['fixed', -600, 'Pacific/Honolulu'],
  GMT: ['fixed', 0, 'Europe/London'],
  EST5EDT: ['rule', null, 'America/New_York'],
  CST6CDT: ['rule', null, 'America/Chicago'],
  MST7MDT: ['rule', null, 'America/Denver'],
  PST8PDT: ['rule', null, 'America/Los_Angeles'],
  CET: ['rule', null, 'Europe/Brussels'],
  MET: ['rule', null, 'Europe/Brussels'],
  EET: ['rule', null, 'Europe/Athens'],
  WET: ['rule', null, 'Europe/Lisbon'],
};

/** Other spellings of GMT, UTC+00:00 all year, which Londoners type and which is not London. */
const GMT_SPELLINGS = new Set(
  ['GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Etc/GMT', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0'].map(
    (n) => n.toLowerCase(),
  ),
);

/** The names of UTC itself: a deliberate choice, kept, and written `UTC`. */
const UTC_SPELLINGS = new Set(
  ['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu'].map((n) =>
    n.toLowerCase(),
  ),
);

export function isUtcSpelling(text: string): boolean {
  return UTC_SPELLINGS.has(text.trim().toLowerCase());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `UTC+01:00`, `UTC−05:00` (a real minus sign), `UTC+05:45`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An offset typed as a zone: `+01:00`, `UTC+1`, `GMT-05:30`, `utc −5` → minutes east of UTC, or
 * undefined. Engines accept `+01:00` as a zone since ES2024; it is a fixed offset like EST.
 */
export function parseOffset(text: string): number | undefined {
  const match = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

/** The legacy zone `text` names, ignoring case and surrounding spaces; null for anything else. */
export function legacyZone(text: string): LegacyZone | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  const named = NAMED[upper];
  if (named) return { name: upper, kind: named[0], offsetMinutes: named[1], suggestion: named[2] };
  if (GMT_SPELLINGS.has(trimmed.toLowerCase()))
    return { name: 'GMT', kind: 'fixed', offsetMinutes: 0, suggestion: 'Europe/London' };
  // Etc/GMT+5 is five hours *behind* UTC: the POSIX sign, the reverse of what it reads as.
  const etc = /^etc\/gmt([+-])(\d{1,2})$/i.exec(trimmed);
  if (etc) {
    const hours = Number(etc[2]);
    if (hours > 14) return null;
    return {
      name: `Etc/GMT${etc[1]}${hours}`,
      kind: 'fixed',
      offsetMinutes: (etc[1] === '+' ? -1 : 1) * hours * 60,
      suggestion: null,
    };
  }
  const offset = parseOffset(trimmed);
  if (offset !== undefined) {
    if (offset === 0) return null; // UTC+00:00 is UTC, a deliberate choice
    return { name: formatOffset(offset), kind: 'fixed', offsetMinutes: offset, suggestion: null };
  }
  return null;
}
