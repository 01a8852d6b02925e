// End-to-end harness: Debian's Chromium (a full build: Playwright's headless shell cannot load
// extensions, branded Chrome 137+ ignores --load-extension) driven by playwright-core, with the
// BUILT extension loaded and the replica portal pages served on the real portal URLs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium to use: $PCX_CHROMIUM or $CHROMIUM_PATH, else the usual system paths. */
export function findChromium() {
  for (const candidate of [process.env.PCX_CHROMIUM, process.env.CHROMIUM_PATH, ...CANDIDATES]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set PCX_CHROMIUM to its path.';

/**
 * Launches Chromium with the extension. Options:
 * - `lang`, `variant`: passed to the replica router;
 * - `route`: false to skip replica routing (a test installs its own);
 * - `headless`: default true;
 * - `locale`: browser UI language and region (e.g. 'fr-FR'); en-GB by default, the formats the
 *   tests' expected texts are written in (English dates follow the browser's region).
 * Every page opened in the context has its uncaught errors collected in `pageErrors`.
 */
export async function launch(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  // $PCX_EXTENSION_PATH: a copy of the build to test while another build is being written.
  const extensionPath = options.extensionPath ?? process.env.PCX_EXTENSION_PATH ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run npm run build first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'pcx-profile-'));
  const locale = options.locale ?? 'en-GB';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    locale,
    timezoneId: options.timezoneId,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${locale}`,
      ...(options.args ?? []),
    ],
  });

  const pageErrors = [];
  const consoleErrors = [];
  const watch = (page) => {
    page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: String(error) }));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push({ url: page.url(), text: message.text() });
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  if (options.route !== false) {
    const { routeReplicas } = await import('../fixtures/portals/serve.mjs');
    await routeReplicas(context, { lang: options.lang ?? 'en', variant: options.variant ?? null });
  }

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // A new install opens the first-run setup in a tab. Tests start from a set-up extension unless
  // they ask for the first run (`firstRun: true`): setup marked done, and that tab closed.
  if (!options.firstRun) {
    await worker.evaluate(() => chrome.storage.local.set({ setup: { done: true } }));
    const closeSetup = (page) =>
      page
        .waitForURL(/\/options\.html#setup$/, { timeout: 5000 })
        .then(() => page.close())
        .catch(() => {});
    context.pages().forEach(closeSetup);
    context.on('page', closeSetup);
  }

  let messenger = null;
  const h = {
    context,
    extensionId,
    pageErrors,
    consoleErrors,
    get worker() {
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? null;
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /**
     * Runs `fn(page)` in the test's messenger: one tab on a file of the extension's own (its
     * manifest), an extension page like the popup, kept open and reused. Opening the popup for
     * every message cost 300 ms of rendering each, and polls send many. A messenger closed, or
     * left behind by an extension reload, is replaced once.
     */
    async inMessenger(fn) {
      for (let attempt = 0; ; attempt++) {
        try {
          if (!messenger || messenger.isClosed()) {
            messenger = await context.newPage();
            await messenger.goto(h.extensionUrl('manifest.json'));
          }
          return await fn(messenger);
        } catch (error) {
          if (attempt > 0 || !STALE_PAGE.test(String(error))) throw error;
          await messenger?.close().catch(() => {});
          messenger = null;
        }
      }
    },
    /** Sends a message from an extension page, as the popup does; returns the envelope. */
    send(type, payload) {
      return h.inMessenger((page) => sendFrom(page, type, payload));
    },
    /** Replaces the stored settings, as the options page would save them. */
    writeSettings(settings) {
      return h.inMessenger((page) =>
        page.evaluate((s) => chrome.storage.local.set({ settings: s }), settings),
      );
    },
    /** Opens a replica page at a real portal URL. */
    async openPortal(url, { waitUntil = 'domcontentloaded' } = {}) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil });
      return page;
    },
    async openPopup(query = '') {
      const page = await context.newPage();
      await page.goto(h.extensionUrl(`popup.html${query}`));
      return page;
    },
    async openOptions(query = '') {
      const page = await context.newPage();
      await page.goto(h.extensionUrl(`options.html${query}`));
      return page;
    },
    /**
     * Stops the extension's service worker through CDP, as Chrome does after 30 s idle or under
     * memory pressure, and waits until it is reported stopped. (`ServiceWorker.stopAllWorkers`
     * from a page session does not reach extension workers; `stopWorker` by version id does.)
     * Returns the number of workers stopped.
     */
    async stopServiceWorker() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const status = new Map();
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) status.set(v.versionId, v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await until(() => status.size > 0, { timeout: 5000, message: 'service worker versions' });
      const running = [...status].filter(([, s]) => s === 'running' || s === 'starting');
      for (const [versionId] of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
      await until(() => running.every(([id]) => status.get(id) === 'stopped'), {
        timeout: 5000,
        message: 'service worker stopped',
      });
      await cdp.detach();
      await page.close();
      return running.length;
    },
    /** Reads data-state and visible text of every pcx-* helper in a page and its frames. */
    async helpers(page) {
      const all = [];
      for (const frame of page.frames()) {
        const found = await frame
          .evaluate(() =>
            [...document.querySelectorAll('*')]
              .filter((el) => el.tagName.toLowerCase().startsWith('pcx-'))
              .map((el) => ({
                tag: el.tagName.toLowerCase(),
                state: el.getAttribute('data-state'),
                // What a person sees: the rendered text of the shadow tree, styles excluded.
                text: [...(el.shadowRoot?.children ?? [])]
                  .filter((child) => child.tagName !== 'STYLE')
                  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, hidden parts excluded
                  .map((child) => child.innerText ?? child.textContent ?? '')
                  .join(' ')
                  .replace(/\s+/g, ' ')
                  .trim(),
                visible: el.getBoundingClientRect().height > 0,
              })),
          )
          .catch(() => []);
        all.push(
          ...found.map((f) => ({ ...f, frame: frame === page.mainFrame() ? 'top' : frame.url() })),
        );
      }
      return all;
    },
    /** The page's helper `tag` whose state and text satisfy `predicate`, waited for (15 s). */
    helper(page, tag, predicate = () => true, message = tag) {
      return until(async () => (await h.helpers(page)).find((x) => x.tag === tag && predicate(x)), {
        timeout: 15_000,
        message,
      });
    },
    /** Fails when any page raised an uncaught error. */
    assertNoPageErrors() {
      if (pageErrors.length) {
        throw new Error(
          `Uncaught page errors:\n${pageErrors.map((e) => `${e.url}: ${e.message}`).join('\n')}`,
        );
      }
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}

// What an extension page says once its tab closed or its extension was reloaded under it.
const STALE_PAGE =
  /closed|Execution context was destroyed|Extension context invalidated|Cannot read properties of undefined \(reading 'sendMessage'\)/i;

/**
 * Polls `fn` until it returns a truthy value (or throws after `timeout` ms). `explain`, when
 * given, is asked at the time-out what the page shows instead, for the failure's message.
 */
export async function until(
  fn,
  { timeout = 10_000, interval = 50, message = 'condition', explain } = {},
) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  const shown = explain ? await explain().catch((e) => `unreadable: ${e.message}`) : null;
  throw new Error(
    `Timed out waiting for ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})${shown === null ? '' : `; shown instead: ${JSON.stringify(shown)}`}`,
  );
}

/** Sends one message to the background from an extension page, as the popup does; the envelope. */
export function sendFrom(page, type, payload) {
  return page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload],
  );
}

/** Merges `change` into the stored settings from an extension page, as the options page does. */
export function setSettings(page, change) {
  return page.evaluate(async (c) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...c } });
  }, change);
}

let axeSource;
/**
 * Serious and critical axe-core violations of a page. axe is evaluated through CDP, which the
 * extension pages' CSP (no injected script tags) does not block.
 */
export async function axeViolations(page) {
  axeSource ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${axeSource}\n;0`);
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
