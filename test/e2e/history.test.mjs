// The history end to end, in Chromium with the built extension and REAL IndexedDB:
// - a ticket written through the background survives the service worker being stopped;
// - 10 extension tabs writing at once: 1,000 tickets land exactly once, repeats deduplicated;
// - a real quota error (CDP Storage.overrideQuotaForOrigin) shows the storage-full state and
//   loses nothing (kept aside, then saved by history:retry);
// - the toolbar badge and title count overdue tickets (EN and FR);
// - a real alarm fires and a real notification appears for a ticket coming due;
// - a backup whose events hold seq 2^53-1 cannot lock the history, and a database the old import
//   left with its key generator at the maximum is repaired on opening (writes and erase work).
// Content-script captures go through the same handlers; the portal helpers' suite drives them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, sendFrom, until } from './harness.mjs';

let h;
let popup;

const ticket = (overrides = {}) => ({
  number: null,
  portal: 'azure',
  portalLink: null,
  customerId: '11111111-2222-3333-4444-555555555555',
  customerName: 'Contoso',
  service: 'azure',
  product: null,
  title: 'VM does not start',
  severity: 'B',
  program: 'csp',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: new Date().toISOString(),
  dueAt: new Date(Date.now() + 4 * 3600_000).toISOString(),
  rule: 'csp-severity',
  clock: 'around-the-clock',
  caveats: [],
  contact: null,
  ...overrides,
});

const number = (i) => `2611${String(i).padStart(12, '0')}`;

