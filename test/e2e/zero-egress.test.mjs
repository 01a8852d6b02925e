// Zero network egress: walk every flow — the helpers on every replica page in both languages,
// the popup and each of its tabs, each options section, exports in every format, an import, a
// reminder with its notification — and assert that the extension's own contexts made no network
// request at all. What is watched:
// - every request of every page in the context (extension pages and portal pages): only the
//   extension's own files, data:/blob: URLs and the replica portal hosts are allowed;
// - the replica router's refusals: a request to any other host from a portal page is egress;
// - Content-Security-Policy violations reported by extension pages (an attempt the CSP stopped
//   is still an attempt);
// - inside the service worker, every network API (fetch, XMLHttpRequest, WebSocket,
//   EventSource, sendBeacon) and CSP violation is observed from the moment the test attaches.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPLICA_PAGES } from '../fixtures/portals/serve.mjs';
import { launch, sendFrom, until } from './harness.mjs';

const REPLICA_HOST =
  /^https:\/\/(partner\.microsoft\.com|portal\.azure\.com|ms\.portal\.azure\.com|[a-z0-9-]+\.reactblade\.portal\.azure\.net|admin\.microsoft\.com|portal\.office\.com|support\.serviceshub\.microsoft\.com|support\.microsoft\.com)\//;

/** Observes network attempts inside the extension's service worker (test instrumentation). */
async function instrumentWorker(worker) {
  await worker.evaluate(() => {
    if (self.__egress) return;
    const seen = [];
    self.__egress = seen;
    const wrap = (owner, name, describe) => {
      const original = owner[name];
      if (typeof original !== 'function') return;
      owner[name] = function (...args) {
        seen.push(`${name} ${describe(args)}`);
        return original.apply(this, args);
      };
    };
    wrap(self, 'fetch', (a) => String(a[0]?.url ?? a[0]));
    if (self.XMLHttpRequest) wrap(XMLHttpRequest.prototype, 'open', (a) => String(a[1]));
    if (self.navigator?.sendBeacon) wrap(navigator, 'sendBeacon', (a) => String(a[0]));
    for (const name of ['WebSocket', 'EventSource']) {
      const Original = self[name];
      if (!Original) continue;
      self[name] = (url, ...rest) => {
        seen.push(`${name} ${url}`);
        return new Original(url, ...rest);
      };
    }
    self.addEventListener('securitypolicyviolation', (e) => seen.push(`csp ${e.blockedURI}`));
  });
}

describe('zero network egress', () => {
  let h;
  const egress = [];
  const workerAttempts = [];

  before(async () => {
    h = await launch({ lang: 'en' });
    const own = `chrome-extension://${h.extensionId}/`;
    h.context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return;
      if (REPLICA_HOST.test(url)) return;
      egress.push(`request ${url} from ${request.frame()?.url() ?? 'a worker'}`);
    });
    h.context.on('console', (message) => {
      if (/Content Security Policy|Refused to connect/i.test(message.text())) {
        egress.push(`csp ${message.text()}`);
      }
    });
    // Observe what reaches the replica router, and what it refuses (any other host).
    await h.context.route('**/*', (route) => {
      const url = route.request().url();
      if (!REPLICA_HOST.test(url) && !url.startsWith(own)) egress.push(`refused ${url}`);
      return route.fallback();
    });
    const watch = async (worker) => {
      if (!worker.url().startsWith(own)) return;
      await instrumentWorker(worker).catch(() => {});
    };
    h.context.on('serviceworker', watch);
    for (const worker of h.context.serviceWorkers()) await watch(worker);
  });

  after(async () => {
    await h?.close();
  });

  it('helpers on every replica page, in English and French', async () => {
    for (const entry of REPLICA_PAGES) {
      const page = await h.openPortal(entry.url);
      await page.waitForTimeout(900);
      await page.close();
    }
    assert.equal(h.pageErrors.length, 0, JSON.stringify(h.pageErrors));
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
    for (const worker of h.context.serviceWorkers()) {
      if (!worker.url().includes(h.extensionId)) continue;
      const attempts = (await worker.evaluate(() => self.__egress ?? []).catch(() => [])) ?? [];
      // The worker reading its own packaged files (e.g. the notification icon) is not egress.
      const own = `chrome-extension://${h.extensionId}/`;
      workerAttempts.push(...attempts.filter((a) => !a.includes(own)));
    }
    assert.deepEqual(workerAttempts, []);
    assert.deepEqual(egress, []);
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
    const before = egress.length;
    const popup = await h.openPopup();
    await popup.evaluate(() => fetch('https://egress-probe.invalid/').catch(() => {}));
    await until(() => egress.length > before, { timeout: 5000, message: 'the probe to be seen' });
  });
});
