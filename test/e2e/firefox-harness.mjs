// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built Firefox (MV3) add-on
// installed temporarily and the replica pages answered on the real portal URLs through BiDi
// request interception. BiDi cannot open moz-extension:// pages, so popup and options are
// tested in Chromium; here we prove the content scripts and the event page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { answer } from '../fixtures/portals/serve.mjs';
import { ROOT } from './harness.mjs';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');

export function findFirefox() {
  for (const c of [process.env.PCX_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (c && existsSync(c)) return c;
  }
  return null;
}

export async function launchFirefox({ lang = 'en', variant = null } = {}) {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('Firefox not found: apt-get install firefox-esr, or set PCX_FIREFOX.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // No background traffic from the browser itself during tests.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const addonId = await browser.installExtension(
    process.env.PCX_FIREFOX_EXTENSION_PATH ?? FIREFOX_BUILD,
  );
  const pageErrors = [];
  const requests = [];

  async function open(url) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push({ url: page.url(), message: String(e) }));
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      requests.push(request.url());
      try {
        const res = await answer(request.url(), { lang, variant });
        // Not ours to serve: fail it. A request the page already dropped (closed, navigated) can no
        // longer be failed, and that is no error: never let it surface after the test.
        if (!res) return await request.abort().catch(() => {});
        const body = typeof res.body === 'string' ? res.body : Buffer.from(res.body);
        await request.respond({ status: res.status, headers: res.headers, body });
      } catch {
        await request.abort().catch(() => {});
      }
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** data-state and text of every pcx-* element in the top document. */
  const helpers = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.tagName.toLowerCase().startsWith('pcx-'))
        .map((el) => ({
          tag: el.tagName.toLowerCase(),
          state: el.getAttribute('data-state'),
          text: [...(el.shadowRoot?.children ?? [])]
            .filter((child) => child.tagName !== 'STYLE')
            .map((child) => child.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        })),
    );

  return { browser, addonId, open, helpers, pageErrors, requests, close: () => browser.close() };
}
