// The helpers' Fluent 2 frame on a replica rendered with Fluent UI React v8: "Hide for this
// request" (kept through the portal's re-renders, forgotten by the next request, keyboard focus
// kept), "Why?" (the rules page opens at the rule, beside the portal's tab), the tokens a page
// cannot override, and axe on the collapsed helpers. EN and FR.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, ROOT, until } from './harness.mjs';

const CUSTOMER = 'contoso.onmicrosoft.com';
const PROFILE = {
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille@litware.com',
  phone: '+33 1 23 45 67 89',
  company: 'Litware',
};
const W = {
  en: {
    hide: 'Hide for this request',
    show: 'Show',
    why: /^Why\? The rule behind this/,
    planWarning: /For a customer’s request, choose/,
    chooseCsp: 'Choose Cloud Solution Provider',
    planOk: /Right plan: Cloud Solution Provider/,
    whyTitle: 'When the first response is due',
    contactTitle: 'Whose contact details',
  },
  fr: {
    hide: 'Masquer pour cette demande',
    show: 'Afficher',
    why: /^Pourquoi \? La règle appliquée/,
    planWarning: /demande d’un client, choisissez/,
    chooseCsp: 'Choisir Fournisseur de solutions Cloud',
    planOk: /Bonne formule : Fournisseur de solutions Cloud/,
    whyTitle: 'Quand la première réponse est attendue',
    contactTitle: 'Quelles coordonnées',
  },
};
const url = (lang, request = 'V3') =>
  `https://portal.azure.com/?lang=${lang}&pcx-controls=fluent8#@${CUSTOMER}/view/Microsoft_Azure_Support/NewSupportRequest${request}Blade`;

