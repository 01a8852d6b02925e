// What webextension-polyfill costs (it stays: one promise-based `browser` API in Chrome, Edge and
// Firefox is on the design card). Against a build of the same code without it, in the same run:
// 1. bytes (minified and gzip) of every script of the Chrome build: background, pages' chunks,
//    content scripts;
// 2. the popup's opening (navigation → `pcx:popup-ready`, empty history), median of OPENS
//    openings per build, the two builds alternating in rounds so that neither always runs first.
// Figures only, no pass/fail. Usage: npm run build && node bench/polyfill.bench.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, launch, ROOT } from '../test/e2e/harness.mjs';

const OPENS = Number(process.env.PCX_BENCH_OPENS ?? 10);
const ROUNDS = 3;
const withPolyfill = process.env.PCX_EXTENSION_PATH || CHROME_BUILD;
const without = join(ROOT, 'bench-output/no-polyfill/chrome-mv3');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : Number.NaN;
};

const built = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
  cwd: ROOT,
  env: { ...process.env, PCX_BENCH_WITHOUT_POLYFILL: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) throw new Error('the build without the polyfill failed');

function scripts(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) {
        const raw = readFileSync(path);
        // Chunk names carry a content hash: the entry name before it is the key.
        const key = relative(dir, path).replace(/-[\w-]{8}\.js$/, '.js');
        const prev = out.get(key) ?? { bytes: 0, gzip: 0 };
        out.set(key, {
          bytes: prev.bytes + raw.length,
          gzip: prev.gzip + gzipSync(raw, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  return out;
}
const a = scripts(withPolyfill);
const b = scripts(without);
const rows = [...new Set([...a.keys(), ...b.keys()])].sort().map((file) => {
  const x = a.get(file) ?? { bytes: 0, gzip: 0 };
  const y = b.get(file) ?? { bytes: 0, gzip: 0 };
  return { file, gzip: x.gzip, gzipWithout: y.gzip, addedGzip: x.gzip - y.gzip };
});

async function openings(extensionPath) {
  const h = await launch({ extensionPath, lang: 'en', route: false });
  try {
    const times = [];
    for (let i = 0; i < OPENS + 1; i++) {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl('popup.html'));
      await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
      const ready = await page.evaluate(
        () => performance.getEntriesByName('pcx:popup-ready')[0]?.startTime ?? Number.NaN,
      );
      await page.close();
      if (i > 0) times.push(ready); // the first opening also starts the worker: not counted
    }
    return times;
  } finally {
    await h.close();
  }
}
const popup = { with: [], without: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  for (const which of order)
    popup[which].push(...(await openings(which === 'with' ? withPolyfill : without)));
}

const total = (k) => rows.reduce((s, r) => s + r[k], 0);
const result = {
  scripts: rows,
  addedGzipTotal: total('gzip') - total('gzipWithout'),
  popupReadyMedianMs: {
    with: Math.round(median(popup.with) * 10) / 10,
    without: Math.round(median(popup.without) * 10) / 10,
  },
};
console.table(rows);
console.table({
  'popup opening, median (ms)': result.popupReadyMedianMs,
  'gzip added, all scripts (bytes)': { with: result.addedGzipTotal, without: 0 },
});
mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(join(ROOT, 'bench-output/polyfill.json'), `${JSON.stringify(result, null, 2)}\n`);
