import { addDays } from '../lifecycle/calendar-date';
import { isCalendarDate, isInstant } from '../schema';
import { byId } from './backup-json';
import type { Snapshot } from './repo';
import { OPEN_STATUSES } from './schema';
import type { PackRecord, Ticket } from './types';

/**
 * The exports for other tools: tickets and packs as CSV sheets (RFC 4180, spreadsheet-safe), and
 * a calendar (RFC 5545) of first-response due times and pack expiries. One way: never imported.
 */

// ——— CSV (RFC 4180) ———

/**
 * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @ and | (DDE),
 * their full-width and small forms (Excel folds them to ASCII), and a leading tab or CR.
 */
const FORMULA_START = /^[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFE66\uFE62\uFE63\uFE6B]/;

/**
 * Whether some part of the text could start a formula once a spreadsheet splits it. Spreadsheets
 * skip leading spaces, and French (and other) Excel splits a line on `;` rather than `,`, so a
 * cell `Contoso;=1+1` becomes a cell `=1+1` there; every `,`- or `;`-separated part is checked
 * after trimming. A false alarm costs one quote mark, a miss runs a formula.
 */
function looksLikeFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  return text.split(/[;,]/).some((part) => FORMULA_START.test(part.replace(/^[\s\u3000]+/, '')));
}

/**
 * One CSV cell (RFC 4180). Every text cell is quoted (quotes doubled), so no separator inside it
 * ever splits it, whatever the spreadsheet's list separator; a text that could start a formula
 * anywhere is prefixed with a single quote as well. Numbers and booleans stay bare.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const TICKET_COLUMNS = [
  'id',
  'number',
  'portal',
  'customerId',
  'customerName',
  'service',
  'product',
  'version',
  'title',
  'severity',
  'program',
  'breakFix',
  'supportLanguage',
  'filedAt',
  'dueAt',
  'rule',
  'clock',
  'status',
  'respondedAt',
  'resolvedAt',
  'portalStatus',
  'packId',
  'source',
  'notes',
  'portalLink',
] as const;

export function exportTicketsCsv(tickets: Ticket[]): string {
  const rows = [...tickets]
    .sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : byId(a, b)))
    .map((t) =>
      TICKET_COLUMNS.map((c) => {
        if (c === 'respondedAt') return t.statusAt.responded ?? null;
        if (c === 'resolvedAt')
          return t.statusAt.resolved ?? t.statusAt['closed-unresolved'] ?? null;
        return t[c];
      }),
    );
  return csv([...TICKET_COLUMNS], rows);
}

export const PACK_COLUMNS = [
  'id',
  'kind',
  'label',
  'purchasedOn',
  'expiresOn',
  'incidents',
  'used',
  'account',
  'buyer',
  'orderNumber',
  'contractId',
  'notes',
] as const;

export function exportPacksCsv(packs: PackRecord[]): string {
  return csv(
    [...PACK_COLUMNS],
    [...packs].sort(byId).map((p) => PACK_COLUMNS.map((c) => p[c])),
  );
}

// ——— ICS (RFC 5545) ———

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts toward their 75 octets; a UTF-8 character is never split.
 */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsInstant = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const icsDate = (date: string) => date.replace(/-/g, '');

export interface IcsLabels {
  /** Summary of a first-response event, e.g. "First response due: 2611210010000123". */
  firstResponse: (ticket: Ticket) => string;
  packExpiry: (pack: PackRecord) => string;
}

/**
 * A calendar of first-response due times of open tickets (not responded yet) and pack expiries.
 * UIDs are stable (derived from record ids), so re-importing updates events instead of doubling.
 */
export function exportIcs(
  data: Pick<Snapshot, 'tickets' | 'packs'>,
  now: Date,
  labels: IcsLabels,
): string {
  const stamp = icsInstant(now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PCX//Support history//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  // Defensive: a date that is not real (from an older version's looser checks) is left out
  // rather than written as an event no calendar can read.
  const tickets = data.tickets
    .filter(
      (t) => t.status === 'open' && t.dueAt && OPEN_STATUSES.has(t.status) && isInstant(t.dueAt),
    )
    .sort((a, b) => ((a.dueAt ?? '') < (b.dueAt ?? '') ? -1 : 1));
  for (const t of tickets) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:ticket-${t.id}-first-response@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsInstant(t.dueAt as string)}`,
      `SUMMARY:${icsEscape(labels.firstResponse(t))}`,
      ...(t.portalLink ? [`URL:${t.portalLink}`] : []),
      'END:VEVENT',
    );
  }
  for (const p of [...data.packs].sort(byId)) {
    if (!p.expiresOn || !isCalendarDate(p.expiresOn)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:pack-${p.id}-expiry@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(p.expiresOn)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(p.expiresOn, 1))}`,
      `SUMMARY:${icsEscape(labels.packExpiry(p))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
