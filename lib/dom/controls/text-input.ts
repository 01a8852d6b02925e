import { confirm, isDisabled } from './gestures';
import type { ControlFamily, DriveOptions, PickResult } from './types';

/**
 * Framework-controlled text inputs (React's `TextField`/`Input`, Knockout's `textInput` binding,
 * the hand-written replicas' tracker). React keeps the last value it wrote on the element itself,
 * so `el.value = …` followed by an `input` event looks like no change at all: the prototype's
 * setter bypasses that tracker, and the following `input`/`change` events are seen as typing.
 */

const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'search', 'url', 'number']);

function fire(el: Element, type: string) {
  const view = el.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  el.dispatchEvent(new EventCtor(type, { bubbles: true, cancelable: false, composed: true }));
}

/** Writes a value through the prototype's setter, then fires `input` and `change`. */
export function setNativeValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  const view = el.ownerDocument.defaultView;
  const proto =
    el.tagName === 'TEXTAREA'
      ? view?.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT'
        ? view?.HTMLSelectElement.prototype
        : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
}

function isTextInput(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const role = el.getAttribute('role');
    return TEXT_TYPES.has(type) && role !== 'combobox' && role !== 'switch';
  }
  return el.getAttribute('role') === 'textbox' && (el as HTMLElement).isContentEditable;
}

function read(el: HTMLElement): string | null {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')
    return (el as HTMLInputElement).value.trim() || null;
  return (el.textContent ?? '').trim() || null;
}

/**
 * Types `value` and confirms the page kept it: a framework that did not see the change puts its
 * own value back at its next render.
 */
export async function setText(
  el: HTMLElement,
  value: string,
  options: DriveOptions = {},
): Promise<PickResult> {
  if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA')
    return { ok: false, reason: 'no-option' };
  const input = el as HTMLInputElement;
  if (isDisabled(input) || input.readOnly) return { ok: false, reason: 'disabled' };
  setNativeValue(input, value);
  // Two turns of the event loop: React 18 and Knockout re-render after the event returns.
  let turns = 0;
  return confirm(
    input.ownerDocument,
    () => input.isConnected && input.value === value && ++turns >= 2 && value,
    options,
    options.confirmTimeoutMs ?? 400,
  );
}

export const textInput: ControlFamily = {
  id: 'text-input',
  claims: isTextInput,
  read,
  options: async () => [],
  pick: async () => ({ ok: false, reason: 'no-option' }),
};
