import type { Ticket } from '../history/types';
import type { Translate } from '../i18n';
import { defineItem } from '../platform/storage';
import { isPlainObject } from '../schema';
import { zoneFormatter } from '../sla/local-time';
import type { ReminderKind } from './reminders';

/**
 * Signals outside the popup, decided here as pure functions and applied by the wiring:
 * - the toolbar badge and title, from the same reads as the reminder reconcile (red count of
 *   overdue tickets, else amber count of those due within the reminder lead time; the title says
 *   it in words, so colour is never the only signal);
 * - the buttons of a ticket reminder (Chrome and Edge show at most two; Firefox shows none, and
 *   there the notification itself opens the request, as it does everywhere);
 * - snoozes: a ticket reminder put off by 15 minutes, kept in extension storage so that the
 *   reconcile (which clears every alarm it did not decide) schedules it again after a restart.
 */

export const SNOOZE_MINUTES = 15;
/** The alarm that refreshes the badge when a ticket crosses a threshold and no reminder fires. */
export const BADGE_ALARM = 'pcx:badge';

export const BADGE_COLORS = {
  overdue: { background: '#C50F1F', text: '#FFFFFF' },
  soon: { background: '#FFB900', text: '#000000' },
} as const;

export interface BadgeInput {
  /** Open tickets (first response not given) whose due time has passed. */
  overdue: number;
  /** Open tickets due from now on, nearest first (at least those within the lead time). */
  upcoming: Pick<Ticket, 'dueAt'>[];
  now: Date;
  leadMinutes: number;
  timeZone: string;
  locale: string;
  t: Translate;
}

export interface Badge {
  text: string;
  tone: keyof typeof BADGE_COLORS | null;
  /** The toolbar title after the extension's short name. */
  title: string;
  /** When the badge changes next without any write: the next due-lead start or due time. */
  nextChange: number | null;
}

/** "14:30", or "Thu 14:30" when the time is not today in the agent's zone. */
export function shortTime(instant: number, now: Date, timeZone: string, locale: string): string {
  // An unknown zone reads as UTC, as the reminders' own notice times do.
  const zone = zoneFormatter(timeZone) ? timeZone : 'UTC';
  const day = (t: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(t);
  const sameDay = day(instant) === day(now.getTime());
  const sixDays = instant - now.getTime() < 6 * 86_400_000;
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : sixDays ? { weekday: 'short' } : { day: 'numeric', month: 'short' }),
  }).format(instant);
}

export function badgeFor(input: BadgeInput): Badge {
  const now = input.now.getTime();
  const lead = Math.max(0, input.leadMinutes) * 60_000;
  const dues = input.upcoming
    .map((u) => (u.dueAt ? Date.parse(u.dueAt) : Number.NaN))
    .filter((d) => Number.isFinite(d) && d > now)
    .sort((a, b) => a - b);
  const soon = dues.filter((d) => d - now <= lead).length;
  const next = dues[0];
  const { t } = input;
  const parts: string[] = [];
  if (input.overdue > 0) parts.push(t('signals.badge.overdue', { count: input.overdue }));
  if (soon > 0) {
    parts.push(t('signals.badge.soon', { count: soon, minutes: input.leadMinutes }));
  }
  if (next !== undefined) {
    parts.push(
      t('signals.badge.next', {
        time: shortTime(next, input.now, input.timeZone, input.locale),
      }),
    );
  }
  // The next threshold: a ticket entering the lead window, or one reaching its due time.
  const changes = dues.flatMap((d) => [d - lead, d]).filter((c) => c > now);
  const nextChange = changes.length > 0 ? Math.min(...changes) : null;
  const title = parts.length > 0 ? parts.join(' · ') : t('signals.badge.none');
  if (input.overdue > 0) {
    return { text: count(input.overdue), tone: 'overdue', title, nextChange };
  }
  if (soon > 0) return { text: count(soon), tone: 'soon', title, nextChange };
  return { text: '', tone: null, title, nextChange };
}

/** A badge has room for about four characters. */
const count = (n: number) => (n > 999 ? '999+' : String(n));

export type ButtonAction = 'responded' | 'snooze';

/** The buttons of a reminder, in order, or none (pack reminders; browsers without buttons). */
export function buttonsFor(
  kind: ReminderKind | 'snooze',
  supportsButtons: boolean,
): ButtonAction[] {
  if (!supportsButtons) return [];
  return kind === 'due' || kind === 'breach' || kind === 'snooze' ? ['responded', 'snooze'] : [];
}

export function buttonTitle(action: ButtonAction, t: Translate): string {
  return action === 'responded'
    ? t('signals.button.responded')
    : t('signals.button.snooze', { minutes: SNOOZE_MINUTES });
}

export interface Snooze {
  /** The ticket. */
  id: string;
  /** When the reminder comes back (epoch ms). */
  until: number;
}

/** Snoozed ticket reminders (extension storage: they outlive the worker). */
export const snoozesItem = /* @__PURE__ */ defineItem<Snooze[]>('local:snoozes', {
  fallback: () => [],
  parse: (stored) =>
    Array.isArray(stored)
      ? stored.filter(
          (s): s is Snooze =>
            isPlainObject(s) &&
            typeof s.id === 'string' &&
            s.id.length > 0 &&
            typeof s.until === 'number' &&
            Number.isFinite(s.until),
        )
      : undefined,
});

/** The snoozes after one more (a ticket has at most one) and without those already past. */
export function withSnooze(snoozes: Snooze[], id: string, now: number): Snooze[] {
  return [
    ...snoozes.filter((s) => s.id !== id && s.until > now),
    { id, until: now + SNOOZE_MINUTES * 60_000 },
  ];
}
