import { shownValue } from './aria-combobox';
import { listFromPopup, pickFromList, popupOf } from './popup-list';
import type { ControlFamily } from './types';

/**
 * Dropdowns of the Azure portal's classic (Ibiza) blades, from the traits in portals.md: inside
 * `.azc-formControl`, a `.fxc-dropdown-input` that is a `div[role=combobox]`, a
 * `button[aria-haspopup=listbox]` or an `aria-haspopup="dialog"` opener; options `.fxc-dropdown-option`
 * (sometimes without `role=option`) and `treeitem` groups; some select on mouseup. Picking goes
 * through the shared list driver (its pointer sequence includes the mouseup); what differs is
 * which elements are Ibiza's and that the popup may be a dialog whose text is not the value.
 */

const IBIZA_CLASS = /\b(?:fxc-dropdown|azc-dropdown|azc-formControl)/;

function isIbiza(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  if (popup === 'dialog') return true;
  if (popup && el.getAttribute('role') !== 'combobox' && el.tagName === 'BUTTON') return true;
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++)
    if (IBIZA_CLASS.test(e.getAttribute('class') ?? '')) return true;
  return false;
}

function read(el: HTMLElement): string | null {
  const popup = popupOf(el);
  return shownValue(el, (e) => e === popup);
}

export const ibizaDropdown: ControlFamily = {
  id: 'ibiza-dropdown',
  claims: (el) =>
    isIbiza(el) &&
    (el.getAttribute('role') === 'combobox' ||
      el.hasAttribute('aria-haspopup') ||
      el.tagName === 'BUTTON'),
  read,
  options: (el, options) => listFromPopup(el, options),
  pick: (el, choose, options) => pickFromList(el, choose, read, options),
};
