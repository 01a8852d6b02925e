import { browser } from 'wxt/browser';
import { createTranslator, resolveLanguage } from '../i18n';
import { leavePopupFocus } from '../platform/popup-focus';
import { browserUiLanguage, loadSettings, machineTimeZone } from '../platform/settings-store';
import { localArea, settingsItem } from '../platform/storage';
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

/**
 * The history's side of the background, bound to the real extension APIs. `registerHistory`
 * creates the service and adds every listener SYNCHRONOUSLY (the caller runs it at the top level
 * of the background): a worker woken by an alarm or a notification click must find its listener.
 * The logic lives in the pure modules next to this one; this file only connects them to `browser`.
 */

async function settingsNow() {
  return loadSettings();
}

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
    const repo = await service.repo();
    const now = new Date();
    // Ticket alarms are due-lead..due: any ticket due from now on may need one.
    const tickets = await repo.openTicketsDueFrom(now.toISOString(), MAX_SCHEDULED * 2);
    const packs = await repo.allPacks();
    const desired = desiredAlarms({
      tickets,
      packs,
      now,
      reminders: settings.reminders,
      timeZone: settings.schedule.timeZone,
    });
    await reconcileAlarms(browser.alarms, desired, now);
  }

  async function onAlarm(name: string) {
    if (name === RECONCILE_ALARM) return scheduleReconcile();
    const parsed = parseAlarmName(name);
    if (!parsed) return;
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
      await browser.notifications.create(name, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.title,
        message: text.message,
      });
    }
    await scheduleReconcile();
  }

  async function onNotificationClicked(id: string) {
    const target = focusTargetOf(id);
    await browser.notifications.clear(id).catch(() => false);
    if (!target) return;
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

  const quietly =
    <A extends unknown[]>(what: string, fn: (...args: A) => Promise<unknown>) =>
    (...args: A) => {
      fn(...args).catch((error) => console.warn(`PCX ${what}:`, error));
    };

  browser.alarms.onAlarm.addListener(quietly('alarm', (alarm) => onAlarm(alarm.name)));
  browser.notifications.onClicked.addListener(quietly('notification', onNotificationClicked));
  browser.runtime.onStartup.addListener(quietly('startup', scheduleReconcile));
  browser.runtime.onInstalled.addListener(quietly('installed', scheduleReconcile));
  settingsItem.watch(() => void scheduleReconcile());
  return service;
}
