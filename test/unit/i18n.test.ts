import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, localeOf, resolveLanguage } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';
import {
  formatMessage,
  isWellFormed,
  messageArguments,
  translatorFor,
} from '../../lib/i18n/translate';

describe('message catalogs', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries({ ...en, ...fr })) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(messageArguments(fr[key]), key).toEqual(messageArguments(en[key]));
    }
  });

  it('are well formed: every brace a placeholder or a plural with an `other` branch', () => {
    for (const [key, value] of Object.entries({ ...en, ...fr })) {
      expect(isWellFormed(value), key).toBe(true);
    }
  });

  it('say counts with plural forms, never "(s)" or "(x)"', () => {
    for (const [key, value] of Object.entries({ ...en, ...fr })) {
      expect(/\p{L}\((s|x|e|es)\)/u.test(value), `${key}: ${value}`).toBe(false);
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

  it('chooses plural forms by the language: French "0 jour", English "0 days"', () => {
    const enT = createTranslator('en');
    const frT = createTranslator('fr');
    expect(enT('app.holidays.count', { n: 1 })).toBe('1 day');
    expect(enT('app.holidays.count', { n: 0 })).toBe('0 days');
    expect(enT('app.holidays.count', { n: 2 })).toBe('2 days');
    expect(frT('app.holidays.count', { n: 0 })).toBe('0 jour');
    expect(frT('app.holidays.count', { n: 1 })).toBe('1 jour');
    expect(frT('app.holidays.count', { n: 2 })).toBe('2 jours');
    expect(frT('duration.businessDays', { days: 3 })).toBe('3 jours ouvrés');
    expect(enT('app.form.fixErrors', { n: 1 })).toBe('Fix the error shown above to save.');
    expect(frT('app.data.imported', { added: 1, updated: 0, unchanged: 2, removed: 0 })).toBe(
      'Importé : 1 ajouté, 0 mis à jour, 2 inchangés, 0 supprimé.',
    );
  });

  it('picks =n first, then the category, then other; fills branches and nests', () => {
    const tpl =
      '{n, plural, =0 {none} one {# item for {who}} other {# items {k, plural, one {x} other {y}}}}';
    expect(formatMessage(tpl, { n: 0, who: 'A', k: 1 }, 'en')).toBe('none');
    expect(formatMessage(tpl, { n: 1, who: 'A', k: 1 }, 'en')).toBe('1 item for A');
    expect(formatMessage(tpl, { n: 3, who: 'A', k: 2 }, 'en')).toBe('3 items y');
    // The count is written for the locale; an unknown category falls back to `other`.
    expect(formatMessage('{n, plural, other {# x}}', { n: 12345 }, 'fr-FR')).toBe('12\u202f345 x');
    expect(formatMessage('{n, plural, one {# x} other {# y}}', { n: 1_000_000 }, 'fr')).toBe(
      '1\u202f000\u202f000 y',
    );
    // Not a number: `other`, with the value as given.
    expect(formatMessage('{n, plural, one {# x} other {# y}}', { n: 'many' }, 'en')).toBe('many y');
    // A missing count stays visible, like any placeholder.
    expect(formatMessage('{n, plural, one {# x} other {# y}} {z}', { z: 1 }, 'en')).toBe('{n} 1');
    expect(isWellFormed('{n, plural, one {# x}}')).toBe(false);
    expect(isWellFormed('{n, plural, one {# x} other {# y}')).toBe(false);
    expect(messageArguments('{a} {n, plural, one {{b}} other {{c}}}')).toEqual([
      'a',
      'b',
      'c',
      'n',
    ]);
  });

  it("keeps a catalog's own properties only, plurals or not", () => {
    const t = translatorFor<'k'>({ k: '{n, plural, one {# k} other {# ks}}' }, { k: '' }, 'en');
    expect(t('k', { n: 2 })).toBe('2 ks');
    expect(t('constructor' as 'k', { n: 2 })).toBe('constructor');
  });

  it("formats for the browser's region in the UI language, else a sensible default", () => {
    expect(localeOf('en', ['en-US', 'en'])).toBe('en-US');
    expect(localeOf('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
    expect(localeOf('en', ['fr-FR'])).toBe('en-GB');
    expect(localeOf('en', ['en'])).toBe('en-GB');
    expect(localeOf('fr', ['en-US', 'fr-CA'])).toBe('fr-CA');
    expect(localeOf('fr', ['en-US'])).toBe('fr-FR');
    expect(localeOf('fr', ['fr_BE'])).toBe('fr-BE');
    expect(localeOf('en', ['not a tag', 'en-AU'])).toBe('en-AU');
  });

  it('resolves the UI language from the setting, then the browser', () => {
    expect(resolveLanguage('browser', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('browser', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
  });
});
