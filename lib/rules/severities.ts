/**
 * Severities and their initial-response targets, per support program (domain.md §3: seed 000 for
 * CSP, seed 003 for professional / pay-per-incident). Data only: which rule applies to a request
 * (language, break-fix, options) is `previewInitialResponse` in `lib/sla/preview.ts`.
 */

export const SEVERITY_IDS = ['A', 'B', 'C'] as const;
export type SeverityId = (typeof SEVERITY_IDS)[number];

export const PROGRAM_IDS = ['csp', 'professional'] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** Message key of a severity's impact description; the catalogs in `lib/i18n` hold the text. */
export type SeverityImpactKey = `severity.${SeverityId}.impact`;

export function severityImpactKey(severity: SeverityId): SeverityImpactKey {
  return `severity.${severity}.impact`;
}

/**
 * How a target is counted as the seed states it: real elapsed time, business hours, or whichever
 * the professional coverage bought says ('coverage': around the clock or business hours).
 */
export type TargetClock = 'around-the-clock' | 'business-hours' | 'coverage';

export interface ResponseTarget {
  minutes: number;
  clock: TargetClock;
  /** The options page may count it in business hours instead (CSP B and C, see below). */
  businessHoursOption: boolean;
}

function target(minutes: number, clock: TargetClock, businessHoursOption = false): ResponseTarget {
  return { minutes, clock, businessHoursOption };
}

export const INITIAL_RESPONSE_TARGETS: Readonly<
  Record<ProgramId, Readonly<Record<SeverityId, ResponseTarget>>>
> = {
  // Seed 000 states plain hours (2/4/8). Some Microsoft pages say business hours for B and C: the
  // options page may choose that reading.
  csp: {
    A: target(120, 'around-the-clock'),
    B: target(240, 'around-the-clock', true),
    C: target(480, 'around-the-clock', true),
  },
  // Seed 003: A runs on the coverage bought; B and C are business hours.
  professional: {
    A: target(120, 'coverage'),
    B: target(240, 'business-hours'),
    C: target(480, 'business-hours'),
  },
};
