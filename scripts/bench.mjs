// `npm run bench`: every benchmark of the project, one after the other, in this process's machine.
// - bench/*.bench.ts: pure-code benchmarks, bundled with esbuild and run with Node;
// - bench/*.bench.mjs: browser benchmarks (the built extension in Chromium; need `npm run build`).
// Each prints its own table and writes bench-output/<name>.json. Figures are ratios against a
// baseline run in the same process where possible; no pass/fail on timing, ever.
// Usage: npm run bench [-- name-filter ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const benchDir = join(root, 'bench');
const outDir = join(root, 'bench-output', '.build');
mkdirSync(outDir, { recursive: true });
const filters = process.argv.slice(2);
const selected = (file) => filters.length === 0 || filters.some((f) => file.includes(f));

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`,
);

let failed = 0;
const run = (file, args) => {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    failed++;
    console.error(`${file} exited with ${r.status}`);
  }
};

const files = readdirSync(benchDir).sort().filter(selected);
for (const file of files.filter((f) => f.endsWith('.bench.ts'))) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(benchDir, file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  run(file, [outfile]);
}
for (const file of files.filter((f) => f.endsWith('.bench.mjs'))) run(file, [join(benchDir, file)]);
process.exit(failed ? 1 : 0);
