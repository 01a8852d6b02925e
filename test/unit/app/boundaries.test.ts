import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/**
 * Every module reachable from `entry` through relative imports (what the bundler will pull in);
 * with `staticOnly`, only what loads with the page (not what `import()` loads on demand).
 */
function reachable(entry: string, staticOnly = false): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      if (staticOnly && m[2]) continue;
      // A type-only import is erased: the bundler pulls nothing in for it.
      if (/^(?:import|export) type\b/.test(m[0])) continue;
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) {
        bare.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', '']
        .map((ext) => base + ext)
        .find((p) => existsSync(p) && statSync(p).isFile());
      if (found && /\.(ts|tsx)$/.test(found)) visit(found);
    }
  };
  visit(join(ROOT, entry));
  return { files: new Set([...files].map((f) => relative(ROOT, f))), bare };
}

describe('what the pages may load', () => {
  for (const entry of [
    'entrypoints/popup/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/reports/main.tsx',
    'entrypoints/covers/main.tsx',
  ]) {
    it(`${entry} never opens the database itself`, () => {
      const { files, bare } = reachable(entry);
      expect([...bare].filter((b) => b === 'idb' || b.startsWith('idb/'))).toEqual([]);
      expect([...files].filter((f) => /^lib\/history\/(?!types\.ts$)/.test(f))).toEqual([]);
    });
  }

  it('the options page borrows nothing from the popup (shared pieces live in lib/ or components/ui)', () => {
    const options = reachable('entrypoints/options/main.tsx').files;
    expect([...options].filter((f) => f.startsWith('components/popup/'))).toEqual([]);
  });

  it('the popup does not carry the holiday presets (options only)', () => {
    const popup = reachable('entrypoints/popup/main.tsx').files;
    expect([...popup].filter((f) => f.startsWith('lib/holidays/'))).toEqual([]);
    expect(
      reachable('entrypoints/options/main.tsx').files.has('lib/holidays/data.generated.ts'),
    ).toBe(true);
  });

  it('the popup loads the lifecycle data on demand, not with the list', () => {
    const data = 'lib/lifecycle/data.generated.ts';
    expect(reachable('entrypoints/popup/main.tsx', true).files.has(data)).toBe(false);
    expect(reachable('entrypoints/popup/main.tsx').files.has(data)).toBe(true);
  });
});
