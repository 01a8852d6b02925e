import { fold } from '../dom/labels';

/**
 * The account Support for business shows signed in (domain.md §5: a 5-pack's incidents can be
 * used only when signed in with the Microsoft account that bought it).
 *
 * What is known, and how sure (2026-12): nothing public shows the header of
 * support.serviceshub.microsoft.com itself. Microsoft's sites share one header account control,
 * "MeControl" (Microsoft 365, support.microsoft.com, account.microsoft.com): a trigger button
 * named "Account manager for {display name}" that opens a flyout with the current account's
 * display name and its sign-in address; public automation scripts read that address from the
 * flyout's `#mectrl_currentAccount_secondary` and the name from `…_primary` [seen]. That Support
 * for business uses this control is our reading, not a documented fact [guess]: so the reading
 * below relies first on structure and text (a banner landmark or the account control, and an
 * address shaped like a sign-in), the control's ids being one alternative among them, and it
 * answers null rather than guess whenever the page shows no single account.
 */

/** The account control's accessible name, EN and FR, before the person's name. */
const ACCOUNT_CONTROL_NAMES = [
  'account manager for',
  'account manager',
  'gestionnaire de comptes pour',
  'gestionnaire de compte pour',
  'gestionnaire de comptes',
];

/** The control's known ids: one alternative, never the only way in. */
const KNOWN_ACCOUNT_IDS = ['mectrl_currentAccount_secondary'];

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** A whole text that is a phone number (a Microsoft account may be one). */
const PHONE = /^\+?[0-9][0-9 ().-]{6,}[0-9]$/;

export interface SignedInAccount {
  /** The sign-in address as the page shows it (an e-mail address, or a phone number). */
  account: string;
  /** Where it was read: the account control (its name or its flyout), or the page's banner. */
  source: 'account-control' | 'banner';
}

function nameOf(el: Element): string {
  return el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '';
}

function isAccountControl(el: Element): boolean {
  const name = fold(nameOf(el));
  return ACCOUNT_CONTROL_NAMES.some((n) => name === n || name.startsWith(`${n} `));
}

/** Every sign-in address in an element's own text and names (hidden parts included: a closed flyout). */
function addressesIn(el: Element, into: Set<string>): void {
  // Text node by text node: two adjacent elements ("Camille Dubois" then the address) must not
  // run into one word.
  const texts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
  for (const node of [el, ...el.querySelectorAll('[aria-label],[title]')]) {
    texts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '');
  }
  for (const text of texts) for (const m of text.matchAll(EMAIL)) into.add(m[0].toLowerCase());
}

/** The address a known account element shows (an e-mail or a phone number). */
function addressOf(el: Element): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const email = text.match(EMAIL);
  if (email?.length === 1) return email[0].toLowerCase();
  if (PHONE.test(text)) return text;
  return null;
}

function single(found: Set<string>): string | null {
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The account the page shows signed in, or null when it shows none, or several (a flyout listing
 * other accounts too names more than one: then the known id alone decides, else nothing does).
 */
export function sfbSignedInAccount(doc: Document): SignedInAccount | null {
  // 1. The account control: its name may carry the address; the region it controls holds it.
  const controls = [...doc.querySelectorAll('button,a,[role=button]')].filter(isAccountControl);
  for (const control of controls) {
    const found = new Set<string>();
    addressesIn(control, found);
    const controlled = control.getAttribute('aria-controls');
    const region = controlled ? doc.getElementById(controlled) : null;
    if (region) addressesIn(region, found);
    const one = single(found);
    if (one) return { account: one, source: 'account-control' };
  }
  // 2. The control's known element for the current account (MeControl's flyout).
  for (const id of KNOWN_ACCOUNT_IDS) {
    const el = doc.getElementById(id);
    const address = el ? addressOf(el) : null;
    if (address) return { account: address, source: 'account-control' };
  }
  // 3. The page's banner landmark, when it shows exactly one address.
  const found = new Set<string>();
  for (const banner of doc.querySelectorAll('header,[role=banner]')) {
    // A header inside a section or an article is that part's, not the page's.
    if (banner.tagName === 'HEADER' && banner.closest('main,article,section,aside,nav')) continue;
    addressesIn(banner, found);
  }
  const one = single(found);
  return one ? { account: one, source: 'banner' } : null;
}
