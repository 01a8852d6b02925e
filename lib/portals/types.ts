import { isDomain, isGuid } from '../ids';
import type { PortalKind, Service } from '../vocabulary';

/**
 * What a detector says about a page. Detectors are pure functions of a URL and (optionally) the
 * Document: no messages, no storage, no clock. `null` from a detector means "not my portal".
 */

export type PageKind =
  // Partner Center
  | 'customer-list'
  | 'customer'
  | 'service-management'
  | 'customer-requests'
  | 'own-requests'
  | 'admin-relationships'
  // Azure portal and Microsoft 365 admin center
  | 'new-request'
  | 'manage-requests'
  | 'request-details'
  | 'delegated-entry'
  // Support for business
  | 'select-product'
  | 'support-plan'
  // A page of the portal the extension has nothing to do on.
  | 'other';

/**
 * Whose tenant the page is in, as far as the URL tells (the full rule is in `tenant.ts`):
 * - `customer`: a tenant was named (GUID and/or domain), which may still be the partner's own;
 * - `own`: the page is the partner's own by its nature (Partner Center's own support workspace,
 *   Support for business), never because something is missing from the URL;
 * - `unknown`: the URL does not say (Azure without `@`, the admin center after the redirect).
 */
export type TenantHint =
  | { kind: 'customer'; tenantId: string | null; domain: string | null }
  | { kind: 'own' }
  | { kind: 'unknown' };

export interface Detection {
  portal: PortalKind;
  page: PageKind;
  tenant: TenantHint;
  /** Customer facts visible on the page (Partner Center headings, links). */
  customerName: string | null;
  /** Lower-case domains, primary first. */
  domains: string[];
  service: Service | null;
  /** Azure: the request id of a details page (URL-decoded), e.g. `/subscriptions/…/2611…`. */
  requestId?: string | null;
}

/**
 * A URL a detector must recognise, in the style of github-url-detection: each detector lists its
 * positive URLs (current and older routes) beside itself, and every other detector's URLs are its
 * negatives (test/unit/portals/detectors.test.ts).
 */
export interface DetectorTestUrl {
  url: string;
  page: PageKind;
  tenant: TenantHint;
}

export { DOMAIN, GUID, isDomain, isGuid } from '../ids';

/** A tenant named by a GUID or a domain (`#@…`, `CTID=`), normalised to lower case. */
export function tenantFrom(value: string | null | undefined): TenantHint | null {
  if (!value) return null;
  let v = value.trim().toLowerCase();
  try {
    v = decodeURIComponent(v);
  } catch {
    return null;
  }
  if (isGuid(v)) return { kind: 'customer', tenantId: v, domain: null };
  if (isDomain(v)) return { kind: 'customer', tenantId: null, domain: v };
  return null;
}

export function hostIs(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === 'https:' &&
    hosts.some((h) =>
      h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : host === h,
    )
  );
}
