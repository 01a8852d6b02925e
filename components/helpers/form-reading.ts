import {
  accessibleName,
  findField,
  findSection,
  queryAll,
  readControl,
  textOf,
} from '../../lib/dom/fields';
import { labelLanguages, matchesLabel } from '../../lib/dom/labels';
import { ianaFromPortalZone } from '../../lib/dom/time-zones';
import type { Severity } from '../../lib/history/types';

/**
 * Reading the request form's fields the helpers share (severity, language, coverage, time zone,
 * contact, summary). Everything returns null when the field is absent or unreadable.
 */

/** "A - Critical impact" / "B - Impact modéré" → the letter; the emergency level counts as A. */
export function severityOfLabel(label: string | null): Severity | null {
  const m = /^\s*([ABC])\s*(?:[-–—:.)]|$)/i.exec(label ?? '');
  return m ? (m[1]!.toUpperCase() as Severity) : null;
}

export function severityControl(doc: Document): HTMLElement | null {
  return findField(doc, 'severity');
}

export function readSeverity(
  doc: Document,
): { control: HTMLElement; severity: Severity | null } | null {
  const control = severityControl(doc);
  if (!control) return null;
  return { control, severity: severityOfLabel(readControl(control)) };
}

export function readSupportLanguage(doc: Document): 'english' | 'local' | null {
  const control = findField(doc, 'supportLanguage');
  const value = control ? readControl(control) : null;
  if (!value) return null;
  return matchesLabel(value, 'english', ['en', 'fr'], 'prefix') ? 'english' : 'local';
}

/** The 24x7 choice: a checkbox named by the availability label or inside a group named by it. */
export function readCoverage(doc: Document): 'around-the-clock' | 'business-hours' | null {
  const languages = labelLanguages(doc);
  for (const box of queryAll<HTMLInputElement>(doc, 'input[type=checkbox],[role=checkbox]')) {
    const group = box.closest('[role=group],fieldset');
    const named =
      matchesLabel(accessibleName(box), 'availability', languages, 'prefix') ||
      (group && matchesLabel(accessibleName(group), 'availability', languages, 'prefix'));
    if (!named) continue;
    const checked =
      box.tagName === 'INPUT' ? box.checked : box.getAttribute('aria-checked') === 'true';
    return checked ? 'around-the-clock' : 'business-hours';
  }
  return null;
}

export function readRequestTimeZone(doc: Document): string | null {
  const control = findField(doc, 'timeZone');
  if (!control) return null;
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return ianaFromPortalZone(select.value) ?? ianaFromPortalZone(readControl(select));
  }
  return ianaFromPortalZone(readControl(control));
}

export interface ContactFields {
  section: HTMLElement | null;
  firstName: HTMLInputElement | null;
  lastName: HTMLInputElement | null;
  email: HTMLInputElement | null;
  phone: HTMLInputElement | null;
}

function asInput(el: Element | null): HTMLInputElement | null {
  return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')
    ? (el as HTMLInputElement)
    : null;
}

/** The contact fields, looked up inside the "Contact info" section when the page has one. */
export function contactFields(doc: Document): ContactFields {
  // The e-mail or phone field first (one shared query of controls): without either there is no
  // contact section to look for, and the headings query is spared.
  const anyEmail = asInput(findField(doc, 'email'));
  const anyPhone = asInput(findField(doc, 'phone'));
  if (!anyEmail && !anyPhone)
    return { section: null, firstName: null, lastName: null, email: null, phone: null };
  const found = findSection(doc, 'contactInfo');
  const within = found?.section;
  const get = (key: 'firstName' | 'lastName' | 'email' | 'phone') =>
    (within ? asInput(findField(doc, key, { within })) : null) ?? asInput(findField(doc, key));
  return {
    section: found?.section ?? null,
    firstName: get('firstName'),
    lastName: get('lastName'),
    email: get('email'),
    phone: get('phone'),
  };
}

export function readTitle(doc: Document): { control: HTMLElement; text: string } | null {
  const control = findField(doc, 'summary');
  if (!control) return null;
  return { control, text: readControl(control) ?? '' };
}

export function readDescription(doc: Document): { control: HTMLElement; text: string } | null {
  const control = findField(doc, 'description');
  if (!control || control.getAttribute('role') === 'radiogroup') return null;
  return { control, text: readControl(control) ?? '' };
}

export { textOf };
