// The exports people open directly, from the options page of the built extension, in one
// browser: in French, the tickets sheet (a byte-order mark, `;`, French headers naming the zone,
// local times) and the calendar (an end, an alarm, the link), re-read with csv-parse and ical.js;
// in English, a backup that carries the settings: a setting changed after it is restored by
// importing it, after the preview said so.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { launch, sendFrom, setSettings, until } from './harness.mjs';

const ZONE = 'Europe/Paris';
let h;
let page;

async function ok(type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply?.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}
const stored = () =>
  page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

async function dataSection(name) {
  await page.getByRole('tab', { name }).click();
  return page.locator('[role="tabpanel"]:not([hidden])');
}

async function download(panel, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

// 14:30 in Paris (winter): what the sheet must say, whatever the machine's zone.
const FILED = '2026-12-01T13:30:00.000Z';
const DUE = new Date(Date.now() + 48 * 3_600_000).toISOString();

before(async () => {
  h = await launch({
    extensionPath: process.env.PCX_EXTENSION_PATH || undefined,
    route: false,
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  await setSettings(page, {
    uiLanguage: 'fr',
    schedule: {
      timeZone: ZONE,
      weekly: { mon: [['09:00', '17:00']] },
      holidays: [],
    },
    reminders: {
      leadMinutes: 45,
      beforeDue: true,
      atBreach: true,
      packExpiry: true,
      unusedIncidents: true,
    },
  });
  await ok('tickets:add', {
    number: '2612010010001234',
    portal: 'azure',
    portalLink: 'https://portal.azure.com/#view/req/2612010010001234',
    customerId: null,
    customerName: 'Société Générale',
    service: 'azure',
    product: null,
    title: 'Réplication arrêtée',
    severity: 'A',
    program: 'csp',
    breakFix: true,
    supportLanguage: 'english',
    filedAt: FILED,
    dueAt: DUE,
    rule: 'csp-severity',
    clock: 'around-the-clock',
    caveats: [],
    contact: null,
  });
  await page.reload();
});

after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

test('French: the tickets sheet and the calendar, as a French spreadsheet and a calendar read them', async () => {
  const panel = await dataSection('Données');
  // The language's separator by default.
  assert.equal(await panel.getByLabel('Point-virgule (;)').isChecked(), true);
  assert.match(await panel.textContent(), /fuseau de vos heures ouvrées \(Europe\/Paris\)/);

  const sheet = await download(panel, 'Tickets (CSV)');
  assert.match(sheet.name, /^pcx-tickets-.*\.csv$/);
  assert.deepEqual([...sheet.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM');
  const text = sheet.bytes.toString('utf8');
  const header = text.slice(1, text.indexOf('\r\n'));
  assert.ok(header.includes('";"'), `split on ";": ${header}`);
  const [row] = parse(sheet.bytes, { bom: true, delimiter: ';', columns: true });
  assert.equal(row['Numéro de demande'], '2612010010001234');
  assert.equal(row.Client, 'Société Générale');
  assert.equal(row.Gravité, 'A – critique');
  assert.equal(row.Statut, 'En attente de Microsoft');
  assert.equal(row['Ouverte (Europe/Paris)'], '2026-12-01 14:30');
  assert.match(row.ID, /^[0-9a-f-]{36}$/);

  const calendar = await download(panel, 'Échéances (ICS)');
  const [event] = new ICAL.Component(
    ICAL.parse(calendar.bytes.toString('utf8')),
  ).getAllSubcomponents('vevent');
  const start = event.getFirstPropertyValue('dtstart').toJSDate().getTime();
  assert.equal(start, Date.parse(`${DUE.slice(0, 19)}Z`));
  assert.equal(event.getFirstPropertyValue('dtend').toJSDate().getTime() - start, 15 * 60_000);
  assert.equal(
    event.getFirstPropertyValue('url'),
    'https://portal.azure.com/#view/req/2612010010001234',
  );
  assert.match(
    event.getFirstPropertyValue('description'),
    /Client : Société Générale\nGravité : A – critique/,
  );
  const trigger = event.getFirstSubcomponent('valarm').getFirstPropertyValue('trigger');
  assert.equal(trigger.toSeconds(), -45 * 60, 'the alarm at the reminder lead time');
});

test('English: a backup carries the settings; importing it restores a setting changed since', async () => {
  await setSettings(page, { uiLanguage: 'en' });
  await page.reload();
  const panel = await dataSection('Data');
  // Nothing chosen yet: the English default. A choice is remembered across visits.
  assert.equal(await panel.getByLabel('Comma (,)').isChecked(), true);
  await panel.getByLabel('Semicolon (;)').check();
  const backup = await download(panel, 'Backup (JSON)');
  const file = JSON.parse(backup.bytes.toString('utf8'));
  assert.equal(file.formatVersion, 2);
  assert.equal(file.settings.reminders.leadMinutes, 45);

  // A setting changed after the backup was made.
  const changed = await stored();
  await setSettings(page, { reminders: { ...changed.reminders, leadMinutes: 10 } });
  await page.reload();
  const again = await dataSection('Data');
  assert.equal(await again.getByLabel('Semicolon (;)').isChecked(), true, 'separator remembered');
  await again.getByLabel('Backup file (JSON)').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const summary = again.getByTestId('import-summary');
  await until(
    async () => /those of the backup will replace yours/.test(await summary.textContent()),
    {
      message: 'the preview says the settings will be restored',
    },
  );
  const restore = summary.getByLabel('Restore the settings saved in the backup');
  assert.equal(await restore.isChecked(), true, 'restore by default');
  // Unticked, the preview says they are kept; ticked again for the import.
  await restore.uncheck();
  await until(async () => /Settings: yours are kept/.test(await summary.textContent()), {
    message: 'keep',
  });
  await restore.check();
  await summary.getByRole('button', { name: 'Import and merge' }).click();
  await until(async () => /Settings restored from the backup/.test(await again.textContent()), {
    message: 'imported',
  });
  assert.equal((await stored()).reminders.leadMinutes, 45, 'the setting is restored');
  // The history itself is still one ticket (merged with itself).
  assert.equal((await ok('tickets:list', { view: 'all', limit: 10 })).total, 1);
});
