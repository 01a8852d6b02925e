import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('carries which facts were inferred, and only for rows that say so', () => {
    const inferred = LIFECYCLE_ROWS.filter((r) => r.inferred).map(
      (r) => `${r.product}|${r.version}|${r.inferred!.join(',')}`,
    );
    expect(inferred).toEqual(
      expect.arrayContaining([
        'Skype for Business Server|Lync Server 2013|releaseDate',
        'Project|2024|releaseDate,mainstreamEnd',
        'Visio|LTSC 2024|releaseDate,mainstreamEnd',
      ]),
    );
    for (const row of LIFECYCLE_ROWS) {
      for (const field of row.inferred ?? [])
        expect(row[field], `${row.version} ${field}`).toBeTruthy();
    }
  });
});

/** Runs the generator's validation on rows of our own; the message when it refuses. */
function validate(rows: unknown[]): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
  try {
    const file = join(dir, 'rows.json');
    writeFileSync(file, JSON.stringify(rows));
    execFileSync(process.execPath, ['scripts/gen-lifecycle.mjs', '--validate', file], {
      cwd: root,
      stdio: 'pipe',
    });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('gen-lifecycle.mjs validation of "inferred"', () => {
  const row = {
    product: 'Visio',
    version: 'LTSC 2024',
    releaseDate: '2024-09-18',
    mainstreamEnd: '2029-10-09',
    extendedEnd: null,
    policy: 'fixed',
    policySubtype: 'fixed-mainstream-only',
    source: 'a public source',
  };

  it('accepts a list of facts the row has', () => {
    expect(validate([{ ...row, inferred: ['releaseDate', 'mainstreamEnd'] }])).toBeNull();
  });

  it.each([
    [[], 'inferred must be a list'],
    ['releaseDate', 'inferred must be a list'],
    [['notes'], 'inferred names notes'],
    [['extendedEnd'], 'inferred extendedEnd has no value'],
    [['releaseDate', 'releaseDate'], 'inferred repeats a field'],
  ])('refuses inferred %j', (inferred, message) => {
    expect(validate([{ ...row, inferred }])).toContain(message);
  });

  it('refuses a row without a source', () => {
    expect(validate([{ ...row, source: '' }])).toContain('source missing');
  });
});

describe('coverage of what partners support', () => {
  const has = (product: string, version: string) =>
    LIFECYCLE_ROWS.some((r) => r.product === product && r.version === version);

  // Every release since 2008-2010 of the products partners file for, where a public source exists.
  const EXPECTED: [string, string[]][] = [
    ['Windows Server', ['2008', '2008 R2', '2012', '2012 R2', '2016', '2019', '2022', '2025']],
    ['SQL Server', ['2008', '2008 R2', '2012', '2014', '2016', '2017', '2019', '2022', '2025']],
    ['Exchange Server', ['2010', '2013', '2016', '2019', 'Subscription Edition (SE)']],
    ['SharePoint Server', ['2010', '2013', '2016', '2019', 'Subscription Edition (SE)']],
    ['Project Server', ['2010', '2013', '2016', '2019', 'Subscription Edition (SE)']],
    ['Office', ['2010', '2013', '2016', '2019', 'LTSC 2021', 'LTSC 2024']],
    ['Project', ['2010', '2013', '2016', '2019', 'LTSC 2021', '2021 (retail)', '2024']],
    ['Visio', ['2010', '2013', '2016', '2019', 'LTSC 2021', '2021 (retail)', 'LTSC 2024']],
    ['System Center', ['2012', '2012 R2', '2016', '2019', '2022']],
    ['Visual Studio', ['2008', '2010', '2012', '2013', '2015', '2017', '2019', '2022', '2026']],
    [
      'Skype for Business Server',
      ['Lync Server 2010', 'Lync Server 2013', '2015', '2019', 'Subscription Edition (SE)'],
    ],
    ['Dynamics AX', ['2009', '2012', '2012 R2', '2012 R3']],
    ['Dynamics NAV', ['2009', '2009 R2', '2013', '2013 R2', '2015', '2016', '2017', '2018']],
    [
      'Dynamics GP',
      [
        '2010',
        '2010 R2',
        '2013',
        '2013 R2',
        '2015',
        '2015 R2',
        '2016',
        '2016 R2',
        '2018',
        '2018 R2',
        '18.2 and later (Modern Lifecycle Policy)',
      ],
    ],
    ['Dynamics CRM', ['2011 (5.0)', '2013 (6.x)', '2015 (7.0)', '2016 (8.x)']],
    ['Dynamics 365 Customer Engagement (on-premises)', ['9.x (9.0 / 9.1)']],
    [
      'Dynamics 365 Business Central (on-premises)',
      ['13.x / 14.x (fixed policy)', '2019 wave 2 and later'],
    ],
    ['BizTalk Server', ['2009', '2010', '2013', '2013 R2', '2016', '2020']],
  ];

  it.each(EXPECTED)('%s', (product, versions) => {
    for (const version of versions)
      expect(has(product, version), `${product} ${version}`).toBe(true);
  });

  it('adds no row without a public source: every row cites one', () => {
    for (const row of LIFECYCLE_ROWS) {
      expect(row.source, `${row.product} ${row.version}`).toMatch(
        /\w+\/[\w.-]+|learn\.microsoft\.com/,
      );
      expect(row.source).not.toMatch(/not found/i);
    }
    // System Center 2025 shipped, but no public source with its dates was found.
    expect(has('System Center', '2025')).toBe(false);
  });

  it('lists every row and every source in SOURCES.md', () => {
    const sources = readFileSync(join(root, 'lib/lifecycle/SOURCES.md'), 'utf8');
    for (const row of LIFECYCLE_ROWS) {
      for (const part of row.source.split('; ')) expect(sources).toContain(part.trim());
      expect(sources).toContain(`| ${row.product} | ${row.version.replaceAll('|', '\\|')} |`);
    }
  });
});
