// End-to-end: the in-page helpers on the replica portals, with the built extension, in English and
// French. The full Azure filing for a customer (Partner Center → Service management → New request →
// wizard → Create → captured once), and the partner's own tenant.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fillProblemTab, toDetailsTab } from './azure-flow.mjs';
import { launch, until } from './harness.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const PROFILE = {
  name: 'Litware Partner',
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille.durand@litware.com',
  phone: '+33 1 23 45 67 89',
  country: 'FR',
  ownDomains: ['litware.com'],
  ownTenants: [],
};
const T = {
  en: { next: 'Next', create: 'Create', newRequest: 'New request', summary: 'Summary' },
  fr: { next: 'Suivant', create: 'Créer', newRequest: 'Nouvelle demande', summary: 'Résumé' },
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Helpers' hosts in a page (all frames): tag, state, shadow text without the style sheet. */
export async function pcx(page) {
  const out = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.tagName.toLowerCase().startsWith('pcx-'))
          .map((el) => ({
            tag: el.tagName.toLowerCase(),
            state: el.getAttribute('data-state'),
            // The shadow root's text without its style sheet.
            text: [...(el.shadowRoot?.children ?? [])]
              .filter((c) => c.tagName !== 'STYLE')
              .map((c) => c.textContent)
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim(),
          })),
      )
      .catch(() => []);
    out.push(...found);
  }
  return out;
}

export async function helper(page, tag, predicate = () => true, message = tag) {
  return until(async () => (await pcx(page)).find((x) => x.tag === tag && predicate(x)), {
    timeout: 15_000,
    message,
  });
}

