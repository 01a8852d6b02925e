import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { fr } from '../../../lib/i18n/fr';
import {
  checkEligibility,
  type Eligibility,
  findRow,
  lifecyclePhase,
  listProducts,
  listVersions,
  rankOf,
} from '../../../lib/lifecycle/index';
import { PLAN_IDS, type PlanId } from '../../../lib/rules/plans';
import reference from '../../fixtures/reference/lifecycle.json';

/** Noon UTC on a calendar date: far from any day boundary unless a test wants one. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

const check = (plan: PlanId, product: string, version: string, date: string, timeZone?: string) =>
  checkEligibility({ plan, product, version, at: noon(date), ...(timeZone ? { timeZone } : {}) });

const N1_PLANS: PlanId[] = [
  'partner-gold-20pack',
  'partner-silver-15pack',
  'partner-maps-10pack',
  'partner-on-premises-20',
];
const PAID_PLANS: PlanId[] = ['pay-per-incident', 'advanced-support-partners', 'premier-unified'];

/** A reference row straight from the JSON, for expectations written from its dates. */
function raw(product: string, version: string) {
  const row = reference.find((r) => r.product === product && r.version === version);
  if (!row) throw new Error(`no ${product} ${version} in the reference`);
  return row;
}

const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('lifecyclePhase', () => {
  it('is mainstream up to and including mainstreamEnd, extended the day after', () => {
    const row = findRow('SQL Server', '2019')!;
    const { mainstreamEnd, extendedEnd } = raw('SQL Server', '2019');
    expect(lifecyclePhase(row, mainstreamEnd!)).toBe('mainstream');
    expect(lifecyclePhase(row, dayAfter(mainstreamEnd!))).toBe('extended');
    expect(lifecyclePhase(row, extendedEnd!)).toBe('extended');
    expect(lifecyclePhase(row, dayAfter(extendedEnd!))).toBe('out-of-support');
  });

  it('goes from mainstream straight to out of support for mainstream-only (LTSC) rows', () => {
    const row = findRow('Office', 'LTSC 2021')!;
    expect(row.extendedEnd).toBeNull();
    expect(lifecyclePhase(row, '2026-10-13')).toBe('mainstream');
    expect(lifecyclePhase(row, '2026-10-14')).toBe('out-of-support');
  });

  it('is modern until the retirement date (inclusive), with no end when none is set', () => {
    const win10 = findRow('Windows 10', 'Home and Pro')!;
    expect(lifecyclePhase(win10, '2025-10-14')).toBe('modern');
    expect(lifecyclePhase(win10, '2025-10-15')).toBe('out-of-support');
    // earliestPossibleEndOfSupport is a floor, not an end.
    const exchangeSE = findRow('Exchange Server', 'Subscription Edition (SE)')!;
    expect(lifecyclePhase(exchangeSE, '2099-01-01')).toBe('modern');
  });

  it('is not-released before the release date and for rows without one', () => {
    expect(lifecyclePhase(findRow('SQL Server', '2025')!, '2025-11-17')).toBe('not-released');
    expect(lifecyclePhase(findRow('SQL Server', '2025')!, '2025-11-18')).toBe('mainstream');
    // The generator lets a fixed row have no release date; such a row is never released.
    const undated = { ...findRow('System Center', '2022')!, releaseDate: null };
    expect(lifecyclePhase(undated, '2099-01-01')).toBe('not-released');
  });
});

