// The replica pages rendered by Microsoft's own UI libraries (test/fixtures/portals/controls):
// each family, in English and French, seen through Playwright's own role queries (no extension).
// What the helpers will meet there must be true of the pages: the controls exist under their
// labels, Fluent v8 names a dropdown by its label and its value and carries its caret glyph, a
// real click on an option changes the page's own state, popups open after `click()` returns, the
// Ibiza blade selects its plan on mouseup only, variants do what they say, and no page error.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildReplicaBundles } from '../fixtures/portals/controls/build.mjs';
import { routeReplicas } from '../fixtures/portals/serve.mjs';
import { CHROMIUM_MISSING, findChromium } from './harness.mjs';

const W = {
  en: {
    heading: 'New support request',
    tab: '3. Additional details',
    plan: /^Support plan/,
    csp: 'Cloud Solution Provider',
    severity: /^Severity/,
    sevA: 'A - Critical impact',
    method: /^Preferred contact method/,
    phone: 'Phone',
    response: /24x7 response/,
    language: /^Support language/,
    contactInfo: 'Contact info',
    firstName: /^First name/,
    lastName: /^Last name/,
    email: /^Email/,
    additionalEmail: /^Additional email for notification/,
    phoneBox: /^Phone/,
    country: /^Country\/region/,
    timeZone: /^Time zone/,
    tokyo: '(UTC+09:00) Osaka, Sapporo, Tokyo',
    save: /^Save contact changes/,
    create: 'Create',
  },
  fr: {
    heading: 'Nouvelle demande de support',
    tab: '3. Informations supplémentaires',
    plan: /^Formule d'assistance/,
    csp: 'Fournisseur de solutions Cloud',
    severity: /^Gravité/,
    sevA: 'A - Impact critique',
    method: /^Méthode de contact préférée/,
    phone: 'Téléphone',
    response: /24 h\/24, 7 j\/7/,
    language: /^Langue de support préférée/,
    contactInfo: 'Informations de contact',
    firstName: /^Prénom/,
    lastName: /^Nom/,
    email: /^E-mail(?! supp)/,
    additionalEmail: /^E-mail supplémentaire pour les notifications/,
    phoneBox: /^Téléphone/,
    country: /^Pays\/région/,
    timeZone: /^Fuseau horaire/,
    tokyo: '(UTC+09:00) Osaka, Sapporo, Tokyo',
    save: /^Enregistrer les modifications de contact/,
    create: 'Créer',
  },
};

const azureUrl = (
  family,
  lang,
  { variant = '', extra = '', tenant = '@contoso.onmicrosoft.com/' } = {},
) =>
  `https://portal.azure.com/?lang=${lang}&pcx-controls=${family}${variant ? `&pcx-variant=${variant}` : ''}${extra}#${tenant}view/Microsoft_Azure_Support/NewSupportRequestV3Blade`;

// The portal's own ReactView frames (the request list and details) included.
const REPLICA_URL =
  /^(https:\/\/(portal\.azure\.com|admin\.microsoft\.com|sandbox-1\.reactblade\.portal\.azure\.net)\/|data:|blob:)/;

