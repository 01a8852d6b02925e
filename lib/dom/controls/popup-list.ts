import { fold } from '../labels';
import {
  confirm,
  isDisabled,
  isRendered,
  POPUP_TIMEOUT_MS,
  pointerClick,
  pressKey,
  waitFor,
} from './gestures';
import { visibleText } from './text';
import type { DriveOptions, OptionChooser, PickResult } from './types';

/**
 * What every "button that opens a list" shares, whichever library draws it: Fluent v8 renders the
 * listbox in a body-level layer only while open and links it with `aria-controls` only then;
 * Fluent v9 portals it likewise; Ibiza's popups may be a `dialog`, a `tree` of `treeitem` groups,
 * or plain `.fxc-dropdown-option` rows without a role (portals.md). The family modules decide how
 * a value is read; finding the popup, its options, and driving them is here.
 */

const POPUP_SELECTOR =
  '[role=listbox],[role=tree],[role=dialog],[role=menu],.fxc-dropdown-popup,.azc-dropdown-popup';
const OPTION_SELECTOR =
  '[role=option],[role=treeitem],[role=menuitemradio],[role=menuitem],.fxc-dropdown-option';

function byId(doc: Document | ShadowRoot, id: string): HTMLElement | null {
  return 'getElementById' in doc ? (doc.getElementById(id) as HTMLElement | null) : null;
}

/** The ids that label a control: its `aria-labelledby` and the `<label for>` that points at it. */
function labelIds(control: Element): string[] {
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const id = control.getAttribute('id');
  if (id) {
    const root = control.getRootNode() as Document | ShadowRoot;
    for (const label of root.querySelectorAll?.('label[for]') ?? [])
      if (label.getAttribute('for') === id && label.id) ids.push(label.id);
  }
  return ids;
}

/** Popups on the page now (to tell, after opening, which one is new). */
function popupsNow(doc: Document): Set<Element> {
  return new Set(doc.querySelectorAll(POPUP_SELECTOR));
}

/**
 * The popup a control opened: the one it names (`aria-controls`/`aria-owns`), else one labelled by
 * the same label, else a list inside or right beside it, else one that appeared since `before`.
 */
export function popupOf(control: HTMLElement, before?: Set<Element>): HTMLElement | null {
  const doc = control.ownerDocument;
  const root = control.getRootNode() as Document | ShadowRoot;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (control.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const el = byId(root, id) ?? byId(doc, id);
      if (el && isRendered(el)) return el;
    }
  }
  const ids = labelIds(control).filter((id) => !control.querySelector(`[id="${CSS.escape(id)}"]`));
  const candidates = [...doc.querySelectorAll<HTMLElement>(POPUP_SELECTOR)].filter(
    (el) => el !== control && !el.contains(control) && isRendered(el),
  );
  if (ids.length) {
    const labelled = candidates.find((el) =>
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => ids.includes(id)),
    );
    if (labelled) return labelled;
  }
  const near = control.querySelector<HTMLElement>(POPUP_SELECTOR);
  if (near && isRendered(near)) return near;
  const beside = control.parentElement?.querySelector<HTMLElement>(POPUP_SELECTOR);
  if (beside && beside !== control && isRendered(beside)) return beside;
  if (before) {
    const fresh = candidates.filter((el) => !before.has(el) && optionsIn(el).length > 0);
    if (fresh.length) return fresh[fresh.length - 1]!;
  }
  return null;
}

/**
 * Selectable options of a popup: leaves only (a `treeitem` holding others is a group heading).
 * A list whose rows carry no role (Ibiza, portals.md) offers its rows: the children of the
 * `listbox` that show text.
 */
export function optionsIn(popup: Element): HTMLElement[] {
  const all = [...popup.querySelectorAll<HTMLElement>(OPTION_SELECTOR)];
  const leaves = all.filter(
    (el) =>
      !all.some((other) => other !== el && el.contains(other)) &&
      !el.querySelector('[role=group]') &&
      isRendered(el),
  );
  if (leaves.length) return leaves;
  const lists = popup.matches('[role=listbox]')
    ? [popup]
    : [...popup.querySelectorAll<HTMLElement>('[role=listbox]')];
  return lists.flatMap((list) =>
    [...list.children].filter(
      (row): row is HTMLElement =>
        row.getAttribute('aria-hidden') !== 'true' && isRendered(row) && visibleText(row) !== '',
    ),
  );
}

