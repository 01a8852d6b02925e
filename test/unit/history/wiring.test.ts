import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerHistory } from '../../../lib/background/wiring';
import { ticketInput } from './helpers';

/**
 * The background's history wiring against the WXT fake browser: listeners exist as soon as
 * `registerHistory` returns (no await before them), a change schedules its reminders, an alarm
 * turns into a notification, and a notification click stores the popup's target and opens it.
 */
const context = {
  kind: 'page' as const,
  sender: { id: 'x', url: 'chrome-extension://x/popup.html' },
  portalHost: null,
};

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

describe('background history wiring', () => {
  it('registers every listener synchronously', () => {
    const events = [
      fakeBrowser.alarms.onAlarm,
      fakeBrowser.notifications.onClicked,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.runtime.onInstalled,
    ];
    const spies = events.map((event) => vi.spyOn(event, 'addListener'));
    registerHistory();
    // Checked before any await: a worker woken by one of these events finds its listener.
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a new ticket gets its reminders; its breach alarm shows a notification', async () => {
    const service = registerHistory();
    const dueAt = new Date(Date.now() + 3 * 3600_000).toISOString();
    const added = await service.handlers['tickets:add']?.(ticketInput({ dueAt }), context);
    const id = (added as { id: string }).id;
    await expect
      .poll(async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort())
      .toEqual([`pcx:breach:${id}`, `pcx:due:${id}`, 'pcx:reconcile'].sort());
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `pcx:breach:${id}`,
      scheduledTime: Date.now(),
    });
    await expect
      .poll(async () => Object.keys(await fakeBrowser.notifications.getAll()))
      .toEqual([`pcx:breach:${id}`]);
  });

  it('a notification click stores the target and opens the popup on it', async () => {
    registerHistory();
    await fakeBrowser.notifications.onClicked.trigger('pcx:pack-7:pack-1');
    await expect
      .poll(async () => (await fakeBrowser.storage.session.get('popupFocus')).popupFocus)
      .toEqual({ kind: 'pack', id: 'pack-1' });
    // No openPopup in this environment: the popup opens in a tab on the pack.
    await expect
      .poll(async () =>
        (await fakeBrowser.tabs.query({}))
          .map((t) => t.url)
          .filter((u) => u?.includes('popup.html')),
      )
      .toEqual([expect.stringMatching(/\/popup\.html\?pack=pack-1$/)]);
  });
});
