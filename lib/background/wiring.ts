import { browser } from 'wxt/browser';
import { createTranslator, resolveLanguage } from '../i18n';
import type { ScheduledReminder } from '../messaging/messages/signals';
import type { Handlers } from '../messaging/router';
import { leavePopupFocus } from '../platform/popup-focus';
import { browserUiLanguage, loadSettings, machineTimeZone } from '../platform/settings-store';
import { localArea, settingsItem, setupItem, watchManagedPolicy } from '../platform/storage';
import { isOwnTenant } from '../portals/tenant';
import { createHistoryService, type HistoryService } from './history-service';
import {
  desiredAlarms,
  focusTargetOf,
  MAX_SCHEDULED,
  notificationFor,
  parseAlarmName,
  RECONCILE_ALARM,
  reconcileAlarms,
} from './reminders';
import {
  BADGE_ALARM,
  BADGE_COLORS,
  type Badge,
  badgeFor,
  buttonsFor,
  buttonTitle,
  snoozesItem,
  withSnooze,
} from './signals';

/**
 * The history's side of the background, bound to the real extension APIs. `registerHistory`
 * creates the service and adds every listener SYNCHRONOUSLY (the caller runs it at the top level
 * of the background): a worker woken by an alarm or a notification click must find its listener.
 * The logic lives in the pure modules next to this one; this file only connects them to `browser`.
 */

async function settingsNow() {
  return loadSettings();
}

/** The notification "send a test reminder" shows: not a reminder's name, so a click only closes it. */
const TEST_NOTIFICATION = 'pcx-test';

const localeOf = (language: 'en' | 'fr') => (language === 'fr' ? 'fr-FR' : 'en-GB');

