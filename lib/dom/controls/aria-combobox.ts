import { listFromPopup, optionLabel, optionsIn, pickFromList } from './popup-list';
import { cleanText, visibleText } from './text';
import type { ControlFamily } from './types';

/**
 * ARIA comboboxes and listboxes: Fluent UI React v8 `Dropdown` (`div[role=combobox]`, value in the
 * `{id}-option` element it is also labelled by, caret as an icon-font glyph, list in a body layer
 * only while open), Fluent v9 `Dropdown` (`button[role=combobox]`) and `Combobox`
 * (`input[role=combobox]`), and the hand-written pages' comboboxes whose list is always rendered.
 */

/** A list the control owns even while closed (rendered inside, beside, or named by id). */
function attachedList(el: HTMLElement): HTMLElement | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const found = 'getElementById' in root ? root.getElementById(id) : null;
      if (found) return found as HTMLElement;
    }
  }
  if (el.getAttribute('role') === 'listbox') return el;
  return (
    el.querySelector<HTMLElement>('[role=listbox]') ??
    el.parentElement?.querySelector<HTMLElement>(':scope > [role=listbox]') ??
    null
  );
}

function isPlaceholder(valueEl: Element, control: Element, text: string): boolean {
  // Fluent v8 marks the title showing its placeholder (`ms-Dropdown-titleIsPlaceHolder`); other
  // libraries say it with an attribute. A class is only one alternative here, never the only one.
  if (/placeholder/i.test(valueEl.getAttribute('class') ?? '') && valueEl !== control) return true;
  const declared =
    control.getAttribute('aria-placeholder') ??
    control.getAttribute('placeholder') ??
    control.getAttribute('data-placeholder');
  return declared !== null && cleanText(declared) === text;
}

/**
 * What the control shows as its value: the selected option of a list it owns, else the element
 * inside it that it is labelled by (its value element), else its own text without decoration.
 */
export function shownValue(el: HTMLElement, skip?: (e: Element) => boolean): string | null {
  if (el.tagName === 'INPUT') return cleanText((el as HTMLInputElement).value) || null;
  const list = attachedList(el);
  const options = list ? [...list.querySelectorAll('[role=option]')] : [];
  if (options.length) {
    const selected = options.find(
      (o) =>
        o.getAttribute('aria-selected') === 'true' || o.getAttribute('aria-checked') === 'true',
    );
    return selected ? optionLabel(selected) : null;
  }
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const part = 'getElementById' in root ? root.getElementById(id) : null;
    if (part && el.contains(part) && part !== el) {
      const text = visibleText(part);
      return text && !isPlaceholder(part, el, text) ? text : null;
    }
  }
  const text = visibleText(el, (e) => e === list || (skip?.(e) ?? false));
  return text && !isPlaceholder(el, el, text) ? text : null;
}

export const ariaCombobox: ControlFamily = {
  id: 'aria-combobox',
  claims: (el) => {
    const role = el.getAttribute('role');
    return role === 'combobox' || role === 'listbox';
  },
  read: (el) => shownValue(el),
  async options(el, options) {
    const list = attachedList(el);
    const rendered = list ? optionsIn(list) : [];
    if (rendered.length) return rendered.map(optionLabel);
    return listFromPopup(el, options);
  },
  pick: (el, choose, options) => pickFromList(el, choose, (c) => shownValue(c), options),
};
