// End-to-end: the helpers on every replica page (EN and FR), the admin center's delegated flow,
// Support for business, drift variants, a hostile page, toggles, UI language and accessibility.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPLICA_PAGES } from '../fixtures/portals/serve.mjs';
import { fillProblemTab, toDetailsTab } from './azure-flow.mjs';
import { watchEgress } from './egress.mjs';
import { launch, ROOT, until } from './harness.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const AZURE_NEW = (lang, variant = '') =>
  `https://portal.azure.com/?lang=${lang}${variant ? `&pcx-variant=${variant}` : ''}#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade`;
const PROFILE = {
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille.durand@litware.com',
  phone: '+33 1 23 45 67 89',
  country: 'FR',
  ownDomains: ['litware.com'],
  ownTenants: [],
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * What each replica page must show without any prior hand-off (a fresh profile): helper → state.
 * Pages with no entry must show no helper at all. This table is also the demo's expectation list.
 */
const EXPECTED = {
  'pc-v2-customer-list': {},
  'pc-v2-service-management': {},
  'pc-v2-gdap-list': {},
  'pc-v2-service-requests': {},
  'pc-customer-list': {},
  'pc-customer-list-legacy': {},
  'pc-customer-account': {},
  'pc-service-management': {},
  'azure-new-request-customer': { 'pcx-context-banner': 'ok', 'pcx-scope-hint': 'ok' },
  'azure-create-support-customer': { 'pcx-context-banner': 'ok', 'pcx-scope-hint': 'ok' },
  'azure-new-request-legacy-customer': { 'pcx-context-banner': 'ok', 'pcx-scope-hint': 'ok' },
  // No `@` and a fresh profile: the account menu's directory cannot be placed, so the banner asks
  // (routes.test.mjs recognises the own tenant once the profile names the partner).
  'azure-new-request-own': { 'pcx-context-banner': 'unknown', 'pcx-scope-hint': 'ok' },
  'azure-new-request-v4-customer': { 'pcx-context-banner': 'ok', 'pcx-scope-hint': 'ok' },
  'azure-manage-requests-customer': { 'pcx-context-banner': 'ok' },
  'azure-request-details-customer': { 'pcx-context-banner': 'ok' },
  'm365-begin-client-session': { 'pcx-context-banner': 'ok' },
  'm365-begin-client-session-office': { 'pcx-context-banner': 'ok' },
  'm365-delegated-org': { 'pcx-context-banner': 'ok' },
  // The partner's organization, but nothing in a fresh profile says it is the partner's.
  'm365-support-own': { 'pcx-context-banner': 'unknown' },
  'm365-service-requests-own': { 'pcx-context-banner': 'unknown' },
  // Support for business, one URL: the preview waits for a severity; the badge appears beside
  // "Types of Support", which the page lists once a product is chosen (here by the deep link).
  'sfb-create': { 'pcx-sfb-preview': 'unknown', 'pcx-sfb-coverage': 'unknown' },
  'sfb-create-deep-link': {
    'pcx-eligibility-badge': 'unknown',
    'pcx-sfb-preview': 'unknown',
    'pcx-sfb-coverage': 'unknown',
  },
  'sfb-product-selection-legacy': {
    'pcx-eligibility-badge': 'unknown',
    'pcx-sfb-preview': 'unknown',
    'pcx-sfb-coverage': 'unknown',
  },
  'sfb-onboarding': {},
  // Rendered by Fluent UI React v8, v9 and the Ibiza-like blade, on the Additional details tab:
  // no plan chosen yet in a customer's tenant is warned; the customer admin's contact too.
  ...Object.fromEntries(
    ['fluent8', 'fluent9', 'ibiza'].map((family) => [
      `azure-details-${family}-customer`,
      {
        'pcx-context-banner': 'ok',
        'pcx-scope-hint': 'ok',
        'pcx-plan-check': 'warning',
        'pcx-severity-picker': 'ok',
        'pcx-contact-check': 'warning',
      },
    ]),
  ),
  // No `@` and a fresh profile: nothing says whose tenant, so the banner asks and the plan check
  // does not guess (controls-matrix.test.mjs covers the verdicts once the profile names it).
  'azure-details-fluent8-own': {
    'pcx-context-banner': 'unknown',
    'pcx-scope-hint': 'ok',
    'pcx-plan-check': 'unknown',
    'pcx-severity-picker': 'ok',
    'pcx-contact-check': 'unknown',
  },
  // The Contact support pane opens on the agent's request; until then only the banner.
  'm365-support-fluent8-own': { 'pcx-context-banner': 'unknown' },
};

async function pcx(page) {
  const out = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.tagName.toLowerCase().startsWith('pcx-'))
          .map((el) => {
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return {
              tag: el.tagName.toLowerCase(),
              state: el.getAttribute('data-state'),
              text: [...(el.shadowRoot?.children ?? [])]
                .filter((c) => c.tagName !== 'STYLE')
                .map((c) => c.textContent)
                .join(' ')
                .replace(/\s+/g, ' ')
                .trim(),
              shown:
                style.display !== 'none' &&
                style.visibility === 'visible' &&
                box.height > 10 &&
                box.width > 50,
            };
          }),
      )
      .catch(() => []);
    out.push(...found);
  }
  return out;
}

