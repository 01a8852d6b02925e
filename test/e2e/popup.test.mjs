// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: the popup in the built extension (Chromium). Seeds the history through the same
// messages the pages use, then drives every popup feature: tickets (countdown, overdue, status,
// link/unlink and refusals, add by hand with the rules' due time), packs (add with computed
// expiry, warnings, delete), customers' portal links, the calculator, focus from a URL or a
// notification, keyboard use, axe-core in light and dark, and the screenshots in docs/screenshots.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, launch, ROOT, sendFrom, setSettings, until } from './harness.mjs';

const SHOTS = join(ROOT, 'docs/screenshots');
/**
 * The README's screenshots come from these tests, written only when asked (`npm run screenshots`):
 * they show today's dates, so a plain `npm test` must not rewrite them. Otherwise the shot is
 * still taken, so what it shows is still rendered.
 */
const shoot = (target, file) =>
  target.screenshot(process.env.PCX_SCREENSHOTS ? { path: join(SHOTS, file) } : {});
const ZONE = 'Europe/Paris';
const TENANT = '3f2b8a51-6c1e-4d2a-9f0b-7e5d4c3b2a19';
const TENANT_2 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const TENANT_LONG = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const HOUR = 3_600_000;

let h;
let seeder;
const ids = {};

/** Sends a message from an extension page and insists that it succeeded; returns the data. */
async function ok(page, type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply?.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

const ticket = (over) => ({
  number: null,
  portal: 'azure',
  portalLink: null,
  customerId: TENANT,
  customerName: 'Contoso Pharma',
  service: 'azure',
  product: null,
  title: 'VM cannot start after resize',
  severity: 'B',
  program: 'csp',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: new Date(Date.now() - HOUR).toISOString(),
  dueAt: new Date(Date.now() + 3 * HOUR).toISOString(),
  rule: 'csp-severity',
  clock: 'around-the-clock',
  caveats: ['csp-bc-as-written'],
  contact: null,
  ...over,
});
/** Professional support for Windows Server 2025 (N, in mainstream): what partner packs cover. */
const onPremTicket = (over) =>
  ticket({
    title: 'Windows Server 2025 domain controller replication fails',
    customerId: null,
    customerName: null,
    service: 'on-premises',
    product: 'Windows Server',
    version: '2025',
    program: 'professional',
    rule: 'professional-severity',
    caveats: [],
    dueAt: new Date(Date.now() + 20 * HOUR).toISOString(),
    ...over,
  });
const pack = (over) => ({
  kind: 'pay-per-incident-5pack',
  label: '',
  purchasedOn: '2026-03-02',
  expiresOn: null,
  incidents: 5,
  account: 'msa',
  orderNumber: null,
  contractId: null,
  notes: '',
  ...over,
});

async function openPopup(query = '') {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(h.extensionUrl(`popup.html${query}`));
  await page.waitForSelector('main[data-ready="true"]', { timeout: 10_000 });
  return page;
}

before(async () => {
  h = await launch({
    extensionPath: process.env.PCX_EXTENSION_PATH || undefined,
    route: false,
    timezoneId: ZONE,
    // 24-hour time inputs, as most of the partners this serves read them.
    locale: 'en-GB',
  });
  seeder = await h.context.newPage();
  await seeder.goto(h.extensionUrl('options.html'));
  await setSettings(seeder, {
    uiLanguage: 'en',
    schedule: {
      timeZone: ZONE,
      weekly: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
      ),
      holidays: [],
    },
  });
  await ok(seeder, 'customers:seen', {
    tenantId: TENANT,
    name: 'Contoso Pharma',
    domains: ['contosopharma.onmicrosoft.com', 'contoso-pharma.fr'],
    selected: true,
  });
  await ok(seeder, 'customers:seen', {
    tenantId: TENANT_2,
    name: 'Fabrikam Retail',
    domains: ['fabrikamretail.onmicrosoft.com'],
    selected: false,
  });
  await ok(seeder, 'customers:seen', {
    tenantId: TENANT_LONG,
    name: `Northwind${'Traders'.repeat(27)}`,
    domains: ['northwind.onmicrosoft.com'],
    selected: false,
  });
  ids.pack = (await ok(seeder, 'packs:add', pack({ label: 'FY27 incidents' }))).id;
  ids.entraPack = (
    await ok(
      seeder,
      'packs:add',
      pack({
        kind: 'pay-per-incident',
        label: 'Single (work account)',
        purchasedOn: '2026-10-01',
        incidents: 1,
        account: 'entra',
      }),
    )
  ).id;
  ids.expiredPack = (
    await ok(
      seeder,
      'packs:add',
      pack({
        kind: 'partner-silver-15pack',
        label: 'FY25 Silver benefit',
        purchasedOn: '2025-07-01',
        expiresOn: '2026-07-01',
        incidents: 15,
      }),
    )
  ).id;
  ids.onPremPack = (
    await ok(
      seeder,
      'packs:add',
      pack({
        kind: 'partner-on-premises-20',
        label: 'On-premises 20',
        purchasedOn: '2026-07-01',
        expiresOn: '2027-07-01',
        incidents: 20,
      }),
    )
  ).id;
  ids.overdue = (
    await ok(
      seeder,
      'tickets:add',
      ticket({
        title: 'Exchange Online mail flow stopped',
        severity: 'A',
        service: 'office-365',
        portal: 'm365-admin',
        number: '2611200040001234',
        filedAt: new Date(Date.now() - 5 * HOUR).toISOString(),
        dueAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      }),
    )
  ).id;
  ids.soon = (await ok(seeder, 'tickets:add', ticket({ number: '2611210010005678' }))).id;
  ids.later = (
    await ok(
      seeder,
      'tickets:add',
      ticket({
        title: 'Intune enrolment fails for iOS',
        customerId: TENANT_2,
        customerName: 'Fabrikam Retail',
        service: 'ems',
        severity: 'C',
        dueAt: new Date(Date.now() + 26 * HOUR).toISOString(),
      }),
    )
  ).id;
  ids.onPrem = (await ok(seeder, 'tickets:add', onPremTicket())).id;
  for (let i = 0; i < 3; i++) {
    await ok(
      seeder,
      'tickets:add',
      ticket({
        title: `SQL Server 2019 cluster failover question ${i + 1}`,
        service: 'on-premises',
        product: 'SQL Server 2019',
        program: 'professional',
        severity: 'C',
        rule: 'professional-severity',
        clock: 'business-hours',
        caveats: [],
        dueAt: new Date(Date.now() + (30 + i * 20) * HOUR).toISOString(),
      }),
    );
  }
});

