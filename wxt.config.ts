import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { PORTAL_HOST_PERMISSIONS } from './lib/portals/hosts';
import { guardScriptStartedEvent } from './scripts/wxt-start-guard.mjs';

// Content Security Policy for every extension page and the worker. `connect-src 'self'` is the
// promise that nothing leaves the browser: even a bug cannot reach the network from here.
const EXTENSION_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; default-src 'self'";

/**
 * The extension never posts to `window` (the Azure portal listens to postMessage traffic between
 * its frames). WXT 0.21's ContentScriptContext announces each start twice: a CustomEvent on
 * `document` (the one its own listener reads) and a legacy `window.postMessage(…, "*")` that
 * nothing of ours listens to. This transform drops the second; if WXT's code changes shape the
 * build fails here instead of silently posting again (a release gate also scans the output).
 */
function noWindowPostMessage(): Plugin {
  return {
    name: 'pcx:no-window-post-message',
    enforce: 'pre',
    transform(code, id) {
      if (!/wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      const pattern = /\n\s*window\.postMessage\(\{[^}]*\},\s*"\*"\);/;
      if (!pattern.test(code)) {
        throw new Error('pcx: WXT content-script-context changed; re-check its window.postMessage');
      }
      return { code: code.replace(pattern, ''), map: null };
    },
  };
}

/**
 * A page script must not be able to switch PCX off by forging WXT's "a newer copy of this script
 * started" event on `document`: see scripts/wxt-start-guard.mjs. Fails the build when WXT's code
 * is not the one the guard knows.
 */
function guardStartEvent(): Plugin {
  return {
    name: 'pcx:guard-start-event',
    enforce: 'pre',
    transform(code, id) {
      if (!/wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      return { code: guardScriptStartedEvent(code), map: null };
    },
  };
}

// bench/polyfill.bench.mjs builds once without the extension API polyfill, into bench-output, to
// measure what the polyfill costs against this build. Never for a package.
const WITHOUT_POLYFILL = process.env.PCX_BENCH_WITHOUT_POLYFILL === '1';

export default defineConfig({
  modules: [...(WITHOUT_POLYFILL ? [] : ['@wxt-dev/webextension-polyfill']), '@wxt-dev/auto-icons'],
  ...(WITHOUT_POLYFILL ? { outDir: 'bench-output/no-polyfill' } : {}),
  // The icon is drawn once, as SVG with the stores' transparent padding; every size is rendered
  // from it at build time (sharp), into icons/<size>.png, and the manifest's icons list is set.
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: [128, 48, 32, 16] },
  zip: {
    artifactTemplate: 'pcx-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: 'pcx-{{version}}-sources.zip',
    // The sources archive is what a store reviewer rebuilds from: code, lock file and build
    // scripts; not the outputs, the dependencies or the local run artefacts.
    excludeSources: [
      'demo-output/**',
      'bench-output/**',
      'test-results/**',
      'docs/screenshots/**',
      '.ci/**',
    ],
  },
  vite: () => ({
    plugins: [
      noWindowPostMessage(),
      guardStartEvent(),
      preact({ prefreshEnabled: false, devToolsEnabled: false }),
    ],
    build: { sourcemap: false },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'PCX',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: [...PORTAL_HOST_PERMISSIONS],
    content_security_policy: mode === 'production' ? { extension_pages: EXTENSION_CSP } : undefined,
    action: { default_title: '__MSG_extName__' },
    // The popup from the keyboard; the agent can change the keys in the browser's shortcuts page.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P', mac: 'Alt+Shift+P' } },
    },
    // Chromium: the side panel's open() came in Chrome 116, the newest API PCX calls (a release
    // gate checks this against the built code). Firefox says its own in strict_min_version.
    ...(browser !== 'firefox' ? { minimum_chrome_version: '116' } : {}),
    // What a partner's IT may set by policy (lib/managed.ts, docs/DEPLOYMENT.md). Chromium checks
    // policies against this schema; Firefox takes them from policies.json without one.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pcx@pcx-support.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
