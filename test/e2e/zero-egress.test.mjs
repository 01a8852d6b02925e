// Zero network egress: walk the popup and each of its tabs, each options section, exports in
// every format, an import, a reminder with its notification, and assert that the extension's own
// contexts made no network request at all (test/e2e/egress.mjs says what is watched). The helpers
// on every replica page, in both languages, are watched by the same watcher during their own walk
// in test/e2e/helpers-portals.test.mjs ("every replica page"), which asserts the same.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { instrumentWorker, watchEgress } from './egress.mjs';
import { launch, sendFrom, until } from './harness.mjs';

describe('zero network egress', () => {
  let h;
  let watcher;

  before(async () => {
    h = await launch({ lang: 'en' });
    watcher = await watchEgress(h);
  });

  after(async () => {
    await h?.close();
  });

  it('popup tabs, options sections, exports, import and a reminder', async () => {
    const popup = await h.openPopup();
    // The walk must really happen: the popup has rendered its tabs.
    await popup.getByRole('tab').first().waitFor({ timeout: 10_000 });
    for (const name of [
      /packs|packs/i,
      /customers|clients/i,
      /calculator|calculatrice/i,
      /tickets/i,
    ]) {
      const tab = popup.getByRole('tab', { name });
      if (await tab.count()) await tab.first().click();
    }
    const options = await h.openOptions();
    const sections = options.getByRole('navigation').getByRole('tab');
    await sections.first().waitFor({ timeout: 10_000 });
    const count = await sections.count();
    for (let i = 0; i < count; i++) await sections.nth(i).click();
    for (const format of ['json', 'csv-tickets', 'csv-packs', 'ics']) {
      const reply = await sendFrom(popup, 'history:export', { format });
      assert.equal(reply.ok, true, JSON.stringify(reply).slice(0, 200));
    }
    const backup = await sendFrom(popup, 'history:export', { format: 'json' });
    const dry = await sendFrom(popup, 'history:import', {
      text: backup.data.text,
      mode: 'merge',
      dryRun: true,
    });
    assert.equal(dry.ok, true, JSON.stringify(dry).slice(0, 200));
    // A reminder: a ticket due in a few seconds raises a real alarm and a real notification.
    const added = await sendFrom(popup, 'tickets:add', {
      number: '2611219999000001',
      portal: 'azure',
      portalLink: null,
      customerId: null,
      customerName: 'Contoso Ltd',
      service: 'azure',
      product: null,
      title: 'Egress probe',
      severity: 'A',
      program: 'csp',
      breakFix: true,
      supportLanguage: 'english',
      filedAt: new Date().toISOString(),
      dueAt: new Date(Date.now() + 5000).toISOString(),
      rule: 'csp-severity',
      clock: 'around-the-clock',
      caveats: [],
      contact: null,
    });
    assert.equal(added.ok, true, JSON.stringify(added));
    await until(
      async () => Object.keys(await popup.evaluate(() => chrome.notifications.getAll())).length > 0,
      { timeout: 45_000, interval: 500, message: 'a reminder notification' },
    );
  });

  it('saw no request, refusal or CSP violation from any extension context', async () => {
    assert.deepEqual(await watcher.attempts(), []);
  });

  it('would notice egress: a deliberate fetch from the worker and a page is caught', async () => {
    const worker = h.context.serviceWorkers().find((w) => w.url().includes(h.extensionId));
    await instrumentWorker(worker);
    await worker.evaluate(() => fetch('https://egress-probe.invalid/').catch(() => {}));
    const attempts = await worker.evaluate(() => self.__egress);
    assert.ok(
      attempts.some((a) => a.includes('egress-probe.invalid')),
      JSON.stringify(attempts),
    );
    const before = watcher.egress.length;
    const popup = await h.openPopup();
    await popup.evaluate(() => fetch('https://egress-probe.invalid/').catch(() => {}));
    await until(() => watcher.egress.length > before, {
      timeout: 5000,
      message: 'the probe to be seen',
    });
  });
});
