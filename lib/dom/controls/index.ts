import { fold, type LabelKey, type LabelLanguage, labelLanguages, matchesLabel } from '../labels';
import { queryAll } from '../query';
import { ariaCombobox } from './aria-combobox';
import { checkable, checkedState, setChecked as setCheckedOn } from './checkable';
import { isVisible } from './gestures';
import { ibizaDropdown } from './ibiza-dropdown';
import { nameCandidates } from './names';
import { nativeSelect } from './native-select';
import { radioGroup } from './radio-group';
import { textInput, setText as typeText } from './text-input';
import type {
  Control,
  ControlFamily,
  DriveOptions,
  FamilyId,
  OptionChooser,
  PickResult,
} from './types';

export { accessibleName, nameCandidates } from './names';
export { cleanText, visibleText } from './text';
export type * from './types';

/**
 * One entry point for every control family. Order matters where two could claim an element: an
 * Ibiza dropdown is also a `role=combobox`, so Ibiza is asked first.
 */
export const FAMILIES: readonly ControlFamily[] = [
  nativeSelect,
  textInput,
  checkable,
  radioGroup,
  ibizaDropdown,
  ariaCombobox,
];

const BY_ID = new Map<FamilyId, ControlFamily>(FAMILIES.map((f) => [f.id, f]));

/** Elements that may be form controls; filtered by the families (a short selector is cheap). */
const CANDIDATES = 'input,select,textarea,fieldset,[role],[aria-haspopup]';
const NOT_CONTROLS = new Set(['hidden', 'radio', 'button', 'submit', 'reset', 'image', 'file']);

function familyOf(el: Element): ControlFamily | null {
  if (el.tagName === 'INPUT' && NOT_CONTROLS.has((el.getAttribute('type') ?? '').toLowerCase()))
    return null;
  for (const family of FAMILIES) if (family.claims(el)) return family;
  return null;
}

/** The control an element is, if any family claims it. */
export function controlOf(el: Element | null | undefined): Control | null {
  if (!el) return null;
  const family = familyOf(el);
  return family ? { family: family.id, element: el as HTMLElement } : null;
}

export interface FindControlOptions {
  languages?: LabelLanguage[];
  /** Restrict the search to part of the page (a section found by its heading). */
  within?: ParentNode;
  /** Only controls of these families (e.g. a text field, not a dropdown of the same label). */
  families?: readonly FamilyId[];
}

/**
 * How sure a match is: an exact label beats a "(Required)"-style remark; a listbox that only
 * exists while its combobox is open is the last resort (it carries the combobox's label too).
 */
function rank(el: Element, mode: 'exact' | 'prefix'): number {
  const listbox = el.getAttribute('role') === 'listbox' ? 2 : 0;
  return (mode === 'exact' ? 0 : 1) + listbox;
}

const memos = new WeakMap<ParentNode, Map<string, Element>>();

function stillValid(el: Element | undefined, key: LabelKey, languages: LabelLanguage[]) {
  // The name first: it is cached for the task, while visibility asks the page's style.
  return (
    el?.isConnected &&
    nameCandidates(el).some((n) => matchesLabel(n, key, languages, 'prefix')) &&
    isVisible(el)
  );
}

/**
 * The visible control labelled `key` (EN/FR label tables): by each `aria-labelledby` id alone and
 * all together, `aria-label`, `<label for>`, a wrapping label, a legend, a label beside it.
 * Hidden duplicates (Ibiza renders some, portals.md) are ignored.
 */
export function findControl(
  doc: Document,
  key: LabelKey,
  options: FindControlOptions = {},
): Control | null {
  const languages = options.languages ?? labelLanguages(doc);
  const root = options.within ?? doc;
  const memoKey = `${key}|${options.families?.join(',') ?? ''}`;
  let memo = memos.get(root);
  if (!memo) {
    memo = new Map();
    memos.set(root, memo);
  }
  const last = memo.get(memoKey);
  if (last && stillValid(last, key, languages)) {
    const control = controlOf(last);
    if (control) return control;
  }
  let best: { el: Element; family: ControlFamily; rank: number } | null = null;
  for (const el of queryAll(root, CANDIDATES)) {
    const names = nameCandidates(el);
    if (!names.length) continue;
    const mode = names.some((n) => matchesLabel(n, key, languages, 'exact'))
      ? 'exact'
      : names.some((n) => matchesLabel(n, key, languages, 'prefix'))
        ? 'prefix'
        : null;
    if (!mode) continue;
    const r = rank(el, mode);
    if (best && best.rank <= r) continue;
    const family = familyOf(el);
    if (!family || (options.families && !options.families.includes(family.id))) continue;
    if (!isVisible(el)) continue;
    best = { el, family, rank: r };
    if (r === 0) break;
  }
  if (!best) return null;
  memo.set(memoKey, best.el);
  return { family: best.family.id, element: best.el as HTMLElement };
}

const family = (control: Control) => BY_ID.get(control.family)!;

/** The value a person sees in the control (glyphs, carets and "(Required)" stripped); null if none. */
export function readValue(control: Control): string | null {
  if (control.family === 'checkable') return null;
  return family(control).read(control.element);
}

/** A checkbox's or toggle's state; null for other controls or an unreadable state. */
export function isChecked(control: Control): boolean | null {
  return control.family === 'checkable' ? checkedState(control.element) : null;
}

/** The option labels, opening and closing a list that exists only while open. */
export function listOptions(control: Control, options: DriveOptions = {}): Promise<string[]> {
  return family(control).options(control.element, options);
}

/** Picks the option `choose` designates, as a person would, and confirms the portal's value. */
export function pickValue(
  control: Control,
  choose: OptionChooser,
  options: DriveOptions = {},
): Promise<PickResult> {
  return family(control).pick(control.element, choose, options);
}

export function setChecked(control: Control, on: boolean, options: DriveOptions = {}) {
  if (control.family !== 'checkable')
    return Promise.resolve<PickResult>({ ok: false, reason: 'no-option' });
  return setCheckedOn(control.element, on, options);
}

/** Types into a text field and confirms the page kept the value. */
export function setText(control: Control, text: string, options: DriveOptions = {}) {
  if (control.family !== 'text-input')
    return Promise.resolve<PickResult>({ ok: false, reason: 'no-option' });
  return typeText(control.element, text, options);
}

/** A chooser for the first option equal to one of `texts` (folded), or beginning with it. */
export function optionMatching(
  texts: readonly string[],
  mode: 'exact' | 'prefix' = 'exact',
): OptionChooser {
  const wanted = texts.map(fold);
  return (labels) => {
    const folded = labels.map(fold);
    const exact = folded.findIndex((l) => wanted.includes(l));
    if (exact >= 0 || mode === 'exact') return exact;
    return folded.findIndex((l) => wanted.some((w) => l.startsWith(w)));
  };
}

/** A chooser for the shortest option a predicate accepts ("A - Critical impact", not "… - Emergency"). */
export function shortestMatching(accept: (label: string) => boolean): OptionChooser {
  return (labels) => {
    let best = -1;
    labels.forEach((l, i) => {
      if (accept(l) && (best < 0 || l.length < labels[best]!.length)) best = i;
    });
    return best;
  };
}