after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

test('tickets: open first by due time, countdown and overdue in words, screenshot', async () => {
  const page = await openPopup();
  const rows = page.locator('[data-ticket-id]');
  assert.ok((await rows.count()) >= 6);
  assert.equal(await rows.nth(0).getAttribute('data-ticket-id'), ids.overdue);
  assert.equal(await rows.nth(0).getAttribute('data-overdue'), 'true');
  assert.match(await rows.nth(0).innerText(), /Overdue by 3 h/);
  assert.equal(await rows.nth(1).getAttribute('data-ticket-id'), ids.soon);
  assert.match(await rows.nth(1).innerText(), /2 h 5\d min left|2 h 59 min left|3 h 00 min left/);
  assert.match(await rows.nth(1).innerText(), /First response due .*(CET|GMT\+1)/);
  await shoot(page, 'popup-tickets-en.png');
  await page.close();
});

test('tickets: the countdown ticks and a ticket crossing its due time is announced', async () => {
  const id = (
    await ok(
      seeder,
      'tickets:add',
      ticket({
        title: 'Due in a minute',
        dueAt: new Date(Date.now() + 60_000).toISOString(),
        filedAt: new Date(Date.now() - 4 * HOUR).toISOString(),
      }),
    )
  ).id;
  const page = await h.context.newPage();
  await page.clock.install();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(h.extensionUrl('popup.html'));
  await page.waitForSelector('main[data-ready="true"]');
  const row = page.locator(`[data-ticket-id="${id}"]`);
  assert.equal(await row.getAttribute('data-overdue'), 'false');
  await page.clock.fastForward('02:00');
  await until(async () => (await row.getAttribute('data-overdue')) === 'true', {
    message: 'overdue after tick',
  });
  const live = page.locator('#popup-panel-tickets [aria-live="polite"]');
  await until(async () => /Now overdue: Due in a minute/.test(await live.textContent()), {
    message: 'announced',
  });

  await page.close();
  await ok(seeder, 'tickets:delete', { id });
});

