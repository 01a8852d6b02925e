import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
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
      .toEqual([`pcx:badge`, `pcx:breach:${id}`, `pcx:due:${id}`, 'pcx:reconcile'].sort());
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

  it('the badge counts overdue tickets in red, else those due within the lead time in amber', async () => {
    // 02:00 UTC: the next due time, 20 minutes on, falls on the same day in every zone the suites
    // run in (New York 21:00 to Chatham 15:45), so the title shows a bare time; a due time on
    // another day shows its weekday (signals' shortTime).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T02:00:00Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const service = registerHistory();
    const add = (minutes: number, n: number) =>
      service.handlers['tickets:add']?.(
        ticketInput({
          number: `26112100100000${n}`,
          dueAt: new Date(Date.now() + minutes * 60_000).toISOString(),
        }),
        context,
      );
    await add(20, 10); // within the default lead time
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([255, 185, 0, 255]);
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^PCX: 1 due within \d+ min · next due /);
    await add(-90, 11);
    await add(-30, 12);
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([197, 15, 31, 255]);
    expect(await fakeBrowser.action.getTitle({})).toMatch(
      /^PCX: 2 overdue · 1 due within \d+ min · next due \d\d:\d\d$/,
    );
  });

  it('a reminder offers Mark responded and Snooze; each does what it says', async () => {
    const service = registerHistory();
    const dueAt = new Date(Date.now() + 3 * 3600_000).toISOString();
    const added = await service.handlers['tickets:add']?.(ticketInput({ dueAt }), context);
    const id = (added as { id: string }).id;
    const name = `pcx:due:${id}`;
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
    await expect
      .poll(
        async () =>
          ((await fakeBrowser.notifications.getAll())[name] as { buttons?: unknown })?.buttons,
      )
      .toEqual([{ title: 'Mark responded' }, { title: 'Snooze 15 min' }]);

    // Snooze: the notification goes, a snooze alarm 15 minutes on comes, and outlives a reconcile.
    const before = Date.now();
    await fakeBrowser.notifications.onButtonClicked.trigger(name, 1);
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(`pcx:snooze:${id}`))?.scheduledTime)
      .toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `pcx:snooze:${id}`,
      scheduledTime: Date.now(),
    });
    await expect
      .poll(async () => Object.keys(await fakeBrowser.notifications.getAll()))
      .toEqual([`pcx:snooze:${id}`]);

    // Mark responded: the ticket is responded, and its breach reminder is gone.
    await fakeBrowser.notifications.onButtonClicked.trigger(`pcx:snooze:${id}`, 0);
    await expect
      .poll(async () => (await service.handlers['tickets:get']?.({ id }, context))?.status)
      .toBe('responded');
    await expect
      .poll(async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name))
      .toEqual(['pcx:reconcile']);
  });

  it('a reminder of a ticket whose request page is known opens that page', async () => {
    const service = registerHistory();
    const dueAt = new Date(Date.now() + 3 * 3600_000).toISOString();
    const added = await service.handlers['tickets:add']?.(ticketInput({ dueAt }), context);
    const id = (added as { id: string }).id;
    await fakeBrowser.notifications.onClicked.trigger(`pcx:breach:${id}`);
    await expect
      .poll(async () => (await fakeBrowser.tabs.query({})).map((t) => t.url))
      .toContain('https://portal.azure.com/#view/req/2611210010000001');
  });
});
