// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: finding tickets in the popup (Chromium, real IndexedDB). Seeds 60 tickets through
// the messages the pages use, then searches (accents and case ignored), applies a filter chip and
// removes it, sorts, opens the Closed view and switches to one-line rows — in English, then in
// French.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, sendFrom, setSettings, until } from './harness.mjs';

const HOUR = 3_600_000;
let h;
let seeder;

async function ok(page, type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply?.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

const NAMES = ['Société Générale', 'Contoso Pharma', 'Fabrikam', 'Adatum'];
const ticket = (i) => ({
  number: `26120300100${String(i).padStart(5, '0')}`,
  portal: 'azure',
  portalLink: null,
  customerId: null,
  customerName: NAMES[i % 4],
  service: 'azure',
  product: null,
  title: i === 7 ? 'Échec de réplication' : `Ticket ${i} VM issue`,
  severity: ['A', 'B', 'C'][i % 3],
  program: 'csp',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: new Date(Date.now() - (i + 1) * HOUR).toISOString(),
  dueAt: new Date(Date.now() + (i - 5) * HOUR).toISOString(),
  rule: 'csp-severity',
  clock: 'around-the-clock',
  caveats: [],
  contact: null,
  notes: i === 11 ? 'Customer asked for a callback' : '',
});

const rows = (page) => page.locator('[data-testid="ticket-list"] > li');
const countIs = (page, n, message) =>
  until(async () => (await rows(page).count()) === n, { message: `${message}: ${n} rows` });

before(async () => {
  h = await launch({ extensionPath: process.env.PCX_EXTENSION_PATH || undefined, route: false });
  seeder = await h.context.newPage();
  await seeder.goto(h.extensionUrl('options.html'));
  await setSettings(seeder, { uiLanguage: 'en' });
  const ids = [];
  for (let i = 0; i < 60; i++) ids.push((await ok(seeder, 'tickets:add', ticket(i))).id);
  // Ten closed tickets (every sixth) for the Closed view.
  for (let i = 0; i < 60; i += 6) {
    await ok(seeder, 'tickets:set-status', { id: ids[i], status: 'resolved' });
  }
});

after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

for (const lang of ['en', 'fr']) {
  test(`find tickets: search, filter chip, sort, Closed view (${lang})`, async () => {
    await setSettings(seeder, { uiLanguage: lang });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(h.extensionUrl('popup.html'));
    await page.waitForSelector('main[data-ready="true"]', { timeout: 10_000 });
    const L =
      lang === 'en'
        ? { all: 'All', closed: 'Closed', overdue: 'Overdue', compact: 'One line each' }
        : { all: 'Tous', closed: 'Clos', overdue: 'En retard', compact: 'Une ligne chacun' };

    await page.getByRole('button', { name: L.all, exact: true }).click();
    await countIs(page, 50, 'first page of all');

    // Search: accents and case ignored, over title, customer name and notes.
    const box = page.getByTestId('find-text');
    await box.fill('ECHEC');
    await countIs(page, 1, 'title search');
    assert.match(await rows(page).first().innerText(), /Échec de réplication/);
    await box.fill('societe generale');
    await countIs(page, 15, 'customer search');
    await box.fill('CALLBACK');
    await countIs(page, 1, 'notes search');
    await box.fill('');
    await countIs(page, 50, 'search cleared');

    // A filter chip: severity A, then removed from its chip.
    await page.getByTestId('find-severity').selectOption('A');
    await countIs(page, 20, 'severity A');
    await page.getByTestId('find-chip-severity').click();
    await countIs(page, 50, 'chip removed');

    // Overdue (open tickets past due): i = 0..5 were due by now, i = 0 is closed → 5.
    await page.getByTestId('find-overdue').click();
    await countIs(page, 5, 'overdue');
    await page.getByTestId('find-overdue').click();

    // Sort newest filed first: ticket 0 was filed last.
    await page.getByTestId('find-sort').selectOption('filed');
    await until(async () => /26120300100000(00|01)/.test(await rows(page).first().innerText()), {
      message: 'newest first',
    });
    await page.getByTestId('find-sort').selectOption('due');

    // The Closed view: the ten resolved tickets; a search narrows it.
    await page.getByRole('button', { name: L.closed, exact: true }).click();
    await countIs(page, 10, 'closed view');
    await box.fill('GÉNÉRALE');
    // Closed tickets are every sixth; every fourth is Société Générale's: 0, 12, 24, 36, 48.
    await countIs(page, 5, 'search in closed view');

    // One line per ticket: the same height holds far more rows; a row opens on click, and the
    // choice is kept (a popup opened again, or the side panel, shows the same).
    await box.fill('');
    await page.getByRole('button', { name: L.all, exact: true }).click();
    await countIs(page, 50, 'all again');
    const heights = () =>
      rows(page).evaluateAll((els) =>
        els.slice(0, 10).map((el) => el.getBoundingClientRect().height),
      );
    const cards = await heights();
    const density = page.getByRole('button', { name: L.compact, exact: true });
    assert.equal(await density.getAttribute('aria-pressed'), 'false');
    await density.click();
    await until(async () => (await heights()).every((x, i) => x < cards[i] / 2), {
      message: `compact rows under half a card (${cards.join(', ')})`,
    });
    const first = rows(page).first();
    const summary = first.locator('.pcx-row-summary');
    assert.equal(await summary.getAttribute('aria-expanded'), 'false');
    assert.equal(await first.getByRole('combobox').count(), 0, 'folded: no status control');
    assert.match(await summary.innerText(), /Ticket \d+ VM issue|Échec de réplication/);
    assert.deepEqual(await axeViolations(page), [], 'compact rows');
    await summary.click();
    assert.equal(await summary.getAttribute('aria-expanded'), 'true');
    await first.getByRole('combobox').waitFor();
    const again = await h.context.newPage();
    await again.goto(h.extensionUrl('popup.html'));
    await again.waitForSelector('main[data-ready="true"]', { timeout: 10_000 });
    await until(async () => (await again.locator('[data-expanded="false"]').count()) > 0, {
      message: 'the compact choice kept by a new popup',
    });
    await again.close();
    await density.click(); // back to cards for the next language
    await until(async () => (await page.locator('.pcx-card--compact').count()) === 0, {
      message: 'cards again',
    });

    // Customers typed by hand (the seeded tickets name no customer record) are listed by name.
    await page.getByRole('tab', { name: lang === 'en' ? 'Customers' : 'Clients' }).click();
    const typed = page.getByTestId('typed-customers');
    await typed.waitFor();
    assert.match(await typed.innerText(), /Société Générale\s+15 ticket/);
    await page.close();
  });
}
