import type { Service } from '../history/types';
import { type Detection, hostIs, isGuid, type PageKind, type TenantHint } from './types';

/**
 * Microsoft 365 admin center (portals.md): the partner's delegated entry
 * `/Partner/BeginClientSession.aspx?CTID={tenantId}&CSDEST={dest}` (also on portal.office.com),
 * then hash routes under `/AdminPortal/Home#/…`: `#/support` (new service request) and the
 * service-requests list. After the redirect the URL no longer names the tenant.
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
  const hash = url.hash.replace(/^#\/?/, '').toLowerCase().split('?')[0]!;
  let page: PageKind = 'other';
  if (
    /^support\/(requests|servicerequests|tickets|viewsupporttickets)/.test(hash) ||
    /^viewsupporttickets|^supporttickets/.test(hash)
  )
    page = 'manage-requests';
  else if (/^support(\/(new|newrequest|newservicerequest))?\/?$/.test(hash)) page = 'new-request';
  else if (/^support\/requests?\/[^/]+/.test(hash)) page = 'request-details';
  // Without CTID the URL does not say whose tenant this is: the tab's remembered context does.
  return { page, tenant: { kind: 'unknown' }, service: page === 'other' ? null : 'office-365' };
}

export function detectM365Admin(url: URL, _doc?: Document): Detection | null {
  const route = m365Route(url);
  if (!route) return null;
  return {
    portal: 'm365-admin',
    page: route.page,
    tenant: route.tenant,
    customerName: null,
    domains: [],
    service: route.service,
  };
}