let browser;
before(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  await buildReplicaBundles({ quiet: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => browser?.close());

/** A fresh context on the replicas; `errors` collects uncaught page errors and any egress. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeReplicas(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Nothing may leave the page (Fluent v8 would fetch its fonts from a CDN if let).
  page.on('request', (r) => {
    if (!REPLICA_URL.test(r.url())) errors.push(`request to ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__replica?.ready);
  await page.evaluate(() => window.__replica.ready);
  return { page, errors, close: () => context.close() };
}
const state = (page) => page.evaluate(() => window.__replica.state());
/** Whether `selector` exists right after a synchronous `click()` on the element. */
const popupAfterClick = (locator, selector) =>
  locator.evaluate((el, sel) => {
    el.click();
    return document.querySelector(sel) !== null;
  }, selector);

/** The severity control: a combobox in Fluent, a `button[aria-haspopup=listbox]` in Ibiza. */
const severityOf = (page, family, w) =>
  family === 'ibiza'
    ? page.getByRole('button', { name: w.severity })
    : page.getByRole('combobox', { name: w.severity });

for (const family of ['fluent8', 'fluent9', 'ibiza']) {
  for (const lang of ['en', 'fr']) {
    const w = W[lang];
    describe(`${family} Azure details tab (${lang})`, () => {
      it('renders every field under its label and changes its own state on real clicks', async () => {
        const { page, errors, close } = await open(azureUrl(family, lang));
        try {
          assert.equal(await page.evaluate(() => window.__replica.family), family);
          await page.getByRole('heading', { name: w.heading }).waitFor();
          const tab = page.getByRole('tab', { name: w.tab });
          assert.equal(await tab.getAttribute('aria-selected'), 'true');
          if (family === 'ibiza')
            assert.match(await tab.getAttribute('class'), /\bfxc-section-tab-item\b/);
          for (const [role, name] of [
            ['combobox', w.plan],
            ['radiogroup', w.method],
            ['checkbox', w.response],
            ['combobox', w.language],
            ['heading', w.contactInfo],
            ['textbox', w.firstName],
            ['textbox', w.lastName],
            ['textbox', w.additionalEmail],
            ['textbox', w.phoneBox],
            ['combobox', w.country],
            ['combobox', w.timeZone],
            ['switch', w.save],
          ]) {
            assert.equal(await page.getByRole(role, { name }).count(), 1, `${role} ${name}`);
          }
          assert.equal(await page.getByRole('textbox', { name: w.email }).count(), 1, 'email');
          assert.equal(await severityOf(page, family, w).count(), 1, 'severity');
          // The account menu names the directory (customer tenant here).
          await page.getByRole('button', { name: /admin@contoso\.onmicrosoft\.com/ }).click();
          await page.getByText('Contoso Ltd (contoso.onmicrosoft.com)').waitFor();
          const first = await state(page);
          assert.equal(first.firstName, 'Megan');
          assert.equal(first.timeZone, 'Pacific Standard Time');
          assert.equal(first.supportLanguage, lang);
          await page.keyboard.press('Escape');
          await page.mouse.click(5, 300);

          // A real click changes the page's own state; popups open after click() returns.
          const plan = page.getByRole('combobox', { name: w.plan });
          if (family === 'fluent8') {
            // portals.md: the caret is an icon-font glyph inside the control's text.
            assert.ok((await plan.textContent()).includes('\uE70D'), 'caret glyph in the text');
          }
          assert.equal(
            await popupAfterClick(plan, '[role=listbox]'),
            false,
            'no listbox inside click()',
          );
          const csp = page.getByText(w.csp, { exact: true });
          await csp.waitFor();
          if (family === 'ibiza') {
            // Ibiza selects the plan on mouseup: a bare click() leaves it unchanged.
            await csp.evaluate((el) => el.click());
            assert.equal((await state(page)).supportPlan, '');
            assert.equal(await csp.getAttribute('role'), null, 'plan option without role=option');
          }
          await csp.click();
          await page.waitForFunction(() => window.__replica.state().supportPlan === 'csp');
          if (family === 'fluent8') {
            // The accessible name is the label and the current value.
            await page.getByRole('combobox', { name: new RegExp(`${w.csp}$`) }).waitFor();
          }
          await severityOf(page, family, w).click();
          await page.getByRole('option', { name: w.sevA, exact: true }).click();
          await page.waitForFunction(() => window.__replica.state().severity === 'critical');
          // Fluent v8's dropdown grows a little when it loses focus: let the layout settle
          // first, then click the label as a person does (the input is hidden under it).
          await page.getByRole('heading', { name: w.heading }).click();
          await page
            .getByRole('radiogroup', { name: w.method })
            .getByText(w.phone, { exact: true })
            .click();
          await page.getByRole('textbox', { name: w.firstName }).fill('Zoé');
          await page.getByRole('switch', { name: w.save }).click();
          await page.getByRole('combobox', { name: w.timeZone }).click();
          await page.getByRole('option', { name: w.tokyo }).click();
          const s = await state(page);
          assert.equal(s.contactMethod, 'phone');
          assert.equal(s.firstName, 'Zoé');
          assert.equal(s.saveContact, true);
          assert.equal(s.timeZone, 'Tokyo Standard Time');
          await page.getByRole('button', { name: w.create, exact: true }).click();
          await page
            .getByRole('status')
            .filter({ hasText: /\d{16}/ })
            .waitFor();
          const sub = await page.evaluate(() => window.__replica.submissions[0]);
          assert.match(sub.number, /^\d{6}004000\d{4}$/);
          assert.equal(sub.supportPlan, 'csp');
          assert.equal(sub.severity, 'critical');
          assert.equal(sub.contact.timeZone, 'Tokyo Standard Time');
          assert.equal(sub.context, 'customer');
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });
    });
  }

  describe(`${family} variants`, () => {
    it('missing: no support plan, no severity, no contact info; presets apply', async () => {
      const { page, errors, close } = await open(azureUrl(family, 'en', { variant: 'missing' }));
      try {
        assert.equal(await page.getByRole('combobox', { name: W.en.plan }).count(), 0);
        assert.equal(await severityOf(page, family, W.en).count(), 0);
        assert.equal(await page.getByRole('heading', { name: 'Contact info' }).count(), 0);
        assert.equal(await page.getByRole('combobox', { name: W.en.language }).count(), 1);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
      const preset = await open(
        azureUrl(family, 'en', { extra: '&pcx-plan=unified&pcx-severity=highestcriticalimpact' }),
      );
      try {
        const s = await state(preset.page);
        assert.equal(s.supportPlan, 'unified');
        assert.equal(s.severity, 'highestcriticalimpact');
      } finally {
        await preset.close();
      }
    });

    it('late-popup, glyph, duplicates, drift together: same names, late popup, hidden copies', async () => {
      const { page, errors, close } = await open(
        azureUrl(family, 'en', { variant: 'late-popup,glyph,duplicates,drift', tenant: '' }),
      );
      try {
        const plan = page.getByRole('combobox', { name: W.en.plan });
        assert.equal(await plan.count(), 1, 'one visible plan control');
        // Hidden duplicates: more list controls in the DOM than the visible ones.
        const copies = await page.evaluate(() => {
          const all = [...document.querySelectorAll('[role=combobox], [aria-haspopup=listbox]')];
          return all.filter((el) => el.getClientRects().length === 0).length;
        });
        assert.ok(copies >= 1, `hidden duplicates: ${copies}`);
        if (family === 'ibiza') {
          assert.equal(await page.locator('[class*="fxc-"]').count(), 0, 'no fxc- class left');
        }
        if (family !== 'fluent9') {
          const text = await plan.textContent();
          assert.ok(text.includes('\uE972') && !text.includes('\uE70D'), 'another caret glyph');
        }
        const started = Date.now();
        await plan.click();
        await page.getByText('Cloud Solution Provider', { exact: true }).waitFor();
        assert.ok(Date.now() - started >= 250, `popup after ${Date.now() - started} ms`);
        await page.getByText('Cloud Solution Provider', { exact: true }).click();
        await page.waitForFunction(() => window.__replica.state().supportPlan === 'csp');
        // The own tenant: the partner's directory in the account menu.
        assert.match(
          await page.getByRole('button', { name: /Account manager/ }).textContent(),
          /LITWARE PARTNER/,
        );
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}

describe('admin center Contact support pane (fluent8)', () => {
  for (const lang of ['en', 'fr']) {
    it(`files a request through Fluent's own controls (${lang})`, async () => {
      const fr = lang === 'fr';
      const { page, errors, close } = await open(
        `https://admin.microsoft.com/AdminPortal/Home?lang=${lang}&pcx-controls=fluent8#/support`,
      );
      try {
        assert.equal(await page.getByRole('dialog').count(), 1);
        await page
          .getByRole('textbox', {
            name: fr ? 'Comment pouvons-nous vous aider ?' : 'How can we help?',
          })
          .fill('Mail flow');
        await page
          .getByRole('button', { name: fr ? 'Contacter le support' : 'Contact support' })
          .click();
        await page.getByRole('textbox', { name: /^Description/ }).fill('Mail stays in the outbox.');
        assert.equal(
          await page
            .getByRole('textbox', { name: fr ? 'Numéro de contact' : 'Contact number' })
            .count(),
          1,
        );
        await page
          .getByRole('radio', { name: fr ? 'Planifier un rappel' : 'Schedule a call back' })
          .check();
        await page
          .getByRole('textbox', { name: fr ? 'Date du rappel' : 'Call back date' })
          .fill('2026-12-03');
        const time = page.getByRole('combobox');
        assert.equal(await popupAfterClick(time, '[role=listbox]'), false);
        await page.getByRole('option', { name: '14:00' }).click();
        assert.equal((await state(page)).callbackTime, '14:00');
        await page.getByRole('button', { name: fr ? 'Me contacter' : 'Contact me' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /\d{16}/ })
          .waitFor();
        const sub = await page.evaluate(() => window.__replica.submissions[0]);
        assert.equal(sub.kind, 'm365.service-request');
        assert.match(sub.number, /^\d{6}001000\d{4}$/);
        assert.equal(sub.preferredContactMethod, 'callback');
        assert.deepEqual(sub.callback, { date: '2026-12-03', time: '14:00' });
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
});

describe('other routes with pcx-controls', () => {
  it('hand the page to the hand-written portal', async () => {
    const { page, errors, close } = await open(
      'https://portal.azure.com/?pcx-controls=fluent8#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
    );
    try {
      assert.equal(await page.evaluate(() => window.__replica.family ?? null), null);
      // The hand-written blade hosts the request list, a Fluent v8 ReactView in its frame.
      await page
        .frameLocator('iframe[name="AllSupportRequests.ReactView"]')
        .getByRole('grid')
        .waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