describe('history (real IndexedDB)', () => {
  before(async () => {
    h = await launch({ route: false });
    popup = await h.openPopup();
  });
  after(async () => {
    await h?.close();
  });

  it('a recorded ticket survives the service worker being stopped', async () => {
    const added = await sendFrom(
      popup,
      'tickets:add',
      ticket({ number: number(1), title: 'Survivor' }),
    );
    assert.equal(added.ok, true, JSON.stringify(added));
    assert.equal(await h.stopServiceWorker(), 1);
    await popup.close();
    popup = await h.openPopup();
    // The first message after the kill wakes the worker and is answered.
    const list = await sendFrom(popup, 'tickets:list', { view: 'open' });
    assert.equal(list.ok, true, JSON.stringify(list));
    assert.deepEqual(
      list.data.items.map((t) => t.title),
      ['Survivor'],
    );
    assert.equal((await sendFrom(popup, 'history:status', {})).data.state, 'ok');
  });

  it('10 tabs writing at once: 1,000 tickets land exactly once, repeated numbers deduplicated', async () => {
    const tabs = await Promise.all(Array.from({ length: 10 }, () => h.openPopup()));
    const results = await Promise.all(
      tabs.map((tab, t) =>
        tab.evaluate(
          async ([t, template]) => {
            const calls = [];
            for (let i = 0; i < 100; i++) {
              // 100 numbers of its own, and the same 100 shared numbers as every other tab.
              const own = `27${String(t * 100 + i).padStart(14, '0')}`;
              const shared = `28${String(i).padStart(14, '0')}`;
              for (const n of [own, shared]) {
                calls.push(
                  chrome.runtime.sendMessage({
                    type: 'tickets:add',
                    payload: { ...template, number: n },
                  }),
                );
              }
            }
            const replies = await Promise.all(calls);
            return {
              ok: replies.filter((r) => r.ok).length,
              duplicates: replies.filter((r) => !r.ok && r.error.code === 'duplicate-number')
                .length,
              other: replies.filter((r) => !r.ok && r.error.code !== 'duplicate-number'),
            };
          },
          [t, ticket()],
        ),
      ),
    );
    const ok = results.reduce((s, r) => s + r.ok, 0);
    const duplicates = results.reduce((s, r) => s + r.duplicates, 0);
    assert.deepEqual(
      results.flatMap((r) => r.other),
      [],
    );
    assert.equal(ok, 1100);
    assert.equal(duplicates, 900);
    const all = await sendFrom(popup, 'tickets:list', { view: 'all', limit: 1 });
    assert.equal(all.data.total, 1101);
    // Walk every page: each number exactly once.
    const numbers = [];
    let cursor = null;
    do {
      const page = await sendFrom(popup, 'tickets:list', { view: 'open', limit: 200, cursor });
      numbers.push(...page.data.items.map((t) => t.number));
      cursor = page.data.next;
    } while (cursor);
    assert.equal(numbers.length, 1101);
    assert.equal(new Set(numbers).size, 1101);
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('a real quota error shows the storage-full state and loses nothing', async () => {
    const cdp = await h.context.newCDPSession(popup);
    const origin = `chrome-extension://${h.extensionId}`;
    const usage = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin,
      quotaSize: Math.max(usage.usage, 1),
    });
    try {
      // Chromium caches an origin's remaining space for about 30 s: keep writing, one ticket a
      // second, until the override bites.
      const big = 'x'.repeat(5000);
      let refused = null;
      const deadline = Date.now() + 45_000;
      for (let i = 0; Date.now() < deadline && !refused; i++) {
        const r = await sendFrom(
          popup,
          'tickets:add',
          ticket({ number: number(5000 + i), notes: big }),
        );
        if (!r.ok) refused = { reply: r, number: number(5000 + i) };
        else await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      assert.ok(refused, 'the quota was never hit');
      assert.equal(refused.reply.error.code, 'history-pending', JSON.stringify(refused.reply));
      const status = await sendFrom(popup, 'history:status', {});
      assert.equal(status.data.state, 'storage-full', JSON.stringify(status));
      assert.ok(status.data.pending >= 1);
      // The JSON export carries the kept write.
      const exported = await sendFrom(popup, 'history:export', { format: 'json' });
      const backup = JSON.parse(exported.data.text);
      assert.ok(backup.pending.some((p) => p.payload.number === refused.number));
      // Room again: retry saves it.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      const retried = await sendFrom(popup, 'history:retry', {});
      assert.deepEqual([retried.data.state, retried.data.pending], ['ok', 0]);
      const list = await sendFrom(popup, 'tickets:list', { view: 'all', limit: 1 });
      assert.equal(list.data.items[0].number, refused.number);
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => {});
      await cdp.detach();
    }
  });

  it('the toolbar badge and title count overdue tickets, in English and in French', async () => {
    const overdue = await sendFrom(
      popup,
      'tickets:add',
      ticket({ number: number(8000), dueAt: new Date(Date.now() - 3600_000).toISOString() }),
    );
    assert.equal(overdue.ok, true, JSON.stringify(overdue));
    const badge = () =>
      popup.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
        title: await chrome.action.getTitle({}),
      }));
    const en = await until(
      async () => {
        const b = await badge();
        return /overdue/.test(b.title) ? b : null;
      },
      { message: 'badge in English' },
    );
    assert.match(en.text, /^[1-9]\d*$/);
    assert.deepEqual(en.color, [197, 15, 31, 255]);
    assert.match(en.title, /^PCX: \d+ overdue( · next due .+)?$/);
    await h.writeSettings({ version: 1, uiLanguage: 'fr' });
    const fr = await until(
      async () => {
        const b = await badge();
        return /en retard/.test(b.title) ? b : null;
      },
      { message: 'badge in French' },
    );
    assert.equal(fr.text, en.text);
    assert.match(fr.title, /^PCX: \d+ en retard( · prochaine échéance .+)?$/);
    // Marked responded, the ticket leaves the count.
    await sendFrom(popup, 'tickets:set-status', { id: overdue.data.id, status: 'responded' });
    await until(async () => (await badge()).text !== en.text, { message: 'badge after response' });
    await h.writeSettings({ version: 1, uiLanguage: 'en' });
  });

  it('a real alarm wakes the stopped worker, a real notification appears for a ticket coming due, and its buttons work', async () => {
    const dueAt = new Date(Date.now() + 15_000).toISOString();
    const added = await sendFrom(popup, 'tickets:add', ticket({ number: number(9000), dueAt }));
    assert.equal(added.ok, true, JSON.stringify(added));
    const name = `pcx:breach:${added.data.id}`;
    const alarm = await until(() => popup.evaluate((n) => chrome.alarms.get(n), name), {
      timeout: 5000,
      message: 'breach alarm scheduled',
    });
    assert.equal(alarm.scheduledTime, Date.parse(dueAt));
    // Reconcile is idempotent: the number of alarms does not change when it runs again.
    const count = (await popup.evaluate(() => chrome.alarms.getAll())).length;
    // At most MAX_SCHEDULED reminders, the daily reconcile and the badge's next turn.
    assert.ok(count <= 402, `${count} alarms`);
    // The worker is stopped before the alarm is due: the alarm must wake it (its listener is
    // registered at the top level) and the notification still appear.
    assert.equal(await h.stopServiceWorker(), 1);
    const shown = await until(
      async () => {
        const all = await popup.evaluate(() => chrome.notifications.getAll());
        return Object.keys(all).includes(name) ? all : null;
      },
      { timeout: 60_000, interval: 500, message: `notification ${name}` },
    );
    assert.ok(shown[name]);

    // Its first button, "Mark responded": no automation can press a native notification's button,
    // so the browser's side of the click is played on the real API event, in the real worker; all
    // that follows (the listener, the history write, the alarm and notification cleared) is the
    // extension's own.
    const worker = await until(() => h.worker, { message: 'the woken worker' });
    await worker.evaluate((id) => chrome.notifications.onButtonClicked.dispatch(id, 0), name);
    const responded = await until(
      async () => {
        const got = await sendFrom(popup, 'tickets:get', { id: added.data.id });
        return got.data?.status === 'responded' ? got.data : null;
      },
      { message: 'ticket marked responded from the notification' },
    );
    assert.equal(responded.number, number(9000));
    await until(
      async () => !(name in (await popup.evaluate(() => chrome.notifications.getAll()))),
      { message: 'notification cleared' },
    );
    // Responded: no breach reminder is left for it.
    await until(async () => !(await popup.evaluate((n) => chrome.alarms.get(n), name)), {
      message: 'breach alarm gone',
    });

    // A second ticket's reminder, "Snooze 15 min" (the second button): the reminder comes back
    // in 15 minutes and the ticket stays open.
    const second = await sendFrom(
      popup,
      'tickets:add',
      ticket({ number: number(9001), dueAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    const other = `pcx:breach:${second.data.id}`;
    const before = Date.now();
    await worker.evaluate((id) => chrome.notifications.onButtonClicked.dispatch(id, 1), other);
    const snoozed = await until(
      async () => {
        const all = await popup.evaluate(() => chrome.alarms.getAll());
        return (
          all.find((a) => a.name.includes(second.data.id) && a.name.includes('snooze')) ?? null
        );
      },
      { message: 'snooze alarm scheduled' },
    );
    const minutes = (snoozed.scheduledTime - before) / 60_000;
    assert.ok(minutes > 14.5 && minutes < 15.5, `${minutes} minutes`);
    const still = await sendFrom(popup, 'tickets:get', { id: second.data.id });
    assert.equal(still.data.status, 'open');
    h.assertNoPageErrors();
  });

  it('an event seq of 2^53-1 cannot lock the history; a database poisoned by the old import is repaired', async () => {
    const POISON = 9007199254740991;
    // 1. A hostile backup with a valid checksum: refused, nothing written.
    const refused = await popup.evaluate(async (seq) => {
      // The canonical text the checksum covers: keys sorted at every level.
      const data = `{"customers":[],"events":[{"action":"erased","at":"2026-11-20T10:00:00.000Z","entity":"history","entityId":null,"seq":${seq},"surface":"page"}],"packs":[],"tickets":[]}`;
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(data));
      const checksum = [...new Uint8Array(digest)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      const text = `{"format":"pcx-backup","schemaVersion":1,"exportedAt":"2026-11-21T10:00:00.000Z","counts":{"customers":0,"tickets":0,"packs":0,"events":1},"checksum":"${checksum}","data":${data}}`;
      return chrome.runtime.sendMessage({
        type: 'history:import',
        payload: { text, mode: 'replace', dryRun: false },
      });
    }, POISON);
    assert.equal(refused.ok, false, JSON.stringify(refused));
    assert.equal(refused.error.code, 'import-invalid-record', JSON.stringify(refused));

    // 2. The database as the old import left it: a v1 history whose events store holds that key.
    const old = ticket({ number: number(7001), title: 'Before the repair' });
    const poisoned = await popup.evaluate(
      async ([seq, t]) => {
        const done = (r) =>
          new Promise((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        // The background closes its connection when asked (versionchange), so this is not blocked.
        await done(indexedDB.deleteDatabase('pcx-history'));
        const open = indexedDB.open('pcx-history', 1);
        open.onupgradeneeded = () => {
          const db = open.result;
          const c = db.createObjectStore('customers', { keyPath: 'id' });
          c.createIndex('byTenant', 'tenantId');
          c.createIndex('byDomain', 'domains', { multiEntry: true });
          c.createIndex('bySelectedAt', 'selectedAt');
          c.createIndex('byLastSeen', 'lastSeen');
          const k = db.createObjectStore('tickets', { keyPath: 'id' });
          k.createIndex('byNumber', 'number', { unique: true });
          k.createIndex('byOpenDue', 'openDue');
          k.createIndex('byCustomerFiled', ['customerId', 'filedAt']);
          k.createIndex('byFiled', 'filedAt');
          k.createIndex('byPack', 'packId');
          db.createObjectStore('packs', { keyPath: 'id' }).createIndex('byExpiresOn', 'expiresOn');
          db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
          db.createObjectStore('meta', { keyPath: 'key' });
        };
        const db = await done(open);
        const event = (action) => ({
          at: t.filedAt,
          surface: 'import',
          entity: 'history',
          entityId: null,
          action,
        });
        const write = (fill) => {
          const tx = db.transaction(['tickets', 'events'], 'readwrite');
          fill(tx);
          return new Promise((resolve) => {
            tx.oncomplete = () => resolve('ok');
            tx.onabort = () => resolve(`${tx.error?.name}: ${tx.error?.message}`);
          });
        };
        await write((tx) => {
          tx.objectStore('tickets').put({
            ...t,
            id: 'poisoned-1',
            status: 'open',
            statusAt: { open: t.filedAt },
            portalStatus: null,
            portalStatusSeenAt: null,
            packId: null,
            notes: '',
            source: 'manual',
            createdAt: t.filedAt,
            updatedAt: t.filedAt,
            openDue: `${t.dueAt}|poisoned-1`,
          });
          tx.objectStore('events').put({ ...event('imported'), seq });
        });
        // What the old code met: one more generated key, then none, ever.
        const next = await write((tx) => tx.objectStore('events').add(event('created')));
        const after = await write((tx) => tx.objectStore('events').add(event('created')));
        db.close();
        return { next, after };
      },
      [POISON, old],
    );
    assert.equal(poisoned.next, 'ok');
    assert.match(poisoned.after, /^ConstraintError/, JSON.stringify(poisoned));

    // 3. The current code opens it, repairs the log, and every write works again.
    for (const n of [7002, 7003]) {
      const added = await sendFrom(popup, 'tickets:add', ticket({ number: number(n) }));
      assert.equal(added.ok, true, JSON.stringify(added));
    }
    const list = await sendFrom(popup, 'tickets:list', { view: 'all' });
    assert.deepEqual(list.data.items.map((t) => t.number).sort(), [
      number(7001),
      number(7002),
      number(7003),
    ]);
    assert.equal((await sendFrom(popup, 'history:status', {})).data.state, 'ok');
    const erased = await sendFrom(popup, 'history:erase', { confirm: 'erase-everything' });
    assert.equal(erased.ok, true, JSON.stringify(erased));
    const again = await sendFrom(popup, 'tickets:add', ticket({ number: number(7004) }));
    assert.equal(again.ok, true, JSON.stringify(again));
    h.assertNoPageErrors();
  });
});
