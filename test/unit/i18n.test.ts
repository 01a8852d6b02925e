import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries({ ...en, ...fr })) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('contain no markup (strings are rendered as text)', () => {
    for (const [key, value] of Object.entries({ ...en, ...fr })) {
      expect(/<[a-z/!]/i.test(value), key).toBe(false);
    }
  });

  it('match the manifest strings of public/_locales in both languages', () => {
    const read = (lang: string) =>
      JSON.parse(
        readFileSync(
          new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url),
          'utf8',
        ),
      ) as Record<string, { message: string }>;
    expect(Object.keys(read('fr')).sort()).toEqual(Object.keys(read('en')).sort());
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('en');
    expect(t('error.invalid-payload', { detail: 'payload.x' })).toContain('payload.x');
    expect(t('error.invalid-payload')).toContain('{detail}');
  });

  it('resolves the UI language from the setting, then the browser', () => {
    expect(resolveLanguage('browser', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('browser', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
  });
});