const helper = (page, tag, predicate = () => true, message = tag) =>
  until(async () => (await pcx(page)).find((x) => x.tag === tag && predicate(x)), {
    timeout: 15_000,
    message,
  });

/** Waits until the page's helpers stop changing, then returns them. */
async function settled(page, ms = 1200) {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 12_000;
  while (Date.now() < deadline) {
    const now = JSON.stringify((await pcx(page)).map((x) => [x.tag, x.state]));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= ms) break;
    await sleep(150);
  }
  return pcx(page);
}

/** Runs `fn` over `items`, `width` at a time (pages waiting on their timers cost no CPU). */
async function inPool(items, width, fn) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

for (const lang of ['en', 'fr']) {
  describe(`every replica page (${lang})`, () => {
    let h;
    let watcher;
    before(async () => {
      h = await launch({ lang });
      // The walk is also the replica half of the zero-egress check (test/e2e/egress.mjs).
      watcher = await watchEgress(h);
    });
    after(async () => h?.close());

    it('shows the expected helpers and states, once each, with no page error', async () => {
      // Three pages at a time, each in its own tab: what a page shows depends on that tab only.
      await inPool(
        REPLICA_PAGES.filter((p) => p.lang === lang),
        3,
        async (entry) => {
          const key = entry.id.replace(/-(en|fr)$/, '');
          const expected = EXPECTED[key];
          assert.ok(expected, `expectations for ${key}`);
          const page = await h.openPortal(entry.url);
          await page.waitForLoadState('load');
          if (Object.keys(expected).length) {
            await until(
              async () => {
                const got = await pcx(page);
                return Object.entries(expected).every(([tag, state]) =>
                  got.some((x) => x.tag === tag && x.state === state),
                );
              },
              { timeout: 15_000, message: `${entry.id}: ${JSON.stringify(expected)}` },
            );
          }
          const got = await settled(page);
          const tags = got.map((x) => x.tag);
          assert.deepEqual(
            [...new Set(tags)].sort(),
            Object.keys(expected).sort(),
            `${entry.id}: helpers ${JSON.stringify(got.map((x) => [x.tag, x.state]))}`,
          );
          assert.equal(new Set(tags).size, tags.length, `${entry.id}: no duplicate widget`);
          for (const x of got) assert.ok(x.shown, `${entry.id}: ${x.tag} visible`);
          await page.close();
        },
      );
      h.assertNoPageErrors();
    });

    it('made no network request outside the replica portals and the extension', async () => {
      assert.deepEqual(await watcher.attempts(), []);
    });
  });
}

