// Release gates on the production builds. Each gate is also proven to fail on a deliberately
// broken input, so a gate that silently stopped checking would be noticed.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../e2e/harness.mjs';
import {
  checkIcons,
  checkManifest,
  checkMinimumChrome,
  checkStoreStrings,
  readLocales,
  readTree,
  scanForNetworkCalls,
  scanForRemoteCode,
  scanForUnguardedStart,
  scanForWindowMessages,
} from './checks.mjs';
import { lintFirefox } from './firefox-lint.mjs';

const BUILDS = {
  chrome: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};
const manifestOf = (browser) =>
  JSON.parse(readFileSync(join(BUILDS[browser], 'manifest.json'), 'utf8'));

describe('store listing strings', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: name and description within every store's limits, in every locale`, () => {
      const locales = readLocales(BUILDS[browser]);
      assert.deepEqual(Object.keys(locales).sort(), ['en', 'fr']);
      assert.deepEqual(checkStoreStrings(manifestOf(browser), locales), []);
    });
  }

  it('fails on a description over 132 characters, a name over 45 and a missing message', () => {
    const manifest = manifestOf('chrome');
    const locales = structuredClone(readLocales(BUILDS.chrome));
    locales.fr.extDescription.message = 'é'.repeat(133);
    locales.en.extName.message = 'n'.repeat(46);
    delete locales.fr.extName;
    const v = checkStoreStrings(manifest, locales);
    assert.ok(v.includes('fr: description is 133 characters, over 132'), v.join('\n'));
    assert.ok(v.includes('en: name is 46 characters, over 45'), v.join('\n'));
    assert.ok(v.includes('fr: name message extName missing'), v.join('\n'));
    assert.ok(
      checkStoreStrings({ ...manifest, default_locale: 'de' }, locales).includes(
        'default_locale de has no messages',
      ),
    );
  });
});

/** Raw RGBA pixels of a PNG, decoded by sharp (the library the build draws the icons with). */
async function decodePng(path) {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(path)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data };
}

describe('store icon and browser versions', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: every icon at its size, the 128 px one with transparent padding`, async () => {
      assert.deepEqual(await checkIcons(BUILDS[browser], manifestOf(browser), decodePng), []);
    });
  }

  it('fails on an icon without padding, at the wrong size, or missing', async () => {
    const { default: sharp } = await import('sharp');
    const dir = mkdtempSync(join(tmpdir(), 'pcx-icons-'));
    await sharp({ create: { width: 128, height: 128, channels: 4, background: '#0f6cbd' } })
      .png()
      .toFile(join(dir, 'full.png'));
    await sharp({ create: { width: 40, height: 40, channels: 4, background: '#0f6cbd' } })
      .png()
      .toFile(join(dir, 'small.png'));
    const v = await checkIcons(
      dir,
      { icons: { 128: 'full.png', 48: 'small.png', 16: 'gone.png' } },
      decodePng,
    );
    assert.ok(
      v.some((x) => /^icon 128: \d+ opaque pixels in the 16 px padding$/.test(x)),
      v.join('\n'),
    );
    assert.ok(v.includes('icon 48: small.png is 40×40'), v.join('\n'));
    assert.ok(v.includes('icon 16: gone.png missing or unreadable'), v.join('\n'));
    rmSync(dir, { recursive: true, force: true });
  });

  it('chrome: minimum_chrome_version covers every API the build calls', () => {
    const files = readTree(BUILDS.chrome);
    assert.deepEqual(checkMinimumChrome(manifestOf('chrome'), files), []);
    const older = { ...manifestOf('chrome'), minimum_chrome_version: '109' };
    const v = checkMinimumChrome(older, files);
    assert.ok(
      v.some((x) => x.startsWith('sidePanel.open (Chrome 116) is used in ')),
      v.join('\n'),
    );
  });
});

describe('store images', () => {
  it('docs/STORE.md shows every image, each at the size its store asks for, in both languages', async () => {
    const { default: sharp } = await import('sharp');
    const listing = readFileSync(join(ROOT, 'docs/STORE.md'), 'utf8');
    const shown = [...listing.matchAll(/\]\((store\/[\w-]+\.png)\)/g)].map((m) => m[1]);
    const expected = ['en', 'fr'].flatMap((lang) => [
      ...['1-helpers', '2-popup', '3-sidepanel', '4-options'].map((n) => `store/${lang}-${n}.png`),
      `store/tile-${lang}.png`,
    ]);
    assert.deepEqual([...shown].sort(), [...expected].sort());
    for (const file of shown) {
      const { width, height } = await sharp(join(ROOT, 'docs', file)).metadata();
      const want = file.includes('/tile-') ? [440, 280] : [1280, 800];
      assert.deepEqual([width, height], want, file);
    }
  });
});

describe('manifest policy', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser} production manifest asks only for what is used`, () => {
      assert.deepEqual(checkManifest(manifestOf(browser), browser), []);
    });
  }

  const broken = [
    ['an extra permission', (m) => m.permissions.push('tabs'), /tabs/],
    ['scripting', (m) => m.permissions.push('scripting'), /scripting/],
    ['all urls', (m) => m.host_permissions.push('<all_urls>'), /<all_urls>/],
    ['localhost host', (m) => m.host_permissions.push('http://localhost/*'), /localhost/],
    [
      'externally_connectable',
      (m) => (m.externally_connectable = { matches: ['https://x.example/*'] }),
      /externally_connectable/,
    ],
    [
      'a loose CSP',
      (m) => (m.content_security_policy = { extension_pages: "script-src 'self'" }),
      /connect-src/,
    ],
    [
      'a CSP allowing localhost',
      (m) => (m.content_security_policy.extension_pages += '; connect-src http://localhost:3000'),
      /connect-src|localhost/,
    ],
    [
      'a content script on another site',
      (m) => m.content_scripts[0].matches.push('https://example.com/*'),
      /content script matches/,
    ],
  ];
  for (const [name, mutate, expected] of broken) {
    it(`fails on ${name}`, () => {
      const m = structuredClone(manifestOf('chrome'));
      mutate(m);
      const violations = checkManifest(m, 'chrome');
      assert.ok(
        violations.some((v) => expected.test(v)),
        `no violation for ${name}: ${violations}`,
      );
    });
  }

  it('fails on a Firefox manifest without its add-on id or data declaration', () => {
    const m = structuredClone(manifestOf('firefox'));
    delete m.browser_specific_settings.gecko.id;
    m.browser_specific_settings.gecko.data_collection_permissions = {
      required: ['browsingActivity'],
    };
    const v = checkManifest(m, 'firefox');
    assert.ok(v.some((x) => /add-on id/.test(x)));
    assert.ok(v.some((x) => /data collection/.test(x)));
  });
});

