import { fold, type LabelKey, type LabelLanguage, labelLanguages, matchesLabel } from './labels';

/**
 * Finding a portal's form fields by what a person (or a screen reader) sees: roles, `<label for>`,
 * `aria-labelledby`, `aria-label`, fieldset legends and headings. Never by class names: the portals
 * regenerate them (portals.md). Everything here is read-only and tolerant of missing pieces.
 */

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement;

/**
 * Controls a label can name. The document is queried with a short, cheap selector and filtered
 * here: on a portal page with 10,000+ nodes, a long selector list with `:not()` chains costs
 * noticeably more per element than a few tag and attribute tests.
 */
const CANDIDATE_SELECTOR = 'input,select,textarea,fieldset,[role]';
const CONTROL_ROLES = new Set(['combobox', 'textbox', 'radiogroup', 'listbox', 'spinbutton']);
const NOT_TEXT_INPUTS = new Set([
  'hidden',
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'image',
]);

function isCandidate(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role) return CONTROL_ROLES.has(role) || (el.tagName === 'FIELDSET' && role === 'group');
  switch (el.tagName) {
    case 'INPUT':
      return !NOT_TEXT_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase());
    case 'SELECT':
    case 'TEXTAREA':
    case 'FIELDSET':
      return true;
    default:
      return false;
  }
}

/**
 * `querySelectorAll` shared by every helper within one task: the runtime runs all features' scans
 * back to back after a DOM change, and they look for the same kinds of elements. On a busy portal
 * page (10,000+ nodes) each document-wide query costs milliseconds; asking once per task instead
 * of once per field and helper is most of the helpers' main-thread cost. The cache is dropped at
 * the end of the task, so a later scan always sees the DOM as it is then.
 */
const queryCache = new Map<ParentNode, Map<string, Element[]>>();
let cacheClear: ReturnType<typeof setTimeout> | undefined;

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  let bySelector = queryCache.get(root);
  if (!bySelector) {
    bySelector = new Map();
    queryCache.set(root, bySelector);
    if (cacheClear === undefined)
      cacheClear = setTimeout(() => {
        cacheClear = undefined;
        queryCache.clear();
      }, 0);
  }
  let found = bySelector.get(selector);
  // A node removed since (same task, e.g. a test rebuilding the page) invalidates the entry.
  if (!found || found.some((el) => !el.isConnected)) {
    found = [...root.querySelectorAll(selector)];
    bySelector.set(selector, found);
  }
  return found as E[];
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

/** Forgets cached queries (tests that rebuild the page within one task). */
export function clearQueryCache() {
  queryCache.clear();
}

/** Visible text of an element, whitespace collapsed (hidden descendants included: cheap). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function byIds(doc: Document | ShadowRoot, ids: string): Element[] {
  const root = 'getElementById' in doc ? doc : null;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root?.getElementById(id) ?? null)
    .filter((el): el is HTMLElement => el !== null);
}

/**
 * The accessible name of a control, after the ARIA name computation's main steps:
 * aria-labelledby, aria-label, `<label for>`, a wrapping `<label>`, a fieldset's `<legend>`
 * (radio groups), then `title`/`placeholder`.
 */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = byIds(root, labelledBy).map(textOf).filter(Boolean);
    if (parts.length) return parts.join(' ');
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const id = el.getAttribute('id');
  if (id && 'querySelectorAll' in root) {
    for (const label of queryAll(root, 'label[for]')) {
      if (label.getAttribute('for') === id) return textOf(label);
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) return textOf(wrapping);
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return textOf(legend);
  }
  return (el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '').trim();
}

export interface FindOptions {
  languages?: LabelLanguage[];
  /** Restrict the search to a part of the page (a section found by its heading). */
  within?: ParentNode;
}

/**
 * The control labelled `key`, or null. Tries the controls' accessible names first, then labels
 * pointing at controls, then groups (`role=radiogroup`, `fieldset`) named by the label; an exact
 * match wins over a "(required)"-style prefix match.
 */
