// Runs the end-to-end suites with Node's test runner, one file at a time (each launches its own
// Chromium; the CI machine has two cores). Requires a built extension (npm run build).
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
const dir = join(ROOT, 'test/e2e');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit', cwd: ROOT },
);
process.exit(result.status ?? 1);
