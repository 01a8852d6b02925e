// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: the options page's time-zone picker in the built extension (Chromium), in English
// then French. A legacy zone already stored is kept and warned about; typing a city finds it,
// the arrows and Enter pick it, Escape closes then restores; a Windows zone name is taken; EST and
// EST5EDT are refused with the place meant on a button; the zone saved is shown after a reload.
// Accessibility (axe) with the list open.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, setSettings, until } from './harness.mjs';

let h;
let page;

const WEEK = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
);
const storedZone = () =>
  page.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings.schedule.timeZone,
  );

before(async () => {
  h = await launch({ route: false, locale: 'en-GB', timezoneId: 'America/New_York' });
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
});
after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

/** The business-hours section in the language asked, its zone combobox and list. */
async function open(language, zone, heading) {
  await setSettings(page, {
    uiLanguage: language,
    schedule: { timeZone: zone, weekly: WEEK, holidays: [] },
  });
  await page.reload();
  await page.getByRole('heading', { name: heading }).waitFor();
  const section = page.locator('section[aria-labelledby="hours-heading"]');
  const input = section.getByTestId('zone-input');
  const list = section.getByRole('listbox', { includeHidden: true });
  return { section, input, list, current: section.getByTestId('zone-current') };
}

/** Types into the combobox as a person does (key by key), so the list follows the text. */
async function type(input, text) {
  await input.fill('');
  await input.pressSequentially(text);
}

