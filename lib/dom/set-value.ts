import { listboxOf, radioLabel, radiosOf, textOf } from './fields';
import { fold } from './labels';

/**
 * Changing a field that a framework (React, Knockout, the replicas' mini-framework) controls, the
 * way a person would: frameworks keep their own copy of a value and only learn about a change from
 * the DOM events a person's typing or clicking fires. Setting `el.value = …` is not enough for
 * React, which tracks the last value it wrote on the element itself: the prototype's setter
 * bypasses that tracker so the following `input` event is seen as a real change.
 */

function nativeValueSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  const view = el.ownerDocument.defaultView;
  const proto =
    el.tagName === 'TEXTAREA'
      ? view?.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT'
        ? view?.HTMLSelectElement.prototype
        : view?.HTMLInputElement.prototype;
  return proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
}

function fire(el: Element, type: string) {
  const view = el.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  el.dispatchEvent(new EventCtor(type, { bubbles: true, cancelable: false, composed: true }));
}

/** Types `value` into an input or textarea: native setter, then `input` and `change`. */
export function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  if (el.disabled || el.readOnly) return false;
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  return true;
}

export type OptionMatcher = (label: string) => boolean;

/** A matcher for any of the given texts (folded comparison, prefix allowed: "A - Critical…"). */
export function optionMatching(texts: readonly string[], mode: 'exact' | 'prefix' = 'exact') {
  const wanted = texts.map(fold);
  return (label: string) => {
    const f = fold(label);
    return wanted.some((w) => f === w || (mode === 'prefix' && f.startsWith(w)));
  };
}

/**
 * Picks an option in a native select, an ARIA combobox (opens it, clicks the option) or a radio
 * group (clicks the radio). Returns true when an option was chosen.
 */
export function pickOption(control: Element, matches: OptionMatcher): boolean {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    if (select.disabled) return false;
    const option = [...select.options].find((o) => !o.disabled && matches(textOf(o) || o.value));
    if (!option) return false;
    const setter = nativeValueSetter(select);
    if (setter) setter.call(select, option.value);
    else select.value = option.value;
    fire(select, 'input');
    fire(select, 'change');
    return true;
  }
  const role = control.getAttribute('role');
  if (role === 'radiogroup' || control.tagName === 'FIELDSET') {
    const radio = radiosOf(control).find((r) => matches(radioLabel(r)));
    if (!radio || radio.getAttribute('aria-disabled') === 'true') return false;
    if ((radio as HTMLInputElement).disabled) return false;
    (radio as HTMLElement).click();
    return true;
  }
  if (role === 'combobox') {
    if (control.getAttribute('aria-disabled') === 'true') return false;
    let listbox = listboxOf(control);
    const findOption = () =>
      [...(listbox?.querySelectorAll<HTMLElement>('[role=option]') ?? [])].find(
        (o) => o.getAttribute('aria-disabled') !== 'true' && matches(textOf(o)),
      );
    let option = findOption();
    if (!option || control.getAttribute('aria-expanded') !== 'true') {
      // Options of many comboboxes exist only while open: open it like a click would.
      (control as HTMLElement).click();
      listbox = listboxOf(control);
      option = findOption();
    }
    if (!option) return false;
    option.click();
    return true;
  }
  return false;
}

/** The option labels a control offers (select options, radio labels, combobox options). */
export function optionLabels(control: Element): string[] {
  if (control.tagName === 'SELECT')
    return [...(control as HTMLSelectElement).options].map((o) => textOf(o)).filter(Boolean);
  const role = control.getAttribute('role');
  if (role === 'radiogroup' || control.tagName === 'FIELDSET')
    return radiosOf(control).map(radioLabel);
  if (role === 'combobox')
    return [...(listboxOf(control)?.querySelectorAll('[role=option]') ?? [])].map(textOf);
  return [];
}
