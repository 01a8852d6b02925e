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

/**
 * The BCP 47 locale for dates and numbers in a language: the browser's own preference for that
 * language when it has one, so English follows the agent's region (en-US: "Nov 30, 2:30 PM";
 * en-GB: "30 Nov, 14:30") and French too (fr-CA, fr-BE, fr-CH). Without one, the form the
 * language's readers expect where no region is known: fr-FR, and en-GB (day before month, a
 * 24-hour clock: what a French agent reading the English UI expects). `preferred` defaults to
 * `navigator.languages` (pages, content scripts and the service worker all have it).
 */
export function localeOf(
  language: Language,
  preferred: readonly string[] = browserLocales(),
): string {
  for (const tag of preferred) {
    if (typeof tag !== 'string' || tag.split(/[-_]/)[0]?.toLowerCase() !== language) continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag.replace(/_/g, '-'));
      // A bare "en" or "fr" says nothing about the region: the default below is better.
      if (supported && /^[a-z]{2,3}-/i.test(supported)) return supported;
    } catch {
      // Not a well-formed tag: the next one.
    }
  }
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

function browserLocales(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } })
    .navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/*
 * Messages are plain text with `{name}` placeholders, and, where a count changes the words,
 * ICU's plural form: `{n, plural, =0 {none} one {# day} other {# days}}`. A branch is chosen by
 * an exact `=n`, then by `Intl.PluralRules` in the catalog's language (French says "1 jour" and
 * "0 jour", English "0 days"), then `other`; `#` is the count, formatted for the locale. Branches
 * may hold placeholders and further plurals. A template is parsed once.
 */

type Part = string | { arg: string } | { arg: string; branches: Map<string, Part[]> };

const parsed = new Map<string, Part[]>();

/** Index of the `}` closing the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function parse(text: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const end = closing(text, open);
    if (end < 0) break;
    const inside = text.slice(open + 1, end);
    const simple = /^\s*(\w+)\s*$/.exec(inside);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inside);
    const branches = plural ? parseBranches(plural[2] ?? '') : null;
    if (simple?.[1]) {
      literal += text.slice(i, open);
      if (literal) parts.push(literal);
      literal = '';
      parts.push({ arg: simple[1] });
    } else if (plural?.[1] && branches) {
      literal += text.slice(i, open);
      if (literal) parts.push(literal);
      literal = '';
      parts.push({ arg: plural[1], branches });
    } else {
      literal += text.slice(i, end + 1);
    }
    i = end + 1;
  }
  literal += text.slice(i);
  if (literal) parts.push(literal);
  return parts;
}

/** `one {…} other {…}` → selector → parts; null unless well formed with an `other`. */
function parseBranches(text: string): Map<string, Part[]> | null {
  const branches = new Map<string, Part[]>();
  let i = 0;
  while (i < text.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!m?.[1]) {
      if (text.slice(i).trim() === '') break;
      return null;
    }
    const open = i + m[0].length - 1;
    const end = closing(text, open);
    if (end < 0) return null;
    branches.set(m[1], parse(text.slice(open + 1, end)));
    i = end + 1;
  }
  return branches.has('other') ? branches : null;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function render(parts: Part[], params: Params, locale: string, count: string | null): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += count === null ? part : part.replace(/#/g, count);
    } else if (!Object.hasOwn(params, part.arg)) {
      out += `{${part.arg}}`;
    } else if (!('branches' in part)) {
      out += String(params[part.arg]);
    } else {
      const value = Number(params[part.arg]);
      const rule = cached(rules, locale, () => new Intl.PluralRules(locale));
      const number = cached(numbers, locale, () => new Intl.NumberFormat(locale));
      const branch = Number.isFinite(value)
        ? (part.branches.get(`=${value}`) ?? part.branches.get(rule.select(value)))
        : undefined;
      const shown = Number.isFinite(value) ? number.format(value) : String(params[part.arg]);
      out += render(branch ?? (part.branches.get('other') as Part[]), params, locale, shown);
    }
  }
  return out;
}

/** The argument names a message uses, plural counts included (sorted, each once). */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      names.add(part.arg);
      if ('branches' in part) for (const b of part.branches.values()) walk(b);
    }
  };
  walk(parse(template));
  return [...names].sort();
}

/** Whether a template's braces all form placeholders or well-formed plurals. */
export function isWellFormed(template: string): boolean {
  const check = (parts: Part[]): boolean =>
    parts.every((p) =>
      typeof p === 'string'
        ? !/[{}]/.test(p)
        : !('branches' in p) || [...p.branches.values()].every(check),
    );
  return check(parse(template));
}

/** Fills a template's placeholders and plurals in a locale. */
export function formatMessage(
  template: string,
  params: Params | undefined,
  locale: string,
): string {
  if (!params) return template;
  let parts = parsed.get(template);
  if (!parts) {
    parts = parse(template);
    if (parsed.size > 2000) parsed.clear();
    parsed.set(template, parts);
  }
  return render(parts, params, locale, null);
}

/**
 * A translator over one catalog, falling back to English for a missing string (the catalog tests
 * make that impossible, but a key is better than a crash). Unknown placeholders stay visible.
 * `locale` chooses plural forms and count formats: the catalog's language, region and all.
 */
export function translatorFor<K extends string>(
  catalog: Record<K, string>,
  fallback: Record<K, string>,
  locale = 'en',
): TranslateWith<K> {
  return (key, params) => {
    // Own properties only: a key is never answered by Object.prototype (`constructor`).
    const template =
      (Object.hasOwn(catalog, key) ? catalog[key] : undefined) ??
      (Object.hasOwn(fallback, key) ? fallback[key] : undefined) ??
      key;
    return formatMessage(template, params, locale);
  };
}
