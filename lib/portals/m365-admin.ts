import { textOf } from '../dom/fields';
import { labelLanguages, matchesLabel } from '../dom/labels';
import { cleanName } from '../names';
import type { Service } from '../vocabulary';
import type { DirectoryHint } from './tenant';
import {
  type Detection,
  type DetectorTestUrl,
  hostIs,
  isGuid,
  type PageKind,
  type TenantHint,
  tenantFrom,
} from './types';

/**
 * Microsoft 365 admin center (portals.md): the partner's delegated entry
 * `/Partner/BeginClientSession.aspx?CTID={tenantId}&CSDEST={dest}` on portal.office.com (the host
 * Partner Center's service-ticket link uses) and on admin.microsoft.com, after which the URL no
 * longer names the tenant; the GDAP-era entry `/?delegatedOrg={customerDomain}#/…`, whose query
 * stays while the hash routes; hash routes at the root or under `/AdminPortal/Home#/…`.
 */

const HOSTS = ['admin.microsoft.com', 'admin.cloud.microsoft', 'portal.office.com'] as const;

/** CSDEST values seen in Partner Center's links, and the service they lead to. */
function serviceOfDest(dest: string | null): Service | null {
  const d = (dest ?? '').toLowerCase();
  if (!d) return null;
  if (d.includes('crm') || d.includes('dynamics')) return 'dynamics-crm-online';
  if (d.includes('intune') || d.includes('ems')) return 'ems';
  return 'office-365';
}

function param(url: URL, name: string): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
  return null;
}

export function m365Route(
  url: URL,
): { page: PageKind; tenant: TenantHint; service: Service | null } | null {
  if (!hostIs(url, HOSTS)) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (path === '/partner/beginclientsession.aspx') {
    const ctid = (param(url, 'ctid') ?? '').trim().toLowerCase();
    return {
      page: 'delegated-entry',
      tenant: isGuid(ctid)
        ? { kind: 'customer', tenantId: ctid, domain: null }
        : { kind: 'unknown' },
      service: serviceOfDest(param(url, 'csdest')),
    };
  }
  if (url.hostname.toLowerCase() === 'portal.office.com')
    return { page: 'other', tenant: { kind: 'unknown' }, service: null };
  // GDAP era: `?delegatedOrg={customerDomain}` names the customer for as long as it is there.
  const org = param(url, 'delegatedorg');
  const named = org ? tenantFrom(org) : null;
  const tenant: TenantHint = named ?? { kind: 'unknown' };
  const hash = url.hash.replace(/^#\/?/, '').toLowerCase().split('?')[0]!;
  let page: PageKind = 'other';
  if (
    /^support\/(requests|servicerequests|tickets|viewsupporttickets)/.test(hash) ||
    /^viewsupporttickets|^supporttickets/.test(hash)
  )
    page = 'manage-requests';
  else if (/^support(\/(new|newrequest|newservicerequest))?\/?$/.test(hash)) page = 'new-request';
  else if (/^support\/requests?\/[^/]+/.test(hash)) page = 'request-details';
  // Without CTID or delegatedOrg the URL does not say whose tenant this is (tenant.ts decides).
  return { page, tenant, service: page === 'other' ? null : 'office-365' };
}

export function detectM365Admin(url: URL, _doc?: Document): Detection | null {
  const route = m365Route(url);
  if (!route) return null;
  const t = route.tenant;
  return {
    portal: 'm365-admin',
    page: route.page,
    tenant: t,
    customerName: null,
    domains: t.kind === 'customer' && t.domain ? [t.domain] : [],
    service: route.service,
  };
}

/**
 * The organization the admin center is signed in to: the header names it in an element labelled
 * "Organization" (FR "Organisation"), found by its accessible name, never by class.
 */
export function m365Directory(doc: Document): DirectoryHint | null {
  const languages = labelLanguages(doc);
  const banner = doc.querySelector('header,[role=banner]');
  if (!banner) return null;
  for (const el of banner.querySelectorAll('[aria-label]')) {
    if (!matchesLabel(el.getAttribute('aria-label'), 'organization', languages)) continue;
    // Its first text is the name; a badge may follow ("Managed by your partner…").
    const first = el.firstElementChild ?? el;
    const name = cleanName(textOf(first));
    if (name) return { name, domain: null };
  }
  return null;
}

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';

/** Positive URLs: the delegated entries of both eras, on every host (portals.md). */
export const M365_TEST_URLS: DetectorTestUrl[] = [
  {
    url: `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support`,
    page: 'delegated-entry',
    tenant: { kind: 'customer', tenantId: CONTOSO, domain: null },
  },
  {
    url: `https://portal.office.com/Partner/BeginClientSession.aspx?ctid=${CONTOSO.toUpperCase()}&csdest=o365admincenter`,
    page: 'delegated-entry',
    tenant: { kind: 'customer', tenantId: CONTOSO, domain: null },
  },
  {
    url: `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=o365admincenter`,
    page: 'delegated-entry',
    tenant: { kind: 'customer', tenantId: CONTOSO, domain: null },
  },
  {
    url: 'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=nope',
    page: 'delegated-entry',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://admin.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com#/homepage',
    page: 'other',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://admin.microsoft.com/?delegatedOrg=Contoso.onmicrosoft.com#/support',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://admin.microsoft.com/AdminPortal/Home?delegatedOrg=contoso.onmicrosoft.com#/support/requests',
    page: 'manage-requests',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://admin.microsoft.com/AdminPortal/Home#/support',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://admin.microsoft.com/?#/support',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://admin.microsoft.com/AdminPortal/Home?lang=fr#/support',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://admin.cloud.microsoft/AdminPortal/Home#/support/requests',
    page: 'manage-requests',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://admin.microsoft.com/AdminPortal/Home#/homepage',
    page: 'other',
    tenant: { kind: 'unknown' },
  },
];
