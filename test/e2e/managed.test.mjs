// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: settings a partner's IT sets by policy (storage.managed, lib/managed.ts), shown
// locked in the built extension's options page (Chromium), in English then French.
//
// The stand-in: a browser takes extension policy only from the machine's policy store (Group
// Policy, Intune, /etc on Linux), which a test cannot write without changing every browser of the
// machine. So each extension page of this test's own browser answers `storage.managed.get` from a
// policy the test puts in that page's origin (localStorage) before the page's scripts run, as the
// browser would answer from its policy store. Everything else is the real extension.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, setSettings, until } from './harness.mjs';

let h;
let page;

const POLICY = {
  TimeZone: 'Europe/Paris',
  BusinessHours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ opens: '08:30', closes: '18:00' }]]),
  ),
  Holidays: ['2026-12-25'],
  OwnTenants: ['litware.onmicrosoft.com'],
  ProfileTemplate: { Name: 'Litware SAS', Country: 'FR' },
  Helpers: { 'scope-hint': false },
};

const stored = () =>
  page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

async function withPolicy(policy) {
  await page.evaluate((p) => localStorage.setItem('pcx-e2e-policy', JSON.stringify(p)), policy);
  await page.reload();
}

before(async () => {
  h = await launch({ route: false, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  await h.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const policy = JSON.parse(localStorage.getItem('pcx-e2e-policy') ?? '{}');
    const area = chrome.storage.managed;
    area.get = (_keys, callback) => {
      const answer = Promise.resolve(structuredClone(policy));
      if (typeof callback === 'function') answer.then(callback);
      else return answer;
    };
  });
  page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  await setSettings(page, {
    uiLanguage: 'en',
    schedule: {
      timeZone: 'America/New_York',
      weekly: { mon: [['10:00', '16:00']] },
      holidays: [],
    },
    profile: {
      name: 'My own name',
      firstName: 'Ada',
      lastName: '',
      email: '',
      phone: '',
      country: '',
      ownDomains: [],
      ownTenants: [],
    },
  });
});
after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

const panel = () => page.locator('[role="tabpanel"]:not([hidden])');

test('managed policy (en): locked fields show the policy, the rest stays the agent’s', async () => {
  await withPolicy(POLICY);
  const summary = page.getByTestId('managed-summary');
  assert.match(await summary.innerText(), /7 settings are set by your organisation’s policy/);

  await page.getByRole('tab', { name: 'Business hours' }).click();
  const zone = panel().getByTestId('zone-input');
  assert.equal(await zone.inputValue(), 'Europe/Paris');
  assert.equal(await zone.isDisabled(), true);
  const hours = panel().locator('fieldset[data-locked="businessHours"]');
  assert.equal(await hours.getByLabel('Monday, interval 1: opens').inputValue(), '08:30');
  assert.equal(await hours.getByLabel('Monday, interval 1: opens').isDisabled(), true);
  assert.equal(
    await panel().locator('fieldset[data-locked="holidays"] button').first().isDisabled(),
    true,
  );
  assert.match(
    await panel().locator('fieldset[data-locked="holidays"]').innerText(),
    /25 Dec 2026/,
  );
  // The form names the locked groups for screen readers.
  assert.ok((await page.getByRole('group', { name: /Set by your organisation/ }).count()) >= 3);

  await page.getByRole('tab', { name: 'Partner profile' }).click();
  const name = panel().getByLabel('Organisation name', { exact: true });
  assert.equal(await name.inputValue(), 'Litware SAS');
  assert.equal(await name.isDisabled(), true);
  assert.equal(await panel().getByLabel('Country', { exact: true }).inputValue(), 'FR');
  assert.equal(await panel().getByLabel('Your own tenants', { exact: false }).isDisabled(), true);
  // The agent's own first name is theirs: edited and saved; the policy's values are not stored
  // as the agent's, so the agent's own come back if IT lifts the policy.
  const first = panel().getByLabel('First name', { exact: true });
  assert.equal(await first.isDisabled(), false);
  await first.fill('Augusta');
  await panel().getByRole('button', { name: 'Save' }).click();
  await panel().getByTestId('saved').waitFor();
  const own = await stored();
  assert.equal(own.profile.firstName, 'Augusta');
  assert.equal(own.profile.name, 'My own name');
  assert.deepEqual(own.profile.ownTenants, []);
  assert.equal(own.schedule.timeZone, 'America/New_York');

  await page.getByRole('tab', { name: 'Helpers' }).click();
  const scope = panel().getByRole('checkbox', { name: /Scope hints/ });
  assert.equal(await scope.isChecked(), false);
  assert.equal(await scope.isDisabled(), true);
  assert.equal(
    await panel()
      .getByRole('checkbox', { name: /Ticket capture/ })
      .isDisabled(),
    false,
  );
  assert.deepEqual(await axeViolations(page), []);

  // Without the policy, the agent's own values are back and editable.
  await withPolicy({});
  assert.equal(await page.getByTestId('managed-summary').count(), 0);
  await page.getByRole('tab', { name: 'Partner profile' }).click();
  const mine = panel().getByLabel('Organisation name', { exact: true });
  assert.equal(await mine.inputValue(), 'My own name');
  assert.equal(await mine.isDisabled(), false);
});

test('managed policy (fr): what cannot be used is named, the rest applies', async () => {
  await setSettings(page, { uiLanguage: 'fr' });
  await withPolicy({ ...POLICY, TimeZone: 'EST', Holidays: ['2026-02-30'] });
  const summary = page.getByTestId('managed-summary');
  await until(async () => /verrouillés/.test(await summary.innerText()), {
    message: 'French summary',
  });
  const text = await summary.innerText();
  assert.match(text, /5 réglages sont définis par la stratégie de votre organisation/);
  assert.match(text, /TimeZone \(un décalage fixe sans heure d’été, pas un lieu\)/);
  assert.match(text, /Holidays \(une date qui n’est pas au format AAAA-MM-JJ ou n’existe pas\)/);
  await page.getByRole('tab', { name: 'Heures ouvrées' }).click();
  // The zone stays the agent's own, editable; the hours are the policy's, locked.
  const zone = panel().getByTestId('zone-input');
  assert.equal(await zone.inputValue(), 'America/New_York');
  assert.equal(await zone.isDisabled(), false);
  assert.equal(
    await panel()
      .getByRole('group', { name: /Défini par votre organisation/ })
      .count(),
    1,
  );
  assert.deepEqual(await axeViolations(page), []);
});
