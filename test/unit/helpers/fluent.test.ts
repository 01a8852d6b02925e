import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

describe('the helpers’ Fluent 2 look', () => {
  it('is what scripts/gen-fluent.mjs makes of @fluentui/tokens and @fluentui/react-icons today', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-fluent.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('uses only tokens it defines, with the values of Fluent’s web themes', () => {
    const tokens = read('components/fluent-tokens.generated.css');
    // The light theme's values come first, then the dark theme's colours: keep the first.
    const defined = new Map<string, string>();
    for (const m of tokens.matchAll(/--pcx-(\w+): ([^;]+?) !important;/g))
      if (m[1] && m[2] && !defined.has(m[1])) defined.set(m[1], m[2]);
    expect(defined.get('colorBrandBackground')).toBe(webLightTheme.colorBrandBackground);
    expect(defined.get('borderRadiusMedium')).toBe('4px');
    expect(tokens).toContain(
      `--pcx-colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`,
    );
    const host = read('components/helper-host.css');
    const used = new Set([...host.matchAll(/var\(--pcx-(\w+)\)/g)].map((m) => m[1] ?? ''));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    // No colour is written by hand in the helpers' styles: every one is a token.
    expect(host.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
  });
});