describe('admin center, Support for business, variants, hostile page, settings, accessibility', () => {
  let h;
  before(async () => {
    h = await launch({ lang: 'en' });
    await h.writeSettings({ version: 1, uiLanguage: 'en', profile: PROFILE });
  });
  after(async () => h?.close());

  it('remembers CTID across the delegated redirect and captures the confirmed request', async () => {
    // The name comes from Partner Center's record of the customer.
    await h.send('customers:seen', {
      tenantId: CONTOSO,
      name: 'Contoso Ltd',
      domains: ['contoso.onmicrosoft.com'],
      selected: true,
    });
    const page = await h.openPortal(
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support&lang=en`,
    );
    await page.waitForURL(/AdminPortal\/Home/);
    await helper(
      page,
      'pcx-context-banner',
      (x) => x.state === 'ok' && x.text.includes('Contoso Ltd'),
    );
    await page
      .getByRole('link', { name: 'New Microsoft service request' })
      .or(page.getByRole('button', { name: 'New Microsoft service request' }))
      .first()
      .click();
    // The pane may open on the form at once, or ask first (never wait out a click's time-out).
    const title = page.getByLabel('Title', { exact: true });
    const contactSupport = page.getByRole('button', { name: 'Contact support' });
    await title.or(contactSupport).first().waitFor();
    if (await contactSupport.count()) await contactSupport.click();
    await title.fill('Mailbox cannot receive mail. Also, Teams calls drop.');
    await helper(page, 'pcx-scope-hint', (x) => x.state === 'warning', 'admin center scope hint');
    await page.getByLabel('Description', { exact: true }).fill('Since this morning.');
    // The admin center pre-fills the signed-in (customer) admin's e-mail.
    await helper(page, 'pcx-contact-check', (x) => x.state === 'warning', 'customer e-mail warned');
    await page
      .locator('pcx-contact-check')
      .getByRole('button', { name: 'Fill in my contact details' })
      .click();
    await helper(page, 'pcx-contact-check', (x) => x.state === 'ok');
    const form = await page.evaluate(() => window.__replica.state().form);
    assert.equal(form.email, PROFILE.email);
    await page.getByRole('button', { name: 'Contact me' }).click();
    const ticket = await until(
      async () => {
        const reply = await h.send('tickets:list', { view: 'all' });
        return reply.data.items.find((t) => t.portal === 'm365-admin');
      },
      { message: 'admin center ticket captured' },
    );
    assert.equal(ticket.customerName, 'Contoso Ltd');
    assert.equal(ticket.program, 'csp');
    assert.equal(ticket.severity, null, 'Microsoft assigns the severity in the admin center');
    assert.equal(ticket.contact.email, PROFILE.email);
    assert.match(ticket.title, /Mailbox/);
    await sleep(1000);
    const all = await h.send('tickets:list', { view: 'all' });
    assert.equal(
      all.data.items.filter((t) => t.portal === 'm365-admin').length,
      1,
      'captured once',
    );
    await page.close();
    h.assertNoPageErrors();
  });

  it('a capture whose message dies with the service worker is sent again and lands', async () => {
    const page = await h.openPortal(
      `https://admin.microsoft.com/?lang=en&delegatedOrg=contoso.onmicrosoft.com#/support`,
    );
    await page
      .getByRole('link', { name: 'New Microsoft service request' })
      .or(page.getByRole('button', { name: 'New Microsoft service request' }))
      .first()
      .click();
    const title = page.getByLabel('Title', { exact: true });
    const contactSupport = page.getByRole('button', { name: 'Contact support' });
    await title.or(contactSupport).first().waitFor();
    if (await contactSupport.count()) await contactSupport.click();
    await title.fill('Shared mailbox lost its permissions');
    await page.getByLabel('Description', { exact: true }).fill('Since the migration.');
    await page
      .locator('pcx-contact-check')
      .getByRole('button', { name: 'Fill in my contact details' })
      .click();
    await helper(page, 'pcx-contact-check', (x) => x.state === 'ok');
    // The background receives the capture but cannot answer yet (its database is busy with a
    // transaction held open here); the worker is then stopped with the message in flight, so
    // the content script's reply is "message channel closed", as when Chrome stops the worker.
    await h.worker.evaluate(async () => {
      self.__received = [];
      chrome.runtime.onMessage.addListener((m) => {
        self.__received.push(m?.type);
      });
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('pcx-history');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction(['tickets', 'packs'], 'readwrite').objectStore('tickets');
      const hold = () => {
        store.count().onsuccess = hold;
      };
      hold();
    });
    await page.getByRole('button', { name: 'Contact me' }).click();
    const number = await until(() => page.evaluate(() => window.__replica.lastSubmission?.number), {
      message: 'replica created the request',
    });
    await until(() => h.worker.evaluate(() => self.__received.includes('tickets:capture')), {
      message: 'the background received the capture',
    });
    assert.equal(await h.stopServiceWorker(), 1);
    const ticket = await until(
      async () => {
        const reply = await h.send('tickets:list', { view: 'all' });
        return reply.data?.items.find((t) => t.number === String(number));
      },
      { timeout: 15_000, message: 'the capture landed after the worker was stopped' },
    );
    assert.equal(ticket.title, 'Shared mailbox lost its permissions');
    // Once landed, nothing is left queued in the extension's storage, and nothing in the page's.
    const popup = await h.openPopup();
    const left = await popup.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('capture')),
    );
    await popup.close();
    assert.deepEqual(left, []);
    const pageKeys = await page.evaluate(() => [
      ...Object.keys(localStorage),
      ...Object.keys(sessionStorage),
    ]);
    assert.equal(pageKeys.filter((k) => /capture/i.test(k)).length, 0);
    await page.close();
    h.assertNoPageErrors();
  });

  it('Support for business: badge states with packs, and the note on unavailable plans', async () => {
    // The single URL, deep-linked to a product (sapId); the full flow is support-for-business.test.
    const url = (sapId) =>
      `https://support.serviceshub.microsoft.com/supportforbusiness/create?lang=en&sapId=${sapId}`;
    const WS2025 = 'a8f5f167-f44f-4964-9b43-5cc3a1f6a2e1';
    const WS2022 = '3c1d2b9e-7a41-4f0e-8d55-0b2f6c7d9e10';
    let page = await h.openPortal(url(WS2025));
    const none = await helper(page, 'pcx-eligibility-badge', (x) => x.state === 'unknown');
    assert.match(none.text, /Pay per incident|Pay-per-incident/i);
    await page.close();
    const added = await h.send('packs:add', {
      kind: 'partner-on-premises-20',
      label: 'FY26 benefit',
      purchasedOn: '2026-07-01',
      expiresOn: '2027-06-30',
      incidents: 20,
      account: null,
      orderNumber: null,
      contractId: null,
      notes: '',
    });
    assert.ok(added.ok, JSON.stringify(added));
    page = await h.openPortal(url(WS2025));
    await helper(page, 'pcx-eligibility-badge', (x) => x.state === 'ok', 'pack usable on N');
    await page.getByRole('button', { name: 'Unavailable support plans' }).click();
    const note = await helper(page, 'pcx-eligibility-note');
    assert.match(note.text, /Cloud/);
    await page.close();
    page = await h.openPortal(url(WS2022));
    await helper(
      page,
      'pcx-eligibility-badge',
      (x) => x.state === 'warning',
      'pack not usable on an old version',
    );
    await page.close();
    h.assertNoPageErrors();
  });

  for (const variant of ['drift', 'missing', 'late']) {
    it(`fails soft under the "${variant}" variant, and survives navigating away and back`, async () => {
      const page = await h.openPortal(AZURE_NEW('en', variant));
      if (variant !== 'missing') await helper(page, 'pcx-context-banner');
      await settled(page);
      // Away (manage requests) and back (history): one banner, no duplicates.
      await page.evaluate(() => {
        location.hash = location.hash.replace(
          /NewSupportRequestV3Blade.*/,
          'HelpAndSupportBlade/~/overview',
        );
      });
      await sleep(800);
      await page.goBack();
      const got = await settled(page);
      const tags = got.map((x) => x.tag);
      assert.equal(new Set(tags).size, tags.length, `no duplicates: ${tags}`);
      if (variant !== 'missing') assert.ok(tags.includes('pcx-context-banner'));
      await page.close();
      h.assertNoPageErrors();
    });
  }

  it('counts a miss, and shows nothing, when the details tab lacks the plan, severity and contact fields', async () => {
    await h.send('misses:reset', {});
    const page = await h.openPortal(AZURE_NEW('en', 'missing'));
    await fillProblemTab(page, 'en', 'VM does not start');
    await toDetailsTab(page, 'en');
    const counted = await until(
      async () => {
        const reply = await h.send('misses:get', {});
        const c = reply.ok ? reply.data : {};
        return c['severity-picker'] && c['plan-check'] && c['contact-check'] ? c : null;
      },
      { timeout: 15_000, message: 'misses counted for the missing fields' },
    );
    assert.ok(counted['severity-picker'] >= 1);
    const tags = (await pcx(page)).map((x) => x.tag);
    for (const tag of ['pcx-severity-picker', 'pcx-plan-check', 'pcx-contact-check']) {
      assert.ok(!tags.includes(tag), `${tag} stays silent`);
    }
    await page.close();
    h.assertNoPageErrors();
  });

  it('renders a hostile customer name as text, and page CSS cannot hide or restyle helpers', async () => {
    await h.send('customers:seen', {
      tenantId: '0d6e2b94-7f31-4c85-a9e2-5b18c4d0f763',
      name: '<img src=x onerror="window.__pwned=1">',
      domains: ['xss-probe.onmicrosoft.com'],
      selected: true,
    });
    const page = await h.openPortal(
      'https://portal.azure.com/?lang=en&pcx-variant=hostile#@xss-probe.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    );
    const banner = await helper(page, 'pcx-context-banner', (x) => x.state === 'ok');
    assert.match(banner.text, /<img src=x onerror=/);
    const got = await settled(page);
    for (const x of got) assert.ok(x.shown, `${x.tag} visible despite hostile CSS`);
    const font = await page.evaluate(() => {
      const card = document
        .querySelector('pcx-context-banner')
        .shadowRoot.querySelector('.pcx-card');
      return getComputedStyle(card).fontSize;
    });
    assert.equal(font, '14px'); // Fluent's fontSizeBase300, the helpers' body size
    // The page also aims at the hosts' pseudo-elements (a white overlay, a fake "Verified" line,
    // a 1px first line) and sets an overridden right-to-left direction around them.
    const dressed = await page.evaluate(() => {
      const text = (el) =>
        [...el.shadowRoot.children]
          .filter((c) => c.tagName !== 'STYLE')
          .map((c) => c.textContent)
          .join(' ');
      return [...document.querySelectorAll('[data-pcx]')].map((host) => {
        host.scrollIntoView({ block: 'center' });
        const box = host.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        const card = host.shadowRoot.querySelector('.pcx-card');
        return {
          tag: host.tagName.toLowerCase(),
          before: getComputedStyle(host, '::before').content,
          after: getComputedStyle(host, '::after').content,
          firstLine: getComputedStyle(host, '::first-line').fontSize,
          direction: getComputedStyle(card).direction,
          bidi: getComputedStyle(host).unicodeBidi,
          hit: hit === host,
          text: text(host),
        };
      });
    });
    assert.ok(dressed.length >= 2, JSON.stringify(dressed));
    for (const x of dressed) {
      assert.equal(x.before, 'none', `${x.tag}::before neutralised`);
      assert.equal(x.after, 'none', `${x.tag}::after neutralised`);
      assert.equal(x.firstLine, '14px', `${x.tag}::first-line keeps the helper's size`);
      assert.equal(x.direction, 'ltr', `${x.tag} reads left to right`);
      assert.equal(x.bidi, 'isolate', `${x.tag} isolated from the page's bidi`);
      assert.ok(x.hit, `${x.tag} is what is under its own centre`);
      assert.doesNotMatch(x.text, /Verified/);
    }
    assert.match(
      dressed.find((x) => x.tag === 'pcx-context-banner').text,
      /^Filing in <img src=x onerror="window.__pwned=1">’s tenant/,
    );
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
    h.assertNoPageErrors();
  });

  it('turns a helper off from settings, and speaks French when told to', async () => {
    const page = await h.openPortal(AZURE_NEW('en'));
    await helper(page, 'pcx-context-banner');
    await h.writeSettings({
      version: 1,
      uiLanguage: 'fr',
      profile: PROFILE,
      helpers: { 'context-banner': false },
    });
    await until(async () => !(await pcx(page)).some((x) => x.tag === 'pcx-context-banner'), {
      message: 'banner removed when toggled off',
    });
    const hint = await helper(
      page,
      'pcx-scope-hint',
      (x) => /Rien d’hors périmètre/.test(x.text),
      'French text',
    );
    assert.ok(hint);
    await h.writeSettings({ version: 1, uiLanguage: 'en', profile: PROFILE });
    await helper(page, 'pcx-context-banner');
    await page.close();
  });

  it('has no serious or critical accessibility violations in the helpers (axe-core)', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const pages = [
      AZURE_NEW('en'),
      'https://portal.azure.com/?lang=en#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'https://support.serviceshub.microsoft.com/supportforbusiness/create?lang=en&sapId=a8f5f167-f44f-4964-9b43-5cc3a1f6a2e1',
    ];
    for (const url of pages) {
      const page = await h.openPortal(url);
      await settled(page);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const hosts = [...document.querySelectorAll('*')].filter((el) =>
          el.tagName.toLowerCase().startsWith('pcx-'),
        );
        const result = await window.axe.run({ include: hosts }, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], url);
      await page.close();
    }
  });
});