test('tickets: the link menu says, pack by pack, whether it covers the ticket', async () => {
  const page = await openPopup();
  const row = page.locator(`[data-ticket-id="${ids.onPrem}"]`);
  await row.getByRole('button', { name: /^Spend an incident/ }).click();
  const item = (id) => row.locator(`[data-pack-id="${id}"]`);
  // Windows Server 2025, professional support, filed today: N, in mainstream support.
  assert.equal(await item(ids.onPremPack).getAttribute('data-covers'), 'true');
  assert.match(await item(ids.onPremPack).innerText(), /Covers this ticket/);
  assert.equal(await item(ids.pack).getAttribute('data-covers'), 'true');
  // The expired Silver pack says so and offers nothing: it cannot be overridden.
  assert.equal(await item(ids.expiredPack).getAttribute('data-covers'), 'false');
  assert.match(await item(ids.expiredPack).innerText(), /This pack has expired/);
  assert.equal(await item(ids.expiredPack).getByRole('button').count(), 0);
  // The focus is in the menu; Escape closes it.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BUTTON');
  await page.keyboard.press('Escape');
  assert.equal(await row.locator('[data-pack-id]').count(), 0);

  await row.getByRole('button', { name: /^Spend an incident/ }).click();
  await item(ids.onPremPack).getByRole('button', { name: 'Spend one here' }).click();
  await until(
    async () => /Linked to On-premises 20: one incident used/.test(await row.innerText()),
    {
      message: 'linked',
    },
  );
  assert.match(await row.innerText(), /On On-premises 20/);
  assert.equal((await ok(seeder, 'packs:get', { id: ids.onPremPack })).used, 1);
  await row.getByRole('button', { name: /^Unlink/ }).click();
  await until(async () => /Unlinked/.test(await row.innerText()), { message: 'unlinked' });
  assert.equal((await ok(seeder, 'packs:get', { id: ids.onPremPack })).used, 0);

  // What the menu promised, the background still checks when it spends: the single incident is
  // spent elsewhere while this menu is open, and the refusal is shown.
  await row.getByRole('button', { name: /^Spend an incident/ }).click();
  const other = await ok(seeder, 'tickets:add', {
    ...onPremTicket(),
    title: 'Second Windows Server question',
  });
  await ok(seeder, 'tickets:link-pack', { ticketId: other.id, packId: ids.entraPack });
  await item(ids.entraPack).getByRole('button', { name: 'Spend one here' }).click();
  await until(async () => /This pack has no incidents left/.test(await row.innerText()), {
    message: 'refusal',
  });
  assert.equal(await row.locator('[role="alert"]').count(), 1);
  await ok(seeder, 'tickets:delete', { id: other.id });
  await page.close();
});

