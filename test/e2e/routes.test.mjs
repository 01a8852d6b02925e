// End-to-end: the routes Microsoft links to today, beside the older ones, and the one tenant rule
// (lib/portals/tenant.ts) on them: Partner Center v2 (web components in nested shadow roots) and
// commerce2, the Azure V3 and V4 wizards, a hash that loses its `@tenant`, the own tenant read
// from the account menu, and the admin center through `delegatedOrg` and `BeginClientSession` on
// portal.office.com and admin.microsoft.com. English and French.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, until } from './harness.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const FABRIKAM = 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5';
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
const WIZARD = 'view/Microsoft_Azure_Support/NewSupportRequest';
const TEXT = {
  en: { tab: /Remembered for this tab/, directory: /account menu/, asks: /Whose tenant is this\?/ },
  fr: {
    tab: /Mémorisé pour cet onglet/,
    directory: /menu du compte/,
    asks: /Dans quel locataire êtes-vous/,
  },
};

/** The helpers of a page (all frames), read by the harness. */
const banner = (h, page, predicate, message) =>
  until(
    async () => (await h.helpers(page)).find((x) => x.tag === 'pcx-context-banner' && predicate(x)),
    { timeout: 15_000, message },
  );

for (const lang of ['en', 'fr']) {
  const loc = lang === 'fr' ? '/fr-fr' : '/en-us';
  describe(`today's portal routes and the tenant rule (${lang})`, () => {
    let h;
    before(async () => {
      h = await launch({ lang });
      await h.writeSettings({ version: 1, uiLanguage: lang, profile: PROFILE });
    });
    after(async () => h?.close());

    it('Partner Center v2: the customer is recorded with its name, read through shadow roots', async () => {
      const page = await h.openPortal(
        `https://partner.microsoft.com${loc}/dashboard/v2/customers/list`,
      );
      // Skeleton rows first, the real rows after ~700 ms; nothing of it in the light DOM.
      await until(async () => (await page.locator('tr[id^="row-he-row-"]').count()) === 5, {
        message: 'skeleton rows',
      });
      assert.equal(await page.evaluate(() => document.querySelectorAll('tr').length), 0);
      await page.locator(`tr[role=row]#row-${CONTOSO}`).waitFor();
      await page.locator(`#cell-displayName-${CONTOSO} fluent-link`).click();
      await page.waitForURL(new RegExp(`/dashboard/v2/customers/${CONTOSO}/account`));
      const recorded = await until(
        async () => (await h.send('customers:lookup', { tenantId: CONTOSO }))?.data,
        { message: 'customer recorded' },
      );
      assert.equal(recorded.name, 'Contoso Ltd');
      assert.deepEqual(recorded.domains, ['contoso.onmicrosoft.com']);
      const last = await h.send('customers:last-selected', {});
      assert.equal(last.data?.tenantId, CONTOSO);

      // Service management → New request → Azure: the V4 wizard in the customer's tenant.
      await page
        .locator(`pc-customer-nav fluent-link[href*="/${CONTOSO}/servicemanagementpage"]`)
        .click();
      await page.waitForURL(/servicemanagementpage/);
      await page.locator('fluent-button[aria-haspopup=menu]').click();
      const [azure] = await Promise.all([
        h.context.waitForEvent('page'),
        page.locator('[role=menu] fluent-link').first().click(),
      ]);
      await azure.waitForURL(/NewSupportRequestV4Blade/);
      const b = await banner(h, azure, (x) => x.state === 'ok', 'customer banner on V4');
      assert.match(b.text, /Contoso Ltd/);
      await azure.close();
      await page.close();
      h.assertNoPageErrors();
    });

    it('Partner Center commerce2: the older route records the customer with its name', async () => {
      const page = await h.openPortal(
        `https://partner.microsoft.com${loc}/dashboard/commerce2/customers/${FABRIKAM}/servicemanagement`,
      );
      const recorded = await until(
        async () => (await h.send('customers:lookup', { tenantId: FABRIKAM }))?.data?.name,
        { message: 'customer recorded on commerce2' },
      );
      assert.equal(recorded, 'Fabrikam, Inc.');
      await page.close();
      h.assertNoPageErrors();
    });

    it('the V3 and V4 wizards, with and without path parameters, show the customer banner', async () => {
      for (const route of [
        `${WIZARD}V3Blade`,
        `${WIZARD}V4Blade`,
        `${WIZARD}V4Blade/callerName/PartnerCenter/issueType/technical/summary/VM%20down`,
      ]) {
        const page = await h.openPortal(
          `https://portal.azure.com/?lang=${lang}#@contoso.onmicrosoft.com/${route}`,
        );
        const b = await banner(h, page, (x) => x.state === 'ok', route);
        assert.match(b.text, /Contoso Ltd/, route);
        await page.close();
      }
      h.assertNoPageErrors();
    });

    it('keeps the customer when an in-portal navigation drops @tenant from the hash', async () => {
      const page = await h.openPortal(
        `https://portal.azure.com/?lang=${lang}#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview`,
      );
      await banner(h, page, (x) => x.state === 'ok', 'banner on the overview');
      await page.locator(`a[href="#${WIZARD}V4Blade"]`).click();
      await page.waitForURL((u) => u.hash.startsWith(`#${WIZARD}V4Blade`));
      assert.ok(!page.url().includes('#@'), 'the hash no longer names the tenant');
      const b = await banner(
        h,
        page,
        (x) => x.state === 'ok' && TEXT[lang].tab.test(x.text),
        'customer kept from the tab',
      );
      assert.match(b.text, /Contoso Ltd/);
      // The portal itself stayed in the customer's directory.
      assert.equal((await page.evaluate(() => window.__replica.directory())).name, 'Contoso Ltd');
      await page.close();
      h.assertNoPageErrors();
    });

    it('recognises the own tenant from the account menu, and asks when nothing tells', async () => {
      let page = await h.openPortal(`https://portal.azure.com/?lang=${lang}#${WIZARD}V4Blade`);
      const own = await banner(
        h,
        page,
        (x) => x.state === 'warning' && TEXT[lang].directory.test(x.text),
        'own tenant from the account menu',
      );
      assert.match(own.text, /LITWARE PARTNER/);
      await page.close();
      // Without the partner's name in the profile the directory cannot be placed: ask.
      await h.writeSettings({ version: 1, uiLanguage: lang, profile: { ...PROFILE, name: '' } });
      page = await h.openPortal(`https://portal.azure.com/?lang=${lang}#${WIZARD}V4Blade`);
      const asks = await banner(
        h,
        page,
        (x) => x.state === 'unknown' && TEXT[lang].asks.test(x.text),
        'the banner asks',
      );
      assert.match(asks.text, /LITWARE PARTNER/);
      await page.close();
      await h.writeSettings({ version: 1, uiLanguage: lang, profile: PROFILE });
      h.assertNoPageErrors();
    });

    it('the admin center through delegatedOrg, and BeginClientSession on both hosts', async () => {
      let page = await h.openPortal(
        `https://admin.microsoft.com/?lang=${lang}&delegatedOrg=contoso.onmicrosoft.com#/support`,
      );
      let b = await banner(h, page, (x) => x.state === 'ok', 'delegatedOrg');
      assert.match(b.text, /Contoso Ltd/);
      await page.close();
      for (const host of ['portal.office.com', 'admin.microsoft.com']) {
        page = await h.openPortal(
          `https://${host}/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support&lang=${lang}`,
        );
        await page.waitForURL(/^https:\/\/admin\.microsoft\.com\/AdminPortal\/Home/);
        assert.ok(!page.url().includes(CONTOSO), 'the admin center URL does not name the tenant');
        b = await banner(h, page, (x) => x.state === 'ok', `BeginClientSession on ${host}`);
        assert.match(b.text, /Contoso Ltd/);
        await page.close();
      }
      // Opened directly, the admin center shows the partner's organization: own, not "customer".
      page = await h.openPortal(
        `https://admin.microsoft.com/AdminPortal/Home?lang=${lang}#/support`,
      );
      await banner(h, page, (x) => x.state === 'warning', 'own organization');
      await page.close();
      h.assertNoPageErrors();
    });

    it('counts a miss when a customer page shows no readable name, and records the tenant', async () => {
      await h.send('misses:reset', {});
      const NORTHWIND = '7c93e4b8-5a1f-4d26-b0e7-3f8a2c61d904';
      const page = await h.openPortal(
        `https://partner.microsoft.com${loc}/dashboard/v2/customers/${NORTHWIND}/servicemanagementpage?pcx-variant=missing`,
      );
      const counted = await until(
        async () => {
          const reply = await h.send('misses:get', {});
          return reply.ok && reply.data['context-banner-name'] ? reply.data : null;
        },
        { timeout: 15_000, message: 'miss counted for the absent name' },
      );
      assert.ok(counted['context-banner-name'] >= 1);
      const recorded = await h.send('customers:lookup', { tenantId: NORTHWIND });
      assert.equal(recorded.data?.tenantId, NORTHWIND);
      assert.equal(recorded.data?.name, null);
      await page.close();
      h.assertNoPageErrors();
    });
  });
}
