import { textOf } from '../dom/fields';
import { fold } from '../dom/labels';
import { type Detection, GUID, hostIs, isDomain, type PageKind } from './types';

/**
 * Partner Center (portals.md): path routing, optional locale segment (`/fr-fr/dashboard/…`), a
 * customer's pages at `/dashboard/commerce2/customers/{tenantId}/{section}`, the support workspace
 * at `/dashboard/v2/support/…` (older `/dashboard/support/csp/…`).
 */

const HOSTS = ['partner.microsoft.com'] as const;
const LOCALE = /^\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/)/i;

export interface PartnerCenterRoute {
  page: PageKind;
  tenantId: string | null;
  section: string | null;
}

export function partnerCenterRoute(url: URL): PartnerCenterRoute | null {
  if (!hostIs(url, HOSTS)) return null;
  const path = url.pathname.replace(LOCALE, '').replace(/\/+$/, '').toLowerCase();
  const none = { tenantId: null, section: null };
  if (/^\/(dashboard\/commerce2|commerce)\/customers\/list$/.test(path))
    return { page: 'customer-list', ...none };
  let m = /^\/dashboard\/commerce2\/customers\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (m && GUID.test(m[1]!)) {
    const section = m[2] ?? null;
    return {
      page: section === 'servicemanagement' ? 'service-management' : 'customer',
      tenantId: m[1]!,
      section,
    };
  }
  m = /^\/dashboard\/(?:v2\/support|support\/csp)\/customers(?:\/([^/]+))?/.exec(path);
  if (m) {
    const tenantId = m[1] && GUID.test(m[1]) ? m[1] : null;
    return { page: 'customer-requests', tenantId, section: null };
  }
  if (/^\/dashboard\/v2\/support\/servicerequests/.test(path))
    return { page: 'own-requests', ...none };
  return { page: 'other', ...none };
}

/**
 * The customer's display name: the breadcrumb's current item (`aria-current="page"` inside a
 * `nav`), else the page heading "{Customer} | {Section}". Only on a customer's pages.
 */
export function partnerCenterCustomerName(doc: Document): string | null {
  for (const nav of doc.querySelectorAll('nav,[role=navigation]')) {
    // A breadcrumb: its current item is the last one, after a link back to the customer list.
    // (The customer menu also marks a current item, but has no such link before it.)
    const current = nav.querySelector('[aria-current="page"]');
    const item = current?.closest('li');
    if (!current || !item || item.nextElementSibling) continue;
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (
      !links.some((a) =>
        /\/customers(\/list)?\/?$/i.test((a.getAttribute('href') ?? '').split(/[?#]/)[0]!),
      )
    )
      continue;
    const name = textOf(current);
    if (name) return name.slice(0, 200);
  }
  const heading = doc.querySelector('h1,[role=heading][aria-level="1"]');
  const text = textOf(heading);
  const bar = text.lastIndexOf(' | ');
  if (bar > 0) return text.slice(0, bar).trim().slice(0, 200);
  return null;
}

/**
 * Domains shown for the customer: the "Administer services" links name the tenant
 * (`https://portal.azure.com/#@contoso.onmicrosoft.com/…`, `https://portal.azure.com/{domain}`),
 * and account pages show the primary domain as text ending in `.onmicrosoft.com`.
 */
export function partnerCenterDomains(doc: Document): string[] {
  const found: string[] = [];
  const add = (d: string | null | undefined) => {
    const v = d?.toLowerCase();
    if (
      v &&
      isDomain(v) &&
      !found.includes(v) &&
      !/(^|\.)microsoft(online)?\.com$|azure\.com$/.test(v)
    )
      found.push(v);
  };
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href*="portal.azure.com"]')) {
    const href = a.getAttribute('href') ?? '';
    const at = /#@([^/?#]+)/.exec(href);
    if (at) add(safeDecode(at[1]!));
    const path = /^https:\/\/portal\.azure\.com\/([^/#?]+\.[a-z]{2,})(?:[/?#]|$)/i.exec(href);
    if (path) add(path[1]);
  }
  const main = doc.querySelector('main,[role=main]') ?? doc.body;
  const text = main ? textOf(main) : '';
  for (const m of text.matchAll(/\b[a-z0-9][a-z0-9-]{0,61}\.onmicrosoft\.com\b/gi)) add(m[0]);
  return found.slice(0, 20);
}

function safeDecode(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

export function detectPartnerCenter(url: URL, doc?: Document): Detection | null {
  const route = partnerCenterRoute(url);
  if (!route) return null;
  const onCustomer = route.tenantId !== null;
  const name = onCustomer && doc ? partnerCenterCustomerName(doc) : null;
  return {
    portal: 'partner-center',
    page: route.page,
    tenant: onCustomer
      ? { kind: 'customer', tenantId: route.tenantId!.toLowerCase(), domain: null }
      : route.page === 'own-requests'
        ? { kind: 'own' }
        : { kind: 'unknown' },
    customerName: name && fold(name) ? name : null,
    domains: onCustomer && doc ? partnerCenterDomains(doc) : [],
    service: null,
  };
}
