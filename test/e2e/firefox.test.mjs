// Firefox (MV3 event page, content scripts) on the replica portals: the same add-on that ships,
// installed in Firefox ESR over WebDriver BiDi. Popup and options are covered in Chromium (BiDi
// cannot open moz-extension:// pages). Skipped when no Firefox is installed, except on CI.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findFirefox, launchFirefox } from './firefox-harness.mjs';
import { until } from './harness.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const available = Boolean(findFirefox());
if (!available && process.env.CI === 'true')
  throw new Error('Firefox is required on CI (firefox-esr).');

describe('Firefox: helpers on the Azure flow', {
  skip: !available && 'Firefox not installed',
}, () => {
  let ff;
  before(async () => {
    ff = await launchFirefox({ lang: 'en' });
  });
  after(async () => {
    await ff?.close();
  });

  it('installs the add-on with its declared id', () => {
    assert.equal(ff.addonId, 'pcx@pcx-support.example');
  });

  it('records the customer in Partner Center and names it on the Azure wizard', async () => {
    const pc = await ff.open(
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`,
    );
    // The Partner Center content script records the customer through the event page.
    await new Promise((r) => setTimeout(r, 1500));
    await pc.close();
    const az = await ff.open(
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    );
    const banner = await until(
      async () =>
        (await ff.helpers(az)).find(
          (x) => x.tag === 'pcx-context-banner' && /Contoso Ltd/.test(x.text),
        ),
      { timeout: 15_000, message: 'context banner naming Contoso Ltd in Firefox' },
    );
    assert.equal(banner.state, 'ok');
    await az.close();
  });

  it('asks whose tenant it is when nothing tells, instead of assuming the own tenant', async () => {
    // No `@` in the URL, a new tab, and no profile naming the partner: the account menu's
    // directory cannot be placed, so the banner asks (lib/portals/tenant.ts).
    const az = await ff.open(
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
    );
    const banner = await until(
      async () =>
        (await ff.helpers(az)).find(
          (x) => x.tag === 'pcx-context-banner' && /Whose tenant is this\?/.test(x.text),
        ),
      { timeout: 15_000, message: 'context banner asking in Firefox' },
    );
    assert.equal(banner.state, 'unknown');
    assert.doesNotMatch(banner.text, /You are in your own tenant/);
    await az.close();
  });

  it('drives the Fluent UI React v8 wizard: plan check and severity preview, confirmed by the portal', async () => {
    const az = await ff.open(
      'https://portal.azure.com/?pcx-controls=fluent8#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
    );
    await az.evaluate(() => window.__replica.ready);
    const state = () => az.evaluate(() => window.__replica.state());
    const press = async (tag, name) => {
      const button = await until(
        () =>
          az.evaluateHandle(
            (t, n) =>
              [...(document.querySelector(t)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
                (b) => b.textContent.trim() === n,
              ) ?? null,
            tag,
            name,
          ),
        { message: `${tag} button ${name}` },
      );
      await button.asElement().click();
    };
    /** Clicks `selector`'s element whose text matches `text`, once it is there. */
    const clickWhere = async (selector, text, message) => {
      await until(
        () =>
          az.evaluate(
            (sel, src) =>
              [...document.querySelectorAll(sel)].some((el) =>
                new RegExp(src).test(el.textContent.trim()),
              ),
            selector,
            text.source,
          ),
        { message },
      );
      const handle = await az.evaluateHandle(
        (sel, src) =>
          [...document.querySelectorAll(sel)].find((el) =>
            new RegExp(src).test(el.textContent.trim()),
          ),
        selector,
        text.source,
      );
      await handle.asElement().click();
    };
    /** Opens the Dropdown labelled `label` and clicks its option `option`, as a person does. */
    const pick = async (label, option) => {
      const id = await until(
        () =>
          az.evaluate(
            (src) =>
              [...document.querySelectorAll('[role=combobox]')]
                .find((c) =>
                  (c.getAttribute('aria-labelledby') ?? '')
                    .split(' ')
                    .some((ref) =>
                      new RegExp(src).test(document.getElementById(ref)?.textContent ?? ''),
                    ),
                )
                ?.getAttribute('id') ?? null,
            label.source,
          ),
        { message: `the portal's ${label} Dropdown` },
      );
      await az.click(`[id="${id}"]`);
      await clickWhere('[role=option]', option, `option ${option}`);
    };
    await until(
      async () =>
        (await ff.helpers(az)).find((x) => x.tag === 'pcx-plan-check' && x.state === 'warning'),
      { timeout: 15_000, message: 'plan check warns: no CSP plan yet (Firefox, Fluent v8)' },
    );
    await press('pcx-plan-check', 'Choose Cloud Solution Provider');
    await until(async () => (await state()).supportPlan === 'csp', {
      message: "the portal's own Dropdown says CSP (Firefox)",
    });
    await until(
      async () =>
        (await ff.helpers(az)).find((x) => x.tag === 'pcx-plan-check' && x.state === 'ok'),
      { message: 'plan check ok (Firefox, Fluent v8)' },
    );
    // Severity B in the portal's own Fluent v8 Dropdown (the preview adds no A/B/C of its own).
    await pick(/^Severity/, /^B - Moderate impact/);
    await until(async () => (await state()).severity === 'moderate', {
      message: "the portal's severity is B (Firefox)",
    });
    const picker = (await ff.helpers(az)).find((x) => x.tag === 'pcx-severity-picker');
    assert.match(picker.text, /First response due by/);
    await az.close();
  });

  it('raised no page error and reached no other host', () => {
    assert.deepEqual(ff.pageErrors, []);
    const foreign = ff.requests.filter(
      (u) =>
        !/^(data:|about:)/.test(u) &&
        !/^https:\/\/(partner\.microsoft\.com|portal\.azure\.com|[a-z0-9-]+\.reactblade\.portal\.azure\.net)\//.test(
          u,
        ),
    );
    assert.deepEqual(foreign, []);
  });
});
