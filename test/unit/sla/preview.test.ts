import { describe, expect, it } from 'vitest';
import { PROGRAM_IDS, SEVERITY_IDS } from '../../../lib/rules/severities';
import {
  AROUND_THE_CLOCK,
  addBusinessMinutes,
  type Schedule,
  ScheduleError,
} from '../../../lib/sla/business-time';
import {
  CAVEAT_IDS,
  type CaveatId,
  type PreviewInput,
  previewInitialResponse,
  previewOrNull,
  previewWithSettings,
  RULE_IDS,
  type RuleId,
} from '../../../lib/sla/preview';

const NY: Schedule = {
  timeZone: 'America/New_York',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  holidays: ['2026-07-03'],
};

// Tuesday 16:00 EDT: one business hour left today, so clock and business hours give different
// answers for every duration.
const FILED = '2026-06-16T16:00:00-04:00';

const BASE: PreviewInput = {
  program: 'csp',
  severity: 'B',
  filedAt: new Date(FILED),
  supportLanguage: 'english',
  coverage: 'business-hours',
  breakFix: true,
  cspBusinessHoursForBC: false,
  schedule: NY,
};

type Row = [
  title: string,
  input: Partial<PreviewInput>,
  expected: {
    rule: RuleId;
    clock: 'around-the-clock' | 'business-hours';
    duration: { minutes: number } | { businessDays: number };
    dueAt: string;
    caveats: CaveatId[];
  },
];

