// The store archives made by `npm run zip`: each unpacks, the Chrome and Edge ones load in
// Chromium (service worker up, popup answers), the Firefox one lints, and the sources archive
// holds what a reviewer needs to rebuild, and nothing it should not.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { launch, ROOT, until } from '../e2e/harness.mjs';
import { checkManifest } from './checks.mjs';
import { lintFirefox } from './firefox-lint.mjs';

const output = join(ROOT, '.output');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const archive = (name) => join(output, `pcx-${version}-${name}.zip`);
const temp = mkdtempSync(join(tmpdir(), 'pcx-zips-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function unpack(zipPath) {
  const files = unzipSync(readFileSync(zipPath));
  const dir = join(
    temp,
    zipPath
      .split('/')
      .pop()
      .replace(/\.zip$/, ''),
  );
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    assert.ok(!name.includes('..') && !name.startsWith('/'), `unsafe path in archive: ${name}`);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return { dir, names: Object.keys(files) };
}

describe('store archives', () => {
  it('exist for Chrome, Edge, Firefox and the Firefox sources', () => {
    const zips = readdirSync(output).filter((f) => f.endsWith('.zip'));
    for (const name of ['chrome-mv3', 'edge-mv3', 'firefox-mv3', 'sources']) {
      assert.ok(zips.includes(`pcx-${version}-${name}.zip`), `missing ${name} archive in ${zips}`);
    }
  });

  for (const browser of ['chrome', 'edge']) {
    it(`${browser} archive loads in Chromium`, async () => {
      const { dir } = unpack(archive(`${browser}-mv3`));
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      assert.deepEqual(checkManifest(manifest, 'chrome'), []);
      const h = await launch({ extensionPath: dir, route: false });
      try {
        const popup = await h.openPopup();
        const reply = await until(
          () => popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', payload: {} })),
          { message: 'ping from the unpacked archive' },
        );
        assert.deepEqual(reply, { ok: true, data: { version } });
        h.assertNoPageErrors();
      } finally {
        await h.close();
      }
    });
  }

  it('firefox archive lints with no error', async () => {
    const { dir } = unpack(archive('firefox-mv3'));
    const { errors, unexpected } = await lintFirefox(dir);
    assert.deepEqual(
      [...errors, ...unexpected].map((e) => `${e.code} ${e.file}`),
      [],
    );
  });

  it('sources archive holds the build inputs and no outputs or dependencies', () => {
    const { names } = unpack(archive('sources'));
    for (const required of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/background.ts',
    ]) {
      assert.ok(names.includes(required), `sources archive lacks ${required}`);
    }
    for (const name of names) {
      assert.ok(
        !/^(node_modules|\.output|\.wxt|demo-output|bench-output)\//.test(name),
        `sources archive has ${name}`,
      );
    }
  });
});
