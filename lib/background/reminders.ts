import type { PackRecord, Ticket } from '../history/types';
import type { Translate } from '../i18n';
import { daysBetween, isIsoDate } from '../lifecycle/calendar-date';
import { incidentsLeft, packDay } from '../rules/packs';
import type { ReminderSettings } from '../settings';
import { DAY_MS, isoDateToDay, localToInstant, zoneFormatter } from '../sla/local-time';
import { BADGE_ALARM } from './signals';

/**
 * Reminders: which alarms should exist, computed from the stored records, the time and the
 * settings (a pure function), then diffed against the alarms that do exist. Reconciling twice
 * changes nothing; reconciling after any change, at start-up, on install/update and on every
 * alarm fire means no reminder is duplicated or lost.
 *
 * Kinds (alarm name `pcx:<kind>:<record id>`):
 * - `due`: `leadMinutes` before a ticket's first response is due (toggle `beforeDue`);
 * - `breach`: when it is due and still not responded (toggle `atBreach`);
 * - `pack-30` / `pack-7`: 30 and 7 days before a pack's expiry date, 09:00 in the user's zone,
 *   while it still has incidents or is contract-based (toggle `packExpiry`);
 * - `snooze`: a ticket reminder the agent put off from its notification (lib/background/signals.ts);
 * - `pack-unused`: 60 days before expiry when a counted pack still has unused incidents, early
 *   enough to spend them (toggle `unusedIncidents`).
 * Only open tickets (first response not given) get ticket reminders. Chrome keeps at most 500
 * alarms: only the nearest MAX_SCHEDULED are set, the others are picked up when those fire
 * (every fire reconciles), plus a daily `pcx:reconcile` safety net (a period well above the
 * 30-second minimum of packed builds).
 */

const ALARM_PREFIX = 'pcx:';
export const RECONCILE_ALARM = 'pcx:reconcile';
export const MAX_SCHEDULED = 400;
const RECONCILE_PERIOD_MINUTES = 24 * 60;
/** An existing alarm within this much of the desired time is kept (browsers may round). */
const TOLERANCE_MS = 60_000;
const PACK_NOTICE_HOUR = 9;
const UNUSED_NOTICE_DAYS = 60;

export type ReminderKind = 'due' | 'breach' | 'snooze' | 'pack-30' | 'pack-7' | 'pack-unused';
const KINDS: readonly ReminderKind[] = [
  'due',
  'breach',
  'snooze',
  'pack-30',
  'pack-7',
  'pack-unused',
];

export interface DesiredAlarm {
  name: string;
  when: number;
}

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The part of `browser.alarms` reconciliation uses (a fake in unit tests). */
export interface AlarmsApi {
  getAll(): Promise<ExistingAlarm[]>;
  create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface ReminderInput {
  /** Open tickets due from now on (nearest first is enough). */
  tickets: Ticket[];
  packs: PackRecord[];
  now: Date;
  reminders: ReminderSettings;
  timeZone: string;
  /** Ticket reminders put off by the agent, of tickets still open (the caller checks). */
  snoozes?: readonly { id: string; until: number }[];
  /** When the toolbar badge changes next (a ticket crossing a threshold), if ever. */
  badgeAt?: number | null;
}

export const alarmName = (kind: ReminderKind, id: string) => `${ALARM_PREFIX}${kind}:${id}`;

export function parseAlarmName(name: string): { kind: ReminderKind; id: string } | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const rest = name.slice(ALARM_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return null;
  const kind = rest.slice(0, colon) as ReminderKind;
  const id = rest.slice(colon + 1);
  return KINDS.includes(kind) && id ? { kind, id } : null;
}

/** 09:00 in `timeZone` on the date `days` days before `date` (UTC when the zone is unknown). */
export function noticeInstant(date: string, days: number, timeZone: string): number | null {
  const day = isoDateToDay(date);
  if (day === undefined) return null;
  const local = (day - days) * DAY_MS + PACK_NOTICE_HOUR * 3_600_000;
  const formatter = zoneFormatter(timeZone) ?? zoneFormatter('UTC');
  return formatter ? localToInstant(formatter, local).instant : local;
}

/** Every reminder that should be scheduled, nearest first, at most MAX_SCHEDULED. */
export function desiredAlarms(input: ReminderInput): DesiredAlarm[] {
  const now = input.now.getTime();
  const r = input.reminders;
  const out: DesiredAlarm[] = [];
  const add = (kind: ReminderKind, id: string, when: number | null) => {
    if (when !== null && Number.isFinite(when) && when > now)
      out.push({ name: alarmName(kind, id), when });
  };
  for (const t of input.tickets) {
    if (t.status !== 'open' || !t.dueAt) continue;
    const due = Date.parse(t.dueAt);
    if (r.beforeDue && r.leadMinutes > 0) add('due', t.id, due - r.leadMinutes * 60_000);
    if (r.atBreach) add('breach', t.id, due);
  }
  for (const p of input.packs) {
    if (!p.expiresOn) continue;
    const left = incidentsLeft(p);
    if (r.packExpiry && left !== 0) {
      add('pack-30', p.id, noticeInstant(p.expiresOn, 30, input.timeZone));
      add('pack-7', p.id, noticeInstant(p.expiresOn, 7, input.timeZone));
    }
    if (r.unusedIncidents && left !== null && left > 0) {
      add('pack-unused', p.id, noticeInstant(p.expiresOn, UNUSED_NOTICE_DAYS, input.timeZone));
    }
  }
  for (const s of input.snoozes ?? []) add('snooze', s.id, s.until);
  out.sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : 1));
  const kept = out.slice(0, MAX_SCHEDULED);
  if (input.badgeAt && input.badgeAt > now) kept.push({ name: BADGE_ALARM, when: input.badgeAt });
  return kept;
}

