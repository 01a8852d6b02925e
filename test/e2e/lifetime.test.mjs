// End-to-end: the lifetime of a content script in an open portal tab. A page script cannot switch
// PCX off by forging WXT's start event, a genuinely newer copy of the script still replaces the
// older one, and an extension update leaves no stale helper behind, only a small notice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CHROME_BUILD, launch, until } from './harness.mjs';

const CONTOSO = 'contoso.onmicrosoft.com';
const FABRIKAM = 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5';
const PARTNER = 'litwarepartner.onmicrosoft.com';
const wizard = (tenant) =>
  `https://portal.azure.com/?lang=en#@${tenant}/view/Microsoft_Azure_Support/NewSupportRequestV3Blade`;
const BUILD = process.env.PCX_EXTENSION_PATH ?? CHROME_BUILD;

/** The banners of the top document: state and text. */
const banners = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('pcx-context-banner')].map((el) => ({
      state: el.getAttribute('data-state'),
      text: el.shadowRoot?.querySelector('.pcx-card')?.textContent ?? '',
    })),
  );

const banner = (page, predicate, message) =>
  until(
    async () => {
      const all = await banners(page);
      return all.length === 1 && predicate(all[0]) ? all[0] : null;
    },
    { timeout: 10_000, message },
  );

/** Moves the open wizard to another tenant, as the portal's directory switch does (hash route). */
const moveTo = (page, tenant) =>
  page.evaluate((t) => {
    location.hash = `#@${t}/view/Microsoft_Azure_Support/NewSupportRequestV3Blade`;
  }, tenant);

describe('a content script in an open portal tab', () => {
  let h;
  before(async () => {
    h = await launch({ lang: 'en' });
  });
  after(async () => h?.close());

  it('keeps running when the page forges WXT’s “newer script started” event', async () => {
    const page = await h.openPortal(wizard(CONTOSO));
    await banner(page, (b) => b.state === 'ok' && b.text.includes(CONTOSO), 'Contoso banner');
    // Exactly what WXT 0.21 dispatches (content-script-context.mjs, stopOldScripts), from the
    // page's own world, with an id that is not the running script's.
    await page.evaluate((id) => {
      for (const messageId of ['forged', '']) {
        document.dispatchEvent(
          new CustomEvent(`${id}:azure-portal:wxt:content-script-started`, {
            detail: { contentScriptName: 'azure-portal', messageId },
          }),
        );
      }
    }, h.extensionId);
    await banner(page, (b) => b.state === 'ok', 'banner still there after the forged event');
    await moveTo(page, FABRIKAM);
    await banner(page, (b) => b.text.includes(FABRIKAM), 'banner follows the next navigation');
    await page.close();
    h.assertNoPageErrors();
  });

  it('still lets a genuinely newer copy of the script replace the older one', async () => {
    const page = await h.openPortal(wizard(CONTOSO));
    await banner(page, (b) => b.state === 'ok', 'Contoso banner');
    // Inject the same built script again into the extension's own isolated world (as a
    // re-injection does): the older copy must stop, leaving one banner, from the newer copy.
    const { cdp, world } = await extensionWorld(page);
    const source = readFileSync(join(BUILD, 'content-scripts/azure-portal.js'), 'utf8');
    const run = await cdp.send('Runtime.evaluate', { expression: source, contextId: world.id });
    assert.equal(run.exceptionDetails, undefined, JSON.stringify(run.exceptionDetails));
    await cdp.detach();
    await moveTo(page, FABRIKAM);
    // Two copies running would show two banners (each mounts its own): one, and it follows.
    await banner(page, (b) => b.text.includes(FABRIKAM), 'one banner, from the newer copy');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await banners(page)).length, 1, 'the older copy stopped');
    await page.close();
    h.assertNoPageErrors();
  });

  /** The extension's isolated world in the page's top frame, through CDP. */
  async function extensionWorld(page) {
    const cdp = await h.context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = await until(
      () =>
        worlds.find(
          (c) =>
            c.origin === `chrome-extension://${h.extensionId}` && c.auxData?.isDefault === false,
        ),
      { message: 'the extension’s isolated world' },
    );
    return { cdp, world };
  }

  // Last: it reloads the extension under the open tab.
  it('after an extension update: no stale banner, a small notice, no page error', async () => {
    const page = await h.openPortal(wizard(CONTOSO));
    await banner(page, (b) => b.state === 'ok', 'green customer banner');
    const errorsBefore = h.pageErrors.length;
    // Chrome does the same on an update: the old script stays in the tab, its context dead.
    const { cdp, world } = await extensionWorld(page);
    await h.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    // Wait until the old script's context is really gone (its runtime lost its id).
    await until(
      async () => {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: 'String(chrome.runtime?.id)',
          contextId: world.id,
        });
        return result.value === 'undefined';
      },
      { message: 'the old script’s context invalidated' },
    );
    await cdp.detach();
    // The agent moves the tab to the partner's own tenant, as a single-page app does: the old
    // script sees it only as DOM changes (pushState fires no event in its world).
    await page.evaluate((t) => {
      history.pushState(null, '', `#@${t}/view/Microsoft_Azure_Support/NewSupportRequestV3Blade`);
      document.body.append(document.createElement('div'));
    }, PARTNER);
    const notice = await until(
      () =>
        page.evaluate(() => {
          const host = document.querySelector('pcx-update-notice');
          const status = host?.shadowRoot?.querySelector('[role=status]');
          if (!host || !status) return null;
          const box = host.getBoundingClientRect();
          return {
            text: status.textContent,
            close: status.querySelector('button')?.getAttribute('aria-label'),
            shown: box.width > 50 && box.height > 10,
          };
        }),
      { message: 'the update notice' },
    );
    assert.match(notice.text, /PCX was updated, reload this tab to use it again/);
    assert.equal(notice.close, 'Dismiss this notice');
    assert.ok(notice.shown, 'the notice is visible');
    assert.deepEqual(await banners(page), [], 'no stale customer banner in the own tenant');
    // And a hash navigation back to the customer starts nothing again.
    await moveTo(page, CONTOSO);
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(await banners(page), [], 'still no banner after the next navigation');
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('[data-pcx]').length),
      1,
      'no other helper left behind',
    );
    await page
      .locator('pcx-update-notice')
      .getByRole('button', { name: 'Dismiss this notice' })
      .click();
    await until(() => page.evaluate(() => !document.querySelector('pcx-update-notice')), {
      message: 'notice dismissed',
    });
    // `pageerror` reports the content script's uncaught errors too (its isolated world's).
    assert.deepEqual(h.pageErrors.slice(errorsBefore), [], 'no uncaught error in the page');
    await page.close();
  });
});
