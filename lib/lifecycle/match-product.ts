import { LIFECYCLE_ROWS } from './data.generated';
import { OTHER_PRODUCT_NAMES, PRODUCT_NAMES, type ProductNames } from './product-names';

/**
 * Reads product versions out of what people write: a purchase page's product label or a request's
 * free text. A match is only returned when exactly one version fits: an unknown or ambiguous name
 * gives nothing rather than a guess, because verdicts are built on it.
 */

export interface ProductMatch {
  /** Spelled as in lifecycle.json. */
  product: string;
  version: string;
}

/** Tokens after a product name that may carry its version ("Office LTSC Professional Plus 2021"). */
const VERSION_WINDOW = 6;

/** Lower case, no accents, apostrophes and '&' as spaces: "Édition d'abonnement" → "edition d abonnement". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`&]/g, ' ');
}

/**
 * Words, keeping dotted numbers whole ("9.1", "5.7.708") so they cannot look like years, and a
 * year with its "R2" as one word ("2012 R2", "2012R2"): "2012 r2" is a release of its own, and
 * "2016 r2" is none.
 */
function tokenise(segment: string): string[] {
  const tokens = segment.match(/[a-z0-9]+(?:\.[a-z0-9]+)*/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Only a four-digit year and an "r2" can join: every other word is taken as it is.
    if (token === 'r2' && YEAR.test(tokens[i - 1] ?? '')) continue;
    if (token.length === 6 && YEAR_R2.test(token)) out.push(`${token.slice(0, 4)} r2`);
    else if (tokens[i + 1] === 'r2' && YEAR.test(token)) out.push(`${token} r2`);
    else out.push(token);
  }
  return out;
}
const YEAR = /^\d{4}$/;
const YEAR_R2 = /^\d{4}r2$/;

/** Sentences and clauses: a version never belongs to a product named in another clause. */
function segments(text: string): string[] {
  return normalise(text).split(/[.!?;:]+(?=\s|$)|[\r\n]+/);
}

interface Name {
  tokens: string[];
  /** Null for OTHER_PRODUCT_NAMES: consumes the words, names nothing we track. */
  entry: ProductNames | null;
}

interface Alias {
  version: string;
  tokens: Set<string>;
}

const words = (text: string): string[] => text.split(' ').filter(Boolean);

const NAMES_BY_FIRST_TOKEN = new Map<string, Name[]>();
const ALIASES = new Map<string, Alias[]>();

function addName(name: Name): void {
  const list = NAMES_BY_FIRST_TOKEN.get(name.tokens[0]!) ?? [];
  list.push(name);
  // Longest first: "office 365 proplus" must win over "office 365", which must win over "office".
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  NAMES_BY_FIRST_TOKEN.set(name.tokens[0]!, list);
}

for (const entry of PRODUCT_NAMES) {
  for (const name of entry.names) addName({ tokens: words(name), entry });
  const versions = LIFECYCLE_ROWS.filter((row) => row.product === entry.product).map(
    (row) => row.version,
  );
  ALIASES.set(
    entry.product,
    versions.flatMap((version) =>
      (entry.versions?.[version] ?? [normalise(version)]).map((alias) => ({
        version,
        tokens: new Set(tokenise(alias)),
      })),
    ),
  );
}
for (const other of OTHER_PRODUCT_NAMES) addName({ tokens: words(other), entry: null });

function nameAt(tokens: string[], start: number): Name | undefined {
  return NAMES_BY_FIRST_TOKEN.get(tokens[start]!)?.find((name) =>
    name.tokens.every((token, offset) => tokens[start + offset] === token),
  );
}

const isSubset = (small: Set<string>, large: Set<string>): boolean =>
  small.size <= large.size && [...small].every((token) => large.has(token));

const isStrictSubset = (small: Set<string>, large: Set<string>): boolean =>
  small.size < large.size && isSubset(small, large);

/**
 * The one version of `entry` that the words after its name point to, or null. Among the versions
 * whose aliases are all there, a version is dropped when each of its aliases is strictly contained
 * in an alias of another ("2012" inside "2012 r2", "education" inside "pro education"); two
 * versions left over means the text is ambiguous ("2019 and 2016").
 */