export function optionLabel(option: Element): string {
  return visibleText(option) || (option.getAttribute('aria-label') ?? '').trim();
}

/** Opens the list (if closed) and waits for its popup; null when it did not appear in time. */
export async function open(
  control: HTMLElement,
  options: DriveOptions,
): Promise<{ popup: HTMLElement } | { failed: 'no-popup' | 'navigated' | 'aborted' }> {
  const already = popupOf(control);
  if (already && optionsIn(already).length) return { popup: already };
  const before = popupsNow(control.ownerDocument);
  pointerClick(control);
  const found = await waitFor(
    control.ownerDocument,
    () => {
      if (!control.isConnected) return null;
      const popup = popupOf(control, before);
      return popup && optionsIn(popup).length ? popup : null;
    },
    options.popupTimeoutMs ?? POPUP_TIMEOUT_MS,
    options,
  );
  if ('value' in found) return { popup: found.value };
  return { failed: found.failed === 'timeout' ? 'no-popup' : found.failed };
}

/** Closes the list without choosing: Escape where the focus is and on the control, then a toggle. */
export async function close(control: HTMLElement, popup: HTMLElement, options: DriveOptions) {
  const doc = control.ownerDocument;
  const closed = () => !popup.isConnected || !isRendered(popup);
  const active = doc.activeElement;
  if (active && active !== doc.body) pressKey(active, 'Escape');
  if (!closed()) pressKey(control, 'Escape');
  let done = await waitFor(doc, closed, 300, options);
  if ('value' in done) return;
  if (control.isConnected) pointerClick(control);
  done = await waitFor(doc, closed, 500, options);
}

/**
 * Opens, chooses, clicks the option with a full pointer sequence, then waits until `read` shows
 * the chosen option. Reports what failed instead of pretending.
 */
export async function pickFromList(
  control: HTMLElement,
  choose: OptionChooser,
  read: (el: HTMLElement) => string | null,
  options: DriveOptions,
): Promise<PickResult> {
  if (isDisabled(control)) return { ok: false, reason: 'disabled' };
  const before = read(control);
  const opened = await open(control, options);
  if ('failed' in opened) return { ok: false, reason: opened.failed };
  const available = optionsIn(opened.popup).filter((o) => !isDisabled(o));
  const labels = available.map(optionLabel);
  const index = choose(labels);
  const option = index >= 0 ? available[index] : undefined;
  if (!option) {
    await close(control, opened.popup, options);
    return { ok: false, reason: 'no-option' };
  }
  const wanted = fold(labels[index]!);
  pointerClick(option);
  const result = await confirm(
    control.ownerDocument,
    () => {
      const value = control.isConnected ? read(control) : null;
      return value !== null && matchesShown(value, before, wanted) ? value : null;
    },
    options,
  );
  return !result.ok && !control.isConnected ? { ok: false, reason: 'navigated' } : result;
}

/**
 * Does the control show the chosen option? Its exact text, or (some controls add a suffix to what
 * they show) a changed value that begins with it: "A - Critical impact" must not pass for
 * "A - Critical impact - Emergency" just because it was already there.
 */
function matchesShown(value: string, before: string | null, wantedFolded: string): boolean {
  const shown = fold(value);
  if (shown === wantedFolded) return true;
  return value !== before && shown.startsWith(wantedFolded);
}

/** The option labels; the list is opened and closed again if it is not open already. */
export async function listFromPopup(control: HTMLElement, options: DriveOptions) {
  const already = popupOf(control);
  if (already && optionsIn(already).length) return optionsIn(already).map(optionLabel);
  const opened = await open(control, options);
  if ('failed' in opened) return [];
  const labels = optionsIn(opened.popup).map(optionLabel);
  await close(control, opened.popup, options);
  return labels;
}
