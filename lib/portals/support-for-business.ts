import { fold, LABELS, type LabelLanguage, labelLanguages } from '../dom/labels';
import { type Detection, hostIs, type PageKind } from './types';

/**
 * Microsoft Support for business (portals.md, "Support for business"): ONE URL for the whole
 * request form, `/supportforbusiness/create` (deep links add `?sapId={product GUID}`), onboarding
 * at `/supportforbusiness/onboarding`, and the older host's product selection
 * `support.microsoft.com/supportforbusiness/productselection?sapId=`. The URL says only "this is
 * the form"; which step the agent is on is read from the page's headings (`supportForBusinessStep`).
 */

const HOSTS = ['support.serviceshub.microsoft.com', 'support.microsoft.com'] as const;

/**
 * Positive URLs of this detector, current and older (refined-github's github-url-detection
 * style): every other detector must reject them, and this one must accept them.
 */
export const SUPPORT_FOR_BUSINESS_TEST_URLS = [
  'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  'https://support.serviceshub.microsoft.com/supportforbusiness/create/',
  'https://support.serviceshub.microsoft.com/supportforbusiness/create?sapId=f1b2c3d4-0000-4000-8000-0123456789ab',
  'https://support.serviceshub.microsoft.com/SupportForBusiness/Create?sapId=abc&lang=fr',
  'https://support.serviceshub.microsoft.com/supportforbusiness/onboarding',
  'https://support.serviceshub.microsoft.com/supportforbusiness',
  'https://support.microsoft.com/supportforbusiness/productselection?sapId=f1b2c3d4-0000-4000-8000-0123456789ab',
  'https://support.microsoft.com/en-us/supportforbusiness/productselection?sapId=abc',
] as const;

/**
 * The route: the request form (`new-request`), or another page of the product (`other`, e.g.
 * onboarding). On `support.microsoft.com` only the Support for business paths are ours: the rest
 * of that host is Microsoft's consumer help site.
 */
export function supportForBusinessRoute(url: URL): PageKind | null {
  if (!hostIs(url, HOSTS)) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (url.hostname.toLowerCase() === 'support.microsoft.com') {
    // An optional locale segment precedes the path on that host (`/en-us/…`).
    const m = /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/supportforbusiness(\/.*)?$/.exec(path);
    if (!m) return null;
    return m[1] === '/productselection' ? 'new-request' : 'other';
  }
  if (path !== '/supportforbusiness' && !path.startsWith('/supportforbusiness/')) return null;
  return path === '/supportforbusiness/create' ? 'new-request' : 'other';
}

export function detectSupportForBusiness(url: URL, _doc?: Document): Detection | null {
  const page = supportForBusinessRoute(url);
  if (!page) return null;
  return {
    portal: 'support-for-business',
    page,
    // The partner files for itself here: its own context (domain.md §3: professional support).
    tenant: { kind: 'own' },
    customerName: null,
    domains: [],
    service: 'on-premises',
  };
}

export type SupportForBusinessStep = 1 | 2 | 3;

const STEP_KEYS = [
  [1, 'sfbStep1'],
  [2, 'sfbStep2'],
  [3, 'sfbStep3'],
] as const;

/** "Step 1: Product and Support Type" → "product and support type" (the numbering goes). */
function stepTitle(text: string): string {
  return fold(text)
    .replace(/^(step|etape)\s*\d+\s*[-.:]?\s*/, '')
    .trim();
}

const CONTROLS =
  'input:not([type=hidden]),select,textarea,[role=combobox],[role=radio],[role=listbox],[role=textbox]';

const isHidden = (el: Element) => el.closest('[hidden],[aria-hidden="true"]') !== null;

/** The part of the form a step heading introduces. */
function sectionOf(heading: Element): Element | null {
  return heading.closest('section,fieldset,[role=region],[role=group]') ?? heading.parentElement;
}

/**
 * Is the step's section the one being filled in? Its heading (or the button wrapping it) says so
 * with `aria-expanded` when the section is an expander; otherwise the section holds enabled form
 * controls, while steps not yet reached (or done and folded) show only their heading.
 */
function isOpen(heading: Element): boolean {
  const toggle =
    heading.closest('[aria-expanded]') ?? heading.querySelector('[aria-expanded]') ?? null;
  if (toggle) return toggle.getAttribute('aria-expanded') === 'true';
  const section = sectionOf(heading);
  if (!section) return false;
  for (const control of section.querySelectorAll(CONTROLS)) {
    if (isHidden(control)) continue;
    if (control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true')
      continue;
    return true;
  }
  return false;
}

/**
 * The step the form shows, from its headings (portals.md: sections "Step 1: Product and Support
 * Type", "Step 2: Issue Description", "Step 3: Contact Details and Sharing"). Every step's heading
 * may be on the page at once, so the current step is the highest one whose section is open (being
 * filled in); when none looks open, the highest step whose heading is shown. Null when no step
 * heading is shown (onboarding, or the form is still loading).
 */
export function supportForBusinessStep(doc: Document): SupportForBusinessStep | null {
  const languages: LabelLanguage[] = labelLanguages(doc);
  const titles = new Map<string, SupportForBusinessStep>();
  for (const [step, key] of STEP_KEYS)
    for (const lang of languages)
      for (const alt of LABELS[key][lang]) titles.set(stepTitle(alt), step);
  let shown: SupportForBusinessStep | null = null;
  let open: SupportForBusinessStep | null = null;
  for (const heading of doc.querySelectorAll('h1,h2,h3,h4,[role=heading]')) {
    if (isHidden(heading)) continue;
    const step = titles.get(stepTitle(heading.textContent ?? ''));
    if (!step) continue;
    if (shown === null || step > shown) shown = step;
    if ((open === null || step > open) && isOpen(heading)) open = step;
  }
  return open ?? shown;
}