export interface ReconcileResult {
  created: string[];
  cleared: string[];
  kept: number;
}

/**
 * Makes the alarms match `desired`: creates missing ones, moves changed ones, clears ours that
 * are no longer wanted, keeps the daily reconcile alarm. Alarms not named `pcx:` are not ours.
 */
export async function reconcileAlarms(
  api: AlarmsApi,
  desired: DesiredAlarm[],
  now: Date,
): Promise<ReconcileResult> {
  const existing = new Map((await api.getAll()).map((a) => [a.name, a]));
  const result: ReconcileResult = { created: [], cleared: [], kept: 0 };
  const wanted = new Set(desired.map((d) => d.name));
  for (const [name] of existing) {
    if (!name.startsWith(ALARM_PREFIX) || name === RECONCILE_ALARM || wanted.has(name)) continue;
    await api.clear(name);
    result.cleared.push(name);
  }
  for (const d of desired) {
    const have = existing.get(d.name);
    if (have && Math.abs(have.scheduledTime - d.when) <= TOLERANCE_MS && !have.periodInMinutes) {
      result.kept++;
      continue;
    }
    // `create` replaces an alarm of the same name.
    await api.create(d.name, { when: d.when });
    result.created.push(d.name);
  }
  const daily = existing.get(RECONCILE_ALARM);
  if (daily?.periodInMinutes === RECONCILE_PERIOD_MINUTES) result.kept++;
  else {
    await api.create(RECONCILE_ALARM, {
      when: now.getTime() + RECONCILE_PERIOD_MINUTES * 60_000,
      periodInMinutes: RECONCILE_PERIOD_MINUTES,
    });
    result.created.push(RECONCILE_ALARM);
  }
  return result;
}

export interface NotificationText {
  title: string;
  message: string;
}

/**
 * The notification for a fired reminder, or null when it no longer applies (ticket responded or
 * closed, toggle turned off, pack emptied or expired). Re-checked at fire time from the record.
 */
export function notificationFor(
  kind: ReminderKind,
  record: Ticket | PackRecord | null,
  context: {
    now: Date;
    reminders: ReminderSettings;
    timeZone: string;
    t: Translate;
    locale: string;
  },
): NotificationText | null {
  if (!record) return null;
  const { reminders: r, t } = context;
  const when = (iso: string) => {
    try {
      return new Intl.DateTimeFormat(context.locale, {
        timeZone: context.timeZone,
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(iso));
    } catch {
      return iso;
    }
  };
  if (kind === 'due' || kind === 'breach' || kind === 'snooze') {
    const ticket = record as Ticket;
    if (ticket.status !== 'open' || !ticket.dueAt) return null;
    // A snoozed reminder comes back as it would be now (the agent asked for it: no toggle).
    const late = Date.parse(ticket.dueAt) <= context.now.getTime();
    const shown = kind === 'snooze' ? (late ? 'breach' : 'due') : kind;
    if (kind === 'due' && !r.beforeDue) return null;
    if (kind === 'breach' && !r.atBreach) return null;
    const params = {
      ticket: ticket.number ?? ticket.title,
      customer: ticket.customerName ?? '—',
      time: when(ticket.dueAt),
    };
    return shown === 'due'
      ? { title: t('reminder.due.title'), message: t('reminder.due.body', params) }
      : { title: t('reminder.breach.title'), message: t('reminder.breach.body', params) };
  }
  const pack = record as PackRecord;
  if (!pack.expiresOn) return null;
  // The agent's day, as everywhere packs are judged (a pack expiring tomorrow at 23:30 in Paris
  // has one day left, whatever UTC says).
  const today = packDay(context.now, context.timeZone);
  if (!isIsoDate(pack.expiresOn) || today >= pack.expiresOn) return null;
  const left = incidentsLeft(pack);
  const days = daysBetween(today, pack.expiresOn);
  const params = { pack: pack.label || pack.kind, date: pack.expiresOn, days, left: left ?? '—' };
  if (kind === 'pack-unused') {
    if (!r.unusedIncidents || left === null || left === 0) return null;
    return {
      title: t('reminder.packUnused.title'),
      message: t('reminder.packUnused.body', params),
    };
  }
  if (!r.packExpiry || left === 0) return null;
  return { title: t('reminder.packExpiry.title'), message: t('reminder.packExpiry.body', params) };
}

/** What a notification click should open: the ticket or the pack of the reminder. */
export function focusTargetOf(
  notificationId: string,
): { kind: 'ticket' | 'pack'; id: string } | null {
  const parsed = parseAlarmName(notificationId);
  if (!parsed) return null;
  return { kind: parsed.kind.startsWith('pack') ? 'pack' : 'ticket', id: parsed.id };
}
