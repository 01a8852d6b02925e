import { findSection } from '../dom/fields';
import { labelLanguages, matchesLabel } from '../dom/labels';
import { cleanName } from '../names';
import type { DirectoryHint } from './tenant';
import {
  type Detection,
  type DetectorTestUrl,
  hostIs,
  isDomain,
  type PageKind,
  type TenantHint,
  tenantFrom,
} from './types';

/**
 * Azure portal (portals.md): hash routing, the tenant as `#@{domain-or-GUID}/…`, or in the path
 * (`https://portal.azure.com/{tenant}`, `/@tenant`). Without a tenant in the URL the page's tenant
 * is unknown here (it is NOT the partner's own: tenant.ts decides). ReactView blades render in
 * frames on `*.reactblade.portal.azure.net`, whose URL does not carry the portal's hash.
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

/** The wizard's create routes, any version (`…V3Blade`, `…V4Blade`…), with or without parameters. */
const NEW_REQUEST = [
  /^view\/microsoft_azure_support\/newsupportrequestv\d+blade(?:[/?]|$)/,
  /^create\/microsoft\.support(?:[/?]|$)/,
  /^blade\/microsoft_azure_support\/helpandsupportblade\/newsupportrequest/,
  /^(?:view|blade)\/microsoft_azure_support\/helpandsupportblade\/~\/newsupportrequest/,
];
/** Help + support overview and All support requests. */
const MANAGE_REQUESTS = [
  /^(?:view|blade)\/microsoft_azure_support\/helpandsupportblade\/~\/(?:overview|managesupportrequest|allsupportrequests|supportrequests)/,
  /^(?:view|blade)\/microsoft_azure_support\/helpandsupportblade\/(?:managesupportrequest|allsupportrequests)/,
  /^(?:view|blade)\/microsoft_azure_support\/allsupportrequestsblade/,
];

