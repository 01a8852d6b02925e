import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, migrateSettings } from '../../lib/settings';

describe("the machine's time zone in the settings", () => {
  it('is not asked for when the stored schedule is readable (a content script at start)', () => {
    const zone = vi.fn(() => 'Europe/Paris');
    const stored = defaultSettings('America/New_York');
    expect(migrateSettings(stored, zone).schedule.timeZone).toBe('America/New_York');
    expect(zone).not.toHaveBeenCalled();
  });

  it('seeds the defaults on first run, and replaces an unreadable schedule', () => {
    const zone = vi.fn(() => 'Europe/Paris');
    expect(migrateSettings(undefined, zone).schedule.timeZone).toBe('Europe/Paris');
    const damaged = { ...defaultSettings('Asia/Tokyo'), schedule: 'garbage' };
    expect(migrateSettings(damaged, zone).schedule.timeZone).toBe('Europe/Paris');
    expect(zone).toHaveBeenCalledTimes(2);
  });
});