describe('rankOf', () => {
  it('ranks releases newest first among those out on the date', () => {
    expect(rankOf('Windows Server', '2025', '2026-11-21')).toBe(0);
    expect(rankOf('Windows Server', '2022', '2026-11-21')).toBe(1);
    expect(rankOf('Windows Server', '2019', '2026-11-21')).toBe(2);
    expect(rankOf('Windows Server', '2022', '2024-10-31')).toBe(0);
    // 2012 R2 is its own release, a year after 2012.
    expect(rankOf('Windows Server', '2012', '2014-01-01')).toBe(1);
  });

  it('lets a new release push every other version down, the day it ships', () => {
    expect(rankOf('SQL Server', '2022', '2025-11-17')).toBe(0);
    expect(rankOf('SQL Server', '2022', '2025-11-18')).toBe(1);
    expect(rankOf('SQL Server', '2019', '2025-11-18')).toBe(2);
  });

  it('gives editions of one release the same rank (same date, or same release year)', () => {
    const win10 = ['Home and Pro', 'Enterprise and Education'];
    expect(win10.map((v) => rankOf('Windows 10', v, '2026-11-21'))).toEqual([2, 2]);
    expect(rankOf('Windows 10', 'Enterprise LTSC 2019', '2026-11-21')).toBe(1);
    // Office 2021 shipped as LTSC (2021-09-16) and retail (2021-10-05): one release.
    expect(rankOf('Office', 'LTSC 2021', '2022-01-01')).toBe(0);
    expect(
      rankOf('Office', '2021 (retail: Home & Business/Student, Professional)', '2022-01-01'),
    ).toBe(0);
    expect(rankOf('Office', '2019', '2022-01-01')).toBe(1);
  });

  it('counts modern rows in the ranking', () => {
    expect(rankOf('Exchange Server', '2019', '2025-06-30')).toBe(0);
    expect(rankOf('Exchange Server', '2019', '2025-07-01')).toBe(1);
    expect(rankOf('Windows 11', 'Home and Pro', '2024-10-01')).toBe(1);
  });

  it('is null for unknown and not-yet-released rows', () => {
    expect(
      rankOf('Office', '2021 (retail: Home & Business/Student, Professional)', '2021-09-20'),
    ).toBeNull();
    expect(rankOf('Office', 'LTSC 2021', '2021-09-20')).toBe(0);
    expect(rankOf('System Center', '2025', '2026-11-21')).toBeNull();
    expect(rankOf('Windows Server', '2003', '2026-11-21')).toBeNull();
    expect(rankOf('Visual Studio', '2026', '2025-11-10')).toBeNull();
    expect(rankOf('Nope', '1', '2026-11-21')).toBeNull();
  });
});