const ROWS: Row[] = [
  // 1. CSP, not break-fix: one business day, whatever the severity, language or reading.
  ...SEVERITY_IDS.map(
    (severity): Row => [
      `CSP ${severity} not break-fix`,
      { severity, breakFix: false },
      {
        rule: 'csp-non-break-fix',
        clock: 'business-hours',
        duration: { businessDays: 1 },
        dueAt: '2026-06-17T16:00:00-04:00',
        caveats: [],
      },
    ],
  ),
  [
    'CSP not break-fix, local language',
    { severity: 'A', breakFix: false, supportLanguage: 'local' },
    {
      rule: 'csp-non-break-fix',
      clock: 'business-hours',
      duration: { businessDays: 1 },
      dueAt: '2026-06-17T16:00:00-04:00',
      caveats: ['local-language-business-hours'],
    },
  ],
  [
    'CSP not break-fix, B/C read as business hours',
    { severity: 'C', breakFix: false, cspBusinessHoursForBC: true },
    {
      rule: 'csp-non-break-fix',
      clock: 'business-hours',
      duration: { businessDays: 1 },
      dueAt: '2026-06-17T16:00:00-04:00',
      caveats: [],
    },
  ],
  // 2. Local language: the severity's duration in business hours.
  ...(
    [
      ['csp', 'A', 120, '2026-06-17T10:00:00-04:00'],
      ['csp', 'B', 240, '2026-06-17T12:00:00-04:00'],
      ['csp', 'C', 480, '2026-06-17T16:00:00-04:00'],
      ['professional', 'A', 120, '2026-06-17T10:00:00-04:00'],
      ['professional', 'B', 240, '2026-06-17T12:00:00-04:00'],
      ['professional', 'C', 480, '2026-06-17T16:00:00-04:00'],
    ] as const
  ).map(
    ([program, severity, minutes, dueAt]): Row => [
      `${program} ${severity} in the local language, even with around-the-clock coverage`,
      { program, severity, supportLanguage: 'local', coverage: 'around-the-clock' },
      {
        rule: 'local-language',
        clock: 'business-hours',
        duration: { minutes },
        dueAt,
        caveats: ['local-language-business-hours'],
      },
    ],
  ),
  // 3. CSP: 2/4/8 clock hours as written; B and C in business hours on option.
  [
    'CSP A: 2 clock hours',
    { severity: 'A' },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 120 },
      dueAt: '2026-06-16T18:00:00-04:00',
      caveats: ['sev-a-needs-24x7-staff'],
    },
  ],
  [
    'CSP A stays on the clock when B/C are read as business hours',
    { severity: 'A', cspBusinessHoursForBC: true },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 120 },
      dueAt: '2026-06-16T18:00:00-04:00',
      caveats: ['sev-a-needs-24x7-staff'],
    },
  ],
  [
    'CSP B as written: 4 clock hours',
    { severity: 'B' },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 240 },
      dueAt: '2026-06-16T20:00:00-04:00',
      caveats: ['csp-bc-as-written'],
    },
  ],
  [
    'CSP C as written: 8 clock hours',
    { severity: 'C' },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 480 },
      dueAt: '2026-06-17T00:00:00-04:00',
      caveats: ['csp-bc-as-written'],
    },
  ],
  [
    'CSP B when the option is absent: as written',
    { severity: 'B', cspBusinessHoursForBC: undefined },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 240 },
      dueAt: '2026-06-16T20:00:00-04:00',
      caveats: ['csp-bc-as-written'],
    },
  ],
  [
    'CSP B read as business hours',
    { severity: 'B', cspBusinessHoursForBC: true },
    {
      rule: 'csp-severity',
      clock: 'business-hours',
      duration: { minutes: 240 },
      dueAt: '2026-06-17T12:00:00-04:00',
      caveats: ['csp-bc-business-hours'],
    },
  ],
  [
    'CSP C read as business hours',
    { severity: 'C', cspBusinessHoursForBC: true },
    {
      rule: 'csp-severity',
      clock: 'business-hours',
      duration: { minutes: 480 },
      dueAt: '2026-06-17T16:00:00-04:00',
      caveats: ['csp-bc-business-hours'],
    },
  ],
  [
    'CSP ignores the professional coverage',
    { severity: 'B', coverage: 'business-hours' },
    {
      rule: 'csp-severity',
      clock: 'around-the-clock',
      duration: { minutes: 240 },
      dueAt: '2026-06-16T20:00:00-04:00',
      caveats: ['csp-bc-as-written'],
    },
  ],
  // 4. Professional: A follows the coverage; B and C are business hours.
  [
    'professional A with around-the-clock coverage',
    { program: 'professional', severity: 'A', coverage: 'around-the-clock' },
    {
      rule: 'professional-severity',
      clock: 'around-the-clock',
      duration: { minutes: 120 },
      dueAt: '2026-06-16T18:00:00-04:00',
      caveats: ['sev-a-needs-24x7-staff'],
    },
  ],
  [
    'professional A with business-hours coverage',
    { program: 'professional', severity: 'A', coverage: 'business-hours' },
    {
      rule: 'professional-severity',
      clock: 'business-hours',
      duration: { minutes: 120 },
      dueAt: '2026-06-17T10:00:00-04:00',
      caveats: [],
    },
  ],
  ...(['around-the-clock', 'business-hours'] as const).flatMap((coverage): Row[] => [
    [
      `professional B, ${coverage} coverage`,
      { program: 'professional', severity: 'B', coverage },
      {
        rule: 'professional-severity',
        clock: 'business-hours',
        duration: { minutes: 240 },
        dueAt: '2026-06-17T12:00:00-04:00',
        caveats: [],
      },
    ],
    [
      `professional C, ${coverage} coverage`,
      { program: 'professional', severity: 'C', coverage },
      {
        rule: 'professional-severity',
        clock: 'business-hours',
        duration: { minutes: 480 },
        dueAt: '2026-06-17T16:00:00-04:00',
        caveats: [],
      },
    ],
  ]),
  [
    'professional has no non-break-fix rule',
    { program: 'professional', severity: 'B', breakFix: false },
    {
      rule: 'professional-severity',
      clock: 'business-hours',
      duration: { minutes: 240 },
      dueAt: '2026-06-17T12:00:00-04:00',
      caveats: [],
    },
  ],
  [
    'professional ignores the CSP B/C reading',
    {
      program: 'professional',
      severity: 'A',
      coverage: 'around-the-clock',
      cspBusinessHoursForBC: true,
    },
    {
      rule: 'professional-severity',
      clock: 'around-the-clock',
      duration: { minutes: 120 },
      dueAt: '2026-06-16T18:00:00-04:00',
      caveats: ['sev-a-needs-24x7-staff'],
    },
  ],
];

