import { queryAll, taskCache } from '../query';
import { cleanText, visibleText } from './text';

/**
 * The names a control goes by. Fluent v8 names a dropdown by its label AND its current value
 * (`aria-labelledby="{id}-label {id}-option"`, portals.md): its full accessible name is "Support
 * plan Cloud Solution Provider". A field finder must therefore try each referenced id alone as
 * well as all of them together, then the other ways a page labels a control.
 */

function byId(root: Document | ShadowRoot, id: string): Element | null {
  return 'getElementById' in root ? root.getElementById(id) : null;
}

/**
 * `<label for>` of the root, by their `for`, built once per task: asking the whole document for
 * its labels once per candidate control was most of a scan's cost on a busy page (10,000 nodes).
 */
const labelsByFor = taskCache<Document | ShadowRoot, Map<string, Element[]>>();

function labelsFor(el: Element, root: Document | ShadowRoot): Element[] {
  const id = el.getAttribute('id');
  if (!id || !('querySelectorAll' in root)) return [];
  let byFor = labelsByFor.get(root);
  if (!byFor) {
    byFor = new Map();
    for (const label of queryAll(root, 'label[for]')) {
      const target = label.getAttribute('for') ?? '';
      const list = byFor.get(target);
      if (list) list.push(label);
      else byFor.set(target, [label]);
    }
    labelsByFor.set(root, byFor);
  }
  return byFor.get(id) ?? [];
}

/**
 * A `<label>` that is not tied to any control but sits just before this one in its form row (a
 * page that forgot `for`): the nearest preceding label within three ancestors. The root's
 * for-less labels are listed once per task (few on any page), rather than each ancestor's
 * subtree searched for them (an ancestor may hold thousands of unrelated nodes).
 */
function nearbyLabel(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (!('querySelectorAll' in root)) return null;
  const loose = queryAll(root, 'label:not([for])');
  if (!loose.length) return null;
  let row: Element | null = el.parentElement;
  for (let i = 0; row && i < 3; i++, row = row.parentElement) {
    const within = row;
    const labels = loose.filter(
      (l) =>
        l !== within &&
        within.contains(l) &&
        !l.contains(el) &&
        !l.querySelector('input,select,textarea') &&
        l.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (labels.length) return labels[labels.length - 1]!;
  }
  return null;
}

/**
 * Names computed in this task: every label key searched after a DOM change asks for the same
 * candidates' names (dropped at the end of the task, so a later change is always seen).
 */
const namesThisTask = taskCache<Element, string[]>();

/** Every name the control may carry, most specific first, cleaned of glyphs and markers. */
export function nameCandidates(el: Element): string[] {
  const cached = namesThisTask.get(el);
  if (cached) return cached;
  const out = computeNames(el);
  namesThisTask.set(el, out);
  return out;
}

function computeNames(el: Element): string[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  const out: string[] = [];
  const add = (text: string | null | undefined) => {
    const clean = cleanText(text);
    if (clean && !out.includes(clean)) out.push(clean);
  };
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids.map((id) => byId(root, id)).filter((e): e is Element => e !== null);
  for (const part of parts) add(visibleText(part));
  if (parts.length > 1) add(parts.map((p) => visibleText(p)).join(' '));
  add(el.getAttribute('aria-label'));
  for (const label of labelsFor(el, root)) add(visibleText(label));
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) add(visibleText(wrapping));
  if (el.tagName === 'FIELDSET') add(visibleText(el.querySelector(':scope > legend')));
  if (!out.length) {
    add(visibleText(nearbyLabel(el)));
    add(el.getAttribute('title'));
    add(el.getAttribute('placeholder'));
  }
  return out;
}

/** The accessible name as a screen reader would announce it (all labelling ids together). */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids
    .map((id) => byId(root, id))
    .filter((e): e is Element => e !== null)
    .map((p) => visibleText(p))
    .filter(Boolean);
  if (parts.length) return parts.join(' ');
  return nameCandidates(el)[0] ?? '';
}
