import { isIsoDate } from '../lifecycle/calendar-date';

/**
 * One row of Support for business's "Types of Support" list, read from the text a person sees
 * (portals.md: "Partner support MAPS 10pack - Access Id: 174194363 / Start Date (12/23/22), End
 * Date (12/19/23), 10 incidents remaining"). Dates follow the page's locale: month first in
 * English (12/23/22), day first in French (23/12/22). The French wording of the row is not in
 * portals.md; the French words accepted below ("ID d'accès", "Date de début", "Date de fin",
 * "incidents restants") are our guesses at Microsoft's translation, with the English words also
 * accepted on a French page (data strings are often left untranslated).
 */
export interface PlanRow {
  /** The plan's name as shown, e.g. "Partner support MAPS 10pack". */
  name: string;
  accessId: string;
  /** First and last day of the plan, `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** Null when the row shows no count (contract-based plans). */
  incidentsRemaining: number | null;
}

export type RowLocale = 'en' | 'fr';

const ACCESS_ID =
  /(?:access\s*id|id\s*d['’]acc[eè]s|identifiant\s*d['’]acc[eè]s)\s*:?\s*([A-Za-z0-9-]{4,40})/i;
const START =
  /(?:start\s*date|date\s*de\s*d[eé]but)\s*:?\s*\(?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)\s*\)?/i;
const END =
  /(?:end\s*date|date\s*de\s*fin)\s*:?\s*\(?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)\s*\)?/i;
const REMAINING =
  /(\d{1,4})\s*(?:incidents?\s*(?:remaining|left|restants?|disponibles?)|(?:remaining|restants?)\s*incidents?)/i;
/** Separator between the plan's name and its Access Id: " - ", " – ", " — " or a line break. */
const NAME_END = /\s+[-–—]\s+|\s*\n\s*/;

function isoFrom(parts: RegExpExecArray, locale: RowLocale): string | null {
  const [a, b, y] = [Number(parts[1]), Number(parts[2]), parts[3]!];
  const month = locale === 'en' ? a : b;
  const day = locale === 'en' ? b : a;
  // Two-digit years are this century's: the plans listed are current or recent.
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads one row; null when any of name, Access Id, start or end date is missing or not a real
 * date, or when the end comes before the start. Never guesses a part it cannot read.
 */
export function parsePlanRow(text: string, locale: RowLocale): PlanRow | null {
  const clean = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\uE000-\uF8FF]/g, '')
    .trim();
  const access = ACCESS_ID.exec(clean);
  const start = START.exec(clean);
  const end = END.exec(clean);
  if (!access || !start || !end) return null;
  const head = clean.slice(0, access.index);
  const name = head
    .split(NAME_END)[0]!
    .replace(/\s+/g, ' ')
    .replace(/[\s\-–—:/]+$/, '')
    .trim();
  if (!name) return null;
  const startDate = isoFrom(start, locale);
  const endDate = isoFrom(end, locale);
  if (!startDate || !endDate || endDate < startDate) return null;
  const remaining = REMAINING.exec(clean);
  return {
    name,
    accessId: access[1]!,
    startDate,
    endDate,
    incidentsRemaining: remaining ? Number(remaining[1]) : null,
  };
}

/** The row locale for a document language (`fr-FR` → fr); English otherwise. */
export function rowLocaleOf(lang: string | null | undefined): RowLocale {
  return (lang ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