describe('previewInitialResponse', () => {
  it.each(ROWS)('%s', (_, changes, expected) => {
    const preview = previewInitialResponse({ ...BASE, ...changes });
    expect({ ...preview, dueAt: preview.dueAt.toISOString() }).toEqual({
      ...expected,
      dueAt: new Date(expected.dueAt).toISOString(),
    });
  });

  it('counts the clock in real time in the schedule zone, over DST and holidays', () => {
    // Sunday 8 March 2026 in New York: 01:30 EST + 2 real hours = 04:30 EDT.
    const spring = previewInitialResponse({
      ...BASE,
      severity: 'A',
      filedAt: new Date('2026-03-08T01:30:00-05:00'),
    });
    expect(spring.dueAt.toISOString()).toBe(new Date('2026-03-08T04:30:00-04:00').toISOString());
    // 3 July 2026 is a holiday of the schedule: it does not stop the clock.
    const holiday = previewInitialResponse({
      ...BASE,
      severity: 'C',
      filedAt: new Date('2026-07-03T10:00:00-04:00'),
    });
    expect(holiday.dueAt.toISOString()).toBe(new Date('2026-07-03T18:00:00-04:00').toISOString());
  });

  it('refuses an unknown zone even for clock hours', () => {
    expect(() =>
      previewInitialResponse({ ...BASE, severity: 'A', schedule: { ...NY, timeZone: 'Nowhere' } }),
    ).toThrow(ScheduleError);
  });

  describe('over every combination of inputs', () => {
    const inputs: PreviewInput[] = [];
    for (const program of PROGRAM_IDS)
      for (const severity of SEVERITY_IDS)
        for (const supportLanguage of ['english', 'local'] as const)
          for (const coverage of ['around-the-clock', 'business-hours'] as const)
            for (const breakFix of [true, false])
              for (const cspBusinessHoursForBC of [true, false])
                inputs.push({
                  ...BASE,
                  program,
                  severity,
                  supportLanguage,
                  coverage,
                  breakFix,
                  cspBusinessHoursForBC,
                });
    const previews = inputs.map((input) => ({ input, preview: previewInitialResponse(input) }));

    it('reaches every rule and every caveat', () => {
      expect(new Set(previews.map(({ preview }) => preview.rule))).toEqual(new Set(RULE_IDS));
      expect(new Set(previews.flatMap(({ preview }) => preview.caveats))).toEqual(
        new Set(CAVEAT_IDS),
      );
    });

    it('applies the rules in precedence order', () => {
      for (const { input, preview } of previews) {
        const expected: RuleId =
          input.program === 'csp' && !input.breakFix
            ? 'csp-non-break-fix'
            : input.supportLanguage === 'local'
              ? 'local-language'
              : input.program === 'csp'
                ? 'csp-severity'
                : 'professional-severity';
        expect(preview.rule).toBe(expected);
      }
    });

    it('gives caveats exactly when they apply, in CAVEAT_IDS order', () => {
      for (const { input, preview } of previews) {
        const cspBC = preview.rule === 'csp-severity' && input.severity !== 'A';
        const applies: Record<CaveatId, boolean> = {
          'sev-a-needs-24x7-staff': input.severity === 'A' && preview.clock === 'around-the-clock',
          'local-language-business-hours': input.supportLanguage === 'local',
          'csp-bc-as-written': cspBC && preview.clock === 'around-the-clock',
          'csp-bc-business-hours': cspBC && preview.clock === 'business-hours',
        };
        const expected = CAVEAT_IDS.filter((caveat) => applies[caveat]);
        expect(preview.caveats).toEqual(expected);
      }
    });

    it('computes the due time from the clock and duration it reports', () => {
      for (const { input, preview } of previews) {
        expect(preview.dueAt.getTime()).toBeGreaterThan(input.filedAt.getTime());
        if ('minutes' in preview.duration) {
          const schedule =
            preview.clock === 'around-the-clock' ? AROUND_THE_CLOCK(NY.timeZone) : input.schedule;
          expect(preview.dueAt).toEqual(
            addBusinessMinutes(input.filedAt, preview.duration.minutes, schedule),
          );
        } else {
          expect(preview.rule).toBe('csp-non-break-fix');
        }
      }
    });
  });
});

describe('the deadline with the agent’s settings (one adapter for every surface)', () => {
  const settings = {
    schedule: NY,
    coverage: 'business-hours' as const,
    cspBusinessHoursForBC: true,
  };
  const request = {
    program: 'csp' as const,
    severity: 'B' as const,
    filedAt: new Date('2026-07-07T20:00:00Z'),
    supportLanguage: 'english' as const,
    breakFix: true,
  };

  it('is exactly the rules’ preview with the settings filled in, the page’s coverage winning', () => {
    const outcome = previewWithSettings(settings, request);
    expect(outcome).toEqual({
      ok: true,
      preview: previewInitialResponse({ ...settings, ...request }),
    });
    const pro = { ...request, program: 'professional' as const };
    expect(previewOrNull(settings, { ...pro, coverage: 'around-the-clock' })).toEqual(
      previewInitialResponse({ ...settings, ...pro, coverage: 'around-the-clock' }),
    );
  });

  it('never throws: a schedule that cannot be used is a refusal, or null for the helpers', () => {
    const broken = { ...settings, schedule: { ...NY, timeZone: 'Mars/Olympus' } };
    const outcome = previewWithSettings(broken, request);
    expect(outcome.ok).toBe(false);
    expect(previewOrNull(broken, request)).toBeNull();
  });
});