describe('Azure filing where the page does not say whose tenant it is', () => {
  let h;
  before(async () => {
    // A fresh profile: the account menu's directory cannot be placed, the context is unknown.
    h = await launch({ lang: 'en' });
  });
  after(async () => h?.close());

  /** Walks the wizard to the end with the portal's own controls, then waits for the capture. */
  async function file(page, summary, answer) {
    await fillProblemTab(page, 'en', summary);
    await toDetailsTab(page, 'en');
    const asked = await helper(
      page,
      'pcx-severity-picker',
      (x) => x.text.includes('Whose tenant is this request for?'),
      'picker asks whose tenant',
    );
    assert.doesNotMatch(asked.text, /First response due/);
    await page.getByRole('radio', { name: /^C - / }).check();
    if (answer) {
      await page
        .locator('pcx-severity-picker')
        .getByRole('button', { name: answer, exact: true })
        .click();
      await helper(
        page,
        'pcx-severity-picker',
        (x) => /First response due/.test(x.text),
        'preview once told',
      );
    } else {
      await helper(
        page,
        'pcx-severity-picker',
        (x) => x.text.includes('recorded with no due time'),
        'no due time until told',
      );
    }
    await page.getByRole('combobox', { name: /Support plan/ }).click();
    await page.getByRole('option').first().click();
    await page.getByLabel('Description', { exact: true }).fill('Since Monday.');
    const start = page.getByLabel(/start/i);
    if ((await start.count()) && !(await start.first().inputValue()))
      await start.first().fill('2026-11-20T09:00');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const number = await until(() => page.evaluate(() => window.__replica.lastSubmission?.number), {
      timeout: 15_000,
      message: 'replica created the request',
    });
    return until(
      async () =>
        (await h.send('tickets:list', { view: 'all' })).data.items.find(
          (t) => t.number === String(number),
        ),
      { message: 'captured ticket' },
    );
  }

  it('stores program "unknown" and no due time, unless the agent says whose it is', async () => {
    const url =
      'https://portal.azure.com/?lang=en#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
    const first = await h.openPortal(url);
    const silent = await file(first, 'Storage account keys cannot be listed', null);
    assert.equal(silent.program, 'unknown');
    assert.equal(silent.dueAt, null, 'no due time was shown, none is stored');
    assert.equal(silent.rule, null);
    await first.close();

    const second = await h.openPortal(url);
    const told = await file(
      second,
      'Virtual network peering is stuck',
      'A customer’s (Cloud Solution Provider)',
    );
    assert.equal(told.program, 'csp');
    assert.ok(told.dueAt, 'the due time the agent was shown is stored');
    assert.equal(told.rule, 'csp-severity');
    await second.close();
    h.assertNoPageErrors();
  });
});
