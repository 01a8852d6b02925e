import { stripInvisible } from './names';

/**
 * Telling apart two customers whose names look alike: shown with their domain beside the name in
 * our pages. Apart from lib/names.ts so that content scripts, which only clean names, do not
 * carry the table below.
 */

/**
 * Letters of other scripts drawn like Latin ones (Cyrillic, Greek), the few that make a lookalike
 * customer name; not a full confusables table (Unicode TR39), only what a name is likely to use.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ı: 'i',
  ɡ: 'g',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/**
 * What a name looks like, for telling lookalikes apart: compatibility forms folded (NFKC: full
 * width, ligatures, styled letters), case folded, accents and other marks dropped, common
 * Cyrillic and Greek lookalikes read as Latin, and spaces, punctuation and symbols ignored.
 * "Contoso Ltd", "CONTOSO LTD.", "Cоntoso Ltd" (Cyrillic о) and "Contoso\u202eLtd" share a key.
 */
export function nameKey(name: string | null | undefined): string {
  return stripInvisible(name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(/[\p{Z}\p{P}\p{S}\s]/gu, '');
}

/**
 * The ids of the items whose name looks like another item's name (same `nameKey`, different id):
 * those are shown with their domain or tenant next to the name.
 */
export function lookalikeIds(
  items: readonly { id: string; name: string | null | undefined }[],
): Set<string> {
  const byKey = new Map<string, Set<string>>();
  for (const { id, name } of items) {
    const key = nameKey(name);
    if (!key) continue;
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(id);
    byKey.set(key, ids);
  }
  const out = new Set<string>();
  for (const ids of byKey.values()) if (ids.size > 1) for (const id of ids) out.add(id);
  return out;
}
