// `npm run zip`: store-ready archives in .output/ — Chrome (MV3), Edge (MV3), Firefox (MV3) and
// the sources archive Firefox's store asks for (made by WXT alongside the Firefox zip).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const wxt = join(root, 'node_modules/.bin/wxt');
for (const args of [
  ['-b', 'chrome'],
  ['-b', 'edge'],
  ['-b', 'firefox', '--mv3'],
]) {
  const r = spawnSync(wxt, ['zip', ...args], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const zips = readdirSync(join(root, '.output')).filter((f) => f.endsWith('.zip'));
console.log(`\nArchives in .output/:\n${zips.map((z) => `  ${z}`).join('\n')}`);