export function registerHistory(): HistoryService {
  let reconciling: Promise<void> | null = null;
  // The zone of "today" for pack expiry: the schedule's, refreshed at every reconcile.
  let cachedZone: string | undefined = machineTimeZone();
  let again = false;

  /** Reconciles reminders; calls arriving meanwhile coalesce into one more pass. */
  const scheduleReconcile = (): Promise<void> => {
    if (reconciling) {
      again = true;
      return reconciling;
    }
    reconciling = (async () => {
      do {
        again = false;
        await reconcileOnce().catch((error) => console.warn('PCX reminders:', error));
      } while (again);
    })().finally(() => {
      reconciling = null;
    });
    return reconciling;
  };

  const service = createHistoryService({
    factory: () => globalThis.indexedDB,
    storage: localArea(),
    timeZone: () => cachedZone,
    // The same definition the pages use (lib/portals/tenant.ts), not a copy of it.
    isOwnTenant: async (tenantId, domains) =>
      isOwnTenant({ tenantId, domains }, (await settingsNow()).profile),
    portalReplies: async () => (await settingsNow()).portalReplies,
    icsLabels: async () => {
      const settings = await settingsNow();
      const t = createTranslator(resolveLanguage(settings.uiLanguage, browserUiLanguage()));
      return {
        firstResponse: (ticket) =>
          t('calendar.firstResponse', {
            ticket: ticket.number ?? ticket.title,
            customer: ticket.customerName ?? '—',
          }),
        packExpiry: (pack) => t('calendar.packExpiry', { pack: pack.label || pack.kind }),
      };
    },
    onChange: () => void scheduleReconcile(),
  });

  async function reconcileOnce() {
    const settings = await settingsNow();
    cachedZone = settings.schedule.timeZone;
    const language = resolveLanguage(settings.uiLanguage, browserUiLanguage());
    const repo = await service.repo();
    const now = new Date();
    // Ticket alarms are due-lead..due: any ticket due from now on may need one.
    const tickets = await repo.openTicketsDueFrom(now.toISOString(), MAX_SCHEDULED * 2);
    const packs = await repo.allPacks();
    // Snoozes of tickets still waiting for Microsoft; the others are forgotten.
    const snoozes = [];
    const stored = await snoozesItem.getValue();
    for (const s of stored) {
      if (s.until > now.getTime() && (await repo.ticketsGet(s.id))?.status === 'open') {
        snoozes.push(s);
      }
    }
    if (snoozes.length !== stored.length) await snoozesItem.setValue(snoozes);
    const badge = badgeFor({
      overdue: await repo.openTicketsOverdue(now.toISOString()),
      upcoming: tickets,
      now,
      leadMinutes: settings.reminders.leadMinutes,
      timeZone: settings.schedule.timeZone,
      locale: localeOf(language),
      t: createTranslator(language),
    });
    const desired = desiredAlarms({
      tickets,
      packs,
      now,
      reminders: settings.reminders,
      timeZone: settings.schedule.timeZone,
      snoozes,
      badgeAt: badge.nextChange,
    });
    await reconcileAlarms(browser.alarms, desired, now);
    await showBadge(badge);
  }

  /** The toolbar: the count on its colour, and the same in words in the title. */
  async function showBadge(badge: Badge) {
    const action = browser.action;
    if (!action) return;
    await action.setBadgeText({ text: badge.text });
    if (badge.tone) {
      const colors = BADGE_COLORS[badge.tone];
      await action.setBadgeBackgroundColor({ color: colors.background });
      // Chrome 110+, Firefox 63+.
      if (typeof action.setBadgeTextColor === 'function') {
        await action.setBadgeTextColor({ color: colors.text });
      }
    }
    await action.setTitle({ title: `PCX: ${badge.title}` });
  }

  async function onAlarm(name: string) {
    if (name === RECONCILE_ALARM || name === BADGE_ALARM) return scheduleReconcile();
    const parsed = parseAlarmName(name);
    if (!parsed) return;
    if (parsed.kind === 'snooze') {
      const left = (await snoozesItem.getValue()).filter((s) => s.id !== parsed.id);
      await snoozesItem.setValue(left);
    }
    const settings = await settingsNow();
    const language = resolveLanguage(settings.uiLanguage, browserUiLanguage());
    const repo = await service.repo();
    const record = parsed.kind.startsWith('pack')
      ? await repo.packsGet(parsed.id)
      : await repo.ticketsGet(parsed.id);
    const text = notificationFor(parsed.kind, record, {
      now: new Date(),
      reminders: settings.reminders,
      timeZone: settings.schedule.timeZone,
      t: createTranslator(language),
      locale: localeOf(language),
    });
    // Firefox notifications: title, message and icon only (no buttons, no requireInteraction).
    if (text) {
      const t = createTranslator(language);
      const buttons = buttonsFor(parsed.kind, !import.meta.env.FIREFOX).map((action) => ({
        title: buttonTitle(action, t),
      }));
      await browser.notifications.create(name, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title: text.title,
        message: text.message,
        ...(buttons.length > 0 ? { buttons } : {}),
      });
    }
    await scheduleReconcile();
  }

  /** A reminder's button: the ticket marked responded, or the reminder back in 15 minutes. */
  async function onButtonClicked(id: string, index: number) {
    const parsed = parseAlarmName(id);
    await browser.notifications.clear(id).catch(() => false);
    if (!parsed) return;
    const action = buttonsFor(parsed.kind, true)[index];
    if (action === 'responded') {
      // Only a ticket still waiting: one resolved meanwhile is not put back to responded.
      const ticket = await (await service.repo()).ticketsGet(parsed.id);
      if (ticket?.status !== 'open') return;
      await service.write('tickets:set-status', { id: parsed.id, status: 'responded' });
    } else if (action === 'snooze') {
      await snoozesItem.setValue(withSnooze(await snoozesItem.getValue(), parsed.id, Date.now()));
      await scheduleReconcile();
    }
  }

  async function onNotificationClicked(id: string) {
    const target = focusTargetOf(id);
    await browser.notifications.clear(id).catch(() => false);
    // Not a reminder (the test notification among them): closing it was all.
    if (!target) return;
    // A ticket whose request page is known: open the request itself.
    if (target.kind === 'ticket') {
      const ticket = await (await service.repo()).ticketsGet(target.id).catch(() => null);
      if (ticket?.portalLink) {
        await browser.tabs.create({ url: ticket.portalLink });
        return;
      }
    }
    // The popup takes the target from extension storage (openPopup) or from its URL (tab).
    await leavePopupFocus(target);
    try {
      if (typeof browser.action?.openPopup !== 'function') throw new Error('no openPopup');
      await browser.action.openPopup();
    } catch {
      const query = `${target.kind === 'pack' ? 'pack' : 'ticket'}=${encodeURIComponent(target.id)}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`) });
    }
  }

  /** The reminders the browser holds now, named after their records, nearest first. */
  async function scheduled(): Promise<ScheduledReminder[]> {
    const repo = await service.repo();
    const out: ScheduledReminder[] = [];
    for (const alarm of await browser.alarms.getAll()) {
      const parsed = parseAlarmName(alarm.name);
      if (!parsed) continue;
      const record = parsed.kind.startsWith('pack')
        ? await repo.packsGet(parsed.id)
        : await repo.ticketsGet(parsed.id);
      const label = !record
        ? null
        : 'number' in record
          ? (record.number ?? record.title)
          : record.label || record.kind;
      out.push({
        kind: parsed.kind,
        id: parsed.id,
        when: new Date(alarm.scheduledTime).toISOString(),
        label,
      });
    }
    return out.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
  }

  /** A notification now, in the agent's language, so they can see the browser shows them. */
  async function testReminder(): Promise<{ shown: boolean }> {
    const settings = await settingsNow();
    const t = createTranslator(resolveLanguage(settings.uiLanguage, browserUiLanguage()));
    const id = await browser.notifications.create(TEST_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: t('signals.test.title'),
      message: t('signals.test.body'),
    });
    return { shown: id === TEST_NOTIFICATION };
  }

  const quietly =
    <A extends unknown[]>(what: string, fn: (...args: A) => Promise<unknown>) =>
    (...args: A) => {
      fn(...args).catch((error) => console.warn(`PCX ${what}:`, error));
    };

  browser.alarms.onAlarm.addListener(quietly('alarm', (alarm) => onAlarm(alarm.name)));
  browser.notifications.onClicked.addListener(quietly('notification', onNotificationClicked));
  // Firefox has no buttons (and may have no such event).
  browser.notifications.onButtonClicked?.addListener(
    quietly('notification button', onButtonClicked),
  );
  browser.runtime.onStartup.addListener(quietly('startup', scheduleReconcile));
  browser.runtime.onInstalled.addListener(
    quietly('installed', async (details: { reason: string }) => {
      await scheduleReconcile();
      // A new install opens the three-step setup (options), unless it was done before.
      if (details.reason === 'install' && !(await setupItem.getValue()).done) {
        await browser.tabs.create({ url: browser.runtime.getURL('/options.html#setup') });
      }
    }),
  );
  settingsItem.watch(() => void scheduleReconcile());
  // Business hours or holidays set by IT move the deadlines too.
  watchManagedPolicy(() => void scheduleReconcile());
  // Added to the service's own table (a spread copy would freeze its `state` getter).
  Object.assign(service.handlers, {
    'reminders:scheduled': () => scheduled(),
    'reminders:test': () => testReminder(),
  } satisfies Handlers);
  return service;
}
