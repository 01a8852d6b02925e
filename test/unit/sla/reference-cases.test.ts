import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, formatInZone, type Schedule } from '../../../lib/sla/business-time';

// The binding worked cases (test/fixtures/reference/sla-cases.json, a copy of shared/reference).
interface ReferenceCase {
  id: string;
  title: string;
  schedule: string;
  start: string;
  durationMinutes: number;
  expected: string;
  expectedUtc: string;
}

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/reference/sla-cases.json', import.meta.url), 'utf8'),
) as { schedules: Record<string, Schedule>; cases: ReferenceCase[] };

describe('reference cases (sla-cases.json)', () => {
  it('has cases to check', () => {
    expect(reference.cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(reference.cases)('$id $title', (c) => {
    const schedule = reference.schedules[c.schedule];
    expect(schedule).toBeDefined();
    const due = addBusinessMinutes(new Date(c.start), c.durationMinutes, schedule!);
    expect(due.toISOString()).toBe(new Date(c.expectedUtc).toISOString());
    expect(formatInZone(due, schedule!.timeZone)).toBe(c.expected);
  });
});
