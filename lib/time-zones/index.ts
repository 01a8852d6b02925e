import { type RawTimeZone, rawTimeZones, timeZonesNames } from '@vvo/tzdb';
import { zoneFormatter } from '../sla/local-time';
import { formatOffset, isUtcSpelling, type LegacyZone, legacyZone, parseOffset } from './legacy';
import { ianaFromWindows } from './windows';
import { WINDOWS_ZONE_PLACES, WINDOWS_ZONES } from './windows.generated';

export { formatOffset, type LegacyZone, legacyZone } from './legacy';
export { ianaFromWindows } from './windows';

/**
 * Time zones as people name them: a city ("paris", "Zürich"), a country, a generic name ("Central
 * European Time", "heure d’Europe centrale"), an abbreviation, a Windows id ("Romance Standard
 * Time"), an offset ("UTC+1"), or the IANA name. The list is @vvo/tzdb's, one entry per country
 * and clock (317, plus UTC); offsets and localised names come from the engine's own Intl data,
 * for the date asked. Pure: the caller passes the locale and the instant. For the options page
 * only (the data is ~90 KB): content scripts use ./windows and ./legacy.
 */

export interface ZoneOption {
  /** The IANA zone chosen with this option: the entry's, or the city's own when one was typed. */
  zone: string;
  /** The most populated cities, as @vvo/tzdb lists them. */
  cities: readonly string[];
  /** Generic name in the locale, e.g. "Central European Time", "heure d’Europe centrale". */
  name: string;
  /** Country in the locale ('' for UTC). */
  country: string;
  /** The offset at the instant asked, in minutes east of UTC, and as `UTC+01:00`. */
  offsetMinutes: number;
  offset: string;
  /** What the query matched when it is not shown otherwise: a Windows id, another IANA name. */
  matched?: string;
}

type TermKind = 'zone' | 'city' | 'name' | 'country' | 'abbr' | 'windows' | 'alias';

interface Term {
  /** Lower case, without accents, `_` and runs of spaces as one space. */
  norm: string;
  text: string;
  kind: TermKind;
  /** The zone this term chooses when it is not the entry's own (Europe/Zurich's city…). */
  zone?: string;
  /** CLDR's main zone of a Windows id, first among the places sharing it. */
  main?: boolean;
}

interface Entry {
  zone: string;
  cities: readonly string[];
  name: string;
  country: string;
  terms: Term[];
}

/**
 * Lower case, no accents, `_` and apostrophes as a space: "Zürich" → "zurich", "Ho_Chi_Minh" → "ho
 * chi minh", "heure d’Europe" → "heure d europe" (one types ' or nothing for ’).
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s'’`]+/g, ' ')
    .trim();
}

const CURRENT_NAMES = new Set(timeZonesNames);

/** Every IANA name of the list (current or not), and UTC → the entry's zone that shows its time. */
let owners: Map<string, string> | undefined;
function ownerOf(zone: string): string | undefined {
  if (!owners) {
    owners = new Map([['UTC', 'UTC']]);
    for (const raw of rawTimeZones) for (const name of raw.group) owners.set(name, raw.name);
  }
  return owners.get(zone);
}

/** Every IANA name the list knows, by lower case, spelt as the tz database spells it. */
let spellings: Map<string, string> | undefined;
function spelling(text: string): string | undefined {
  if (!spellings) {
    spellings = new Map([['utc', 'UTC']]);
    for (const raw of rawTimeZones)
      for (const name of raw.group) spellings.set(name.toLowerCase(), name);
    for (const name of timeZonesNames) spellings.set(name.toLowerCase(), name);
  }
  return spellings.get(text.toLowerCase());
}

const genericNames = new Map<string, Intl.DateTimeFormat | null>();
/** "Central European Time" for Europe/Paris in `en`, "heure d’Europe centrale" in `fr`. */
function genericName(zone: string, locale: string, at: number): string | undefined {
  const key = `${locale}\u0000${zone}`;
  let formatter = genericNames.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' });
    } catch {
      formatter = null;
    }
    genericNames.set(key, formatter);
  }
  const name = formatter?.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  // Without a generic name, engines fall back to an offset ("GMT+01:00"): no name at all.
  return name && !/^(GMT|UTC)([+\u2212-]|$)/.test(name) ? name : undefined;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();
/**
 * The last offset read per zone, for its quarter-hour: a search reads 318 of them per keystroke.
 * Today's transitions all fall on quarter-hours (only some 19th-century ones did not), so the
 * cached value is the one Intl gives.
 */
const offsets = new Map<string, { at: number; minutes: number | undefined }>();
const QUARTER_HOUR = 900_000;

/** The zone's offset at `at` in minutes east of UTC, or undefined for a zone the engine lacks. */
export function zoneOffset(zone: string, at: number): number | undefined {
  const quarter = Math.floor(at / QUARTER_HOUR);
  const known = offsets.get(zone);
  if (known?.at === quarter) return known.minutes;
  const minutes = readOffset(zone, at);
  offsets.set(zone, { at: quarter, minutes });
  return minutes;
}

