// Keeps package-lock.json acceptable to `npm ci` when the package registry in use does not serve
// every platform build of a package (e.g. @biomejs/cli-android-arm64): `npm install` then skips
// those optional dependencies silently and leaves them out of the lock file, and `npm ci` refuses
// the lock ("Missing: … from lock file"). This adds each missing optional platform package as an
// entry with its exact version and the platform its name declares, which `npm ci` accepts and
// then skips on every other platform. Run after `npm install` that changed the lock:
//   node scripts/lock-optionals.mjs        (fix)     node scripts/lock-optionals.mjs --check (test)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OSES = [
  'android',
  'darwin',
  'win32',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
  'linux',
];
const CPUS = [
  'arm64',
  'x64',
  'ia32',
  'arm',
  'loong64',
  'ppc64',
  'riscv64',
  's390x',
  'mips64el',
  'wasm32',
];

function platformOf(name) {
  const n = name.toLowerCase();
  const os = OSES.find((o) => n.includes(o));
  const cpu = CPUS.find((c) => new RegExp(`(^|[-_/])${c}($|[-_])`).test(n));
  const libc = n.includes('musl') ? 'musl' : os === 'linux' && n.includes('gnu') ? 'glibc' : null;
  return { os, cpu, libc };
}

/** The optional dependencies the lock names but does not hold, with their would-be entries. */
export function missingOptionals(lock) {
  const packages = lock.packages ?? {};
  const missing = {};
  for (const [key, meta] of Object.entries(packages)) {
    for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
      const nested = `${key ? `${key}/` : ''}node_modules/${dep}`;
      const top = `node_modules/${dep}`;
      if (nested in packages || top in packages || top in missing) continue;
      if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) continue; // only exact pins are safe to add
      const { os, cpu, libc } = platformOf(dep);
      missing[top] = {
        version: range,
        ...(meta.dev ? { dev: true } : {}),
        optional: true,
        ...(os ? { os: [os] } : {}),
        ...(cpu ? { cpu: [cpu] } : {}),
        ...(libc ? { libc: [libc] } : {}),
      };
    }
  }
  return missing;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const path = join(resolve(fileURLToPath(import.meta.url), '../..'), 'package-lock.json');
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const missing = missingOptionals(lock);
  const count = Object.keys(missing).length;
  if (process.argv.includes('--check')) {
    if (count) {
      console.error(
        `package-lock.json lacks ${count} optional entries: run node scripts/lock-optionals.mjs`,
      );
      process.exit(1);
    }
  } else if (count) {
    // Appended, not re-sorted: the next `npm install` puts every entry back in npm's own order.
    lock.packages = { ...lock.packages, ...missing };
    writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`added ${count} optional entries to package-lock.json`);
  }
}