describe('checkEligibility: the N-1 rule', () => {
  it('current version in mainstream: eligible, current-version', () => {
    expect(check('partner-maps-10pack', 'Windows Server', '2025', '2026-11-21')).toEqual({
      status: 'eligible',
      reason: 'current-version',
      rank: 0,
      phase: 'mainstream',
      alternatives: [
        'partner-on-premises-20',
        'partner-silver-15pack',
        'pay-per-incident',
        'advanced-support-partners',
        'premier-unified',
      ],
    });
  });

  it('N-1 in mainstream: eligible, previous-version-in-mainstream', () => {
    expect(check('partner-silver-15pack', 'SQL Server', '2022', '2026-11-21')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
      phase: 'mainstream',
    });
  });

  it('N-1 past mainstream: mainstream-ended, with paid support as alternatives', () => {
    expect(check('partner-on-premises-20', 'Windows Server', '2022', '2026-11-21')).toEqual({
      status: 'not-eligible',
      reason: 'mainstream-ended',
      rank: 1,
      phase: 'extended',
      alternatives: ['pay-per-incident', 'advanced-support-partners', 'premier-unified'],
    });
  });

  it('N-2 is never eligible, even while still in mainstream', () => {
    // 2021-08-18 Windows Server 2022 shipped: 2016 (mainstream until 2022-01-11) became N-2.
    expect(raw('Windows Server', '2016').mainstreamEnd).toBe('2022-01-11');
    expect(check('partner-gold-20pack', 'Windows Server', '2016', '2021-08-17')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Windows Server', '2016', '2021-08-18')).toEqual({
      status: 'not-eligible',
      reason: 'older-than-n-1',
      rank: 2,
      phase: 'mainstream',
      alternatives: ['pay-per-incident', 'advanced-support-partners', 'premier-unified'],
    });
  });

  it('N-2 past mainstream says older-than-n-1: the rank speaks before the phase', () => {
    expect(check('partner-gold-20pack', 'SQL Server', '2019', '2025-12-01')).toMatchObject({
      status: 'not-eligible',
      reason: 'older-than-n-1',
      rank: 2,
      phase: 'extended',
      alternatives: ['pay-per-incident', 'advanced-support-partners', 'premier-unified'],
    });
  });

  it('Exchange SE pushes Exchange 2019 to N-1 and 2016 to N-2 on its release day', () => {
    expect(check('partner-gold-20pack', 'Exchange Server', '2016', '2025-06-30')).toMatchObject({
      reason: 'mainstream-ended',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Exchange Server', '2016', '2025-07-01')).toMatchObject({
      reason: 'older-than-n-1',
      rank: 2,
    });
    expect(check('partner-gold-20pack', 'Exchange Server', '2019', '2025-07-01')).toMatchObject({
      status: 'not-eligible',
      reason: 'mainstream-ended',
      rank: 1,
    });
    expect(
      check('partner-gold-20pack', 'Exchange Server', 'Subscription Edition (SE)', '2025-07-01'),
    ).toMatchObject({
      status: 'eligible',
      reason: 'kept-current-modern',
      rank: 0,
      phase: 'modern',
    });
  });

  it('SharePoint SE makes SharePoint 2019 the N-1, eligible while in mainstream', () => {
    expect(check('partner-maps-10pack', 'SharePoint Server', '2019', '2021-11-01')).toMatchObject({
      status: 'eligible',
      reason: 'current-version',
      rank: 0,
    });
    expect(check('partner-maps-10pack', 'SharePoint Server', '2019', '2021-11-02')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
    });
  });

  it('Windows 11 modern rows stay eligible beside the newer LTSC release', () => {
    for (const version of ['Home and Pro', 'Enterprise and Education']) {
      expect(check('partner-gold-20pack', 'Windows 11', version, '2026-11-21')).toMatchObject({
        status: 'eligible',
        reason: 'kept-current-modern',
        rank: 1,
        phase: 'modern',
      });
    }
    expect(
      check('partner-gold-20pack', 'Windows 11', 'Enterprise LTSC 2024', '2026-11-21'),
    ).toMatchObject({
      status: 'eligible',
      reason: 'current-version',
      rank: 0,
    });
  });

  it('a modern row is eligible at any rank while supported, not after its retirement', () => {
    expect(check('partner-gold-20pack', 'Windows 10', 'Home and Pro', '2025-10-14')).toMatchObject({
      status: 'eligible',
      rank: 2,
      phase: 'modern',
    });
    expect(check('partner-gold-20pack', 'Windows 10', 'Home and Pro', '2025-10-15')).toEqual({
      status: 'not-eligible',
      reason: 'out-of-support',
      rank: 2,
      phase: 'out-of-support',
      alternatives: [],
    });
  });

  it('applies mainstream end inclusively: last day eligible, next day not', () => {
    const { mainstreamEnd } = raw('SQL Server', '2019');
    expect(mainstreamEnd).toBe('2025-02-28');
    const lastSecond = new Date('2025-02-28T23:59:59Z');
    const nextDay = new Date('2025-03-01T00:00:00Z');
    const at = (when: Date) =>
      checkEligibility({
        plan: 'partner-gold-20pack',
        product: 'SQL Server',
        version: '2019',
        at: when,
      });
    expect(at(lastSecond)).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
    });
    expect(at(nextDay)).toMatchObject({ status: 'not-eligible', reason: 'mainstream-ended' });
  });

  it('applies extended end inclusively for paid plans', () => {
    const { extendedEnd } = raw('SQL Server', '2016');
    expect(check('pay-per-incident', 'SQL Server', '2016', extendedEnd!)).toMatchObject({
      status: 'eligible',
      reason: 'in-lifecycle',
      phase: 'extended',
    });
    expect(check('pay-per-incident', 'SQL Server', '2016', dayAfter(extendedEnd!))).toMatchObject({
      status: 'not-eligible',
      reason: 'out-of-support',
      phase: 'out-of-support',
      alternatives: [],
    });
  });

  it('counts the date in the given time zone', () => {
    // Windows Server 2022 mainstream ends 2026-10-13; 23:30 UTC is already the 14th in Paris.
    const at = new Date('2026-10-13T23:30:00Z');
    const query = {
      plan: 'partner-gold-20pack',
      product: 'Windows Server',
      version: '2022',
      at,
    } as const;
    expect(checkEligibility(query)).toMatchObject({ status: 'eligible', phase: 'mainstream' });
    expect(checkEligibility({ ...query, timeZone: 'Europe/Paris' })).toMatchObject({
      status: 'not-eligible',
      reason: 'mainstream-ended',
      phase: 'extended',
    });
    // 05:00 UTC on the 14th is still the 13th in Los Angeles.
    const early = new Date('2026-10-14T05:00:00Z');
    expect(checkEligibility({ ...query, at: early })).toMatchObject({ phase: 'extended' });
    expect(
      checkEligibility({ ...query, at: early, timeZone: 'America/Los_Angeles' }),
    ).toMatchObject({ status: 'eligible', phase: 'mainstream' });
  });

  it('does not rank a release before its day, in the zone asked', () => {
    // SQL Server 2025 ships 2025-11-18: 23:30 UTC on the 17th is already the 18th in Tokyo.
    const at = new Date('2025-11-17T23:30:00Z');
    const query = {
      plan: 'partner-gold-20pack',
      product: 'SQL Server',
      version: '2025',
      at,
    } as const;
    expect(checkEligibility(query)).toEqual({
      status: 'unknown',
      reason: 'not-released',
      phase: 'not-released',
      alternatives: [],
    });
    expect(checkEligibility({ ...query, timeZone: 'Asia/Tokyo' })).toMatchObject({
      status: 'eligible',
      reason: 'current-version',
      rank: 0,
    });
  });

  it('says "not in our data" for a release with no public source, whatever the plan', () => {
    // System Center 2025 shipped, but no public source with its dates was found: no row.
    for (const plan of PLAN_IDS) {
      expect(check(plan, 'System Center', '2025', '2026-11-21')).toEqual({
        status: 'unknown',
        reason: 'unknown-product',
        alternatives: [],
      });
    }
  });

  it('does not guess for unknown products or versions', () => {
    for (const [product, version] of [
      ['Windows Server', '2003'],
      ['windows server', '2022'],
      ['Lync Server', '2013'],
      ['', ''],
    ]) {
      expect(check('pay-per-incident', product!, version!, '2026-11-21')).toEqual({
        status: 'unknown',
        reason: 'unknown-product',
        alternatives: [],
      });
    }
  });
});