test('tickets: a CSP request costs no incident; spending anyway asks why and logs it', async () => {
  const page = await openPopup();
  const row = page.locator(`[data-ticket-id="${ids.soon}"]`);
  await row.getByRole('button', { name: /^Spend an incident/ }).click();
  const item = row.locator(`[data-pack-id="${ids.onPremPack}"]`);
  assert.equal(await item.getAttribute('data-covers'), 'false');
  assert.match(await item.innerText(), /Cloud Solution Provider request costs no incident/);
  assert.equal(await item.getByRole('button', { name: 'Spend one here' }).count(), 0);
  await item.getByRole('button', { name: 'Spend anyway…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spend an incident anyway?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Spend one incident' }).click();
  // No reason, no spending.
  await until(async () => /At least 3 characters/.test(await dialog.innerText()), {
    message: 'reason asked',
  });
  assert.equal((await ok(seeder, 'packs:get', { id: ids.onPremPack })).used, 0);
  await dialog.getByLabel('Why this pack pays for it').fill('Microsoft agreed on case review');
  await dialog.getByRole('button', { name: 'Spend one incident' }).click();
  await until(async () => /Linked to On-premises 20/.test(await row.innerText()), {
    message: 'overridden',
  });
  assert.equal((await ok(seeder, 'packs:get', { id: ids.onPremPack })).used, 1);
  // The change log keeps the refusal overridden and the agent's reason beside the spending.
  const backup = JSON.parse((await ok(seeder, 'history:export', { format: 'json' })).text);
  const consumed = backup.data.events.filter((e) => e.action === 'consumed').at(-1);
  assert.deepEqual(consumed.details, {
    ticketId: ids.soon,
    used: 1,
    override: true,
    refused: 'csp-costs-nothing',
    note: 'Microsoft agreed on case review',
  });
  await row.getByRole('button', { name: /^Unlink/ }).click();
  await until(async () => /Unlinked/.test(await row.innerText()), { message: 'unlinked' });

  await row.getByLabel(/^Status of/).selectOption('responded');
  await until(async () => (await row.getAttribute('data-status')) === 'responded', {
    message: 'status',
  });
  assert.equal((await ok(seeder, 'tickets:get', { id: ids.soon })).status, 'responded');
  await row.getByLabel(/^Status of/).selectOption('open');
  await until(async () => (await ok(seeder, 'tickets:get', { id: ids.soon })).status === 'open', {
    message: 'reopen',
  });
  await page.close();
});