for (const lang of ['en', 'fr']) {
  describe(`Azure filing for a customer (${lang})`, () => {
    let h;
    before(async () => {
      h = await launch({ lang });
      await h.writeSettings({
        version: 1,
        uiLanguage: lang,
        profile: PROFILE,
        ownTenantProgram: 'professional',
      });
    });
    after(async () => h?.close());

    it('hands the customer over, checks the form, drives the portal and captures once', async () => {
      const pc = await h.openPortal(
        `https://partner.microsoft.com/${lang}-${lang === 'fr' ? 'fr' : 'us'}/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`,
      );
      await until(
        async () => (await h.send('customers:lookup', { tenantId: CONTOSO }))?.data?.name,
        {
          message: 'Partner Center recorded the customer',
        },
      );
      await pc.getByRole('button', { name: T[lang].newRequest }).click();
      const [azure] = await Promise.all([
        h.context.waitForEvent('page'),
        pc.getByRole('menuitem').first().click(),
      ]);
      await azure.waitForLoadState('domcontentloaded');

      const banner = await helper(
        azure,
        'pcx-context-banner',
        (x) => x.state === 'ok' && x.text.includes('Contoso Ltd'),
      );
      assert.match(
        banner.text,
        lang === 'fr' ? /Demande dans le client Contoso Ltd/ : /Filing in Contoso Ltd/,
      );

      await fillProblemTab(
        azure,
        lang,
        lang === 'fr'
          ? 'La VM redémarre toutes les heures. Par ailleurs, la sauvegarde échoue. Autre problème : le DNS ne répond plus.'
          : 'The VM restarts every hour. Also, the backup job fails. Separately, DNS resolution is broken.',
      );
      const scope = await helper(
        azure,
        'pcx-scope-hint',
        (x) => x.state === 'warning',
        'scope hint warning',
      );
      assert.ok(scope.text.length > 20);

      await toDetailsTab(azure, lang);
      // Plan check: warning until the portal's own control says CSP.
      await helper(azure, 'pcx-plan-check', (x) => x.state === 'warning', 'plan-check warning');
      const planCombo = azure.getByRole('combobox', {
        name: lang === 'fr' ? /Formule d.assistance/ : /Support plan/,
      });
      await planCombo.click();
      await azure
        .getByRole('option', {
          name: lang === 'fr' ? 'Fournisseur de solutions Cloud' : 'Cloud Solution Provider',
        })
        .click();
      await helper(azure, 'pcx-plan-check', (x) => x.state === 'ok', 'plan-check ok');

      // Severity: the portal's own radio; the preview beside it follows.
      const sevBefore = await helper(azure, 'pcx-severity-picker', (x) => x.state === 'ok');
      assert.match(
        sevBefore.text,
        lang === 'fr' ? /Première réponse attendue/ : /First response due/,
      );
      await azure.getByRole('radio', { name: /^B - / }).check();
      await until(
        async () =>
          (await azure.evaluate(() => window.__replica.state().wiz.severity)) === 'moderate',
        {
          message: 'portal severity set to B',
        },
      );
      const sevB = await helper(
        azure,
        'pcx-severity-picker',
        (x) => x.text !== sevBefore.text,
        'preview for B',
      );
      // Using the portal's own radio updates the preview.
      await azure.getByRole('radio', { name: /^C - / }).check();
      const sevC = await helper(
        azure,
        'pcx-severity-picker',
        (x) => x.text !== sevB.text,
        'preview follows the portal',
      );
      assert.notEqual(sevC.text, sevB.text);

      // Contact: the replica pre-fills the customer's admin → warning; fill → ok, portal state updated.
      await helper(azure, 'pcx-contact-check', (x) => x.state === 'warning', 'contact warning');
      await azure
        .locator('pcx-contact-check')
        .getByRole('button', {
          name: lang === 'fr' ? 'Remplir avec mes coordonnées' : 'Fill in my contact details',
        })
        .click();
      await helper(azure, 'pcx-contact-check', (x) => x.state === 'ok', 'contact ok');
      const wiz = await azure.evaluate(() => window.__replica.state().wiz);
      assert.equal(wiz.email, PROFILE.email);
      assert.equal(wiz.firstName, PROFILE.firstName);

      // Description (required on this tab), then Review + create → Create.
      await azure
        .getByLabel(lang === 'fr' ? 'Description' : 'Description', { exact: true })
        .fill('Since Monday.');
      const start = azure.getByLabel(lang === 'fr' ? /Heure de début|Date de début/ : /start/i);
      if ((await start.count()) && !(await start.first().inputValue()))
        await start.first().fill('2026-11-20T09:00');
      await azure.getByRole('button', { name: T[lang].next, exact: true }).click();
      await azure.getByRole('button', { name: T[lang].create, exact: true }).click();
      const number = await until(
        () => azure.evaluate(() => window.__replica.lastSubmission?.number),
        {
          timeout: 15_000,
          message: 'replica created the request',
        },
      );

      const list = await until(
        async () => {
          const reply = await h.send('tickets:list', { view: 'all' });
          return reply.ok && reply.data.items.length ? reply.data : null;
        },
        { message: 'captured ticket' },
      );
      assert.equal(list.items.length, 1);
      const ticket = list.items[0];
      assert.equal(ticket.number, String(number));
      assert.equal(ticket.customerName, 'Contoso Ltd');
      assert.equal(ticket.program, 'csp');
      assert.equal(ticket.severity, 'C');
      assert.equal(ticket.contact.email, PROFILE.email);
      assert.ok(ticket.dueAt, 'due time computed at capture');
      assert.match(ticket.portalLink, /SupportRequestDetails\.ReactView\/id\//);
      // Going back and forth does not capture twice.
      await sleep(1500);
      const again = await h.send('tickets:list', { view: 'all' });
      assert.equal(again.data.items.length, 1);
      // The extension never posts to `window`: the portal saw no message it did not expect
      // (WXT's own start-up post is removed at build time, see wxt.config.ts).
      const foreign = await azure.evaluate(() => window.__replica.foreignMessages);
      assert.deepEqual(foreign, []);
      h.assertNoPageErrors();
    });

    it('warns in the partner’s own tenant and on the CSP plan there', async () => {
      const page = await h.openPortal(
        `https://portal.azure.com/?lang=${lang}#view/Microsoft_Azure_Support/NewSupportRequestV3Blade`,
      );
      // No `@` in the URL: the own tenant is recognised from the account menu's directory
      // ("LITWARE PARTNER", the profile's organisation), never from the missing `@` alone.
      const banner = await helper(page, 'pcx-context-banner', (x) => x.state === 'warning');
      assert.match(banner.text, /Contoso Ltd/, 'links back to the last selected customer');
      assert.match(banner.text, /LITWARE PARTNER/, 'says the account menu decided');
      const href = await page.locator('pcx-context-banner').getByRole('link').getAttribute('href');
      assert.equal(
        href,
        `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`,
      );
      await fillProblemTab(page, lang, 'Question about quotas');
      await toDetailsTab(page, lang);
      const planCombo = page.getByRole('combobox', {
        name: lang === 'fr' ? /Formule d.assistance/ : /Support plan/,
      });
      await planCombo.click();
      await page
        .getByRole('option', {
          name: lang === 'fr' ? 'Fournisseur de solutions Cloud' : 'Cloud Solution Provider',
        })
        .click();
      await helper(
        page,
        'pcx-plan-check',
        (x) => x.state === 'warning',
        'CSP in own tenant is a warning',
      );
      h.assertNoPageErrors();
    });
  });
}