describe('no remote code, no network', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser} build has no eval, Function, remote scripts or dynamic URL imports`, () => {
      assert.deepEqual(scanForRemoteCode(readTree(BUILDS[browser])), []);
    });
    it(`${browser} build calls no network API and names no foreign host`, () => {
      assert.deepEqual(scanForNetworkCalls(readTree(BUILDS[browser])), []);
    });
  }

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser} build never posts to window`, () => {
      assert.deepEqual(scanForWindowMessages(readTree(BUILDS[browser])), []);
    });
  }

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser} build refuses WXT start events forged by a page`, () => {
      const files = readTree(BUILDS[browser]);
      assert.ok(files.some(({ path }) => path.startsWith('content-scripts/')));
      assert.deepEqual(scanForUnguardedStart(files), []);
    });
  }

  it('fails on a content script whose start event is not guarded', () => {
    const text = 'static SCRIPT_STARTED_MESSAGE_TYPE=zt("wxt:content-script-started")';
    assert.equal(scanForUnguardedStart([{ path: 'content-scripts/a.js', text }]).length, 1);
    const guarded = `${text};o=globalThis.__pcxScriptsStarting?.has(t.detail?.messageId)===!0`;
    assert.deepEqual(scanForUnguardedStart([{ path: 'content-scripts/a.js', text: guarded }]), []);
  });

  it('fails on a postMessage to window', () => {
    const text = 'window.postMessage({ type: "x" }, "*");';
    assert.equal(scanForWindowMessages([{ path: 'content-scripts/a.js', text }]).length, 1);
  });

  it('fails on each kind of remote code', () => {
    const samples = [
      'const x = eval("1+1");',
      'const f = new Function("return 1");',
      'setTimeout("alert(1)", 10);',
      'import("https://cdn.example/x.js");',
      'importScripts("https://cdn.example/x.js");',
    ];
    for (const text of samples) {
      assert.ok(scanForRemoteCode([{ path: 'x.js', text }]).length >= 1, text);
    }
    assert.equal(
      scanForRemoteCode([
        { path: 'p.html', text: '<script src="https://cdn.example/a.js"></script>' },
      ]).length,
      1,
    );
    assert.deepEqual(
      scanForRemoteCode([{ path: 'x.js', text: 'node.evaluate(); retrieval(1);' }]),
      [],
    );
  });

  it('fails on network calls to a foreign host', () => {
    assert.ok(
      scanForNetworkCalls([{ path: 'a.js', text: 'fetch("https://telemetry.example/x")' }]).length >
        0,
    );
    assert.ok(
      scanForNetworkCalls([{ path: 'a.js', text: 'navigator.sendBeacon(u, d)' }]).length > 0,
    );
    assert.ok(scanForNetworkCalls([{ path: 'a.js', text: 'new WebSocket(u)' }]).length > 0);
    assert.deepEqual(
      scanForNetworkCalls([{ path: 'a.js', text: 'const u = "https://portal.azure.com/#x"' }]),
      [],
    );
  });
});

describe('addons-linter on the Firefox build', () => {
  it('reports no error and only reviewed warnings', async () => {
    const { errors, unexpected } = await lintFirefox(BUILDS.firefox);
    assert.deepEqual(
      errors.map((e) => `${e.code} ${e.file}: ${e.message}`),
      [],
    );
    assert.deepEqual(
      unexpected.map((w) => `${w.code} ${w.file}: ${w.message}`),
      [],
    );
  });

  it('fails on a build with eval in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcx-lint-'));
    try {
      cpSync(BUILDS.firefox, dir, { recursive: true });
      writeFileSync(
        join(dir, 'background.js'),
        `${readFileSync(join(dir, 'background.js'), 'utf8')}\neval(globalThis.x);\n`,
      );
      const { errors, unexpected } = await lintFirefox(dir);
      assert.ok(errors.length + unexpected.length > 0, 'the linter did not notice eval');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
