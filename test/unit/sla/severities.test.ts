import { describe, expect, it } from 'vitest';
import {
  INITIAL_RESPONSE_TARGETS,
  PROGRAM_IDS,
  SEVERITY_IDS,
  severityImpactKey,
} from '../../../lib/rules/severities';

describe('severities', () => {
  it('lists A, B, C and the two programs', () => {
    expect(SEVERITY_IDS).toEqual(['A', 'B', 'C']);
    expect(PROGRAM_IDS).toEqual(['csp', 'professional']);
  });

  it.each(SEVERITY_IDS)('names the impact message key of %s', (severity) => {
    expect(severityImpactKey(severity)).toBe(`severity.${severity}.impact`);
  });

  it.each([
    ['csp', 'A', 120, 'around-the-clock', false],
    ['csp', 'B', 240, 'around-the-clock', true],
    ['csp', 'C', 480, 'around-the-clock', true],
    ['professional', 'A', 120, 'coverage', false],
    ['professional', 'B', 240, 'business-hours', false],
    ['professional', 'C', 480, 'business-hours', false],
  ] as const)(
    '%s %s: %i minutes, %s, business-hours option %s',
    (program, severity, minutes, clock, option) => {
      expect(INITIAL_RESPONSE_TARGETS[program][severity]).toEqual({
        minutes,
        clock,
        businessHoursOption: option,
      });
    },
  );
});
