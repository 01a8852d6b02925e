// End-to-end matrix: every field helper (plan check, severity picker, contact check) × every control
// family the portals render (the hand-written native controls, Fluent UI React v8, Fluent UI React
// v9, an Ibiza-like classic blade) × English and French, with the built extension in Chromium.
// In each cell: the verdict is the one the rules give, picking from the helper changes the portal's
// own state, using the portal's own control updates the helper, no page error, and an absent field
// is counted as a miss. The Fluent and Ibiza pages are rendered by the libraries themselves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fillProblemTab, toDetailsTab } from './azure-flow.mjs';
import { launch, until } from './harness.mjs';

const FAMILIES = ['native', 'fluent8', 'fluent9', 'ibiza'];
// What a family is asked in both languages: the verdicts and picks, and the admin center's pane,
// which read Microsoft's wording. What does not turn on the wording (the tenant rule, drift, an
// absent field) is asked once per family, in English for half the families and in French for the
// other half: each language meets the tenant rule and an absent field on two libraries, and drift
// (which the native page has no variant for) on fluent8 and ibiza in English, fluent9 in French.
const ONCE_IN = { native: 'fr', fluent8: 'en', fluent9: 'fr', ibiza: 'en' };
const CUSTOMER = 'contoso.onmicrosoft.com';
const CONTOSO_ID = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const PROFILE = {
  name: 'Litware Partner',
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille.durand@litware.com',
  phone: '+33 1 23 45 67 89',
  country: 'FR',
  ownDomains: ['litware.com'],
  ownTenants: ['litwarepartner.onmicrosoft.com'],
};

/** What a person reads on the portal, per language (Microsoft's wording, portals.md). */
const W = {
  en: {
    plan: /^(Support plan)/,
    severity: /^Severity/,
    csp: 'Cloud Solution Provider',
    basic: 'Basic',
    sevA: 'A - Critical impact',
    sevB: 'B - Moderate impact',
    chooseCsp: 'Choose Cloud Solution Provider',
    customerOther: /customer’s request, choose/,
    ownCsp: /your own tenant/,
    due: /First response due by/,
    moderate: /Moderate/,
    critical: /Critical/,
    howHelp: 'How can we help?',
    newRequest: 'New Microsoft service request',
    contactSupport: 'Contact support',
    title: 'Title',
    fill: 'Fill in my contact details',
  },
  fr: {
    plan: /^(Formule d.assistance|Plan de support)/,
    severity: /^Gravité/,
    csp: 'Fournisseur de solutions Cloud',
    basic: 'De base',
    sevA: 'A - Impact critique',
    sevB: 'B - Impact modéré',
    chooseCsp: 'Choisir Fournisseur de solutions Cloud',
    customerOther: /demande d’un client, choisissez/,
    ownCsp: /votre propre client/,
    due: /Première réponse attendue/,
    moderate: /modéré/i,
    critical: /critique/i,
    howHelp: 'Comment pouvons-nous vous aider ?',
    newRequest: 'Nouvelle demande de service Microsoft',
    contactSupport: 'Contacter le support',
    title: 'Titre',
    fill: 'Remplir avec mes coordonnées',
  },
};

// The wizard is linked as V3 and V4 side by side (portals.md): a customer's request on one, the
// partner's own on the other.
const ROUTE = {
  customer: 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  own: 'view/Microsoft_Azure_Support/NewSupportRequestV4Blade/callerName/PCX',
};

function azureUrl({ lang, family, tenant = CUSTOMER, query = '' }) {
  const controls = family === 'native' ? '' : `&pcx-controls=${family}`;
  const at = tenant ? `@${tenant}/` : '';
  const route = tenant ? ROUTE.customer : ROUTE.own;
  return `https://portal.azure.com/?lang=${lang}${controls}${query}#${at}${route}`;
}

/** The framework's own form state (not the DOM): the native wizard nests it under `wiz`. */
async function formState(page) {
  const s = await page.evaluate(() => window.__replica.state());
  return s.wiz ?? s;
}

/** Opens the wizard on its "Additional details" tab, as a person would get there. */
async function openDetails(h, { lang, family, tenant, query }) {
  const page = await h.openPortal(azureUrl({ lang, family, tenant, query }));
  await page.evaluate(() => window.__replica?.ready);
  if (family === 'native') {
    await fillProblemTab(
      page,
      lang,
      lang === 'fr' ? 'La VM ne démarre plus' : 'The VM does not start',
    );
    await toDetailsTab(page, lang);
  }
  return page;
}

/**
 * Chooses an option with the portal's own control, the way a person does (Playwright's real
 * clicks): a radio of a radio group, or a list opened from its combobox or button.
 */
