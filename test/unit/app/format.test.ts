import { describe, expect, it } from 'vitest';
import {
  errorMessage,
  formatCalendarDate,
  formatDateTime,
  formatDuration,
  fromDateTimeLocal,
  toDateTimeLocal,
} from '../../../components/ui/format';
import { createTranslator } from '../../../lib/i18n';

const en = createTranslator('en');
const fr = createTranslator('fr');

describe('formatting in the schedule zone', () => {
  it('reads datetime-local values in the zone, whatever the machine zone', () => {
    expect(fromDateTimeLocal('2026-11-23T10:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-11-23T09:00:00.000Z',
    );
    expect(fromDateTimeLocal('2026-07-01T10:00', 'America/New_York')?.toISOString()).toBe(
      '2026-07-01T14:00:00.000Z',
    );
    // 02:30 on the spring-forward night does not exist: moved forward by the gap (03:30 CEST).
    expect(fromDateTimeLocal('2027-03-28T02:30', 'Europe/Paris')?.toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(fromDateTimeLocal('garbage', 'Europe/Paris')).toBeNull();
    expect(fromDateTimeLocal('2026-11-23T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('writes them back', () => {
    expect(toDateTimeLocal(new Date('2026-11-23T09:00:00Z'), 'Europe/Paris')).toBe(
      '2026-11-23T10:00',
    );
  });

  it('formats instants with the zone and dates without shifting them', () => {
    expect(formatDateTime('2026-11-23T09:00:00Z', 'en-GB', 'Europe/Paris')).toMatch(
      /Mon 23 Nov, 10:00 CET/,
    );
    expect(formatDateTime('2026-11-23T09:00:00Z', 'fr-FR', 'Europe/Paris')).toMatch(
      /lun\. 23 nov\., 10:00 UTC\+1/,
    );
    expect(formatCalendarDate('2026-07-01', 'fr-FR')).toBe('1 juil. 2026');
    expect(formatDateTime('nope', 'en-GB', 'UTC')).toBe('—');
  });

  it('says durations in words of the UI language', () => {
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000, en)).toBe('3 h 05 min');
    expect(formatDuration(-(26 * 3_600_000), fr)).toBe('1 j 2 h');
    expect(formatDuration(59_000, en)).toBe('0 min');
  });

  it('turns refusal codes into the catalog messages', () => {
    const refusal = Object.assign(new Error('pack-1'), { code: 'pack-expired' });
    expect(errorMessage(en, refusal)).toMatch(/This pack has expired/);
    expect(errorMessage(fr, Object.assign(new Error('x'), { code: 'no-handler' }))).not.toBe(
      errorMessage(en, Object.assign(new Error('x'), { code: 'no-handler' })),
    );
    expect(errorMessage(en, new Error('disk on fire'))).toMatch(/disk on fire/);
  });
});
