import {
  type Control,
  type FamilyId,
  findControl,
  isChecked,
  readValue,
} from '../../lib/dom/controls';
import { accessibleName, findSection, queryAll } from '../../lib/dom/fields';
import { labelLanguages, matchesLabel } from '../../lib/dom/labels';
import { ianaFromPortalZone } from '../../lib/dom/time-zones';
import type { Severity } from '../../lib/history/types';

/**
 * Reading the request form's fields the helpers share (severity, language, coverage, time zone,
 * contact, summary), through the control families of lib/dom/controls: whichever library drew a
 * field, it is found by its label and read from its value, never from its decoration. Everything
 * returns null when the field is absent or unreadable.
 */

/** Families a person chooses a value from (a plan, a severity, a language). */
export const CHOICE_FAMILIES: readonly FamilyId[] = [
  'native-select',
  'radio-group',
  'aria-combobox',
  'ibiza-dropdown',
];
const TEXT_FAMILIES: readonly FamilyId[] = ['text-input'];

/** "A - Critical impact" / "B - Impact modéré" → the letter; the emergency level counts as A. */
export function severityOfLabel(label: string | null): Severity | null {
  const m = /^\s*([ABC])\s*(?:[-–—:.)]|$)/i.exec(label ?? '');
  return m ? (m[1]!.toUpperCase() as Severity) : null;
}

export function severityControl(doc: Document): Control | null {
  return findControl(doc, 'severity', { families: CHOICE_FAMILIES });
}

export function readSeverity(
  doc: Document,
): { control: Control; severity: Severity | null } | null {
  const control = severityControl(doc);
  if (!control) return null;
  return { control, severity: severityOfLabel(readValue(control)) };
}

export function readSupportLanguage(doc: Document): 'english' | 'local' | null {
  const control = findControl(doc, 'supportLanguage', { families: CHOICE_FAMILIES });
  const value = control ? readValue(control) : null;
  if (!value) return null;
  return matchesLabel(value, 'english', ['en', 'fr'], 'prefix') ? 'english' : 'local';
}

/**
 * The 24x7 choice: a checkbox or toggle named by the availability label, or one inside a group
 * named by it ("Your availability" → "24x7 response").
 */
export function readCoverage(doc: Document): 'around-the-clock' | 'business-hours' | null {
  const named = findControl(doc, 'availability', { families: ['checkable'] });
  let checked = named ? isChecked(named) : null;
  if (checked === null) {
    const languages = labelLanguages(doc);
    for (const box of queryAll<HTMLElement>(
      doc,
      'input[type=checkbox],[role=checkbox],[role=switch]',
    )) {
      const group = box.closest('[role=group],fieldset');
      if (!group || !matchesLabel(accessibleName(group), 'availability', languages, 'prefix'))
        continue;
      checked =
        box.tagName === 'INPUT'
          ? (box as HTMLInputElement).checked
          : box.getAttribute('aria-checked') === 'true';
      break;
    }
  }
  if (checked === null) return null;
  return checked ? 'around-the-clock' : 'business-hours';
}

export function readRequestTimeZone(doc: Document): string | null {
  const control = findControl(doc, 'timeZone', { families: CHOICE_FAMILIES });
  if (!control) return null;
  if (control.element.tagName === 'SELECT') {
    const select = control.element as HTMLSelectElement;
    return ianaFromPortalZone(select.value) ?? ianaFromPortalZone(readValue(control));
  }
  return ianaFromPortalZone(readValue(control));
}

export interface ContactFields {
  section: HTMLElement | null;
  firstName: Control | null;
  lastName: Control | null;
  email: Control | null;
  phone: Control | null;
}

export type ContactField = 'firstName' | 'lastName' | 'email' | 'phone';

/** What a contact field holds now ('' when empty). */
export function contactValue(control: Control | null): string {
  return control ? (readValue(control) ?? '') : '';
}

/** The contact fields, looked up inside the "Contact info" section when the page has one. */
export function contactFields(doc: Document): ContactFields {
  // The e-mail or phone field first (one shared query of controls): without either there is no
  // contact section to look for, and the headings query is spared.
  const text = { families: TEXT_FAMILIES };
  const anyEmail = findControl(doc, 'email', text);
  const anyPhone = findControl(doc, 'phone', text);
  if (!anyEmail && !anyPhone)
    return { section: null, firstName: null, lastName: null, email: null, phone: null };
  const found = findSection(doc, 'contactInfo');
  const within = found?.section;
  const get = (key: ContactField) =>
    (within ? findControl(doc, key, { ...text, within }) : null) ?? findControl(doc, key, text);
  return {
    section: found?.section ?? null,
    firstName: get('firstName'),
    lastName: get('lastName'),
    email: get('email'),
    phone: get('phone'),
  };
}

export function readTitle(doc: Document): { control: Control; text: string } | null {
  const control = findControl(doc, 'summary', { families: TEXT_FAMILIES });
  if (!control) return null;
  return { control, text: readValue(control) ?? '' };
}

export function readDescription(doc: Document): { control: Control; text: string } | null {
  const control = findControl(doc, 'description', { families: TEXT_FAMILIES });
  if (!control) return null;
  return { control, text: readValue(control) ?? '' };
}
