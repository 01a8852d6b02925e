import { deepClosest, deepQuery, deepQueryAll, deepText } from '../dom/deep-query';
import { fold } from '../dom/labels';
import { cleanName } from '../names';
import {
  type Detection,
  type DetectorTestUrl,
  GUID,
  hostIs,
  isDomain,
  type PageKind,
} from './types';

/**
 * Partner Center (portals.md): path routing under `/dashboard/v2/` today — the customer list
 * `/dashboard/v2/customers/list`, a customer's pages `/dashboard/v2/customers/{tenantId}/{section}`
 * (`servicemanagementpage`, `account`, `adminrelationships`…), the GDAP list
 * `/dashboard/v2/customers/granularadminaccess/list`, the support workspace
 * `/dashboard/v2/support/servicerequests` — beside the older `/dashboard/commerce2/customers/…`
 * forms, with an optional locale segment (`/fr-fr/dashboard/…`). The page is built of web
 * components in nested open shadow roots: the page facts are read through them.
 */

const HOSTS = ['partner.microsoft.com'] as const;
const LOCALE = /^\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/)/i;

export interface PartnerCenterRoute {
  page: PageKind;
  tenantId: string | null;
  section: string | null;
}

/** Sections that are the customer's service management page, current and older spellings. */
const SERVICE_MANAGEMENT = new Set(['servicemanagementpage', 'servicemanagement']);

export function partnerCenterRoute(url: URL): PartnerCenterRoute | null {
  if (!hostIs(url, HOSTS)) return null;
  const path = url.pathname.replace(LOCALE, '').replace(/\/+$/, '').toLowerCase();
  const none = { tenantId: null, section: null };
  if (/^\/(?:dashboard\/(?:v2|commerce2)|commerce)\/customers(?:\/list)?$/.test(path))
    return { page: 'customer-list', ...none };
  if (/^\/dashboard\/(?:v2\/)?customers\/granularadminaccess(?:\/list)?$/.test(path))
    return { page: 'admin-relationships', ...none };
  let m = /^\/dashboard\/(?:v2|commerce2)\/customers\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (m && GUID.test(m[1]!)) {
    const section = m[2] ?? null;
    return {
      page: section && SERVICE_MANAGEMENT.has(section) ? 'service-management' : 'customer',
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

const hrefOf = (el: Element) => el.getAttribute('href') ?? '';
const isListLink = (el: Element) => /\/customers(\/list)?\/?$/i.test(hrefOf(el).split(/[?#]/)[0]!);

/**
 * The customer's display name: the breadcrumb's current item (`aria-current="page"` inside a
 * `nav`, after a link back to the customer list), else the page heading "{Customer} | {Section}".
 * Both may sit in nested open shadow roots (portals.md), so the search goes through them. Only on
 * a customer's pages.
 */
export function partnerCenterCustomerName(doc: Document): string | null {
  for (const nav of deepQueryAll(doc, 'nav,[role=navigation]')) {
    const currents = deepQueryAll(nav, '[aria-current="page"]');
    const current = currents.at(-1);
    if (!current) continue;
    // A breadcrumb: its current item is the last one, after a link back to the customer list.
    // (The customer menu also marks a current item, but has no such link before it.)
    const item = deepClosest(current, 'li,[role=listitem]');
    if (item?.nextElementSibling) continue;
    if (!deepQueryAll(nav, 'a[href],[href]').some(isListLink)) continue;
    const name = cleanName(deepText(current));
    if (name) return name;
  }
  for (const heading of deepQueryAll(doc, 'h1,[role=heading][aria-level="1"]')) {
    const text = deepText(heading);
    const bar = text.lastIndexOf(' | ');
    const name = bar > 0 ? cleanName(text.slice(0, bar)) : '';
    if (name) return name;
  }
  return null;
}

/**
 * Domains shown for the customer: the "Administer services" links name the tenant
 * (`https://portal.azure.com/#@contoso.onmicrosoft.com/…`, `https://portal.azure.com/{domain}`,
 * `…/@{domain}`, the admin center's `?delegatedOrg={domain}`), and account pages show the primary
 * domain as text ending in `.onmicrosoft.com`. Read through open shadow roots.
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
  for (const a of deepQueryAll(doc, 'a[href],[href]')) {
    const href = hrefOf(a);
    if (/^https:\/\/(?:ms\.)?portal\.azure\.com\//i.test(href)) {
      const at = /#@([^/?#]+)/.exec(href);
      if (at) add(safeDecode(at[1]!));
      const path = /^https:\/\/[^/]+\/@?([^/#?]+\.[a-z]{2,})(?:[/?#]|$)/i.exec(href);
      if (path) add(path[1]);
    } else if (/^https:\/\/admin\.(?:microsoft\.com|cloud\.microsoft)\//i.test(href)) {
      const org = /[?&]delegatedOrg=([^&#]+)/i.exec(href);
      if (org) add(safeDecode(org[1]!));
    }
  }
  const main = deepQuery(doc, 'main,[role=main]') ?? doc.body;
  const text = main ? deepText(main) : '';
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

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const FABRIKAM = 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5';
const contoso = { kind: 'customer', tenantId: CONTOSO, domain: null } as const;

/** Positive URLs, current (`/dashboard/v2/`) and older (`commerce2`) (portals.md "Partner Center"). */
export const PARTNER_CENTER_TEST_URLS: DetectorTestUrl[] = [
  {
    url: 'https://partner.microsoft.com/dashboard/v2/customers/list',
    page: 'customer-list',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://partner.microsoft.com/fr-fr/dashboard/v2/customers/list?lang=fr',
    page: 'customer-list',
    tenant: { kind: 'unknown' },
  },
  {
    url: `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`,
    page: 'service-management',
    tenant: contoso,
  },
  {
    url: `https://partner.microsoft.com/en-us/dashboard/v2/customers/${CONTOSO}/account`,
    page: 'customer',
    tenant: contoso,
  },
  {
    url: `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO.toUpperCase()}/adminrelationships`,
    page: 'customer',
    tenant: contoso,
  },
  {
    url: 'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list',
    page: 'admin-relationships',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://partner.microsoft.com/dashboard/v2/support/servicerequests',
    page: 'own-requests',
    tenant: { kind: 'own' },
  },
  {
    url: 'https://partner.microsoft.com/dashboard/commerce2/customers/list',
    page: 'customer-list',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://partner.microsoft.com/fr-fr/dashboard/commerce2/customers/list',
    page: 'customer-list',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://partner.microsoft.com/commerce/customers/list?lang=en',
    page: 'customer-list',
    tenant: { kind: 'unknown' },
  },
  {
    url: `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`,
    page: 'service-management',
    tenant: contoso,
  },
  {
    url: `https://partner.microsoft.com/dashboard/commerce2/customers/${CONTOSO.toUpperCase()}/account`,
    page: 'customer',
    tenant: contoso,
  },
  {
    url: `https://partner.microsoft.com/dashboard/v2/support/customers/${FABRIKAM}`,
    page: 'customer-requests',
    tenant: { kind: 'customer', tenantId: FABRIKAM, domain: null },
  },
  {
    url: `https://partner.microsoft.com/dashboard/support/csp/customers/${FABRIKAM}/tickets`,
    page: 'customer-requests',
    tenant: { kind: 'customer', tenantId: FABRIKAM, domain: null },
  },
  {
    url: 'https://partner.microsoft.com/dashboard/home',
    page: 'other',
    tenant: { kind: 'unknown' },
  },
];
