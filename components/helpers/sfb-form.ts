import { type Control, findControl, readValue } from '../../lib/dom/controls';
import { radioLabel, radiosOf } from '../../lib/dom/controls/radio-group';
import { fieldRow, queryAll, textOf } from '../../lib/dom/fields';
import { fold, type LabelKey, labelLanguages, matchesLabel } from '../../lib/dom/labels';
import type { Severity } from '../../lib/history/types';
import { supportForBusinessStep } from '../../lib/portals/support-for-business';
import { severityOfLabel } from './form-reading';

/**
 * Reading Support for business's request form (portals.md, "Support for business"): the fields of
 * Step 1 by their visible labels, EN and FR, whatever control renders them (Fluent v8 Dropdown,
 * ComboBox and ChoiceGroup on Microsoft's page). Everything returns null when the field is absent.
 */

/**
 * A control's shown value without decoration: Fluent's Dropdown text holds its caret, an icon-font
 * glyph in the private-use area (portals.md, Fluent v8), and a label may carry "(Required)".
 */
function cleanValue(text: string | null): string | null {
  const clean = (text ?? '')
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/[⌄▾▼]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean || null;
}

/** Is the form's first step (where every field below lives) the one being filled in? */
export function onStepOne(doc: Document): boolean {
  return supportForBusinessStep(doc) === 1;
}

/**
 * The label element that names a field, even when the field has no control (Types of Support
 * shows only a message when no plan is eligible).
 */
function labelElement(doc: Document, key: LabelKey): HTMLElement | null {
  const languages = labelLanguages(doc);
  for (const el of queryAll<HTMLElement>(doc, 'label,legend,[role=heading]')) {
    if (matchesLabel(textOf(el), key, languages, 'prefix')) return el;
  }
  return null;
}

/**
 * The control a label names, through the control families of lib/dom/controls (Fluent names a
 * Dropdown by its label AND its current value, `aria-labelledby="{id}-label {id}-option"`,
 * portals.md: each id counts alone there), and the value it shows without decoration.
 */
function findSfbControl(doc: Document, key: LabelKey): Control | null {
  return findControl(doc, key);
}

/** The product chosen in "Select a product" (its name carries the version). */
export function readSfbProduct(
  doc: Document,
): { control: HTMLElement; label: string | null } | null {
  const found = findSfbControl(doc, 'sfbProduct');
  if (!found) return null;
  const control = found.element;
  const label = cleanValue(readValue(found));
  // The label as shown; which product it names is the background's answer (`rules:eligibility`):
  // the placeholder ("Select a product") names none.
  return { control, label };
}

export interface SupportTypes {
  /** Where a helper sits: after the list (or the message that replaces it). */
  anchor: Element;
  /** The rows' texts, as shown; empty when the page says no plan is eligible. */
  rows: string[];
}

/** "Types of Support": a radio group of plans, or its label above a "no eligible plan" message. */
export function readSupportTypes(doc: Document): SupportTypes | null {
  const group = findSfbControl(doc, 'sfbSupportTypes')?.element;
  if (group && radiosOf(group).length > 0) {
    const rows = radiosOf(group)
      .map((radio) => cleanValue(radioLabel(radio)))
      .filter((t): t is string => t !== null);
    return { anchor: fieldRow(group), rows };
  }
  const label = labelElement(doc, 'sfbSupportTypes');
  if (!label) return null;
  // The message (or spinner) that stands in for the list follows the label.
  const next = label.nextElementSibling;
  if (next?.querySelector('[role=progressbar]') || next?.getAttribute('role') === 'progressbar')
    return null;
  return { anchor: next ?? label, rows: [] };
}

/** The severity chosen in "What is the severity of your issue?". */
export function readSfbSeverity(
  doc: Document,
): { control: HTMLElement; severity: Severity | null } | null {
  const found = findSfbControl(doc, 'sfbSeverity');
  if (!found) return null;
  return { control: found.element, severity: severityOfLabel(cleanValue(readValue(found))) };
}

/** "When would you like to receive support?": business hours or around the clock. */
export function readSfbCoverage(
  doc: Document,
): { control: HTMLElement; coverage: 'business-hours' | 'around-the-clock' | null } | null {
  const found = findSfbControl(doc, 'sfbSupportHours');
  if (!found) return null;
  const control = found.element;
  const value = cleanValue(readValue(found));
  const languages = labelLanguages(doc);
  let coverage: 'business-hours' | 'around-the-clock' | null = null;
  if (value && matchesLabel(value, 'sfbBusinessHoursOption', languages, 'prefix'))
    coverage = 'business-hours';
  else if (value && matchesLabel(value, 'sfbAroundTheClockOption', languages, 'prefix'))
    coverage = 'around-the-clock';
  return { control, coverage };
}

/** The "Unavailable support plans" expander and the plan names it lists (when open). */
export function readUnavailable(doc: Document): { anchor: Element; names: string[] } | null {
  const languages = labelLanguages(doc);
  for (const toggle of doc.querySelectorAll('button,summary,[role=button]')) {
    // A button is named by its content unless it says otherwise.
    const name = cleanValue(toggle.getAttribute('aria-label') || textOf(toggle));
    if (!matchesLabel(name, 'unavailablePlans', languages, 'prefix')) continue;
    const controlled = toggle.getAttribute('aria-controls');
    const region =
      (controlled ? doc.getElementById(controlled) : null) ??
      toggle.closest('details') ??
      toggle.nextElementSibling;
    if (!region || region.closest('[hidden]') || toggle.getAttribute('aria-expanded') === 'false')
      return { anchor: toggle, names: [] };
    const names = [...region.querySelectorAll('li,[role=listitem]')]
      // The plan's name is the item's heading or first block (details and the error follow).
      .map((li) =>
        textOf(li.querySelector('h3,h4,strong,b,[role=heading]') ?? li.firstElementChild ?? li),
      )
      .filter(Boolean);
    return { anchor: toggle, names };
  }
  return null;
}

/** Folded text, for keys that must not change with whitespace or case. */
export const rowKey = (text: string) => fold(text);
