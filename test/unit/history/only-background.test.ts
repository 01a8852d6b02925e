import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Reliability §5: only the background opens the history database, so no other extension page can
 * hold an old connection and block an upgrade. Every entrypoint other than the background and
 * every component is scanned, following its imports transitively: none may reach the module
 * that opens the database (lib/history/schema.ts) or the background's history service.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FORBIDDEN = [
  'lib/history/schema.ts',
  'lib/history/repo.ts',
  'lib/history/repo-base.ts',
  'lib/history/repo-customers.ts',
  'lib/history/repo-tickets.ts',
  'lib/history/repo-packs.ts',
  'lib/history/repo-whole.ts',
  'lib/background/history-service.ts',
];
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|mjs|js)$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (/^(@@|~~|@|~)\//.test(spec)) base = join(ROOT, spec.replace(/^(@@|~~|@|~)\//, ''));
  else return null; // a package
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The chain of imports from `entry` to a forbidden module, or null. */
function reaches(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const rel = relative(ROOT, file);
    if (FORBIDDEN.includes(rel)) return [...chain, rel];
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      // Type-only imports are erased at build time: they cannot open anything.
      if (!spec || /^\s*import\s+type\s/.test(m[0]) || /^\s*export\s+type\s/.test(m[0])) continue;
      const target = resolveImport(file, spec);
      if (target) {
        const found = walk(target, [...chain, rel]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(entry, []);
}

describe('only the background opens the history database', () => {
  const entries = [
    ...files(join(ROOT, 'entrypoints')).filter(
      (f) => relative(ROOT, f) !== 'entrypoints/background.ts',
    ),
    ...files(join(ROOT, 'components')),
  ];

  it('finds the entrypoints and components to check', () => {
    expect(entries.some((f) => f.includes('popup'))).toBe(true);
    expect(entries.length).toBeGreaterThan(5);
  });

  it('no other entrypoint nor component imports the database module, even indirectly', () => {
    const offenders = entries.map((f) => reaches(f)).filter((chain) => chain !== null);
    expect(offenders).toEqual([]);
  });

  it('the scan does detect the background reaching it (the test can fail)', () => {
    expect(reaches(join(ROOT, 'entrypoints/background.ts'))?.at(-1)).toMatch(
      /^lib\/(history|background)\//,
    );
  });
});
