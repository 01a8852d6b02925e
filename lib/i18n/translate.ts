/**
 * Language resolution and the translator, independent of any catalog: extension pages use the
 * whole catalog (`index.ts`), content scripts only the strings helpers show (`content.ts`), so the
 * popup's and options' strings never weigh on a portal page.
 */

export type Language = 'en' | 'fr';
export type LanguageSetting = 'browser' | Language;
export type Params = Record<string, string | number>;
export type TranslateWith<K extends string> = (key: K, params?: Params) => string;

/**
 * The language the UI speaks: the user's override, else the browser's UI language when it is
 * French, else English. `browserLanguage` is passed in (e.g. `browser.i18n.getUILanguage()`), never
 * read from a global, so this stays testable.
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting === 'en' || setting === 'fr') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The BCP 47 locale used for dates and numbers in a language. */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/**
 * A translator over one catalog, falling back to English for a missing string (the catalog tests
 * make that impossible, but a key is better than a crash). Unknown placeholders stay visible.
 */
export function translatorFor<K extends string>(
  catalog: Record<K, string>,
  fallback: Record<K, string>,
): TranslateWith<K> {
  return (key, params) => {
    // Own properties only: a key is never answered by Object.prototype (`constructor`).
    const template =
      (Object.hasOwn(catalog, key) ? catalog[key] : undefined) ??
      (Object.hasOwn(fallback, key) ? fallback[key] : undefined) ??
      key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}
