// Foundation: the built extension loads, its service worker answers, a content script mounts a
// pcx-* helper on a replica page served at a real portal URL, a validated message round-trips
// (Partner Center records a customer, the Azure banner shows the name the background looked up),
// and forged messages from an extension page are refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, until } from './harness.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';

describe('foundation', () => {
  let h;
  before(async () => {
    h = await launch({ lang: 'en' });
  });
  after(async () => h?.close());

  it('finds the extension’s service worker', () => {
    assert.ok(h.worker, 'service worker running');
    assert.match(h.extensionId, /^[a-p]{32}$/);
  });

  it('mounts a helper with its state, fed by a message round-trip through the background', async () => {
    const pc = await h.openPortal(
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`,
    );
    const popup = await h.openPopup();
    const seen = await until(
      async () => {
        const reply = await popup.evaluate(
          (id) =>
            chrome.runtime.sendMessage({ type: 'customers:lookup', payload: { tenantId: id } }),
          CONTOSO,
        );
        return reply?.ok && reply.data?.name ? reply.data : null;
      },
      { message: 'Partner Center recorded the customer (customers:seen)' },
    );
    assert.equal(seen.name, 'Contoso Ltd');
    assert.deepEqual(seen.domains, ['contoso.onmicrosoft.com']);
    await pc.close();

    const azure = await h.openPortal(
      'https://portal.azure.com/?lang=en#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    );
    const banner = await until(
      () =>
        azure.evaluate(() => {
          const host = document.querySelector('pcx-context-banner');
          if (!host?.shadowRoot || host.getAttribute('data-state') !== 'ok') return null;
          return {
            state: host.getAttribute('data-state'),
            text: host.shadowRoot.querySelector('.pcx-card')?.textContent ?? '',
          };
        }),
      { message: 'context banner mounted' },
    );
    assert.equal(banner.state, 'ok');
    assert.match(banner.text, /Contoso Ltd/, 'name from customers:lookup');
    await popup.close();
    h.assertNoPageErrors();
  });

  it('refuses forged messages: a content-only type from a page, and a malformed payload', async () => {
    const page = await h.openPopup();
    const forbidden = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'context:tab', payload: {} }),
    );
    assert.equal(forbidden.ok, false);
    assert.equal(forbidden.error.code, 'forbidden-for-sender');
    const malformed = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'customers:lookup',
        payload: { tenantId: 'not-a-guid', extra: 1 },
      }),
    );
    assert.equal(malformed.ok, false);
    assert.equal(malformed.error.code, 'invalid-payload');
    const capture = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'tickets:capture', payload: {} }),
    );
    assert.equal(capture.ok, false);
    assert.equal(capture.error.code, 'forbidden-for-sender');
    await page.close();
  });
});
