import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings, storedZoneWarning } from '../../../lib/settings';
import { legacyZone, resolveZoneInput } from '../../../lib/time-zones';
import { formatOffset, parseOffset } from '../../../lib/time-zones/legacy';

const NOW = Date.UTC(2026, 6, 15, 12);
const resolve = (text: string, locale = 'en-GB') => resolveZoneInput(text, locale, NOW);

describe('resolveZoneInput: accepted', () => {
  it('takes IANA names in any case, and UTC in its spellings', () => {
    expect(resolve('Europe/Paris')).toEqual({ kind: 'zone', zone: 'Europe/Paris', via: 'name' });
    expect(resolve('  europe/paris ')).toMatchObject({ kind: 'zone', zone: 'Europe/Paris' });
    expect(resolve('america/argentina/buenos_aires')).toMatchObject({
      zone: 'America/Argentina/Buenos_Aires',
    });
    for (const utc of ['UTC', 'utc', 'Etc/UTC', 'Zulu', 'UTC+0', '+00:00'])
      expect(resolve(utc)).toMatchObject({ kind: 'zone', zone: 'UTC' });
  });

  it('turns an old IANA name into its current one', () => {
    expect(resolve('Asia/Calcutta')).toEqual({ kind: 'zone', zone: 'Asia/Kolkata', via: 'alias' });
    expect(resolve('US/Eastern')).toMatchObject({ zone: 'America/New_York', via: 'alias' });
    expect(resolve('Europe/Kiev')).toMatchObject({ zone: 'Europe/Kyiv', via: 'alias' });
  });

  it('takes Windows zone names, ignoring case and spacing', () => {
    expect(resolve('Romance Standard Time')).toEqual({
      kind: 'zone',
      zone: 'Europe/Paris',
      via: 'windows',
    });
    expect(resolve('w. europe  standard time')).toMatchObject({ zone: 'Europe/Berlin' });
    expect(resolve('Eastern Standard Time')).toMatchObject({ zone: 'America/New_York' });
    expect(resolve('India Standard Time')).toMatchObject({ zone: 'Asia/Kolkata' });
    expect(resolve('FLE Standard Time')).toMatchObject({ zone: 'Europe/Kyiv' });
  });

  it('takes a city or country that designates one zone, not a name shared by many', () => {
    expect(resolve('paris')).toEqual({ kind: 'zone', zone: 'Europe/Paris', via: 'place' });
    expect(resolve('Zürich')).toMatchObject({ zone: 'Europe/Zurich' });
    expect(resolve('hobart')).toMatchObject({ zone: 'Australia/Hobart' });
    expect(resolve('Allemagne', 'fr-FR')).toMatchObject({ zone: 'Europe/Berlin' });
    expect(resolve('Central European Time').kind).toBe('unknown');
    expect(resolve('Somewhere')).toEqual({ kind: 'unknown', typed: 'Somewhere' });
    expect(resolve('   ').kind).toBe('unknown');
  });
});

describe('resolveZoneInput: legacy names refused, with the place meant', () => {
  it.each([
    ['EST', 'fixed', -300, 'America/New_York'],
    ['est', 'fixed', -300, 'America/New_York'],
    ['MST', 'fixed', -420, 'America/Denver'],
    ['HST', 'fixed', -600, 'Pacific/Honolulu'],
    ['GMT', 'fixed', 0, 'Europe/London'],
    ['Etc/GMT', 'fixed', 0, 'Europe/London'],
    ['EST5EDT', 'rule', null, 'America/New_York'],
    ['pst8pdt', 'rule', null, 'America/Los_Angeles'],
    ['CET', 'rule', null, 'Europe/Brussels'],
    ['Etc/GMT+5', 'fixed', -300, null],
    ['Etc/GMT-14', 'fixed', 840, null],
    ['UTC+1', 'fixed', 60, null],
    ['+05:30', 'fixed', 330, null],
    ['GMT−3', 'fixed', -180, null],
  ] as const)('%s', (text, kind, offsetMinutes, suggestion) => {
    const result = resolve(text);
    expect(result.kind).toBe('legacy');
    if (result.kind !== 'legacy') return;
    expect(result.legacy).toMatchObject({ kind, offsetMinutes, suggestion });
  });

  it('refuses a Windows name that is a fixed offset', () => {
    const result = resolve('Dateline Standard Time');
    expect(result).toMatchObject({
      kind: 'legacy',
      legacy: { name: 'Dateline Standard Time', offsetMinutes: -720, suggestion: null },
    });
  });

  it('every legacy name refused is one the engine would have accepted silently', () => {
    for (const name of ['EST', 'MST', 'HST', 'GMT', 'EST5EDT', 'CET', 'Etc/GMT+5']) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: name })).not.toThrow();
      expect(legacyZone(name)).not.toBeNull();
    }
    // and real places are not legacy
    for (const name of ['America/New_York', 'Europe/London', 'UTC', 'Asia/Kolkata'])
      expect(legacyZone(name)).toBeNull();
  });

  it('reads and writes offsets with the real minus sign', () => {
    expect(parseOffset('utc-5')).toBe(-300);
    expect(parseOffset('UTC\u221205:00')).toBe(-300);
    expect(parseOffset('UTC+15')).toBeUndefined();
    expect(parseOffset('Paris')).toBeUndefined();
    expect(formatOffset(-300)).toBe('UTC\u221205:00');
    expect(formatOffset(345)).toBe('UTC+05:45');
  });
});

describe('a legacy zone already stored', () => {
  it('is kept by migrateSettings and warned about, not changed', () => {
    const stored = {
      ...defaultSettings('UTC'),
      schedule: { ...defaultSettings('UTC').schedule, timeZone: 'EST' },
    };
    const migrated = migrateSettings(JSON.parse(JSON.stringify(stored)), 'Europe/Paris');
    expect(migrated.schedule.timeZone).toBe('EST');
    expect(storedZoneWarning(migrated)).toMatchObject({
      name: 'EST',
      suggestion: 'America/New_York',
    });
    expect(storedZoneWarning(defaultSettings('Europe/Paris'))).toBeNull();
  });
});