async function portalChoose(page, label, option) {
  const group = page.getByRole('radiogroup', { name: label });
  if (await group.count()) {
    await group.getByRole('radio', { name: option, exact: true }).first().click();
    return;
  }
  const control = page
    .getByRole('combobox', { name: label })
    .or(page.getByRole('button', { name: label }))
    .locator('visible=true')
    .first();
  await control.click();
  // Ibiza's options may have no role at all: then the text inside the open popup.
  const popup = page.locator('[role=listbox],[role=tree],[role=dialog]').locator('visible=true');
  await page
    .getByRole('option', { name: option, exact: true })
    .or(page.getByRole('treeitem', { name: option, exact: true }))
    .or(popup.getByText(option, { exact: true }))
    .locator('visible=true')
    .first()
    .click({ timeout: 5000 });
}

for (const lang of ['en', 'fr']) {
  const w = W[lang];
  describe(`control families × helpers (${lang})`, () => {
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

    for (const family of FAMILIES) {
      it(`${family}: verdicts, the plan picked from the helper, the portal's own controls, contact fill`, async () => {
        const page = await openDetails(h, { lang, family });
        // Plan check: a customer's request without CSP is warned; the helper's button picks CSP
        // in the portal's own control.
        const warned = await h.helper(page, 'pcx-plan-check', (x) => x.state === 'warning');
        assert.match(warned.text, w.customerOther);
        await page.locator('pcx-plan-check').getByRole('button', { name: w.chooseCsp }).click();
        await until(async () => (await formState(page)).supportPlan === 'csp', {
          message: `${family}: the portal's plan is CSP after the helper's pick`,
        });
        await h.helper(page, 'pcx-plan-check', (x) => x.state === 'ok', 'plan check ok');
        // The portal's own control, used by a person: the helper follows.
        await portalChoose(page, w.plan, w.basic);
        await until(async () => (await formState(page)).supportPlan === 'basic', {
          message: `${family}: Basic chosen in the portal`,
        });
        await h.helper(page, 'pcx-plan-check', (x) => x.state === 'warning', 'back to warning');

        // Severity preview: B chosen in the portal's own control gives the CSP preview beside it,
        // and the preview adds no second A/B/C control of its own.
        await portalChoose(page, w.severity, w.sevB);
        await until(async () => (await formState(page)).severity === 'moderate', {
          message: `${family}: severity B in the portal`,
        });
        const b = await h.helper(page, 'pcx-severity-picker', (x) => w.moderate.test(x.text));
        assert.match(b.text, w.due);
        assert.equal(
          await page
            .locator('pcx-severity-picker')
            .getByRole('button', { name: 'B', exact: true })
            .count(),
          0,
        );
        // A chosen in the portal's own control: the picker shows A (the plain A, not Emergency).
        await portalChoose(page, w.severity, w.sevA);
        await until(async () => (await formState(page)).severity === 'critical', {
          message: `${family}: severity A chosen in the portal`,
        });
        await h.helper(
          page,
          'pcx-severity-picker',
          (x) => w.critical.test(x.text),
          'picker shows A',
        );

        // Contact check: the customer's details are warned; one click writes the partner's,
        // and the framework keeps them.
        await h.helper(page, 'pcx-contact-check', (x) => x.state === 'warning');
        await page.locator('pcx-contact-check').getByRole('button', { name: w.fill }).click();
        await until(
          async () => {
            const s = await formState(page);
            return s.email === PROFILE.email && s.firstName === PROFILE.firstName;
          },
          { message: `${family}: contact filled into the portal's state` },
        );
        await h.helper(page, 'pcx-contact-check', (x) => x.state === 'ok', 'contact check ok');
        await page.close();
        h.assertNoPageErrors();
      });

      if (family === 'native' || family === 'fluent8') {
        it(`${family}: the admin center's Contact support pane, in a customer's tenant`, async () => {
          const page = await h.context.newPage();
          // The delegated entry first (it remembers the customer for the tab), then the pane.
          await page.goto(
            `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_ID}&CSDEST=Support&lang=${lang}`,
          );
          await page.waitForURL(/AdminPortal\/Home/);
          if (family === 'fluent8')
            await page.goto(
              `https://admin.microsoft.com/AdminPortal/Home?lang=${lang}&pcx-controls=fluent8#/support`,
            );
          await page.evaluate(() => window.__replica?.ready);
          await h.helper(page, 'pcx-context-banner', (x) => x.state === 'ok', 'customer tenant');
          // In a customer's tenant the partner's contact shows first, with "New Microsoft service
          // request" (portals.md); then the pane asks how it can help, then "Contact support".
          await page
            .getByRole('link', { name: w.newRequest, exact: true })
            .or(page.getByRole('button', { name: w.newRequest, exact: true }))
            .first()
            .click();
          const how = page.getByRole('textbox', { name: w.howHelp });
          const contact = page.getByRole('button', { name: w.contactSupport, exact: true });
          const title = page.getByRole('textbox', { name: new RegExp(`^${w.title}\\b`) });
          await how.or(contact).or(title).first().waitFor();
          if (await how.count()) await how.first().fill('Mail flow');
          if (await contact.count()) await contact.first().click();
          await title.first().fill('Mail flow is stuck');
          // The pane pre-fills the signed-in customer admin: warned, then filled with the partner's.
          await h.helper(page, 'pcx-contact-check', (x) => x.state === 'warning', 'admin: warned');
          await page.locator('pcx-contact-check').getByRole('button', { name: w.fill }).click();
          await until(
            async () => {
              const s = await page.evaluate(() => window.__replica.state());
              return (s.form ?? s).email === PROFILE.email;
            },
            { message: `${family}: the admin pane's e-mail is the partner's` },
          );
          await h.helper(page, 'pcx-contact-check', (x) => x.state === 'ok', 'admin: ok');
          await page.close();
          h.assertNoPageErrors();
        });
      }

      if (ONCE_IN[family] === lang) {
        it(`${family}: the CSP plan in a customer's tenant is right, in the partner's own tenant it is not`, async () => {
          const preset = family === 'native' ? '' : '&pcx-plan=csp';
          const customer = await openDetails(h, { lang, family, query: preset });
          if (family === 'native') await portalChoose(customer, w.plan, w.csp);
          await h.helper(
            customer,
            'pcx-plan-check',
            (x) => x.state === 'ok',
            'customer on CSP: ok',
          );
          await customer.close();
          const own = await openDetails(h, { lang, family, tenant: null, query: preset });
          if (family === 'native') await portalChoose(own, w.plan, w.csp);
          const warned = await h.helper(own, 'pcx-plan-check', (x) => x.state === 'warning');
          assert.match(warned.text, w.ownCsp);
          await own.close();
          h.assertNoPageErrors();
        });

        if (family !== 'native') {
          it(`${family}: drift (renamed classes, another glyph, popups up to 2 s late, hidden duplicates) changes nothing`, async () => {
            const page = await openDetails(h, {
              lang,
              family,
              query: '&pcx-variant=drift,glyph,late-popup,duplicates&pcx-plan=csp',
            });
            await h.helper(
              page,
              'pcx-plan-check',
              (x) => x.state === 'ok',
              'CSP read through drift',
            );
            await portalChoose(page, w.plan, w.basic);
            await h.helper(page, 'pcx-plan-check', (x) => x.state === 'warning');
            await page.locator('pcx-plan-check').getByRole('button', { name: w.chooseCsp }).click();
            await until(async () => (await formState(page)).supportPlan === 'csp', {
              timeout: 12_000,
              message: `${family}: CSP picked through a late popup`,
            });
            await portalChoose(page, w.severity, w.sevB);
            await until(async () => (await formState(page)).severity === 'moderate', {
              timeout: 12_000,
              message: `${family}: severity chosen through a late popup`,
            });
            await h.helper(page, 'pcx-severity-picker', (x) => w.moderate.test(x.text));
            // Exactly one helper of each kind: hidden duplicates get none.
            const tags = (await h.helpers(page)).map((x) => x.tag);
            for (const tag of ['pcx-plan-check', 'pcx-severity-picker', 'pcx-contact-check'])
              assert.equal(tags.filter((t) => t === tag).length, 1, tag);
            await page.close();
            h.assertNoPageErrors();
          });
        }

        it(`${family}: absent fields are counted as misses, and no helper appears`, async () => {
          await h.send('misses:reset', {});
          const page = await openDetails(h, { lang, family, query: '&pcx-variant=missing' });
          const counted = await until(
            async () => {
              const reply = await h.send('misses:get', {});
              const m = reply.data ?? {};
              return m['plan-check'] > 0 && m['severity-picker'] > 0 && m['contact-check'] > 0
                ? m
                : null;
            },
            { timeout: 20_000, message: `${family}: misses for the absent fields` },
          );
          assert.ok(counted);
          const tags = (await h.helpers(page)).map((x) => x.tag);
          assert.ok(!tags.includes('pcx-plan-check') && !tags.includes('pcx-severity-picker'));
          await page.close();
          h.assertNoPageErrors();
        });
      }
    }
  });
}