describe('checkEligibility: cloud and on-premises', () => {
  it('partner packs never cover a cloud product; cloud support does', () => {
    for (const plan of N1_PLANS) {
      expect(check(plan, 'Microsoft 365 Apps', '(continuous)', '2026-11-21')).toMatchObject({
        status: 'not-eligible',
        reason: 'cloud-product',
        phase: 'modern',
        alternatives: [
          'partner-cloud-support',
          'pay-per-incident',
          'advanced-support-partners',
          'premier-unified',
        ],
      });
    }
    expect(
      check('partner-cloud-support', 'Microsoft 365 Apps', '(continuous)', '2026-11-21'),
    ).toMatchObject({
      status: 'eligible',
      reason: 'in-lifecycle',
    });
  });

  it('cloud support does not cover on-premises products', () => {
    expect(check('partner-cloud-support', 'Windows Server', '2025', '2026-11-21')).toMatchObject({
      status: 'not-eligible',
      reason: 'on-premises-product',
      alternatives: [
        'partner-on-premises-20',
        'partner-silver-15pack',
        'partner-maps-10pack',
        'pay-per-incident',
        'advanced-support-partners',
        'premier-unified',
      ],
    });
  });
});

describe('checkEligibility: every plan id', () => {
  // Windows Server 2022 on 2026-11-21: N-1, in extended since 2026-10-14.
  const expected: Record<PlanId, Pick<Eligibility, 'status' | 'reason'>> = {
    'partner-gold-20pack': { status: 'not-eligible', reason: 'mainstream-ended' },
    'partner-silver-15pack': { status: 'not-eligible', reason: 'mainstream-ended' },
    'partner-maps-10pack': { status: 'not-eligible', reason: 'mainstream-ended' },
    'partner-on-premises-20': { status: 'not-eligible', reason: 'mainstream-ended' },
    'partner-cloud-support': { status: 'not-eligible', reason: 'on-premises-product' },
    'advanced-support-partners': { status: 'eligible', reason: 'in-lifecycle' },
    'premier-unified': { status: 'eligible', reason: 'in-lifecycle' },
    'pay-per-incident': { status: 'eligible', reason: 'in-lifecycle' },
  };
  it.each(PLAN_IDS)('%s', (plan) => {
    expect(check(plan, 'Windows Server', '2022', '2026-11-21')).toMatchObject(expected[plan]);
  });

  it('lists the alternatives without the plan asked about', () => {
    expect(check('pay-per-incident', 'Windows Server', '2022', '2026-11-21').alternatives).toEqual([
      'advanced-support-partners',
      'premier-unified',
    ]);
  });

  it('names the Gold 20pack by its name of the day, and never offers a pack as its own successor', () => {
    const before = check('pay-per-incident', 'Windows Server', '2025', '2025-06-22').alternatives;
    const after = check('pay-per-incident', 'Windows Server', '2025', '2025-06-23').alternatives;
    expect(before).toContain('partner-gold-20pack');
    expect(before).not.toContain('partner-on-premises-20');
    expect(after).toContain('partner-on-premises-20');
    expect(after).not.toContain('partner-gold-20pack');
    for (const plan of ['partner-gold-20pack', 'partner-on-premises-20'] as const) {
      for (const date of ['2025-06-22', '2025-06-23']) {
        const { alternatives } = check(plan, 'Windows Server', '2025', date);
        expect(alternatives).not.toContain('partner-gold-20pack');
        expect(alternatives).not.toContain('partner-on-premises-20');
      }
    }
  });
});

