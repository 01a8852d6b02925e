// Runs the end-to-end suites with Node's test runner (each file launches its own Chromium).
// Requires a built extension (npm run build).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildReplicaBundles } from '../fixtures/portals/controls/build.mjs';
import { CHROMIUM_MISSING, findChromium, ROOT } from './harness.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
// The replica pages rendered by Microsoft's UI libraries are bundles: never test a stale one.
await buildReplicaBundles();
// Two files at a time (each its own Chromium and profile): the CI machine has two cores, and most
// of a browser test is waiting on the page. $PCX_E2E_CONCURRENCY=1 runs them one by one.
const CONCURRENCY = Number(process.env.PCX_E2E_CONCURRENCY ?? 2);
const dir = join(ROOT, 'test/e2e');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
const result = spawnSync(
  process.execPath,
  ['--test', `--test-concurrency=${CONCURRENCY}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', cwd: ROOT },
);
process.exit(result.status ?? 1);