function resolveVersion(entry: ProductNames, window: Set<string>): string | null {
  const markers = (entry.markers ?? []).filter((marker) => window.has(marker));
  const matched = new Map<string, Set<string>[]>();
  for (const alias of ALIASES.get(entry.product) ?? []) {
    if (!isSubset(alias.tokens, window)) continue;
    if (!markers.every((marker) => alias.tokens.has(marker))) continue;
    matched.set(alias.version, [...(matched.get(alias.version) ?? []), alias.tokens]);
  }
  const survivors = [...matched].filter(
    ([version, aliases]) =>
      !aliases.every((alias) =>
        [...matched].some(
          ([other, otherAliases]) =>
            other !== version && otherAliases.some((larger) => isStrictSubset(alias, larger)),
        ),
      ),
  );
  return survivors.length === 1 ? survivors[0]![0] : null;
}

/**
 * The distinct product versions named in a text, in order of first mention. Each product name
 * takes its version from the few words after it, up to the next product name or clause end.
 */
export function findProductMentions(text: string): ProductMatch[] {
  const matches = new Map<string, ProductMatch>();
  for (const { entry, window } of trackedMentions(text)) {
    const version = resolveVersion(entry, new Set(window));
    if (version !== null) {
      matches.set(`${entry.product}\u0000${version}`, { product: entry.product, version });
    }
  }
  return [...matches.values()];
}

type Mention = { entry: ProductNames; window: readonly string[] };

/**
 * The last text read and its mentions: the scope hints ask for a request's versions and for its
 * unlisted ones in turn, and a text is read once for both.
 */
let last: { text: string; mentions: readonly Mention[] } | null = null;

/** Each tracked product name of a text with the words after it, up to the next name or clause end. */
function trackedMentions(text: string): readonly Mention[] {
  if (last?.text === text) return last.mentions;
  const mentions = readMentions(text);
  last = { text, mentions };
  return mentions;
}

function readMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const segment of segments(text)) {
    const tokens = tokenise(segment);
    const names: { name: Name; start: number }[] = [];
    for (let i = 0; i < tokens.length; ) {
      const name = nameAt(tokens, i);
      if (name) names.push({ name, start: i });
      i += name ? name.tokens.length : 1;
    }
    names.forEach(({ name: { entry, tokens: nameTokens }, start }, index) => {
      if (!entry) return;
      const from = start + nameTokens.length;
      const to = Math.min(names[index + 1]?.start ?? tokens.length, from + VERSION_WINDOW);
      mentions.push({ entry, window: tokens.slice(from, to) });
    });
  }
  return mentions;
}

/** A year-like release ("2003", "2008 r2") and the edition words that may stand before it. */
const RELEASE_YEAR = /^(?:19[89]\d|20[0-4]\d)(?: r2)?$/;
const EDITION_WORDS = new Set([
  'server',
  'standard',
  'enterprise',
  'entreprise',
  'datacenter',
  'professional',
  'professionnel',
  'pro',
  'plus',
  'version',
]);

/**
 * Tracked products named with a release our data does not list ("Exchange Server 2003",
 * "SQL Server 2008 R2"): the release must follow the name at once or after edition words only
 * ("bought SQL Server in 2021" names no release). A text naming a listed release of the product
 * there gives nothing here. The version is spelled as written ("2008 R2").
 */
export function findUnlistedVersions(text: string): ProductMatch[] {
  const found = new Map<string, ProductMatch>();
  for (const { entry, window } of trackedMentions(text)) {
    if (resolveVersion(entry, new Set(window)) !== null) continue;
    const at = window.findIndex((token) => !EDITION_WORDS.has(token));
    const token = at === -1 ? undefined : window[at];
    if (token === undefined || !RELEASE_YEAR.test(token)) continue;
    if ((ALIASES.get(entry.product) ?? []).some((alias) => alias.tokens.has(token))) continue;
    const version = token.replace(/ r2$/, ' R2');
    found.set(`${entry.product}\u0000${version}`, { product: entry.product, version });
  }
  return [...found.values()];
}

/**
 * The product version a label names ("Windows Server 2022 Datacenter", "SharePoint Server Édition
 * d'abonnement"), case- and accent-insensitive, or null when the label names none, or several
 * ("Windows Server 2022 / 2019", "Office 2021" which is both the LTSC and the retail release).
 */
export function matchProduct(label: string): ProductMatch | null {
  const matches = findProductMentions(label);
  return matches.length === 1 ? matches[0]! : null;
}
