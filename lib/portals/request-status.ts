import { textOf } from '../dom/fields';
import { readGrids, readProperties } from '../dom/grid';
import { fold, type LabelLanguage, labelLanguages } from '../dom/labels';
import type { PortalStatus } from '../vocabulary';

/**
 * What the portals' request pages show of each request: its number, its status and the time of
 * Microsoft's latest reply, where the page shows them (portals.md). Azure's All support requests
 * and the admin center's service requests are grids (Fluent v8 DetailsList), read by their column
 * headers (lib/dom/grid.ts); a request's details page lists properties by label. Pure functions of
 * the Document: what to do with the rows is the background's business.
 */

export interface StatusRow {
  number: string;
  status: PortalStatus | null;
  /** ISO instant of Microsoft's latest reply, when the page shows one. */
  replyAt: string | null;
}

export type RequestPortal = 'azure' | 'm365-admin';

/** Request numbers: 15–16 digits on Azure, shorter in the admin center (capture.ts agrees). */
const NUMBERS: Record<RequestPortal, RegExp> = {
  azure: /(?<![\d-])(\d{15,16})(?![\d-])/,
  'm365-admin': /(?<![\d-])(\d{7,16})(?![\d-])/,
};

/**
 * The portal's status words, folded (lower case, no accents), to ours. Azure: Open / Closed, with
 * "Waiting for your response" style states when Microsoft waits on the customer; the admin center:
 * Active / Closed, "Resolved"; Partner Center's API: none/open/closed/attention_needed. FR from
 * Microsoft's French portals where known, [guess] otherwise.
 */
const STATUS_WORDS: [RegExp, PortalStatus][] = [
  [
    /\b(attention|action required|waiting for (your|customer)|awaiting (your|customer)|en attente de (votre|la|client)|action requise|reponse requise)/,
    'attention-needed',
  ],
  [/^(closed|resolved|cancel+ed|fermee?|resolue?|annulee?|cloturee?)\b/, 'closed'],
  [
    /^(open|active|new|in progress|waiting for microsoft|ouverte?|active|nouvelle|en cours|en attente de microsoft)\b/,
    'open',
  ],
];

export function portalStatusOf(text: string | null | undefined): PortalStatus | null {
  const f = fold(text ?? '');
  if (!f) return null;
  for (const [re, status] of STATUS_WORDS) if (re.test(f)) return status;
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  janv: 1,
  fevr: 2,
  fev: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  aout: 8,
  sept: 9,
};
const TIME = /(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/;

/**
 * A date and time as a portal writes it, in the browser's own zone (the page renders in it):
 * ISO; `M/D/YYYY, h:mm[:ss] AM` (EN) or `D/M/YYYY HH:mm[:ss]` (FR), the order decided by the
 * page's language when both fit; `Nov 14, 2026, 9:42 AM`, `14 nov. 2026 à 09:42`. Null when it
 * is none of these (a relative "2 hours ago" is not guessed at).
 */
export function parsePortalTime(
  text: string | null | undefined,
  languages: LabelLanguage[] = ['en', 'fr'],
): string | null {
  const raw = (text ?? '').trim();
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(raw)) {
    const ms = Date.parse(raw);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  // Not `fold`: it drops the colons a time is written with.
  const f = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLowerCase();
  const time = TIME.exec(f);
  if (!time) return null;
  let year: number;
  let month: number;
  let day: number;
  const numeric = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(f);
  if (numeric) {
    const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (numeric[1]!.length === 4) [year, month, day] = [a, b, c];
    else {
      year = c < 100 ? 2000 + c : c;
      const dayFirst = a > 12 || (b <= 12 && languages[0] === 'fr');
      [day, month] = dayFirst ? [a, b] : [b, a];
    }
  } else {
    const named =
      /([a-z]{3,5})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]{3,5})\.?\s+(\d{4})/.exec(f);
    if (!named) return null;
    const name = (named[1] ?? named[5])!;
    const m = MONTHS[name] ?? MONTHS[name.slice(0, 3)];
    if (!m) return null;
    month = m;
    day = Number(named[2] ?? named[4]);
    year = Number(named[3] ?? named[6]);
  }
  let hours = Number(time[1]);
  const minutes = Number(time[2]);
  const seconds = Number(time[3] ?? 0);
  const half = time[4]?.replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  if (date.getDate() !== day || date.getMonth() !== month - 1) return null;
  return date.toISOString();
}

/** A cell's time: a machine-readable one where the page gives it, else its text. */
function timeOf(cell: Element | undefined, languages: LabelLanguage[]): string | null {
  if (!cell) return null;
  const stamped = cell.matches('time[datetime]') ? cell : cell.querySelector('time[datetime]');
  const machine = stamped?.getAttribute('datetime');
  if (machine) {
    const ms = Date.parse(machine);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return parsePortalTime(textOf(cell), languages);
}

const COLUMNS = {
  required: { number: 'requestIdColumn', status: 'requestStatusColumn' },
  optional: { reply: 'lastReplyColumn' },
} as const;

/**
 * The requests a list page shows, or null when no grid on it has a request-number and a status
 * column (the page changed, or is still loading: the caller counts a miss only after a while).
 */
export function readRequestList(doc: Document, portal: RequestPortal): StatusRow[] | null {
  const languages = labelLanguages(doc);
  const grids = readGrids(doc, COLUMNS, languages);
  if (grids.length === 0) return null;
  const out: StatusRow[] = [];
  for (const { rows } of grids) {
    for (const row of rows) {
      const number = NUMBERS[portal].exec(textOf(row.get('number')))?.[1];
      if (!number) continue;
      out.push({
        number,
        status: portalStatusOf(textOf(row.get('status'))),
        replyAt: timeOf(row.get('reply'), languages),
      });
    }
  }
  return out;
}

/**
 * The request a details page shows, or null when its properties are not found. `requestId` (the
 * Azure route's id, ending with the number) confirms the page shows the request the URL names.
 */
export function readRequestDetails(
  doc: Document,
  portal: RequestPortal,
  requestId?: string | null,
): StatusRow | null {
  const languages = labelLanguages(doc);
  const props = readProperties(doc, COLUMNS.required, languages);
  const number = NUMBERS[portal].exec(textOf(props.get('number')))?.[1];
  if (!number || !props.has('status')) return null;
  if (requestId && !requestId.endsWith(number)) return null;
  const reply = readProperties(doc, COLUMNS.optional, languages).get('reply');
  return {
    number,
    status: portalStatusOf(textOf(props.get('status'))),
    replyAt: timeOf(reply, languages),
  };
}