export function findField(
  doc: Document,
  key: LabelKey,
  options: FindOptions = {},
): FieldControl | null {
  const languages = options.languages ?? labelLanguages(doc);
  const root = options.within ?? doc;
  // The field found last time, if it is still in the page and still carries that label: most
  // scans find the same field, and this spares a document-wide query.
  const memoKey = `field:${key}`;
  const last = memoOf(root).get(memoKey);
  if (last?.isConnected && matchesLabel(accessibleName(last), key, languages, 'prefix'))
    return last as FieldControl;
  const candidates = queryAll<HTMLElement>(root, CANDIDATE_SELECTOR).filter(isCandidate);
  for (const mode of ['exact', 'prefix'] as const) {
    for (const el of candidates) {
      if (el.tagName === 'FIELDSET') {
        if (!el.querySelector('input[type=radio],[role=radio]')) continue;
      }
      if (matchesLabel(accessibleName(el), key, languages, mode)) {
        memoOf(root).set(memoKey, el);
        return el;
      }
    }
  }
  return null;
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

/** Radios of a group: native inputs or `role=radio`. */
export function radiosOf(group: Element): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>('input[type=radio],[role=radio]')];
}

/** The label of one radio (native: its label; ARIA: its name or text). */
export function radioLabel(radio: Element): string {
  if (radio instanceof HTMLInputElement || radio.tagName === 'INPUT') return accessibleName(radio);
  return accessibleName(radio) || textOf(radio);
}

function isChecked(radio: Element): boolean {
  if (radio.tagName === 'INPUT') return (radio as HTMLInputElement).checked;
  return radio.getAttribute('aria-checked') === 'true';
}

/** The listbox a combobox controls (aria-controls / aria-owns), if present in the document. */
export function listboxOf(combo: Element): HTMLElement | null {
  const root = combo.getRootNode() as Document | ShadowRoot;
  const ref = combo.getAttribute('aria-controls') ?? combo.getAttribute('aria-owns');
  if (ref) {
    const [el] = byIds(root, ref);
    if (el) return el as HTMLElement;
  }
  const inside = combo.querySelector<HTMLElement>('[role=listbox]');
  if (inside) return inside;
  return combo.parentElement?.querySelector<HTMLElement>('[role=listbox]') ?? null;
}

/**
 * The value a person sees in a control: a select's chosen option text, an input's value, a
 * combobox's selected option or shown text, a radio group's checked radio label. Null when
 * nothing is chosen.
 */
export function readControl(control: Element): string | null {
  const tag = control.tagName;
  if (tag === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
    if (!option || option.value === '' || option.disabled) return null;
    return textOf(option) || option.value;
  }
  const role = control.getAttribute('role');
  if (role === 'radiogroup' || tag === 'FIELDSET') {
    const checked = radiosOf(control).find(isChecked);
    return checked ? radioLabel(checked) : null;
  }
  if (role === 'combobox' || role === 'listbox') {
    const listbox = role === 'listbox' ? control : listboxOf(control);
    const selected = listbox?.querySelector('[role=option][aria-selected=true]');
    if (selected) return textOf(selected);
    // Options rendered but none selected: what the control shows is a placeholder.
    if (listbox?.querySelector('[role=option]') && tag !== 'INPUT') return null;
    if (tag === 'INPUT') return (control as HTMLInputElement).value.trim() || null;
    // A select-only combobox shows its value as its text; an empty or placeholder text is no value.
    if (control.getAttribute('aria-expanded') === 'true' && listbox && control.contains(listbox))
      return null;
    const shown = textOf(control).replace(/[⌄▾▼]/g, '').trim();
    return shown || null;
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA')
    return (control as HTMLInputElement).value.trim() || null;
  return textOf(control) || null;
}

/** True when `text` is one of the options the label table knows (folded comparison). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && fold(a) === fold(b);
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