describe('listProducts / listVersions', () => {
  it('lists every product and version of the reference, in reference order', () => {
    expect(listProducts()).toEqual([...new Set(reference.map((r) => r.product))]);
    expect(listVersions('Exchange Server')).toEqual([
      '2010',
      '2013',
      '2016',
      '2019',
      'Subscription Edition (SE)',
    ]);
    expect(listVersions('Nope')).toEqual([]);
  });
});

/**
 * An independent statement of domain.md §6, written from the reference JSON: the releases that
 * share a rank are listed by hand (Microsoft's editions/channels of one release); every other row
 * is its own release.
 */
const SAME_RELEASE = [
  ['Windows 10', 'Home and Pro', 'Enterprise and Education'],
  ['Windows 11', 'Home and Pro', 'Enterprise and Education'],
  ['Office', 'LTSC 2021', '2021 (retail: Home & Business/Student, Professional)'],
  ['Office', 'LTSC 2024', '2024 (retail: Home, Home & Business)'],
  ['Project', 'LTSC 2021', '2021 (retail)'],
  ['Visio', 'LTSC 2021', '2021 (retail)'],
];
const releaseOf = (product: string, version: string) => {
  const group = SAME_RELEASE.find(
    ([p, ...versions]) => p === product && versions.includes(version),
  );
  return group ? `${product}|${group[1]}` : `${product}|${version}`;
};
function oracleRank(product: string, version: string, date: string): number | null {
  const released = reference.filter(
    (r) => r.product === product && r.releaseDate !== null && r.releaseDate <= date,
  );
  if (!released.some((r) => r.version === version)) return null;
  const starts = new Map<string, string>();
  for (const r of released) {
    const key = releaseOf(product, r.version);
    const start = starts.get(key);
    if (!start || r.releaseDate! < start) starts.set(key, r.releaseDate!);
  }
  const own = starts.get(releaseOf(product, version))!;
  return [...starts.values()].filter((start) => start > own).length;
}
function oraclePhase(r: (typeof reference)[number], date: string) {
  if (!r.releaseDate || r.releaseDate > date) return 'not-released';
  if (r.policy === 'modern') {
    return 'retirementDate' in r && r.retirementDate && date > r.retirementDate
      ? 'out-of-support'
      : 'modern';
  }
  if (date <= r.mainstreamEnd!) return 'mainstream';
  if (r.extendedEnd && date <= r.extendedEnd) return 'extended';
  return 'out-of-support';
}

