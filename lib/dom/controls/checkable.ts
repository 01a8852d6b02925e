import { confirm, isDisabled, pointerClick } from './gestures';
import type { ControlFamily, DriveOptions, PickResult } from './types';

/**
 * Checkboxes and toggles: native `input[type=checkbox]` (Fluent v8 `Checkbox`, v9 `Checkbox` and
 * `Switch`), `button[role=switch]` (Fluent v8 `Toggle`) and Ibiza's `div[aria-checked]`.
 */

function isNative(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'checkbox';
}

export function checkedState(el: Element): boolean | null {
  if (isNative(el)) return el.checked;
  const state = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
  if (state === 'true') return true;
  if (state === 'false') return false;
  return null;
}

/** Clicks the box when its state differs, then confirms the page's state followed. */
export async function setChecked(
  el: HTMLElement,
  on: boolean,
  options: DriveOptions = {},
): Promise<PickResult> {
  if (checkedState(el) === on) return { ok: true, value: String(on) };
  if (isDisabled(el)) return { ok: false, reason: 'disabled' };
  pointerClick(el);
  return confirm(
    el.ownerDocument,
    () => el.isConnected && checkedState(el) === on && String(on),
    options,
  );
}

export const checkable: ControlFamily = {
  id: 'checkable',
  claims: (el) =>
    isNative(el) ||
    el.getAttribute('role') === 'checkbox' ||
    el.getAttribute('role') === 'switch' ||
    ((el.tagName === 'DIV' || el.tagName === 'SPAN') && el.hasAttribute('aria-checked')),
  read: (el) => {
    const state = checkedState(el);
    return state === null ? null : String(state);
  },
  options: async () => ['true', 'false'],
  pick: (el, choose, options) => {
    const index = choose(['true', 'false']);
    if (index < 0) return Promise.resolve({ ok: false, reason: 'no-option' });
    return setChecked(el, index === 0, options);
  },
};
