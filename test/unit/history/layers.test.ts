import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The data layer's direction: the history (records, repositories, backups) is below the messages
 * and the background, and knows neither; the schema language and the shared errors are leaves
 * that everything may import and that import nothing but the identifier and name rules. Type-only
 * imports count too: a type pulled from the messages ties the history to the protocol all the same.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LEAVES = ['lib/schema.ts', 'lib/errors.ts', 'lib/ids.ts', 'lib/names.ts'];
const LEAF_MAY_IMPORT = new Set(['lib/ids.ts', 'lib/names.ts']);
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function filesIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesIn(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The project files `file` imports (relative specifiers only: lib/ uses no aliases). */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec?.startsWith('.')) continue;
    const base = resolve(dirname(join(ROOT, file)), spec);
    const found = EXTENSIONS.map((ext) => base + ext).find(
      (p) => existsSync(p) && statSync(p).isFile(),
    );
    if (found) out.push(relative(ROOT, found));
  }
  return out;
}

/** The first chain of imports from `entry` to a file matching `target`, or null. */
function chainTo(entry: string, target: RegExp): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    if (target.test(file)) return [...chain, file];
    for (const next of importsOf(file)) {
      const found = walk(next, [...chain, file]);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

const ABOVE_HISTORY = /^lib\/(messaging|background)\//;

describe('the data layer imports downwards only', () => {
  const history = filesIn('lib/history');

  it('finds the history modules', () => {
    expect(history).toContain('lib/history/types.ts');
    expect(history.length).toBeGreaterThan(3);
  });

  it('no history module reaches the messages or the background, even indirectly', () => {
    const offenders = history.map((f) => chainTo(f, ABOVE_HISTORY)).filter((c) => c !== null);
    expect(offenders).toEqual([]);
  });

  it('the leaves import nothing but the identifier and name rules', () => {
    for (const leaf of LEAVES) {
      expect(existsSync(join(ROOT, leaf)), leaf).toBe(true);
      const extra = importsOf(leaf).filter((f) => !LEAF_MAY_IMPORT.has(f));
      expect(extra, leaf).toEqual([]);
    }
  });

  it('the scan does see an upward import when there is one (the test can fail)', () => {
    expect(chainTo('lib/background/history-service.ts', /^lib\/messaging\//)).not.toBeNull();
    expect(importsOf('lib/messaging/router.ts')).toContain('lib/errors.ts');
  });
});

describe('page knowledge stays below the history', () => {
  it('no portal module imports the history (its vocabulary comes from lib/vocabulary.ts)', () => {
    const offenders = filesIn('lib/portals')
      .map((f) => chainTo(f, /^lib\/history\//))
      .filter((c) => c !== null);
    expect(offenders).toEqual([]);
  });
});