describe('invariants over every row, plan and a few dates', () => {
  const dates = [
    '2016-01-01',
    '2019-06-30',
    '2021-11-02',
    '2024-01-09',
    '2024-01-10',
    '2025-07-01',
    '2026-11-21',
    '2030-06-01',
  ];
  const cases = reference.flatMap((r) => dates.map((date) => ({ r, date })));

  it.each(cases)('$r.product $r.version on $date', ({ r, date }) => {
    const phase = oraclePhase(r, date);
    const rank = oracleRank(r.product, r.version, date);
    const cloud = r.policySubtype === 'modern-online';
    expect(rankOf(r.product, r.version, date)).toBe(rank);
    expect(lifecyclePhase(findRow(r.product, r.version)!, date)).toBe(phase);

    const verdicts = Object.fromEntries(
      PLAN_IDS.map((plan) => [plan, check(plan, r.product, r.version, date)]),
    ) as Record<PlanId, Eligibility>;
    for (const plan of PLAN_IDS) {
      const v = verdicts[plan];
      if (phase === 'not-released') {
        expect(v).toEqual({ status: 'unknown', reason: 'not-released', phase, alternatives: [] });
        continue;
      }
      expect(v.phase).toBe(phase);
      expect(v.rank).toBe(rank);
      expect(v.status).not.toBe('unknown');
      // Nothing is eligible out of support; alternatives are eligible plans, never the one asked.
      if (phase === 'out-of-support') expect(v.status).toBe('not-eligible');
      expect(v.alternatives).not.toContain(plan);
      for (const alt of v.alternatives) expect(verdicts[alt].status).toBe('eligible');
    }
    if (phase === 'not-released') return;

    for (const plan of N1_PLANS) {
      const v = verdicts[plan];
      const eligible =
        !cloud && (phase === 'modern' || (phase === 'mainstream' && rank !== null && rank <= 1));
      expect(v.status === 'eligible', plan).toBe(eligible);
      // N-2 and older fixed releases are never eligible; fixed rows never outside mainstream.
      if (r.policy === 'fixed' && rank! >= 2) expect(v.status).toBe('not-eligible');
      if (r.policy === 'fixed' && phase !== 'mainstream') expect(v.status).toBe('not-eligible');
      if (cloud) expect(v.reason).toBe('cloud-product');
      // The words follow the policy: a modern row is "kept current", never "N in mainstream".
      if (v.status === 'eligible') {
        expect(v.reason).toBe(
          r.policy === 'modern'
            ? 'kept-current-modern'
            : rank === 0
              ? 'current-version'
              : 'previous-version-in-mainstream',
        );
      }
    }
    const cloudPlan = verdicts['partner-cloud-support'];
    expect(cloudPlan.status === 'eligible').toBe(cloud && phase !== 'out-of-support');
    if (!cloud) expect(cloudPlan.reason).toBe('on-premises-product');
    for (const plan of PAID_PLANS) {
      expect(verdicts[plan].status === 'eligible').toBe(phase !== 'out-of-support');
      expect(verdicts[plan].reason).toBe(
        phase === 'out-of-support' ? 'out-of-support' : 'in-lifecycle',
      );
    }
  });

  it('ranks of released rows are contiguous from 0 for every product and date', () => {
    for (const product of listProducts()) {
      for (const date of dates) {
        const ranks = new Set(
          listVersions(product)
            .map((v) => rankOf(product, v, date))
            .filter((rank): rank is number => rank !== null),
        );
        expect([...ranks].sort((a, b) => a - b)).toEqual([...Array(ranks.size).keys()]);
      }
    }
  });
});

describe('verdict words', () => {
  it('says a modern row is kept current, in English and French, without "mainstream"', () => {
    expect(en['reason.kept-current-modern']).toBe(
      'Kept current under the Modern Lifecycle Policy: supported while it is kept up to date.',
    );
    expect(fr['reason.kept-current-modern']).toMatch(/Politique de cycle de vie moderne/);
    expect(en['reason.kept-current-modern']).not.toMatch(/mainstream|\(N\)/);
    expect(fr['reason.kept-current-modern']).not.toMatch(/standard|\(N\)/);
  });
});