test('tickets: add by hand with the due time from the rules, then edit', async () => {
  const page = await openPopup();
  await page.getByRole('button', { name: 'Add ticket' }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByLabel('Title').fill('Teams calls drop after 60 minutes');
  await dialog.getByLabel('Customer').fill('Contoso Pharma');
  await dialog.getByLabel('Service').selectOption('office-365');
  await dialog.getByLabel('Severity').selectOption('A');
  await dialog.getByLabel(/^Filed at/).fill('2026-11-23T10:00');
  // CSP severity A in English: 2 clock hours → 11:00 UTC on that Monday (Paris is UTC+1).
  const preview = dialog.getByTestId('preview');
  await until(async () => (await preview.getAttribute('data-due')) === '2026-11-23T11:00:00.000Z', {
    message: 'preview due',
  });
  assert.match(await preview.innerText(), /CSP initial response/);
  assert.match(await preview.innerText(), /reachable around the clock/);
  await page.setViewportSize({ width: 400, height: 900 });
  await shoot(page, 'popup-add-ticket-en.png');
  await dialog.getByLabel('Title').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  assert.match(await dialog.innerText(), /Required/);
  await dialog.getByLabel('Title').fill('Teams calls drop after 60 minutes');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.waitForSelector('dialog[open]', { state: 'detached', timeout: 5000 }).catch(() => {});
  await until(async () => (await page.locator('dialog[open]').count()) === 0, {
    message: 'dialog closed',
  });
  const list = await ok(seeder, 'tickets:list', { view: 'all', limit: 50 });
  const added = list.items.find((t) => t.title === 'Teams calls drop after 60 minutes');
  assert.ok(added, 'ticket saved');
  assert.equal(added.dueAt, '2026-11-23T11:00:00.000Z');
  assert.equal(added.rule, 'csp-severity');
  assert.equal(added.customerId, TENANT);
  assert.equal(added.source, 'manual');

  // Edit: a professional request in business hours is recomputed (Mon 10:00 + 4 business h = 14:00).
  const row = page.locator(`[data-ticket-id="${added.id}"]`);
  await row.getByRole('button', { name: /^Edit/ }).click();
  await dialog.getByLabel('Program').selectOption('professional');
  await dialog.getByLabel('Severity').selectOption('B');
  await until(
    async () =>
      (await dialog.getByTestId('preview').getAttribute('data-due')) === '2026-11-23T13:00:00.000Z',
    { message: 'edit preview' },
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  await until(
    async () =>
      (await ok(seeder, 'tickets:get', { id: added.id })).dueAt === '2026-11-23T13:00:00.000Z',
    { message: 'edit saved' },
  );
  ids.manual = added.id;
  await page.close();
});

test('packs: warnings, add with computed expiry, delete with confirmation, screenshot', async () => {
  const page = await openPopup();
  await page.getByRole('tab', { name: 'Packs' }).click();
  const entra = page.locator(`[data-pack-id="${ids.entraPack}"]`);
  assert.match(await entra.innerText(), /work \(Entra\) account/);
  const expired = page.locator(`[data-pack-id="${ids.expiredPack}"]`);
  assert.match(await expired.innerText(), /Expired on 1 Jul 2026/);
  assert.equal(await expired.locator('[data-warning="expired"]').count(), 1);
  assert.equal(
    await page
      .locator(`[data-pack-id="${ids.onPremPack}"] [data-warning="on-premises-only"]`)
      .count(),
    1,
  );
  assert.match(await page.locator(`[data-pack-id="${ids.pack}"]`).innerText(), /5 of 5 left/);
  await shoot(page, 'popup-packs-en.png');

  await page.getByRole('button', { name: 'Add pack' }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByLabel('Kind').selectOption('pay-per-incident-5pack');
  await dialog.getByLabel('Purchase date').fill('2026-02-28');
  assert.match(await dialog.getByTestId('computed-expiry').innerText(), /28 Feb 2027/);
  assert.equal(await dialog.getByLabel('Incidents').inputValue(), '5');
  await dialog.getByLabel('Label').fill('Spring 5-pack');
  await dialog.getByLabel('Order confirmation number').fill('ORD-55120');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const card = page.locator('[data-pack-id]', { hasText: 'Spring 5-pack' });
  await card.waitFor();
  assert.match(await card.innerText(), /5 of 5 left/);
  const all = await ok(seeder, 'packs:list', { limit: 50 });
  const saved = all.items.find((p) => p.label === 'Spring 5-pack');
  assert.equal(saved.expiresOn, '2027-02-28');
  assert.equal(saved.orderNumber, 'ORD-55120');

  // A partner pack needs an expiry date the user knows.
  await page.getByRole('button', { name: 'Add pack' }).click();
  await dialog.getByLabel('Kind').selectOption('partner-maps-10pack');
  assert.equal(await dialog.getByLabel('Incidents').inputValue(), '10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  assert.match(await dialog.innerText(), /Required/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await card.getByRole('button', { name: /^Delete/ }).click();
  await page.locator('dialog[open]').getByRole('button', { name: 'Delete' }).click();
  await card.waitFor({ state: 'detached' });
  assert.equal(await ok(seeder, 'packs:get', { id: saved.id }), null);
  await page.close();
});

test('customers: recent ones with their portal links, opened safely', async () => {
  const page = await openPopup();
  await page.getByRole('tab', { name: 'Customers' }).click();
  const card = page.locator(`[data-customer-id="${TENANT}"]`);
  await card.waitFor();
  const href = (name) =>
    card.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
  assert.equal(
    await href('Service management'),
    `https://partner.microsoft.com/dashboard/v2/customers/${TENANT}/servicemanagementpage`,
  );
  assert.equal(
    await href('Azure requests'),
    'https://portal.azure.com/#@contosopharma.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
  );
  assert.equal(
    await href('Admin center requests'),
    `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT}&CSDEST=Support`,
  );
  // A long unbroken name wraps inside its card instead of pushing the popup sideways.
  const long = page.locator(`[data-customer-id="${TENANT_LONG}"]`);
  await long.waitFor();
  const fits = await long.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      inside: el.scrollWidth <= el.clientWidth,
      inView: box.right <= document.documentElement.clientWidth,
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    };
  });
  assert.deepEqual(fits, { inside: true, inView: true, page: true });
  for (const link of await card.getByRole('link').all()) {
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  // The ticket's own portal: the admin center for an M365 request.
  await page.getByRole('tab', { name: 'Tickets' }).click();
  const open = page
    .locator(`[data-ticket-id="${ids.overdue}"]`)
    .getByRole('link', { name: /^Open in portal/ });
  assert.equal(
    await open.getAttribute('href'),
    `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT}&CSDEST=Support`,
  );
  await page.close();
});

test('calculator: due time in the agent zone, with the rule and caveats', async () => {
  const page = await openPopup();
  await page.getByRole('tab', { name: 'Calculator' }).click();
  const panel = page.locator('#popup-panel-calculator');
  await panel.getByLabel('Program').selectOption('professional');
  await panel.getByLabel('Severity').selectOption('B');
  await panel.getByLabel(/^Filed at/).fill('2026-11-27T15:00');
  // Friday 15:00 + 4 business hours (9–17) → Monday 11:00 Paris = 10:00 UTC.
  const preview = panel.getByTestId('preview');
  await until(async () => (await preview.getAttribute('data-due')) === '2026-11-30T10:00:00.000Z', {
    message: 'calc due',
  });
  assert.match(await preview.innerText(), /Mon 30 Nov, 11:00/);
  assert.match(await preview.innerText(), /Professional \(pay-per-incident\)/);
  await panel.getByLabel('Support language').selectOption('local');
  await until(
    async () => /local-language support is given in business hours/.test(await preview.innerText()),
    { message: 'caveat' },
  );
  await panel.getByLabel('Program').selectOption('csp');
  await panel.getByLabel(/Break-fix/).uncheck();
  await until(async () => /up to one business day/.test(await preview.innerText()), {
    message: 'advisory',
  });
  await page.close();
});

test('focus: ?ticket= and a notification click (storage.session) bring the item into view', async () => {
  const page = await openPopup(`?ticket=${ids.later}`);
  const row = page.locator(`[data-ticket-id="${ids.later}"]`);
  assert.match(await row.getAttribute('class'), /pcx-card--highlight/);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-ticket-id')),
    ids.later,
  );
  await page.close();

  await seeder.evaluate(
    (id) => chrome.storage.session.set({ popupFocus: { kind: 'pack', id } }),
    ids.entraPack,
  );
  const second = await openPopup();
  await until(
    async () =>
      (await second.getByRole('tab', { name: 'Packs' }).getAttribute('aria-selected')) === 'true',
    { message: 'packs tab' },
  );
  assert.match(
    await second.locator(`[data-pack-id="${ids.entraPack}"]`).getAttribute('class'),
    /pcx-card--highlight/,
  );
  assert.deepEqual(await seeder.evaluate(() => chrome.storage.session.get('popupFocus')), {});
  await second.close();
});

test('side panel: the popup UI at the panel width, opened from the popup beside the page', async () => {
  const panel = await h.context.newPage();
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.goto(h.extensionUrl('sidepanel.html'));
  await panel.locator('main[data-ready="true"]').waitFor();
  // The same list as the popup, overdue first.
  const rows = panel.locator('[data-ticket-id]');
  assert.ok((await rows.count()) >= 6);
  assert.equal(await rows.nth(0).getAttribute('data-overdue'), 'true');
  // The panel fills its width (the popup is 400 px) and offers no panel of its own.
  const width = await panel.locator('main').evaluate((m) => m.getBoundingClientRect().width);
  assert.ok(width <= 360 && width > 300, `main is ${width}px wide`);
  assert.equal(await panel.getByTestId('open-side-panel').count(), 0);
  assert.deepEqual(await axeViolations(panel), []);
  await shoot(panel, 'sidepanel-en.png');
  await panel.close();

  // From the popup, the button opens Chrome's real side panel (a click is a user gesture); the
  // browser reports it as a side-panel context, and it shows the tickets.
  const popup = await openPopup();
  await popup.getByTestId('open-side-panel').click();
  const real = await until(
    () =>
      popup.evaluate(async () => {
        const [context] = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        const view = chrome.extension
          .getViews()
          .find((w) => w.location.pathname === '/sidepanel.html');
        const rows = view?.document.querySelectorAll('[data-ticket-id]').length ?? 0;
        return context && rows > 0 ? { url: context.documentUrl, rows } : null;
      }),
    { message: 'side panel open with the tickets' },
  );
  assert.match(real.url, /\/sidepanel\.html$/);
  assert.ok(real.rows >= 6);
  await popup.close();
});

test('keyboard only: tabs with arrows, dialog traps focus, Escape restores it', async () => {
  const page = await openPopup();
  await page.getByRole('tab', { name: 'Tickets' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Packs');
  assert.equal(
    await page.getByRole('tab', { name: 'Packs' }).getAttribute('aria-selected'),
    'true',
  );
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Calculator');
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab'); // into the Tickets panel
  await page.keyboard.press('Tab'); // Add ticket
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add ticket');
  await page.keyboard.press('Enter');
  await page.locator('dialog[open]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
      true,
      `focus left the dialog after ${i + 1} Tab`,
    );
  }
  await page.keyboard.press('Escape');
  await until(async () => (await page.locator('dialog[open]').count()) === 0, {
    message: 'closed',
  });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add ticket');
  // A visible focus ring on the focused control.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.close();
});

test('keys: / focuses the search, j and k move between rows, n opens a new ticket', async () => {
  const page = await openPopup();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-key')),
    'search',
  );
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const second = await page.locator('[data-ticket-id]').nth(1).getAttribute('data-ticket-id');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-ticket-id')),
    second,
  );
  await page.keyboard.press('k');
  const first = await page.locator('[data-ticket-id]').nth(0).getAttribute('data-ticket-id');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-ticket-id')),
    first,
  );
  await page.keyboard.press('n');
  await page.locator('dialog[open]').waitFor();
  await page.keyboard.press('Escape');
  await page.close();
});