/** The helper `tag` as the page shows it: state, collapsed, its text without styles. */
function read(page, tag) {
  return page.evaluate((t) => {
    const el = document.querySelector(t);
    if (!el?.shadowRoot) return null;
    const card = el.shadowRoot.querySelector('.pcx-card');
    return {
      state: el.getAttribute('data-state'),
      collapsed: el.hasAttribute('data-collapsed'),
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
      text: (card?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      height: el.getBoundingClientRect().height,
      focused: el.shadowRoot.activeElement?.textContent?.trim() ?? null,
    };
  }, tag);
}

for (const lang of ['en', 'fr']) {
  const w = W[lang];
  describe(`helpers as Fluent message bars (${lang})`, () => {
    let h;
    before(async () => {
      h = await launch({ lang });
      await h.writeSettings({ version: 1, uiLanguage: lang, profile: PROFILE });
    });
    after(async () => h?.close());

    it('hides a helper for this request: kept through the portal’s changes, shown again on the next request', async () => {
      const page = await h.openPortal(url(lang));
      await page.evaluate(() => window.__replica?.ready);
      const plan = page.locator('pcx-plan-check');
      const open = await until(
        async () => {
          const r = await read(page, 'pcx-plan-check');
          return r?.state === 'warning' && w.planWarning.test(r.text) ? r : null;
        },
        { timeout: 15_000, message: 'plan check warns' },
      );
      // Hidden with the keyboard: the focus moves to "Show", not to the page.
      await plan.getByRole('button', { name: w.hide }).focus();
      await page.keyboard.press('Enter');
      const hidden = await until(
        async () => {
          const r = await read(page, 'pcx-plan-check');
          return r?.collapsed ? r : null;
        },
        { message: 'plan check collapsed' },
      );
      assert.equal(hidden.focused, w.show);
      // One line: the verdict is still said, its details and buttons are gone.
      assert.match(hidden.text, w.planWarning);
      assert.ok(!hidden.text.includes(w.chooseCsp), hidden.text);
      assert.ok(hidden.height < open.height && hidden.height > 20, `${hidden.height}`);
      assert.equal(
        await plan.getByRole('button', { name: w.show }).getAttribute('aria-expanded'),
        'false',
      );

      // The portal changes (CSP chosen in its own Dropdown): the verdict follows, still hidden.
      await page.getByRole('combobox', { name: /^(Support plan|Formule d.assistance)/ }).click();
      await page
        .getByRole('option', {
          name: lang === 'fr' ? 'Fournisseur de solutions Cloud' : 'Cloud Solution Provider',
        })
        .click();
      const followed = await until(
        async () => {
          const r = await read(page, 'pcx-plan-check');
          return r?.state === 'ok' ? r : null;
        },
        { message: 'plan check ok while hidden' },
      );
      assert.equal(followed.collapsed, true);
      assert.match(followed.text, w.planOk);

      // Axe on the collapsed helpers.
      const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const hosts = [...document.querySelectorAll('*')].filter((el) =>
          el.tagName.toLowerCase().startsWith('pcx-'),
        );
        const result = await window.axe.run({ include: hosts }, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);

      // Shown again by a click.
      await plan.getByRole('button', { name: w.show }).click();
      await until(async () => (await read(page, 'pcx-plan-check'))?.collapsed === false, {
        message: 'plan check shown again',
      });
      // Hidden again, then the next request (a new navigation): shown.
      await plan.getByRole('button', { name: w.hide }).click();
      await until(async () => (await read(page, 'pcx-plan-check'))?.collapsed, {
        message: 'hidden again',
      });
      await page.goto(url(lang, 'V4'));
      await page.evaluate(() => window.__replica?.ready);
      const next = await until(
        async () => {
          const r = await read(page, 'pcx-plan-check');
          // Its verdict comes once the page's context is resolved (unknown until then).
          return r && !r.collapsed && w.planOk.test(r.text) ? r : null;
        },
        { timeout: 15_000, message: 'the next request shows the plan check, not hidden' },
      );
      // The replica keeps its form between the two routes: CSP is still chosen.
      assert.match(next.text, w.planOk);
      assert.equal(next.collapsed, false);
      await page.close();
      h.assertNoPageErrors();
    });

    it('opens the rule behind a verdict from “Why?”, beside the portal’s tab', async () => {
      const page = await h.openPortal(url(lang));
      await page.evaluate(() => window.__replica?.ready);
      const picker = page.locator('pcx-severity-picker');
      await until(async () => (await read(page, 'pcx-severity-picker'))?.state === 'ok', {
        timeout: 15_000,
        message: 'severity preview shown',
      });
      const opened = h.context.waitForEvent('page', { timeout: 10_000 });
      await picker.getByRole('button', { name: w.why }).click();
      const rules = await opened;
      await rules.waitForLoadState('domcontentloaded');
      assert.match(rules.url(), /\/covers\.html#why-first-response$/);
      const section = rules.locator('#why-first-response');
      await section.getByRole('heading', { name: w.whyTitle }).waitFor({ timeout: 10_000 });
      assert.equal(await section.getAttribute('data-current'), '');
      // The rule is where the agent's attention goes: in view and focused.
      assert.equal(await rules.evaluate(() => document.activeElement?.id), 'why-first-response');
      assert.ok(await section.isVisible());
      // Beside the portal's tab: the portal's tab is the one right before it.
      const tabs = await rules.evaluate(() =>
        chrome.tabs.query({ currentWindow: true }).then((all) => all.map((t) => t.url)),
      );
      const at = tabs.findIndex((u) => u?.includes('/covers.html#why-first-response'));
      assert.match(tabs[at - 1] ?? '', /portal\.azure\.com/);
      await rules.close();

      // Another helper names its own rule.
      const contactOpened = h.context.waitForEvent('page', { timeout: 10_000 });
      await page.locator('pcx-contact-check').getByRole('button', { name: w.why }).click();
      const contact = await contactOpened;
      assert.match(contact.url(), /#why-contact$/);
      await contact
        .locator('#why-contact')
        .getByRole('heading', { name: w.contactTitle })
        .waitFor();
      await contact.close();
      await page.close();
      h.assertNoPageErrors();
    });

    it('keeps Fluent’s tokens when the page tries to restyle them', async () => {
      const page = await h.openPortal(url(lang));
      await page.evaluate(() => window.__replica?.ready);
      await until(async () => (await read(page, 'pcx-plan-check'))?.state === 'warning', {
        timeout: 15_000,
        message: 'plan check shown',
      });
      await page.addStyleTag({
        content:
          '* { --pcx-colorBrandBackground: rgb(255, 0, 0) !important; --pcx-colorStatusWarningBackground1: rgb(0, 0, 0) !important; }',
      });
      const colours = await page.evaluate(() => {
        const root = document.querySelector('pcx-plan-check').shadowRoot;
        return {
          mark: getComputedStyle(root.querySelector('.pcx-mark'), '::before').backgroundColor,
          card: getComputedStyle(root.querySelector('.pcx-card')).backgroundColor,
        };
      });
      // Fluent's brand (#0f6cbd) and warning background (#fff9f5), as @fluentui/tokens has them.
      assert.deepEqual(colours, { mark: 'rgb(15, 108, 189)', card: 'rgb(255, 249, 245)' });
      await page.close();
    });
  });
}
