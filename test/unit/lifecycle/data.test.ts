import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_ROWS } from '../../../lib/lifecycle/data.generated';
import reference from '../../fixtures/reference/lifecycle.json';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('data.generated.ts', () => {
  it('is what scripts/gen-lifecycle.mjs makes of the reference today', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-lifecycle.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('keeps every row, in order, with every fact and its source', () => {
    expect(LIFECYCLE_ROWS).toHaveLength(reference.length);
    reference.forEach((raw: Record<string, unknown>, i) => {
      const row = LIFECYCLE_ROWS[i]! as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(raw)) {
        if (key === 'policySubtype') continue;
        // The generator turns absent optional facts into absent fields, and keeps nulls for dates.
        if (value === null && !['releaseDate', 'mainstreamEnd', 'extendedEnd'].includes(key)) {
          expect(row[key]).toBeUndefined();
        } else {
          expect(row[key], `${raw.product} ${raw.version} ${key}`).toEqual(value);
        }
      }
    });
  });

  it('splits a qualified subtype into the subtype and its certainty', () => {
    reference.forEach((raw, i) => {
      const row = LIFECYCLE_ROWS[i]!;
      const qualified = `${row.policySubtype}${row.policySubtypeCertainty ? ` (${row.policySubtypeCertainty})` : ''}`;
      expect(qualified).toBe(raw.policySubtype);
    });
    expect(
      LIFECYCLE_ROWS.find(
        (r) => r.product === 'Windows 11' && r.version === 'Enterprise LTSC 2024',
      ),
    ).toMatchObject({ policySubtype: 'fixed-mainstream-only', policySubtypeCertainty: 'inferred' });
  });

  it('has unique product/version pairs', () => {
    const keys = LIFECYCLE_ROWS.map((r) => `${r.product}|${r.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