test('time-zone picker (en, fr): search, keyboard, Windows names, legacy zones, saved', async () => {
  // English. A zone stored before the check: kept as it is, shown with its offset, warned about.
  let z = await open('en', 'EST', 'Business hours');
  assert.equal(await z.input.inputValue(), 'EST');
  assert.equal(await z.current.innerText(), 'In use: EST, UTC−05:00 now.');
  const stored = z.section.getByTestId('zone-legacy');
  assert.match(
    await stored.innerText(),
    /EST is a fixed UTC−05:00 all year, with no summer time.*America\/New_York \(.+\).*Saved before PCX checked zones/s,
  );
  assert.equal(await storedZone(), 'EST');

  // "paris": the list opens with Europe/Paris first; Down makes it active, Enter picks it.
  await type(z.input, 'paris');
  assert.equal(await z.input.getAttribute('aria-expanded'), 'true');
  const first = z.list.getByRole('option').first();
  assert.equal(await first.getAttribute('data-zone'), 'Europe/Paris');
  assert.match(
    await first.innerText(),
    /Paris.*Europe\/Paris · Central European Time · France · UTC\+0[12]:00/s,
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await z.input.getAttribute('aria-activedescendant'), null);
  await z.input.press('ArrowDown');
  assert.equal(await z.input.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  await z.input.press('Enter');
  assert.equal(await z.input.inputValue(), 'Europe/Paris');
  assert.equal(await z.input.getAttribute('aria-expanded'), 'false');
  assert.match(
    await z.current.innerText(),
    /^In use: Europe\/Paris \(Central European Time\), UTC\+0[12]:00 now\.$/,
  );
  assert.equal(await stored.count(), 0);

  // Up moves back, Escape closes the list, a second Escape restores the zone in use.
  await type(z.input, 'central european');
  const options = await z.list.getByRole('option').count();
  assert.ok(options > 5, `${options} zones for "central european"`);
  await z.input.press('ArrowDown');
  await z.input.press('ArrowDown');
  await z.input.press('ArrowUp');
  const active = await z.input.getAttribute('aria-activedescendant');
  assert.equal(active, await z.list.getByRole('option').first().getAttribute('id'));
  await z.input.press('Escape');
  assert.equal(await z.input.getAttribute('aria-expanded'), 'false');
  assert.equal(await z.input.inputValue(), 'central european');
  await z.input.press('Escape');
  assert.equal(await z.input.inputValue(), 'Europe/Paris');

  // A Windows zone name, typed whole and committed with Enter, is taken and said.
  await type(z.input, 'W. Europe Standard Time');
  assert.equal(await z.list.getByRole('option').first().getAttribute('data-zone'), 'Europe/Berlin');
  await z.input.press('Escape');
  await z.input.press('Enter');
  assert.equal(await z.input.inputValue(), 'Europe/Berlin');
  await z.section.getByText('Windows zone W. Europe Standard Time: Europe/Berlin.').waitFor();

  // EST typed: refused, the zone in use unchanged, the place meant offered on a button.
  await type(z.input, 'EST');
  await z.input.press('Escape');
  await z.input.press('Enter');
  const alert = z.section.getByRole('alert');
  assert.match(
    await alert.innerText(),
    /EST is a fixed UTC−05:00 all year, with no summer time: deadlines would be an hour off all summer\. Did you mean America\/New_York \(.+\), which has summer time\?/,
  );
  assert.equal(await z.input.getAttribute('aria-invalid'), 'true');
  assert.match(await z.current.innerText(), /^In use: Europe\/Berlin/);
  await alert.getByRole('button', { name: 'Use America/New_York' }).click();
  assert.equal(await z.input.inputValue(), 'America/New_York');
  assert.equal(await z.input.getAttribute('aria-invalid'), null);

  // Saved, and shown after a reload.
  await z.section.getByRole('button', { name: 'Save' }).click();
  await until(async () => (await storedZone()) === 'America/New_York', { message: 'zone saved' });
  await page.reload();
  await page.getByRole('heading', { name: 'Business hours' }).waitFor();
  assert.equal(await z.input.inputValue(), 'America/New_York');
  assert.match(
    await z.current.innerText(),
    /^In use: America\/New_York \(Eastern Time\), UTC−0[45]:00 now\.$/,
  );

  // French: labels, names and messages in French; an accent-free city, a Windows name, EST5EDT.
  z = await open('fr', 'America/New_York', 'Heures ouvrées');
  assert.equal(await page.getByRole('combobox', { name: 'Fuseau horaire' }).count(), 1);
  await type(z.input, 'zurich');
  const zurich = z.list.getByRole('option').first();
  assert.equal(await zurich.getAttribute('data-zone'), 'Europe/Zurich');
  assert.match(await zurich.innerText(), /heure d’Europe centrale · Suisse/);
  await z.input.press('ArrowDown');
  await z.input.press('Enter');
  assert.equal(await z.input.inputValue(), 'Europe/Zurich');
  assert.match(
    await z.current.innerText(),
    /^En vigueur : Europe\/Zurich \(heure d’Europe centrale\), UTC\+0[12]:00 actuellement\.$/,
  );

  await type(z.input, 'romance standard time');
  await z.input.press('Escape');
  await z.input.press('Enter');
  assert.equal(await z.input.inputValue(), 'Europe/Paris');
  await z.section.getByText('Fuseau Windows romance standard time : Europe/Paris.').waitFor();

  await type(z.input, 'EST5EDT');
  await z.input.press('Escape');
  await z.input.press('Enter');
  const alerte = z.section.getByRole('alert');
  assert.match(
    await alerte.innerText(),
    /EST5EDT est un ancien nom de règle, pas un lieu\. Vouliez-vous dire America\/New_York \(.+\) \?/,
  );
  assert.match(await z.current.innerText(), /^En vigueur : Europe\/Paris/);
  // Escape gives the field back its zone; the refusal goes with the text.
  await z.input.press('Escape');
  assert.equal(await z.input.inputValue(), 'Europe/Paris');
  assert.equal(await alerte.count(), 0);

  await z.section.getByRole('button', { name: 'Enregistrer' }).click();
  await until(async () => (await storedZone()) === 'Europe/Paris', { message: 'zone saved (fr)' });
  await page.reload();
  await page.getByRole('heading', { name: 'Heures ouvrées' }).waitFor();
  assert.equal(await z.input.inputValue(), 'Europe/Paris');
});