test('axe-core: no serious or critical violation, light and dark, every tab and a dialog', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await openPopup();
    await page.emulateMedia({ colorScheme: scheme });
    for (const tab of ['Tickets', 'Packs', 'Customers', 'Calculator']) {
      await page.getByRole('tab', { name: tab }).click();
      assert.deepEqual(await axeViolations(page), [], `${scheme} ${tab}`);
    }
    // The link menu of a ticket, open, and its "spend anyway" confirmation.
    await page.getByRole('tab', { name: 'Tickets' }).click();
    const row = page.locator(`[data-ticket-id="${ids.soon}"]`);
    await row.getByRole('button', { name: /^Spend an incident/ }).click();
    assert.deepEqual(await axeViolations(page), [], `${scheme} link menu`);
    await row.locator(`[data-pack-id="${ids.onPremPack}"]`).getByRole('button').click();
    assert.deepEqual(await axeViolations(page), [], `${scheme} spend-anyway dialog`);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Packs' }).click();
    await page.getByRole('button', { name: 'Add pack' }).click();
    assert.deepEqual(await axeViolations(page), [], `${scheme} pack dialog`);
    if (scheme === 'dark') {
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Tickets' }).click();
      await shoot(page, 'popup-tickets-dark-en.png');
    }
    await page.close();
  }
});

test('French: every label follows the language, dates in French', async () => {
  await setSettings(seeder, { uiLanguage: 'fr' });
  const page = await openPopup();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('button', { name: 'Ajouter un ticket' }).waitFor();
  assert.equal(await page.getByTestId('open-side-panel').innerText(), 'Panneau latéral');
  assert.match(
    await page.locator(`[data-ticket-id="${ids.overdue}"]`).innerText(),
    /En retard de 3 h/,
  );
  assert.match(
    await page.locator(`[data-ticket-id="${ids.soon}"]`).innerText(),
    /Première réponse attendue/,
  );
  await shoot(page, 'popup-tickets-fr.png');
  await page.getByRole('tab', { name: 'Packs' }).click();
  assert.match(
    await page.locator(`[data-pack-id="${ids.expiredPack}"]`).innerText(),
    /Expiré le 1 juil\. 2026/,
  );
  await shoot(page, 'popup-packs-fr.png');
  await page.close();
  await setSettings(seeder, { uiLanguage: 'en' });
});
