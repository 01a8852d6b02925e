// Runs the date-sensitive unit suites under several machine time zones: nothing in lib/ may depend
// on the zone of the machine it runs on. (The full unit run uses the machine's own zone.)
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const zones = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/Paris'];
const suites = ['test/unit/sla', 'test/unit/lifecycle', 'test/unit/rules', 'test/unit/history'];
for (const zone of zones) {
  console.log(`\n— TZ=${zone}`);
  const r = spawnSync(
    join(root, 'node_modules/.bin/vitest'),
    // Moving tens of megabytes of backup in parts does not depend on the zone.
    ['run', '--reporter=dot', '--exclude', 'test/unit/history/transfer.test.ts', ...suites],
    {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, TZ: zone },
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
