import { stripInvisible } from '../names';
import { accessibleName } from './controls/names';
import { type LabelKey, type LabelLanguage, labelLanguages, matchesLabel } from './labels';
import { queryAll } from './query';

/**
 * Finding the parts of a portal's form by what a person (or a screen reader) sees: headings that
 * open sections, the row a field sits in, the selected wizard tab. Never by class names: the
 * portals regenerate them (portals.md). The controls themselves are found, read and driven by the
 * control families of `./controls`; this module does not import them, so a content script that
 * only needs sections and rows (Partner Center) does not carry them. Everything here is read-only
 * and tolerant of missing pieces.
 */

export { accessibleName } from './controls/names';
export { clearQueryCache, queryAll } from './query';

/**
 * Text of an element, whitespace collapsed (hidden descendants included: cheap), without bidi
 * controls or invisible characters (lib/names.ts): a page's text is read as a person sees it.
 */
export function textOf(el: Element | null | undefined): string {
  return stripInvisible(el?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function byIds(doc: Document | ShadowRoot, ids: string): Element[] {
  const root = 'getElementById' in doc ? doc : null;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root?.getElementById(id) ?? null)
    .filter((el): el is HTMLElement => el !== null);
}

/** Elements found before, per search root and label key (validated before reuse). */
const memos = new WeakMap<ParentNode, Map<string, Element>>();
function memoOf(root: ParentNode): Map<string, Element> {
  let memo = memos.get(root);
  if (!memo) {
    memo = new Map();
    memos.set(root, memo);
  }
  return memo;
}

export interface FindOptions {
  languages?: LabelLanguage[];
  /** Restrict the search to a part of the page (a section found by its heading). */
  within?: ParentNode;
}

/**
 * The section of a form introduced by a heading (`h1`–`h6`, `role=heading`, `legend`) whose text is
 * `key`: the nearest `section`/`fieldset`/`[role=group|region]` around the heading, else the
 * heading's parent. Returns the heading too (helpers mount beside it).
 */
export function findSection(
  doc: Document,
  key: LabelKey,
  options: FindOptions = {},
): { heading: HTMLElement; section: HTMLElement } | null {
  const languages = options.languages ?? labelLanguages(doc);
  const root = options.within ?? doc;
  const memoKey = `section:${key}`;
  const last = memoOf(root).get(memoKey);
  if (last?.isConnected && matchesLabel(textOf(last), key, languages, 'prefix')) {
    const section =
      last.closest<HTMLElement>('section,fieldset,[role=group],[role=region],details') ??
      last.parentElement;
    if (section) return { heading: last as HTMLElement, section };
  }
  const headings = queryAll<HTMLElement>(root, 'h1,h2,h3,h4,h5,h6,[role=heading],legend,summary');
  for (const heading of headings) {
    if (!matchesLabel(textOf(heading), key, languages, 'prefix')) continue;
    const section =
      heading.closest<HTMLElement>('section,fieldset,[role=group],[role=region],details') ??
      heading.parentElement;
    if (section) {
      memoOf(root).set(memoKey, heading);
      return { heading, section };
    }
  }
  return null;
}

/** The element a helper should sit beside: the field's wrapper that holds its label too. */
export function fieldRow(control: Element): Element {
  const id = control.getAttribute('id');
  const labelledBy = control.getAttribute('aria-labelledby');
  const root = control.getRootNode() as Document | ShadowRoot;
  const label =
    (labelledBy && byIds(root, labelledBy)[0]) ||
    (id && 'querySelector' in root ? root.querySelector(`label[for="${CSS.escape(id)}"]`) : null);
  if (!label) return control;
  // Climb from the control until the ancestor also holds the label (at most a few levels).
  let row: Element | null = control;
  for (let i = 0; row && i < 5; i++) {
    if (row.contains(label)) return row;
    row = row.parentElement;
  }
  return control;
}

/**
 * True when the selected tab (`role=tab`, `aria-selected=true`) of a tab list is the one `key`
 * names: a helper whose field lives on that tab knows the field is due on the page.
 */
export function selectedTabIs(doc: Document, key: LabelKey): boolean {
  const languages = labelLanguages(doc);
  // A tab is named by its own text unless aria-label/labelledby say otherwise.
  return queryAll(doc, '[role="tab"][aria-selected="true"]').some((tab) =>
    matchesLabel(accessibleName(tab) || textOf(tab), key, languages),
  );
}
