import { confirm, isDisabled, isVisible, pointerClick } from './gestures';
import { nameCandidates } from './names';
import { visibleText } from './text';
import type { ControlFamily } from './types';

/**
 * Radio groups: `role=radiogroup` (Fluent v8 `ChoiceGroup`, v9 `RadioGroup`) or a `fieldset`
 * holding radios, with native `input[type=radio]` or ARIA `role=radio` items.
 */

const RADIO = 'input[type=radio],[role=radio]';

export function radiosOf(group: Element): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(RADIO)].filter(
    (r) => isVisible(r) || r.tagName === 'INPUT',
  );
}

export function radioLabel(radio: Element): string {
  return nameCandidates(radio)[0] ?? visibleText(radio);
}

function isChecked(radio: Element): boolean {
  if (radio.tagName === 'INPUT') return (radio as HTMLInputElement).checked;
  return radio.getAttribute('aria-checked') === 'true';
}

function read(group: HTMLElement): string | null {
  const checked = radiosOf(group).find(isChecked);
  return checked ? radioLabel(checked) : null;
}

export const radioGroup: ControlFamily = {
  id: 'radio-group',
  claims: (el) =>
    el.getAttribute('role') === 'radiogroup' ||
    ((el.tagName === 'FIELDSET' || el.getAttribute('role') === 'group') &&
      el.querySelector(RADIO) !== null),
  read,
  async options(group) {
    return radiosOf(group).map(radioLabel);
  },
  async pick(group, choose, options) {
    const radios = radiosOf(group).filter((r) => !isDisabled(r));
    const radio = radios[choose(radios.map(radioLabel))];
    if (!radio) return { ok: false, reason: 'no-option' };
    const label = radioLabel(radio);
    if (isChecked(radio)) return { ok: true, value: label };
    pointerClick(radio);
    // The framework may re-render the radios: confirm on the group's value, not the old node.
    return confirm(
      group.ownerDocument,
      () => group.isConnected && read(group) === label && label,
      options,
    );
  },
};
