import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings } from '../../lib/settings';

describe('holidays in stored settings', () => {
  it('keeps real dates only (2026-02-31, 9999-99-99 and garbage are dropped)', () => {
    const base = defaultSettings('Europe/Paris');
    const stored = {
      ...base,
      schedule: {
        ...base.schedule,
        holidays: ['2026-12-25', '2026-02-31', '9999-99-99', '2024-02-29', 'soon', 42],
      },
    };
    expect(migrateSettings(stored, 'Europe/Paris').schedule.holidays).toEqual([
      '2026-12-25',
      '2024-02-29',
    ]);
  });
});
