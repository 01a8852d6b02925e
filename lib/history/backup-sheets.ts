import type { Translate } from '../i18n';
import { addDays } from '../lifecycle/calendar-date';
import { isCalendarDate, isInstant } from '../schema';
import { byId } from './backup-json';
import type { Snapshot } from './repo';
import { OPEN_STATUSES } from './schema';
import type { PackRecord, Ticket } from './types';

/**
 * The exports for other tools: tickets and packs as CSV sheets (RFC 4180, spreadsheet-safe), and
 * a calendar (RFC 5545) of first-response due times and pack expiries. One way: never imported.
 * Both are for people first: headers and labels in the agent's language, times in the agent's
 * business-hours zone (the zone named in the header), a byte-order mark and the separator the
 * agent's spreadsheet expects; each sheet keeps the record's id as its first column for machines.
 */

// ——— CSV (RFC 4180) ———

import { CSV_BOM, type CsvSeparator, csvCell } from '../export-options';

export {
  CSV_BOM,
  CSV_SEPARATORS,
  type CsvSeparator,
  csvCell,
  defaultSeparator,
} from '../export-options';

type Cell = string | number | boolean | null | undefined;

function csv(header: string[], rows: Cell[][], separator: CsvSeparator): string {
  return `${CSV_BOM}${[header, ...rows].map((r) => r.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}

/** A zone the runtime knows, else UTC (the header then says UTC: the cells never lie). */
export function usableZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets from UTC by zone and quarter hour: zones change offset on quarter hours only. */
const offsets = new Map<string, Map<number, number>>();
const QUARTER = 15 * 60_000;

/** How far `zone`'s wall clock is ahead of UTC during the quarter hour starting at `start`. */
function offsetAt(zone: string, start: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    if (formatters.size < 20) formatters.set(zone, f);
  }
  const part: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(start))) part[p.type] = p.value;
  const wall = Date.UTC(
    Number(part.year),
    Number(part.month) - 1,
    Number(part.day),
    Number(part.hour),
    Number(part.minute),
  );
  return wall - start;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as the wall-clock time of `zone`, `YYYY-MM-DD HH:mm`: what a person reads, sorts as
 * text in time order within one zone, and no spreadsheet turns into a day/month muddle. The zone
 * is stated in the column's header. The zone's offset is asked once per quarter hour (a 100,000-
 * ticket sheet would otherwise format 400,000 dates through Intl).
 */
export function localDateTime(iso: string | null | undefined, zone: string): string | null {
  if (!iso || !isInstant(iso)) return null;
  const ms = Date.parse(iso);
  const start = Math.floor(ms / QUARTER) * QUARTER;
  let byQuarter = offsets.get(zone);
  if (!byQuarter || byQuarter.size > 100_000) {
    byQuarter = new Map();
    if (offsets.size > 20) offsets.clear();
    offsets.set(zone, byQuarter);
  }
  let offset = byQuarter.get(start);
  if (offset === undefined) {
    offset = offsetAt(zone, start);
    byQuarter.set(start, offset);
  }
  const d = new Date(ms + offset);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** What the sheets need: the separator, the zone of their times, the words of their headers. */
export interface SheetOptions {
  separator?: CsvSeparator;
  /** The agent's business-hours zone (an unknown one falls back to UTC). */
  timeZone?: string;
  t: Translate;
}

/** Labels shared by the sheets and the calendar, so both say the same thing the same way. */
export const labelOf = {
  severity: (t: Translate, s: Ticket['severity']) => (s ? t(`app.exports.severity.${s}`) : null),
  program: (t: Translate, p: Ticket['program']) => t(`app.exports.program.${p}`),
  rule: (t: Translate, r: Ticket['rule']) => (r ? t(`rule.${r}`) : null),
  pack: (t: Translate, p: PackRecord) => p.label || t(`plan.${p.kind}`),
};

type Ctx = { t: Translate; zone: string; packs: Map<string, PackRecord> };
interface Column<R> {
  id: string;
  header: (c: Ctx) => string;
  value: (r: R, c: Ctx) => Cell;
}
const zoned =
  (key: Parameters<Translate>[0]) =>
  (c: Ctx): string =>
    c.t(key, { zone: c.zone });

const TICKET_SHEET: Column<Ticket>[] = [
  // The stable id first: what a machine joins on, whatever the language of the headers.
  { id: 'id', header: (c) => c.t('app.exports.col.id'), value: (r) => r.id },
  { id: 'number', header: (c) => c.t('app.exports.col.number'), value: (r) => r.number },
  {
    id: 'customer',
    header: (c) => c.t('app.exports.col.customer'),
    value: (r) => r.customerName,
  },
  { id: 'title', header: (c) => c.t('app.exports.col.title'), value: (r) => r.title },
  {
    id: 'severity',
    header: (c) => c.t('app.exports.col.severity'),
    value: (r, c) => labelOf.severity(c.t, r.severity),
  },
  {
    id: 'program',
    header: (c) => c.t('app.exports.col.program'),
    value: (r, c) => labelOf.program(c.t, r.program),
  },
  {
    id: 'status',
    header: (c) => c.t('app.exports.col.status'),
    value: (r, c) => c.t(`app.status.${r.status}`),
  },
  {
    id: 'filedAt',
    header: zoned('app.exports.col.filedAt'),
    value: (r, c) => localDateTime(r.filedAt, c.zone),
  },
  {
    id: 'dueAt',
    header: zoned('app.exports.col.dueAt'),
    value: (r, c) => localDateTime(r.dueAt, c.zone),
  },
  {
    id: 'respondedAt',
    header: zoned('app.exports.col.respondedAt'),
    value: (r, c) => localDateTime(r.firstResponseAt ?? r.statusAt.responded, c.zone),
  },
  {
    id: 'resolvedAt',
    header: zoned('app.exports.col.resolvedAt'),
    value: (r, c) => localDateTime(r.statusAt.resolved ?? r.statusAt['closed-unresolved'], c.zone),
  },
  {
    id: 'service',
    header: (c) => c.t('app.exports.col.service'),
    value: (r, c) => c.t(`service.${r.service}`),
  },
  { id: 'product', header: (c) => c.t('app.exports.col.product'), value: (r) => r.product },
  {
    id: 'version',
    header: (c) => c.t('app.exports.col.version'),
    value: (r) => r.version ?? null,
  },
  {
    id: 'breakFix',
    header: (c) => c.t('app.exports.col.breakFix'),
    value: (r, c) => c.t(r.breakFix ? 'app.exports.yes' : 'app.exports.no'),
  },
  {
    id: 'supportLanguage',
    header: (c) => c.t('app.exports.col.supportLanguage'),
    value: (r, c) => c.t(`app.exports.language.${r.supportLanguage}`),
  },
  {
    id: 'rule',
    header: (c) => c.t('app.exports.col.rule'),
    value: (r, c) => labelOf.rule(c.t, r.rule),
  },
  {
    id: 'clock',
    header: (c) => c.t('app.exports.col.clock'),
    value: (r, c) => (r.clock ? c.t(`clock.${r.clock}`) : null),
  },
  {
    id: 'portal',
    header: (c) => c.t('app.exports.col.portal'),
    value: (r, c) => (r.portal ? c.t(`app.exports.portal.${r.portal}`) : null),
  },
  {
    id: 'portalStatus',
    header: (c) => c.t('app.exports.col.portalStatus'),
    value: (r, c) => (r.portalStatus ? c.t(`portalStatus.${r.portalStatus}`) : null),
  },
  {
    id: 'pack',
    header: (c) => c.t('app.exports.col.pack'),
    value: (r, c) => {
      const pack = r.packId ? c.packs.get(r.packId) : undefined;
      return pack ? labelOf.pack(c.t, pack) : null;
    },
  },
  {
    id: 'source',
    header: (c) => c.t('app.exports.col.source'),
    value: (r, c) => c.t(`app.exports.source.${r.source}`),
  },
  {
    id: 'customerId',
    header: (c) => c.t('app.exports.col.customerId'),
    value: (r) => r.customerId,
  },
  { id: 'notes', header: (c) => c.t('app.exports.col.notes'), value: (r) => r.notes },
  { id: 'portalLink', header: (c) => c.t('app.exports.col.link'), value: (r) => r.portalLink },
];

/** The columns of the tickets sheet, in order (their headers follow the agent's language). */
export const TICKET_COLUMNS = TICKET_SHEET.map((c) => c.id);

function sheet<R>(columns: Column<R>[], rows: R[], options: SheetOptions, packs: PackRecord[]) {
  // The same few labels on every row: each one is translated once.
  const labels = new Map<string, string>();
  const t: Translate = (key, params) => {
    if (params) return options.t(key, params);
    let label = labels.get(key);
    if (label === undefined) {
      label = options.t(key);
      labels.set(key, label);
    }
    return label;
  };
  const ctx: Ctx = {
    t,
    zone: usableZone(options.timeZone),
    packs: new Map(packs.map((p) => [p.id, p])),
  };
  return csv(
    columns.map((c) => c.header(ctx)),
    rows.map((r) => columns.map((c) => c.value(r, ctx))),
    options.separator ?? ',',
  );
}

/** Tickets, oldest filed first, with the names of their packs. */
export function exportTicketsCsv(
  data: Pick<Snapshot, 'tickets' | 'packs'>,
  options: SheetOptions,
): string {
  const tickets = [...data.tickets].sort((a, b) =>
    a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : byId(a, b),
  );
  return sheet(TICKET_SHEET, tickets, options, data.packs);
}

const PACK_SHEET: Column<PackRecord>[] = [
  { id: 'id', header: (c) => c.t('app.exports.col.id'), value: (p) => p.id },
  {
    id: 'name',
    header: (c) => c.t('app.exports.col.packName'),
    value: (p, c) => labelOf.pack(c.t, p),
  },
  {
    id: 'kind',
    header: (c) => c.t('app.exports.col.kind'),
    value: (p, c) => c.t(`plan.${p.kind}`),
  },
  {
    id: 'purchasedOn',
    header: (c) => c.t('app.exports.col.purchasedOn'),
    value: (p) => p.purchasedOn,
  },
  { id: 'expiresOn', header: (c) => c.t('app.exports.col.expiresOn'), value: (p) => p.expiresOn },
  { id: 'incidents', header: (c) => c.t('app.exports.col.incidents'), value: (p) => p.incidents },
  { id: 'used', header: (c) => c.t('app.exports.col.used'), value: (p) => p.used },
  {
    id: 'left',
    header: (c) => c.t('app.exports.col.left'),
    value: (p) => (p.incidents === null ? null : Math.max(0, p.incidents - p.used)),
  },
  {
    id: 'account',
    header: (c) => c.t('app.exports.col.account'),
    value: (p, c) => (p.account ? c.t(`app.pack.account.${p.account}`) : null),
  },
  { id: 'buyer', header: (c) => c.t('app.exports.col.buyer'), value: (p) => p.buyer ?? null },
  {
    id: 'orderNumber',
    header: (c) => c.t('app.exports.col.orderNumber'),
    value: (p) => p.orderNumber,
  },
  {
    id: 'contractId',
    header: (c) => c.t('app.exports.col.contractId'),
    value: (p) => p.contractId,
  },
  { id: 'notes', header: (c) => c.t('app.exports.col.notes'), value: (p) => p.notes },
];

export const PACK_COLUMNS = PACK_SHEET.map((c) => c.id);

export function exportPacksCsv(packs: PackRecord[], options: SheetOptions): string {
  return sheet(PACK_SHEET, [...packs].sort(byId), options, packs);
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
  // Most lines are short ASCII: nothing to count.
  if (line.length <= 75 && ASCII.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    // UTF-8 length from the code point (a lone surrogate is written as U+FFFD: 3 octets).
    const cp = ch.codePointAt(0) as number;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
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
/** Printable ASCII only: one octet per character (anything else takes the counting path). */
const ASCII = /^[ -~]*$/;

const icsInstant = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const icsDate = (date: string) => date.replace(/-/g, '');

/** How long a due-time event lasts: a slot in the day to answer it, not a point. */
export const DUE_EVENT_MINUTES = 15;

/** A pack's alarm: 09:00, seven days before the (all-day, local) expiry date. */
export const PACK_ALARM_TRIGGER = '-P6DT15H';

/** A VALARM trigger `minutes` before its event's start (RFC 5545 §3.8.6.3): `-PT1H30M`. */
export function icsTriggerBefore(minutes: number): string {
  if (minutes <= 0) return 'PT0S';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `-PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}

