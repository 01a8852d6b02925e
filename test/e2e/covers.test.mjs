// End-to-end: Microsoft's rules where the agent needs them, in the built extension, EN and FR.
// The "What Microsoft support covers" page opened from the popup and from the options (axe-core:
// no serious or critical violation); the pack dialog's buyer field saved into the history; on
// Support for business, the badge's warning when the header shows another account signed in than
// the one that bought the 5-pack, and the order-number reminder; the CSP rules in the banner of a
// customer's Azure request. Zero page errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, launch, until } from './harness.mjs';

const WS2025 = 'a8f5f167-f44f-4964-9b43-5cc3a1f6a2e1';
const SFB = (lang, signedIn) =>
  `https://support.serviceshub.microsoft.com/supportforbusiness/create?lang=${lang}&sapId=${WS2025}&pcx-signed-in=${encodeURIComponent(signedIn)}`;
const AZURE =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

// The extension's own words (lib/i18n/covers.*), EN and FR.
const X = {
  en: {
    link: 'What Microsoft support covers',
    buyer: 'Microsoft account that bought it',
    save: 'Save',
    addPack: /^Add pack$/,
    mismatch: (signedIn, buyer) =>
      `This page shows ${signedIn} signed in, but Litware 5-pack was bought with ${buyer}.`,
    match: (buyer) => `Litware 5-pack was bought with ${buyer}, the account signed in here.`,
    order: 'order confirmation number',
    billing: 'billing problems, billing disputes and fraud',
    phone: 'No filing by phone',
  },
  fr: {
    link: 'Ce que couvre le support Microsoft',
    buyer: 'Compte Microsoft qui l’a acheté',
    save: 'Enregistrer',
    addPack: /^Ajouter un pack$/,
    mismatch: (signedIn, buyer) =>
      `Cette page indique ${signedIn} comme compte connecté, mais Litware 5-pack a été acheté avec ${buyer}.`,
    match: (buyer) => `Litware 5-pack a été acheté avec ${buyer}, le compte connecté ici.`,
    order: 'numéro de confirmation de commande',
    billing: 'litiges de facturation',
    phone: 'Pas de demande par téléphone',
  },
};
const BUYER = 'former.buyer@outlook.com';
const OTHER = 'litware.support@outlook.com';

for (const lang of ['en', 'fr']) {
  const T = X[lang];
  describe(`What Microsoft support covers (${lang})`, () => {
    let h;
    before(async () => {
      h = await launch({ lang, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      await h.writeSettings({ version: 1, uiLanguage: lang });
      const erased = await h.send('history:erase', { confirm: 'erase-everything' });
      assert.ok(erased.ok, JSON.stringify(erased));
    });
    after(async () => h?.close());

    it('opens from the popup and the options, lists the rules, and passes axe', async () => {
      const popup = await h.openPopup();
      const link = popup.getByRole('link', { name: T.link });
      await link.waitFor();
      const [page] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
      await page.waitForLoadState('domcontentloaded');
      assert.match(page.url(), /\/covers\.html$/);
      await page.getByRole('heading', { level: 1, name: T.link }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator('[data-rule]').count(), 7);
      const hrefs = await page
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.includes('https://account.microsoft.com/'), hrefs.join(' '));
      assert.ok(hrefs.some((x) => /tax-exempt-support$/.test(x)));
      assert.deepEqual(await axeViolations(page), []);
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await axeViolations(page), [], 'dark');
      await page.close();
      await popup.close();

      const options = await h.openOptions('#about');
      const fromOptions = options.getByRole('link', { name: T.link });
      await fromOptions.waitFor();
      assert.equal(await fromOptions.getAttribute('href'), 'covers.html');
      assert.deepEqual(await axeViolations(options), []);
      await options.close();
      h.assertNoPageErrors();
    });

    it('records who bought a 5-pack from the pack dialog', async () => {
      const popup = await h.openPopup();
      await popup.getByRole('tab', { name: /Packs/ }).click();
      await popup.getByRole('button', { name: T.addPack }).click();
      const dialog = popup.getByRole('dialog');
      await dialog.getByLabel(T.buyer).fill(BUYER);
      await dialog.getByLabel(/^(Label|Libellé)/).fill('Litware 5-pack');
      await dialog.getByRole('button', { name: T.save, exact: true }).click();
      const pack = await until(
        async () => {
          const reply = await h.send('packs:list', { limit: 50 });
          return reply.ok && reply.data.items.find((p) => p.label === 'Litware 5-pack');
        },
        { message: 'the pack saved' },
      );
      assert.equal(pack.kind, 'pay-per-incident-5pack');
      assert.equal(pack.buyer, BUYER);
      await popup.close();
      h.assertNoPageErrors();
    });

    it('warns on Support for business when another account is signed in, not when the buyer is', async () => {
      const other = await h.openPortal(SFB(lang, OTHER));
      await other.evaluate(() => window.__replica.ready);
      assert.equal(await other.evaluate(() => window.__replica.signedIn?.account), OTHER);
      const warned = await h.helper(
        other,
        'pcx-eligibility-badge',
        (x) => x.text.includes(T.mismatch(OTHER, BUYER)),
        'the buyer warning',
      );
      assert.equal(warned.state, 'warning');
      assert.ok(warned.text.includes(T.order), warned.text);
      assert.ok(warned.text.includes('account.microsoft.com'), warned.text);
      await other.close();

      const buyer = await h.openPortal(SFB(lang, BUYER));
      const fine = await h.helper(
        buyer,
        'pcx-eligibility-badge',
        (x) => x.text.includes(T.match(BUYER)),
        'the buyer signed in',
      );
      assert.equal(fine.state, 'ok');
      assert.ok(!fine.text.includes(T.order), fine.text);
      await buyer.close();
      h.assertNoPageErrors();
    });

    it('says the CSP rules in the banner of a customer’s request', async () => {
      const azure = await h.openPortal(AZURE);
      const banner = await h.helper(azure, 'pcx-context-banner', (x) => x.state === 'ok');
      assert.ok(banner.text.includes(T.billing), banner.text);
      assert.ok(banner.text.includes(T.phone), banner.text);
      await azure.close();
      h.assertNoPageErrors();
    });
  });
}