describe('N-1 over the releases since 2008', () => {
  it('ranks an "R3" as a release of its own (Dynamics AX 2012, R2, R3)', () => {
    expect(rankOf('Dynamics AX', '2012 R3', '2015-01-01')).toBe(0);
    expect(rankOf('Dynamics AX', '2012 R2', '2015-01-01')).toBe(1);
    expect(rankOf('Dynamics AX', '2012', '2015-01-01')).toBe(2);
    expect(check('partner-gold-20pack', 'Dynamics AX', '2012', '2015-01-01')).toMatchObject({
      status: 'not-eligible',
      reason: 'older-than-n-1',
    });
  });

  it('Lync Server is the line of Skype for Business Server: SfB 2015 makes Lync 2010 N-2', () => {
    expect(
      check('partner-gold-20pack', 'Skype for Business Server', 'Lync Server 2013', '2015-07-30'),
    ).toMatchObject({ status: 'eligible', reason: 'previous-version-in-mainstream', rank: 1 });
    // Lync Server 2010 is still in mainstream (until 2016-04-12), but N-2 from that day.
    expect(
      check('partner-gold-20pack', 'Skype for Business Server', 'Lync Server 2010', '2015-07-29'),
    ).toMatchObject({ status: 'eligible', rank: 1 });
    expect(
      check('partner-gold-20pack', 'Skype for Business Server', 'Lync Server 2010', '2015-07-30'),
    ).toMatchObject({ status: 'not-eligible', reason: 'older-than-n-1', rank: 2 });
  });

  it('Visual Studio 2026 (modern) pushes 2022 to N-1 on 2025-11-11', () => {
    expect(check('partner-gold-20pack', 'Visual Studio', '2022', '2025-11-10')).toMatchObject({
      reason: 'current-version',
      rank: 0,
    });
    expect(check('partner-on-premises-20', 'Visual Studio', '2022', '2025-11-11')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
    });
    expect(check('partner-on-premises-20', 'Visual Studio', '2026', '2025-11-11')).toMatchObject({
      status: 'eligible',
      reason: 'kept-current-modern',
      rank: 0,
      phase: 'modern',
    });
    expect(check('partner-on-premises-20', 'Visual Studio', '2019', '2025-11-11')).toMatchObject({
      status: 'not-eligible',
      reason: 'older-than-n-1',
    });
  });

  it('Windows Server 2012 makes 2008 R2 the N-1 and 2008 the N-2, the day it ships', () => {
    expect(check('partner-gold-20pack', 'Windows Server', '2008', '2012-10-29')).toMatchObject({
      status: 'eligible',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Windows Server', '2008', '2012-10-30')).toMatchObject({
      status: 'not-eligible',
      reason: 'older-than-n-1',
      rank: 2,
    });
    expect(check('partner-gold-20pack', 'Windows Server', '2008 R2', '2012-10-30')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
    });
  });

  it('modern Dynamics GP makes GP 2018 R2 the N-1 and GP 2018 the N-2, same mainstream end', () => {
    const date = '2020-06-01';
    expect(check('partner-gold-20pack', 'Dynamics GP', '2018 R2', date)).toMatchObject({
      status: 'eligible',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Dynamics GP', '2018', date)).toMatchObject({
      status: 'not-eligible',
      reason: 'older-than-n-1',
      rank: 2,
    });
    expect(
      check('partner-gold-20pack', 'Dynamics GP', '18.2 and later (Modern Lifecycle Policy)', date),
    ).toMatchObject({ status: 'eligible', reason: 'kept-current-modern', rank: 0 });
  });

  it('retail Project 2021 is kept current until its retirement, beside the newer Project 2024', () => {
    expect(check('partner-gold-20pack', 'Project', '2021 (retail)', '2026-10-13')).toMatchObject({
      status: 'eligible',
      reason: 'kept-current-modern',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Project', '2021 (retail)', '2026-10-14')).toMatchObject({
      status: 'not-eligible',
      reason: 'out-of-support',
    });
    expect(check('partner-gold-20pack', 'Project', 'LTSC 2021', '2025-01-01')).toMatchObject({
      status: 'eligible',
      reason: 'previous-version-in-mainstream',
      rank: 1,
    });
    expect(check('partner-gold-20pack', 'Project', '2024', '2025-01-01')).toMatchObject({
      status: 'eligible',
      reason: 'current-version',
      rank: 0,
    });
  });
});
