import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every extension-storage item is declared once, in lib/platform/storage.ts (key, area, fallback,
 * parsing, watch): no other file of the extension reads, writes or watches `browser.storage`
 * itself, so no reader can forget the parsing or pick another area than its writer.
 */
const ROOT = resolve(__dirname, '../../..');
const STORAGE_MODULE = 'lib/platform/storage.ts';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** The source without its comments (a comment may name the API it explains). */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The direct uses of the storage API in `source`: `browser.storage…`, `chrome.storage…`,
 * `storage.onChanged`, or the `storage` namespace taken out of `browser`. */
function storageCalls(source: string): string[] {
  const patterns = [
    /\b(?:browser|chrome)\s*(?:\?\.|\.)\s*storage\b/g,
    /\b(?:browser|chrome)\s*\[\s*['"`]storage['"`]\s*\]/g,
    /\bstorage\s*(?:\?\.|\.)\s*(?:onChanged|local|session|sync|managed)\b/g,
    /\{[^}]*\bstorage\b[^}]*\}\s*=\s*(?:browser|chrome)\b/g,
  ];
  const body = code(source);
  return patterns.flatMap((p) => [...body.matchAll(p)].map((m) => m[0]));
}

const extensionFiles = ['lib', 'components', 'entrypoints']
  .flatMap((dir) => files(join(ROOT, dir)))
  .map((f) => relative(ROOT, f).split('\\').join('/'));

describe('extension storage is reached through its declarations only', () => {
  it('recognises every way of reaching the storage API, and not its name in a comment', () => {
    expect(storageCalls("await browser.storage.local.get('x');")).not.toEqual([]);
    expect(storageCalls('browser.storage.session ?? browser.storage.local')).toHaveLength(4);
    expect(storageCalls('chrome.storage.onChanged.addListener(f);')).not.toEqual([]);
    expect(storageCalls("browser['storage'].local.set({})")).not.toEqual([]);
    expect(storageCalls('const { storage } = browser;\nstorage.local.get()')).not.toEqual([]);
    expect(storageCalls('const area = browser?.storage;')).not.toEqual([]);
    expect(storageCalls('// kept in `browser.storage.local`\n/* storage.onChanged */')).toEqual([]);
    expect(storageCalls("const url = 'https://example.com/storage';")).toEqual([]);
  });

  it('finds the files to check, and the storage module among them', () => {
    expect(extensionFiles.length).toBeGreaterThan(50);
    expect(extensionFiles).toContain(STORAGE_MODULE);
    expect(storageCalls(readFileSync(join(ROOT, STORAGE_MODULE), 'utf8'))).not.toEqual([]);
  });

  it('no file of lib/, components/ or entrypoints/ calls the storage API outside its module', () => {
    const offenders = extensionFiles
      .filter((f) => f !== STORAGE_MODULE)
      .map((f) => [f, [...new Set(storageCalls(readFileSync(join(ROOT, f), 'utf8')))]] as const)
      .filter(([, calls]) => calls.length > 0)
      .map(([f, calls]) => `${f}: ${calls.join(', ')}`);
    expect(offenders).toEqual([]);
  });
});
