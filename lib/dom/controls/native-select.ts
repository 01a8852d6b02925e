import { confirm, isDisabled } from './gestures';
import { cleanText } from './text';
import { setNativeValue } from './text-input';
import type { ControlFamily } from './types';

/** `<select>`: the hand-written portal pages and Support for business's plain selects. */

function read(el: HTMLElement): string | null {
  const select = el as HTMLSelectElement;
  const option = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
  if (!option || option.value === '' || option.disabled) return null;
  return cleanText(option.textContent) || option.value;
}

const labelsOf = (select: HTMLSelectElement) =>
  [...select.options].filter((o) => !o.disabled && o.value !== '');

export const nativeSelect: ControlFamily = {
  id: 'native-select',
  claims: (el) => el.tagName === 'SELECT',
  read,
  async options(el) {
    return labelsOf(el as HTMLSelectElement).map((o) => cleanText(o.textContent) || o.value);
  },
  async pick(el, choose, options) {
    const select = el as HTMLSelectElement;
    if (isDisabled(select)) return { ok: false, reason: 'disabled' };
    const candidates = labelsOf(select);
    const option = candidates[choose(candidates.map((o) => cleanText(o.textContent) || o.value))];
    if (!option) return { ok: false, reason: 'no-option' };
    setNativeValue(select, option.value);
    // A framework may re-render the select from its own state: wait until it keeps the value.
    return confirm(
      select.ownerDocument,
      () => select.isConnected && select.value === option.value && read(select),
      options,
    );
  },
};
