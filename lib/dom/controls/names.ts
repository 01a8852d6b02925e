import { taskCache } from '../query';
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

function labelsFor(el: Element, root: Document | ShadowRoot): Element[] {
  const id = el.getAttribute('id');
  if (!id || !('querySelectorAll' in root)) return [];
  return [...root.querySelectorAll('label[for]')].filter((l) => l.getAttribute('for') === id);
}

/**
 * A `<label>` that is not tied to any control but sits just before this one in its form row (a
 * page that forgot `for`): the nearest preceding label within three ancestors.
 */
function nearbyLabel(el: Element): Element | null {
  let row: Element | null = el.parentElement;
  for (let i = 0; row && i < 3; i++, row = row.parentElement) {
    const labels = [...row.querySelectorAll('label:not([for])')].filter(
      (l) =>
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
