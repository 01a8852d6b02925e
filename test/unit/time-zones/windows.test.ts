import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findIana, IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { ianaFromPortalZone } from '../../../lib/dom/time-zones';
import { ianaFromWindows } from '../../../lib/time-zones/windows';
import { WINDOWS_ZONES } from '../../../lib/time-zones/windows.generated';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('windows.generated.ts', () => {
  it('is what scripts/gen-windows-zones.mjs makes of windows-iana today', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-windows-zones.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('has every Windows zone id of the library, each to one of the zones CLDR gives it', () => {
    const ids = new Set(WINDOWS_TO_IANA_MAP.map((row) => row.windowsName));
    expect(Object.keys(WINDOWS_ZONES).sort()).toEqual([...ids].sort());
    for (const [id, zone] of Object.entries(WINDOWS_ZONES)) {
      const cldr = findIana(id, '001');
      // Only renamed zones differ (Asia/Calcutta → Asia/Kolkata: CLDR's names of one place), and
      // Etc/UTC is UTC.
      const same =
        cldr[0] === zone ||
        (cldr[0] === 'Etc/UTC' && zone === 'UTC') ||
        IANA_ALIAS_MAP.some(({ alias }) => {
          const names: readonly string[] = alias;
          return names.includes(cldr[0]!) && names.includes(zone);
        });
      expect(same, `${id}: ${cldr[0]} → ${zone}`).toBe(true);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
    expect(WINDOWS_ZONES['India Standard Time']).toBe('Asia/Kolkata');
    expect(WINDOWS_ZONES.UTC).toBe('UTC');
  });
});

describe('ianaFromWindows and the portal helper', () => {
  it('map Windows ids ignoring case and spacing', () => {
    expect(ianaFromWindows('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaFromWindows(' romance  standard time ')).toBe('Europe/Paris');
    expect(ianaFromWindows('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(ianaFromWindows('Nowhere Standard Time')).toBeNull();
  });

  it('keep what the hand-written table gave the portal helper, and know the other ids', () => {
    const before: Record<string, string> = {
      'Hawaiian Standard Time': 'Pacific/Honolulu',
      'Pacific Standard Time': 'America/Los_Angeles',
      'Eastern Standard Time': 'America/New_York',
      'GMT Standard Time': 'Europe/London',
      'Greenwich Standard Time': 'Atlantic/Reykjavik',
      'Romance Standard Time': 'Europe/Paris',
      'W. Europe Standard Time': 'Europe/Berlin',
      'Central European Standard Time': 'Europe/Warsaw',
      'E. Europe Standard Time': 'Europe/Chisinau',
      'India Standard Time': 'Asia/Kolkata',
      'AUS Eastern Standard Time': 'Australia/Sydney',
      UTC: 'UTC',
    };
    for (const [id, zone] of Object.entries(before)) expect(ianaFromPortalZone(id)).toBe(zone);
    // Not in the old table of 30.
    expect(ianaFromPortalZone('Nepal Standard Time')).toBe('Asia/Kathmandu');
    expect(ianaFromPortalZone('Venezuela Standard Time')).toBe('America/Caracas');
  });
});
