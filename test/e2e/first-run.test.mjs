// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// First run, in Chromium with the built extension: the install opens the three-step setup in
// options (profile, business hours, packs), the popup offers "Finish setup" until it is done,
// each step saves with its own Save, and the setup reads in French too. Accessibility checked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, setSettings, until } from './harness.mjs';

let h;

before(async () => {
  h = await launch({ route: false, firstRun: true, locale: 'en-GB', timezoneId: 'Europe/Paris' });
});
after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

test('first run (en, fr): setup opens on install, three steps, then the popup is set up', async () => {
  // The background opened the setup itself, once.
  const setup = await until(
    () => h.context.pages().find((p) => p.url().endsWith('/options.html#setup')) ?? null,
    { timeout: 10_000, message: 'setup tab opened on install' },
  );
  await setup.setViewportSize({ width: 1000, height: 900 });
  await setup.getByRole('heading', { name: 'Set up PCX' }).waitFor();
  const popup = await h.openPopup();
  await popup.getByTestId('finish-setup').waitFor();
  assert.match(await popup.getByTestId('finish-setup').innerText(), /Finish setup/);

  // Step 1: the partner profile, saved by its own Save.
  const current = () => setup.locator('[aria-current="step"]').innerText();
  assert.match(await current(), /Step 1 of 3/);
  assert.deepEqual(await axeViolations(setup), []);
  await setup.getByLabel('Organisation name').fill('Litware Consulting');
  await setup.getByLabel('Your organisation’s e-mail domains').fill('litware.fr');
  await setup.getByRole('button', { name: 'Save' }).first().click();
  await until(
    async () =>
      (await setup.evaluate(() => chrome.storage.local.get('settings'))).settings?.profile
        ?.ownDomains?.[0] === 'litware.fr',
    { message: 'profile saved' },
  );
  // Step 2: business hours; step 3: packs, added with the popup's own dialog.
  await setup.getByRole('button', { name: 'Next' }).click();
  assert.match(await current(), /Step 2 of 3/);
  await setup.getByRole('heading', { name: 'Business hours' }).waitFor();
  await setup.getByRole('button', { name: 'Next' }).click();
  assert.match(await current(), /Step 3 of 3/);
  await setup.getByRole('button', { name: 'Add a pack' }).click();
  const dialog = setup.locator('dialog[open]');
  await dialog.getByLabel('Kind').selectOption('pay-per-incident-5pack');
  await dialog.getByLabel('Purchase date').fill('2026-11-02');
  await dialog.getByLabel('Label').fill('Autumn 5-pack');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await until(
    async () => /Autumn 5-pack — 5 of 5 left/.test(await setup.locator('body').innerText()),
    {
      message: 'pack listed',
    },
  );
  // Back keeps what was typed in an earlier step.
  await setup.getByRole('button', { name: 'Back' }).click();
  await setup.getByRole('button', { name: 'Back' }).click();
  assert.equal(await setup.getByLabel('Organisation name').inputValue(), 'Litware Consulting');

  // French: the same setup, in French.
  await setSettings(setup, { uiLanguage: 'fr' });
  await setup.getByRole('heading', { name: 'Configurer PCX' }).waitFor();
  assert.match(await current(), /Étape 1 sur 3/);
  assert.match(await popup.getByTestId('finish-setup').innerText(), /Terminer la configuration/);
  assert.deepEqual(await axeViolations(setup), []);
  await setup.getByRole('button', { name: 'Suivant' }).click();
  await setup.getByRole('button', { name: 'Suivant' }).click();
  await setup.getByRole('button', { name: 'Terminer la configuration' }).click();

  // Done: the options as usual, and the popup no longer asks.
  await setup.getByRole('tablist').waitFor();
  await until(async () => (await popup.getByTestId('finish-setup').count()) === 0, {
    message: 'popup set up',
  });
  assert.deepEqual((await setup.evaluate(() => chrome.storage.local.get('setup'))).setup, {
    done: true,
  });
  await setSettings(setup, { uiLanguage: 'en' });
  await popup.close();
  await setup.close();
});