export interface IcsLabels {
  /** Summary of a first-response event, e.g. "First response due: 2611210010000123". */
  firstResponse: (ticket: Ticket) => string;
  packExpiry: (pack: PackRecord) => string;
}

export interface IcsOptions {
  /** The reminder lead time (settings): the alarm of each due-time event. */
  leadMinutes?: number;
  /** The words of the descriptions; without it, events have a summary only. */
  t?: Translate;
}

function alarm(trigger: string, description: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${icsEscape(description)}`,
    'END:VALARM',
  ];
}

/** The lines of a ticket's description: who, how urgent, under which rule, which request. */
function ticketDescription(ticket: Ticket, t: Translate): string[] {
  const lines: string[] = [];
  const add = (key: Parameters<Translate>[0], value: string | null | undefined) => {
    if (value) lines.push(t(key, { value }));
  };
  add('app.exports.ics.customer', ticket.customerName);
  add('app.exports.ics.severity', labelOf.severity(t, ticket.severity));
  add('app.exports.ics.program', labelOf.program(t, ticket.program));
  add('app.exports.ics.rule', labelOf.rule(t, ticket.rule));
  add('app.exports.ics.number', ticket.number);
  add('app.exports.ics.link', ticket.portalLink);
  return lines;
}

/**
 * A calendar of first-response due times of open tickets (not responded yet) and pack expiries.
 * UIDs are stable (derived from record ids), so re-importing updates events instead of doubling.
 * A due-time event lasts `DUE_EVENT_MINUTES`, rings `leadMinutes` before, says who and what in
 * its description and links to the request (URL, and in the description for calendars that do
 * not show URL); a pack's expiry is an all-day event that rings a week before.
 */
export function exportIcs(
  data: Pick<Snapshot, 'tickets' | 'packs'>,
  now: Date,
  labels: IcsLabels,
  options: IcsOptions = {},
): string {
  const stamp = icsInstant(now.toISOString());
  const lead = Math.max(0, Math.floor(options.leadMinutes ?? 30));
  const t = options.t;
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
  for (const ticket of tickets) {
    const due = ticket.dueAt as string;
    const end = new Date(Date.parse(due) + DUE_EVENT_MINUTES * 60_000).toISOString();
    const summary = labels.firstResponse(ticket);
    const description = t ? ticketDescription(ticket, t) : [];
    lines.push(
      'BEGIN:VEVENT',
      `UID:ticket-${ticket.id}-first-response@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsInstant(due)}`,
      `DTEND:${icsInstant(end)}`,
      `SUMMARY:${icsEscape(summary)}`,
      ...(description.length ? [`DESCRIPTION:${icsEscape(description.join('\n'))}`] : []),
      // A URI value, not TEXT: written as stored (the schema allows no line breaks in it).
      ...(ticket.portalLink ? [`URL:${ticket.portalLink}`] : []),
      ...alarm(icsTriggerBefore(lead), summary),
      'END:VEVENT',
    );
  }
  for (const p of [...data.packs].sort(byId)) {
    if (!p.expiresOn || !isCalendarDate(p.expiresOn)) continue;
    const summary = labels.packExpiry(p);
    const description = t
      ? [
          t('app.exports.ics.kind', { value: t(`plan.${p.kind}`) }),
          ...(p.incidents !== null
            ? [t('app.exports.ics.left', { value: Math.max(0, p.incidents - p.used) })]
            : []),
        ]
      : [];
    lines.push(
      'BEGIN:VEVENT',
      `UID:pack-${p.id}-expiry@pcx.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(p.expiresOn)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(p.expiresOn, 1))}`,
      `SUMMARY:${icsEscape(summary)}`,
      ...(description.length ? [`DESCRIPTION:${icsEscape(description.join('\n'))}`] : []),
      'TRANSP:TRANSPARENT',
      ...alarm(PACK_ALARM_TRIGGER, summary),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
