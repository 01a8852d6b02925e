import type { ComponentChild } from 'preact';
import type { Params, TranslateWith } from '../lib/i18n/translate';

/**
 * Names that come from pages (a customer's, a directory's) are shown inside `<bdi>`: whatever
 * their script or direction, they cannot reorder the sentence around them (a right-to-left name
 * before "’s tenant" would otherwise pull the words after it). Used by the helpers and our pages.
 */

const MARK = /\uE000(\d+)\uE001/;

/**
 * A translated sentence whose `names` placeholders are rendered as isolated names. The translator
 * fills each with a private-use marker first, so the catalog's word order is kept as it is.
 */
export function withNames<K extends string>(
  translate: TranslateWith<K>,
  key: K,
  params: Params,
  names: readonly string[],
): ComponentChild[] {
  const marked: Params = { ...params };
  names.forEach((name, i) => {
    if (Object.hasOwn(params, name)) marked[name] = `\uE000${i}\uE001`;
  });
  const text = translate(key, marked);
  return text.split(MARK).map((part, i) => {
    if (i % 2 === 0) return part;
    const name = names[Number(part)];
    return name === undefined ? '' : <bdi key={i}>{String(params[name])}</bdi>;
  });
}
