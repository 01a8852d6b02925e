import { describe, expect, it } from 'vitest';
import { describeZone, hasSummerTime, normalize, searchZones } from '../../../lib/time-zones';

const WINTER = Date.UTC(2026, 0, 15, 12);
const SUMMER = Date.UTC(2026, 6, 15, 12);
const zones = (query: string, locale = 'en-GB', now = WINTER) =>
  searchZones(query, locale, now).map((o) => o.zone);

describe('searchZones', () => {
  it('finds a city ignoring case and accents', () => {
    expect(zones('paris')[0]).toBe('Europe/Paris');
    expect(zones('PARIS')[0]).toBe('Europe/Paris');
    expect(zones('Zurich')[0]).toBe('Europe/Zurich');
    expect(zones('zürich')[0]).toBe('Europe/Zurich');
    expect(zones('sao paulo')[0]).toBe('America/Sao_Paulo');
    expect(zones('São Paulo')[0]).toBe('America/Sao_Paulo');
    expect(normalize('Ho_Chi_Minh  Zürich')).toBe('ho chi minh zurich');
  });

  it('finds a city that shares its clock with a bigger one, choosing the city itself', () => {
    // @vvo/tzdb lists Hobart under Sydney (same clock): the zone picked is still Hobart's.
    const hobart = searchZones('hobart', 'en-GB', WINTER)[0]!;
    expect(hobart.zone).toBe('Australia/Hobart');
    expect(hobart.matched).toBe('Hobart');
  });

  it('finds the zones of a generic name, in English and in French', () => {
    const cet = zones('central european');
    expect(cet).toContain('Europe/Paris');
    expect(cet).toContain('Europe/Berlin');
    expect(cet).not.toContain('Europe/London');
    const fr = zones('heure d’europe centrale', 'fr-FR');
    expect(fr).toContain('Europe/Paris');
    // English names work in the French UI too, and accents are optional.
    expect(zones('central european time', 'fr-FR')).toContain('Europe/Paris');
    expect(zones('heure d europe centrale', 'fr-FR')).toContain('Europe/Paris');
    expect(zones("heure d'europe centrale", 'fr-FR')).toContain('Europe/Paris');
  });

  it('finds a country in the UI language and in English', () => {
    expect(zones('allemagne', 'fr-FR')[0]).toBe('Europe/Berlin');
    expect(zones('germany', 'fr-FR')[0]).toBe('Europe/Berlin');
    expect(zones('japan')[0]).toBe('Asia/Tokyo');
  });

  it('finds Windows zone names, the main zone first, and says what matched', () => {
    const romance = searchZones('Romance Standard Time', 'en-GB', WINTER);
    expect(romance[0]!.zone).toBe('Europe/Paris');
    expect(romance[0]!.matched).toBe('Romance Standard Time');
    expect(romance.map((o) => o.zone)).toEqual(
      expect.arrayContaining(['Europe/Brussels', 'Europe/Madrid', 'Europe/Copenhagen']),
    );
    expect(zones('w. europe standard time')[0]).toBe('Europe/Berlin');
    expect(zones('india standard time')[0]).toBe('Asia/Kolkata');
  });

  it('finds the zones at an offset, as of the date asked', () => {
    for (const q of ['UTC+1', 'utc +01:00', 'GMT+1', '+01']) {
      expect(zones(q, 'en-GB', WINTER)).toContain('Europe/Paris');
      expect(zones(q, 'en-GB', WINTER)).not.toContain('Europe/London');
    }
    // In July Paris is at UTC+2 and London at UTC+1.
    expect(zones('UTC+1', 'en-GB', SUMMER)).toContain('Europe/London');
    expect(zones('UTC+1', 'en-GB', SUMMER)).not.toContain('Europe/Paris');
    expect(zones('utc+5:45')).toContain('Asia/Kathmandu');
    expect(zones('UTC−5', 'en-GB', WINTER)).toContain('America/New_York');
  });

  it('lists every zone by offset for an empty query, with UTC', () => {
    const all = searchZones('', 'en-GB', WINTER);
    expect(all.length).toBeGreaterThan(300);
    expect(all.map((o) => o.zone)).toContain('UTC');
    const offsets = all.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('describes each option with cities, a localised name, the country and the offset', () => {
    const [paris] = searchZones('paris', 'fr-FR', WINTER);
    expect(paris).toMatchObject({
      zone: 'Europe/Paris',
      country: 'France',
      offset: 'UTC+01:00',
      offsetMinutes: 60,
    });
    expect(paris!.cities).toContain('Paris');
    expect(paris!.name).toMatch(/europe centrale/i);
    expect(searchZones('new york', 'en-GB', SUMMER)[0]!.offset).toBe('UTC\u221204:00');
  });

  it('finds nothing for nonsense', () => {
    expect(zones('qwxzv')).toEqual([]);
  });
});

describe('describeZone and hasSummerTime', () => {
  it('give the zone in use its offset and name, a legacy one its offset only', () => {
    expect(describeZone('Europe/Paris', 'en-GB', SUMMER)).toMatchObject({
      offset: 'UTC+02:00',
      name: 'Central European Time',
    });
    expect(describeZone('EST', 'en-GB', SUMMER)).toEqual({
      zone: 'EST',
      offset: 'UTC\u221205:00',
      name: null,
    });
    expect(describeZone('Nowhere/Else', 'en-GB', SUMMER).offset).toBeNull();
  });

  it('tell a zone with summer time from one without', () => {
    expect(hasSummerTime('America/New_York', WINTER)).toBe(true);
    expect(hasSummerTime('Pacific/Honolulu', WINTER)).toBe(false);
    expect(hasSummerTime('EST', WINTER)).toBe(false);
  });
});