function readOffset(zone: string, at: number): number | undefined {
  let formatter = offsetFormatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    offsetFormatters.set(zone, formatter);
  }
  const text = formatter?.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  if (text === undefined) return undefined;
  if (text === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  return (match[1] === '+' ? 1 : -1) * (Number(match[2]) * 60 + Number(match[3]));
}

const indexes = new Map<string, Entry[]>();

/** The searchable list for a locale, built once (about 300 zones, a few Intl calls each). */
function indexFor(locale: string, at: number): Entry[] {
  const cached = indexes.get(locale);
  if (cached) return cached;
  let regions: Intl.DisplayNames | undefined;
  let englishRegions: Intl.DisplayNames | undefined;
  try {
    regions = new Intl.DisplayNames([locale], { type: 'region' });
    englishRegions = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    // Older engines: @vvo/tzdb's English country names only.
  }
  const windowsByZone = new Map<string, Term[]>();
  const addWindows = (id: string, zone: string, main: boolean) => {
    const owner = ownerOf(zone);
    if (!owner) return;
    const terms = windowsByZone.get(owner) ?? [];
    const choose = CURRENT_NAMES.has(zone) || zone === 'UTC' ? zone : owner;
    const term: Term = { norm: normalize(id), text: id, kind: 'windows', zone: choose, main };
    // At equal scores the first term wins: the entry's own zone (Madrid) before a city under it
    // (Ceuta).
    if (choose === owner) terms.unshift(term);
    else terms.push(term);
    windowsByZone.set(owner, terms);
  };
  for (const [id, zone] of Object.entries(WINDOWS_ZONES)) {
    addWindows(id, zone, true);
    for (const place of WINDOWS_ZONE_PLACES[id] ?? []) addWindows(id, place, false);
  }

  const entry = (raw: RawTimeZone): Entry => {
    const name = genericName(raw.name, locale, at) ?? raw.alternativeName;
    const country = regions?.of(raw.countryCode) ?? raw.countryName;
    const terms: Term[] = [];
    const add = (text: string | undefined, kind: TermKind, zone?: string) => {
      if (text) terms.push({ norm: normalize(text), text, kind, zone });
    };
    add(raw.name, 'zone');
    add(raw.name.split('/').pop(), 'city');
    for (const member of raw.group) {
      if (member === raw.name) continue;
      const current = CURRENT_NAMES.has(member);
      add(member, 'alias', current ? member : undefined);
      if (current) add(member.split('/').pop(), 'city', member);
    }
    for (const city of raw.mainCities) add(city, 'city');
    add(name, 'name');
    add(raw.alternativeName, 'name');
    // English: @vvo/tzdb's own name (what Intl says in English, mostly), not a third Intl call.
    add(country, 'country');
    add(raw.countryName, 'country');
    add(englishRegions?.of(raw.countryCode), 'country');
    add(raw.abbreviation, 'abbr');
    add(raw.dstAbbreviation, 'abbr');
    terms.push(...(windowsByZone.get(raw.name) ?? []));
    return { zone: raw.name, cities: raw.mainCities, name, country, terms };
  };

  const utc: Entry = {
    zone: 'UTC',
    cities: [],
    name: genericName('UTC', locale, at) ?? 'Coordinated Universal Time',
    country: '',
    terms: [
      { norm: 'utc', text: 'UTC', kind: 'zone' },
      { norm: 'coordinated universal time', text: 'Coordinated Universal Time', kind: 'name' },
      { norm: 'temps universel coordonne', text: 'Temps universel coordonné', kind: 'name' },
      ...(windowsByZone.get('UTC') ?? []),
    ],
  };
  const list = [utc, ...rawTimeZones.map(entry)];
  indexes.set(locale, list);
  return list;
}

const KIND_BONUS: Record<TermKind, number> = {
  zone: 6,
  city: 6,
  windows: 4,
  name: 3,
  country: 2,
  abbr: 1,
  alias: 0,
};

/** How well one term answers the query; 0 when it does not. */
function termScore(term: Term, query: string): number {
  const { norm } = term;
  let score = 0;
  if (norm === query) score = 100;
  else if (norm.startsWith(query)) score = 70;
  else if (norm.includes(` ${query}`) || norm.includes(`/${query}`)) score = 50;
  else if (query.length >= 3 && norm.includes(query)) score = 25;
  else return 0;
  return score + KIND_BONUS[term.kind] + (term.main ? 2 : 0);
}

/** "central europe time" against "Central European Time": every word starts a word of the term. */
function wordsScore(term: Term, words: string[]): number {
  const own = term.norm.split(/[ /-]/);
  return words.every((w) => own.some((o) => o.startsWith(w))) ? 15 + KIND_BONUS[term.kind] : 0;
}

/**
 * The zones answering `query`, best first; every zone, by offset, for an empty query. Matching
 * ignores case and accents; an offset ("UTC+1", "+05:30", "GMT−5") finds the zones at that offset
 * at `now`.
 */
