import { findSection } from '../dom/fields';
import { type Detection, hostIs, type PageKind, type TenantHint, tenantFrom } from './types';

/**
 * Azure portal (portals.md): hash routing, the tenant as `#@{domain-or-GUID}/…` (also
 * `https://portal.azure.com/{customerdomain}` from Partner Center); no `@tenant` = the signed-in
 * user's home tenant, i.e. the partner's own context. ReactView blades render in frames on
 * `*.reactblade.portal.azure.net`, whose URL does not carry the portal's hash.
 */

const TOP_HOSTS = ['portal.azure.com', 'ms.portal.azure.com'] as const;
const FRAME_HOSTS = ['*.reactblade.portal.azure.net'] as const;

export interface AzureRoute {
  page: PageKind;
  tenant: TenantHint;
  requestId: string | null;
  /** The URL is a ReactView frame (its page kind comes from the frame's URL or headings). */
  frame: boolean;
}

/** Page kind of a hash route (without the `#@tenant/` prefix), in lower case. */
function pageOfRoute(route: string): { page: PageKind; requestId: string | null } {
  const r = route.toLowerCase();
  if (
    r.startsWith('view/microsoft_azure_support/newsupportrequestv3blade') ||
    r.startsWith('create/microsoft.support') ||
    r.startsWith('blade/microsoft_azure_support/helpandsupportblade/newsupportrequest') ||
    r.startsWith('view/microsoft_azure_support/helpandsupportblade/~/newsupportrequest')
  )
    return { page: 'new-request', requestId: null };
  if (
    r.startsWith('view/microsoft_azure_support/helpandsupportblade/~/overview') ||
    r.startsWith('view/microsoft_azure_support/helpandsupportblade/~/managesupportrequest') ||
    r.startsWith('blade/microsoft_azure_support/helpandsupportblade/managesupportrequest') ||
    r.startsWith('view/microsoft_azure_support/helpandsupportblade/managesupportrequest')
  )
    return { page: 'manage-requests', requestId: null };
  const details =
    /^view\/microsoft_azure_support\/supportrequestdetails\.reactview\/id\/([^/?]+)/i.exec(route);
  if (details) {
    let requestId: string | null = null;
    try {
      requestId = decodeURIComponent(details[1]!);
    } catch {
      requestId = null;
    }
    return { page: 'request-details', requestId };
  }
  return { page: 'other', requestId: null };
}

export function azureRoute(url: URL): AzureRoute | null {
  if (hostIs(url, FRAME_HOSTS)) {
    // The frame's own URL may name the blade (`…/SupportRequestDetails.ReactView…`); the tenant
    // is never in it: callers ask the background for the tab's context.
    const hint = `${url.pathname}${url.search}${url.hash}`.toLowerCase();
    const page: PageKind = hint.includes('supportrequestdetails')
      ? 'request-details'
      : hint.includes('newsupportrequest') || hint.includes('microsoft.support')
        ? 'new-request'
        : hint.includes('helpandsupport')
          ? 'manage-requests'
          : 'other';
    return { page, tenant: { kind: 'unknown' }, requestId: null, frame: true };
  }
  if (!hostIs(url, TOP_HOSTS)) return null;
  let hash = url.hash.replace(/^#\/?/, '');
  let tenant: TenantHint = { kind: 'own' };
  const at = /^@([^/]+)\/?(.*)$/.exec(hash);
  if (at) {
    const named = tenantFrom(at[1]);
    // A malformed `@…` names a tenant we cannot read: say so rather than guess "own".
    tenant = named ?? { kind: 'unknown' };
    hash = at[2] ?? '';
  } else {
    // Partner Center's documented `https://portal.azure.com/{customerdomain}` form.
    const first = url.pathname.split('/').filter(Boolean)[0];
    const named = first ? tenantFrom(first) : null;
    if (named) tenant = named;
  }
  const { page, requestId } = pageOfRoute(hash);
  return { page, tenant, requestId, frame: false };
}

/** Inside a ReactView frame whose URL says nothing, the blade's heading names the page. */
function pageFromHeadings(doc: Document): PageKind {
  if (findSection(doc, 'newSupportRequest')) return 'new-request';
  if (findSection(doc, 'manageSupportRequests')) return 'manage-requests';
  return 'other';
}

export function detectAzurePortal(url: URL, doc?: Document): Detection | null {
  const route = azureRoute(url);
  if (!route) return null;
  const page = route.frame && route.page === 'other' && doc ? pageFromHeadings(doc) : route.page;
  const tenant = route.tenant;
  return {
    portal: 'azure',
    page,
    tenant,
    customerName: null,
    domains: tenant.kind === 'customer' && tenant.domain ? [tenant.domain] : [],
    service: 'azure',
    requestId: route.requestId,
  };
}

/** A link that opens a request again, in its tenant (portals.md, request details route). */
export function azureRequestLink(tenant: string | null, requestId: string): string {
  const at = tenant ? `@${tenant}/` : '';
  return `https://portal.azure.com/#${at}view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(requestId)}`;
}
