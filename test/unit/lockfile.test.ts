import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by its use here
import { missingOptionals } from '../../scripts/lock-optionals.mjs';

describe('package-lock.json', () => {
  it('holds every optional platform package npm ci will ask for', () => {
    const lock = JSON.parse(
      readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
    );
    expect(Object.keys(missingOptionals(lock))).toEqual([]);
  });

  it('would notice a missing one', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/tool': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { 'tool-darwin-arm64': '1.0.0' },
        },
      },
    };
    expect(missingOptionals(lock)).toEqual({
      'node_modules/tool-darwin-arm64': {
        version: '1.0.0',
        dev: true,
        optional: true,
        os: ['darwin'],
        cpu: ['arm64'],
      },
    });
  });
});
