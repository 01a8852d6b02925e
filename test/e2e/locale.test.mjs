// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: languages done right, in an en-US browser. With the French UI no date is numeric in
// a way a reader could take the wrong way round (the browser's own fields wrote 1 December as
// 12/01/2026): the pages spell months out, date fields are typed day first and echoed in words,
// counts take their plural forms, the country list is named in French. With the English UI the
// formats follow the browser's region: month first, a 12-hour clock.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, sendFrom, setSettings, until } from './harness.mjs';

const ZONE = 'Europe/Paris';
const TENANT = '3f2b8a51-6c1e-4d2a-9f0b-7e5d4c3b2a19';
/** A numeric date such as 12/01/2026 or 1.12.26: what these pages must never show in French. */
const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;

let h;
let page;

async function ok(type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply?.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

before(async () => {
  h = await launch({ route: false, timezoneId: ZONE, locale: 'en-US' });
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('popup.html'));
  await setSettings(page, {
    schedule: {
      timeZone: ZONE,
      weekly: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
      ),
      holidays: [],
    },
  });
  await ok('packs:add', {
    kind: 'pay-per-incident-5pack',
    label: 'Winter incidents',
    purchasedOn: '2026-12-01',
    expiresOn: null,
    incidents: 5,
    account: 'msa',
    orderNumber: 'ORD-12',
    contractId: null,
    notes: '',
  });
  const filedAt = new Date(Date.now() - 3_600_000).toISOString();
  await ok('tickets:add', {
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
    filedAt,
    dueAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    rule: 'csp-severity',
    clock: 'around-the-clock',
    caveats: [],
    contact: null,
  });
});

after(async () => {
  await h?.close();
});

/** Opens the pack dialog of the popup and types a purchase date; returns the dialog. */
async function typePurchaseDate(popup, { tab, add, label, typed }) {
  await popup.getByRole('tab', { name: tab }).click();
  await popup.getByRole('button', { name: add }).click();
  const dialog = popup.locator('dialog[open]');
  const field = dialog.getByLabel(label, { exact: true });
  await field.fill(typed);
  return { dialog, field };
}

test('French UI in an en-US browser: months spelled, dates typed day first, plurals, countries', async () => {
  await setSettings(page, { uiLanguage: 'fr' });
  const popup = await h.openPopup();
  await popup.getByRole('tab', { name: 'Packs' }).click();
  const card = popup.locator('[data-pack-id]', { hasText: 'Winter incidents' });
  await card.waitFor();
  const packs = await popup.locator('body').innerText();
  assert.match(packs, /1 déc\. 2027/);
  assert.doesNotMatch(packs, NUMERIC_DATE);
  await popup.getByRole('tab', { name: 'Tickets' }).click();
  // The list may render again after the tab switch: wait for a row's due time, then read.
  await until(async () => /\d{1,2}:\d{2}/.test(await popup.locator('body').innerText()), {
    message: 'a ticket row with its due time',
  });
  const tickets = await popup.locator('body').innerText();
  assert.match(tickets, /\d{2}:\d{2}/);
  assert.doesNotMatch(tickets, NUMERIC_DATE);
  assert.doesNotMatch(tickets, /\b(AM|PM)\b/);

  const { dialog, field } = await typePurchaseDate(popup, {
    tab: 'Packs',
    add: 'Ajouter un pack',
    label: 'Date d’achat',
    typed: '1/12/2026',
  });
  assert.equal(await field.getAttribute('placeholder'), 'jj/mm/aaaa');
  const echoId = (await field.getAttribute('aria-describedby')).split(' ').at(-1);
  // The spelled echo renders after the typed input: wait for it, then check its exact text.
  const echo = dialog.locator(`[id="${echoId}"]`);
  await until(async () => (await echo.innerText()) === 'mardi 1 décembre 2026', {
    message: 'the spelled date: mardi 1 décembre 2026',
  });
  await field.blur();
  assert.equal(await field.inputValue(), '01/12/2026');
  assert.match(await dialog.getByTestId('computed-expiry').innerText(), /1 déc\. 2027/);
  await field.fill('31/02/2026');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  assert.match(await dialog.innerText(), /Saisissez une date valide/);
  assert.deepEqual(await axeViolations(popup), []);
  await popup.close();

  const options = await h.openOptions();
  await options.getByRole('tab', { name: 'Heures ouvrées' }).click();
  const holidays = options.getByTestId('holidays');
  await holidays.getByLabel('Ajouter une date', { exact: true }).fill('25/12/2026');
  await holidays.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await holidays.locator('[data-date="2026-12-25"]').waitFor();
  assert.match(await holidays.innerText(), /\b1 jour\b/);
  assert.doesNotMatch(await holidays.innerText(), /\(s\)/);
  await options.getByRole('tab', { name: 'Profil du partenaire' }).click();
  const country = options
    .locator('[role="tabpanel"]:not([hidden])')
    .getByLabel('Pays', { exact: true });
  await country.selectOption({ label: 'Allemagne' });
  assert.equal(await country.inputValue(), 'DE');
  const names = await country.locator('option').allInnerTexts();
  assert.equal(names.length, 250); // "Non renseigné" and the 249 countries
  assert.ok(names.indexOf('Égypte') < names.indexOf('Espagne'), 'sorted in French, accents too');
  await options.close();
});

test('English UI in an en-US browser: the formats follow the region, month first, 12-hour clock', async () => {
  await setSettings(page, { uiLanguage: 'en' });
  const popup = await h.openPopup();
  await popup.getByRole('tab', { name: 'Packs' }).click();
  await popup.locator('[data-pack-id]', { hasText: 'Winter incidents' }).waitFor();
  assert.match(await popup.locator('body').innerText(), /Dec 1, 2027/);
  await popup.getByRole('tab', { name: 'Tickets' }).click();
  await until(async () => /\d{1,2}:\d{2}/.test(await popup.locator('body').innerText()), {
    message: 'a ticket row with its due time',
  });
  assert.match(await popup.locator('body').innerText(), /\d:\d{2}\s(AM|PM)/);

  const { dialog, field } = await typePurchaseDate(popup, {
    tab: 'Packs',
    add: 'Add pack',
    label: 'Purchase date',
    typed: '12/1/2026',
  });
  assert.equal(await field.getAttribute('placeholder'), 'mm/dd/yyyy');
  await until(async () => /Tuesday, December 1, 2026/.test(await dialog.innerText()), {
    message: 'the spelled date, month first',
  });
  assert.match(await dialog.getByTestId('computed-expiry').innerText(), /Dec 1, 2027/);
  await popup.close();
});
