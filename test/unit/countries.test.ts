import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countriesFor, countryName } from '../../lib/i18n/countries';

describe('the country list', () => {
  it('holds the 249 assigned ISO 3166-1 codes, each once, and no grouping or withdrawn code', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const gone of ['EU', 'UN', 'AN', 'YU', 'UK', 'ZZ', 'XA']) {
      expect(COUNTRY_CODES as readonly string[]).not.toContain(gone);
    }
  });

  it('names every code in both languages and sorts by the name, accents included', () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const list = countriesFor(locale);
      expect(list).toHaveLength(249);
      for (const c of list) expect(c.name, c.code).not.toBe(c.code);
    }
    const fr = countriesFor('fr-FR').map((c) => c.name);
    // "Égypte" and "Émirats arabes unis" sit among the E's, by their base letters.
    const e = fr.filter((n) => /^[EÉ]/.test(n));
    expect(e).toEqual([...e].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
    expect(fr.indexOf('Égypte')).toBeGreaterThan(fr.indexOf('Dominique'));
    expect(fr.indexOf('Égypte')).toBeLessThan(fr.indexOf('Espagne'));
  });

  it('names one code, whatever its case, and nothing for a code that is no country', () => {
    expect(countryName('fr', 'fr-FR')).toBe('France');
    expect(countryName('DE', 'fr-FR')).toBe('Allemagne');
    expect(countryName('DE', 'en-GB')).toBe('Germany');
    expect(countryName('EU', 'en-GB')).toBe('');
    expect(countryName('F1', 'en-GB')).toBe('');
  });
});