/** Page kind of a hash route (without the `#@tenant/` prefix). */
function pageOfRoute(route: string): { page: PageKind; requestId: string | null } {
  const r = route.toLowerCase();
  if (NEW_REQUEST.some((re) => re.test(r))) return { page: 'new-request', requestId: null };
  if (MANAGE_REQUESTS.some((re) => re.test(r))) return { page: 'manage-requests', requestId: null };
  const details =
    /^(?:view|blade)\/microsoft_azure_support\/supportrequestdetails\.reactview\/id\/([^/?]+)/i.exec(
      route,
    );
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
        : hint.includes('helpandsupport') || hint.includes('allsupportrequests')
          ? 'manage-requests'
          : 'other';
    return { page, tenant: { kind: 'unknown' }, requestId: null, frame: true };
  }
  if (!hostIs(url, TOP_HOSTS)) return null;
  let hash = url.hash.replace(/^#\/?/, '');
  // No `@` is not "own": the hash may lose it on in-portal navigation (portals.md). Unknown here;
  // the tenant rule (tenant.ts) then asks the tab's memory and the account menu.
  let tenant: TenantHint = { kind: 'unknown' };
  const at = /^@([^/]+)\/?(.*)$/.exec(hash);
  if (at) {
    // A malformed `@…` names a tenant we cannot read: unknown as well.
    tenant = tenantFrom(at[1]) ?? { kind: 'unknown' };
    hash = at[2] ?? '';
  } else {
    // The path forms `https://portal.azure.com/{tenant}` (Partner Center's links) and `/@tenant`.
    const first = url.pathname.split('/').filter(Boolean)[0]?.replace(/^@/, '');
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Visible text pieces of an element, skipping what is hidden from assistive technology. */
function textPieces(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (node.nodeType !== 1) return;
    if ((node as Element).getAttribute('aria-hidden') === 'true') return;
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return out;
}

/** "Contoso Ltd (contoso.onmicrosoft.com)" → name and domain. */
function parseDirectory(text: string): DirectoryHint | null {
  const m = /^(.*?)\s*\(([^()\s]+)\)\s*$/.exec(text.trim());
  const domain = m && isDomain(m[2]!) ? m[2]!.toLowerCase() : null;
  const name = cleanName(m && domain ? m[1]! : text) || null;
  return name || domain ? { name, domain } : null;
}

/**
 * The directory the portal is signed in to, from the account menu in the header (portals.md,
 * replica notes: the avatar button shows the user's e-mail and the directory's name; its dialog
 * says "Directory: {name} ({domain})"). Found by its accessible name ("Account manager for …"),
 * never by class. Null when the menu is absent or shows no directory.
 */
export function azureDirectory(doc: Document): DirectoryHint | null {
  const languages = labelLanguages(doc);
  // The open dialog is the most precise: it names the domain.
  for (const dialog of doc.querySelectorAll('[role=dialog],[role=menu]')) {
    for (const el of dialog.querySelectorAll('*')) {
      if (el.children.length > 3) continue;
      const pieces = textPieces(el);
      const joined = pieces.join(' ');
      const colon = joined.indexOf(':');
      if (colon <= 0 || !matchesLabel(joined.slice(0, colon), 'directory', languages)) continue;
      const dir = parseDirectory(joined.slice(colon + 1));
      if (dir) return dir;
    }
  }
  const banner = doc.querySelector('header,[role=banner]') ?? doc.body;
  if (!banner) return null;
  for (const button of banner.querySelectorAll('button,[role=button],a[href]')) {
    const name = button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '';
    if (!matchesLabel(name, 'accountMenu', languages, 'value')) continue;
    // The pieces that are not the user's e-mail: the directory's name (in capitals).
    const rest = textPieces(button).filter((p) => !EMAIL.test(p) && p.length > 1);
    const last = cleanName(rest.at(-1));
    if (last) return { name: last, domain: null };
  }
  return null;
}

/** Positive URLs, current and older (portals.md "Azure portal"). */
export const AZURE_TEST_URLS: DetectorTestUrl[] = [
  {
    url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV4Blade/callerName/Microsoft_Azure_Support/issueType/technical/productId/06bfd9d3-516b-d5c6-5802-169c800dec89/summary/VM%20will%20not%20start',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade/issueType/billing',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV12Blade/summary/x',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/?lang=fr#@contoso.onmicrosoft.com/create/Microsoft.Support',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/#create/Microsoft.Support/Parameters/%7B%7D',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/#@b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5', domain: null },
  },
  {
    url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://ms.portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/x',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/contoso.onmicrosoft.com#view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/@contoso.com#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    page: 'new-request',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.com' },
  },
  {
    url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
    page: 'manage-requests',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/allSupportRequests',
    page: 'manage-requests',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest',
    page: 'manage-requests',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/%2Fsubscriptions%2F3f2b9c71-64ad-4e1b-8a0f-d5c7e2169b43%2Fproviders%2FMicrosoft.Support%2FsupportTickets%2F2611140040000417',
    page: 'request-details',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  {
    url: 'https://portal.azure.com/contoso.onmicrosoft.com',
    page: 'other',
    tenant: { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
  },
  { url: 'https://portal.azure.com/#home', page: 'other', tenant: { kind: 'unknown' } },
  {
    url: 'https://portal.azure.com/#@not a tenant!/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    page: 'new-request',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://sandbox-1.reactblade.portal.azure.net/?blade=SupportRequestDetails.ReactView',
    page: 'request-details',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://sandbox-1.reactblade.portal.azure.net/Content/Dynamic/ReactView.html?extensionName=Microsoft_Azure_Support&viewName=AllSupportRequests',
    page: 'manage-requests',
    tenant: { kind: 'unknown' },
  },
  {
    url: 'https://sandbox-1.reactblade.portal.azure.net/',
    page: 'other',
    tenant: { kind: 'unknown' },
  },
];