export function searchZones(query: string, locale: string, now: Date | number): ZoneOption[] {
  const at = typeof now === 'number' ? now : now.getTime();
  const index = indexFor(locale, at);
  const q = normalize(query);
  const offset = q === '' ? undefined : parseOffset(q);
  const words = q.split(/[ /-]/).filter(Boolean);
  const found: { option: ZoneOption; score: number }[] = [];
  for (const entry of index) {
    const offsetMinutes = zoneOffset(entry.zone, at);
    if (offsetMinutes === undefined) continue; // a zone this engine does not know
    let best = q === '' ? 1 : 0;
    let chosen: Term | undefined;
    if (offset !== undefined && offset === offsetMinutes) best = 60;
    for (const term of q === '' ? [] : entry.terms) {
      const score = termScore(term, q) || (words.length > 1 ? wordsScore(term, words) : 0);
      if (score > best) {
        best = score;
        chosen = term;
      }
    }
    if (best === 0) continue;
    const zone = chosen?.zone ?? entry.zone;
    const shown = chosen && (chosen.kind === 'windows' || chosen.kind === 'alias');
    found.push({
      score: best,
      option: {
        zone,
        cities: entry.cities,
        name: entry.name,
        country: entry.country,
        offsetMinutes,
        offset: formatOffset(offsetMinutes),
        ...(shown || zone !== entry.zone ? { matched: chosen?.text } : {}),
      },
    });
  }
  found.sort(
    (a, b) =>
      b.score - a.score ||
      a.option.offsetMinutes - b.option.offsetMinutes ||
      a.option.zone.localeCompare(b.option.zone),
  );
  return found.map((f) => f.option);
}

/** What a zone shows next to its name: its offset at `now` and its generic name in the locale. */
export function describeZone(
  zone: string,
  locale: string,
  now: Date | number,
): { zone: string; offset: string | null; name: string | null } {
  const at = typeof now === 'number' ? now : now.getTime();
  const minutes = zoneOffset(zone, at);
  return {
    zone,
    offset: minutes === undefined ? null : formatOffset(minutes),
    name: legacyZone(zone) ? null : (genericName(zone, locale, at) ?? null),
  };
}

/** Whether the zone's offset changes during the year of `now` (summer time). */
export function hasSummerTime(zone: string, now: Date | number): boolean {
  const year = new Date(now).getUTCFullYear();
  const jan = zoneOffset(zone, Date.UTC(year, 0, 1));
  const jul = zoneOffset(zone, Date.UTC(year, 6, 1));
  return jan !== undefined && jul !== undefined && jan !== jul;
}

export type ZoneInput =
  /** A zone to use; `via` says how the text named it. */
  | { kind: 'zone'; zone: string; via: 'name' | 'windows' | 'alias' | 'place' }
  /** A name that is no place: refused, with the place meant when there is one. */
  | { kind: 'legacy'; legacy: LegacyZone; typed: string }
  | { kind: 'unknown'; typed: string };

/**
 * What a zone typed by hand means. Accepted: an IANA name in any case (an old one becomes its
 * current name: Asia/Calcutta → Asia/Kolkata), a Windows id, UTC in its spellings, and a city,
 * country or generic name that designates one zone only ("paris", "Japan"). Refused: the legacy
 * names (EST, EST5EDT, Etc/GMT+5, UTC+01:00), with the suggestion, and anything else.
 */
export function resolveZoneInput(text: string, locale = 'en', now: Date | number = 0): ZoneInput {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed === '') return { kind: 'unknown', typed };
  if (isUtcSpelling(typed) || parseOffset(typed) === 0)
    return { kind: 'zone', zone: 'UTC', via: 'name' };
  const legacy = legacyZone(typed);
  if (legacy) return { kind: 'legacy', legacy, typed };

  const windows = ianaFromWindows(typed);
  if (windows) {
    const fixed = legacyZone(windows);
    if (fixed) return { kind: 'legacy', legacy: { ...fixed, name: typed }, typed };
    const owner = ownerOf(windows);
    const zone = CURRENT_NAMES.has(windows) || !owner ? windows : owner;
    return { kind: 'zone', zone, via: 'windows' };
  }

  const known = spelling(typed);
  if (known) {
    if (CURRENT_NAMES.has(known) || known === 'UTC')
      return { kind: 'zone', zone: known, via: 'name' };
    const owner = ownerOf(known);
    if (owner) return { kind: 'zone', zone: owner, via: 'alias' };
  }
  // A zone newer than the list, which the engine knows.
  if (/^[a-z]+\/[a-z0-9_+-]+(\/[a-z0-9_+-]+)?$/i.test(typed) && zoneFormatter(typed)) {
    const zone = zoneFormatter(typed)!.resolvedOptions().timeZone;
    if (!legacyZone(zone)) return { kind: 'zone', zone, via: 'name' };
  }

  // A place named exactly, designating one zone only ("paris"; not "central european time").
  const q = normalize(typed);
  const at = typeof now === 'number' ? now : now.getTime();
  const exact = new Set<string>();
  for (const entry of indexFor(locale, at)) {
    for (const term of entry.terms) {
      if (term.norm === q && term.kind !== 'abbr') exact.add(term.zone ?? entry.zone);
    }
  }
  if (exact.size === 1) return { kind: 'zone', zone: [...exact][0]!, via: 'place' };
  return { kind: 'unknown', typed };
}
