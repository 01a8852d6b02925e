import { DOMAIN, GUID } from '../ids';
import type { PortalKind } from '../vocabulary';

/**
 * Links into Microsoft's portals for one customer (2026-11, as described in the team's portal notes (portals.md)):
 * - Azure: the tenant-qualified support blade, `#@<domain or tenant>` switches directory;
 * - Microsoft 365 admin center: the delegated-admin entry for a customer tenant, landing on
 *   service requests (CSDEST=Support);
 * - Partner Center: the customer's Service management page.
 * Opened with `<a target="_blank" rel="noopener noreferrer">`: no `tabs` permission needed.
 */

export interface TenantRef {
  tenantId: string | null;
  domain: string | null;
}

/** What a link needs of a customer record (lib/history's `Customer` has it). */
interface CustomerTenant {
  tenantId: string | null;
  domains: readonly string[];
}

/** What a link needs of a ticket record (lib/history's `Ticket` has it). */
interface TicketPlace {
  portalLink: string | null;
  customerId: string | null;
  portal: PortalKind | null;
}

/** What we know of a customer's tenant, from the record or from the customer id alone. */
export function tenantOf(customerId: string | null, customer?: CustomerTenant | null): TenantRef {
  const tenantId =
    customer?.tenantId ?? (customerId && GUID.test(customerId) ? customerId.toLowerCase() : null);
  const domain =
    customer?.domains[0] ??
    (customerId?.startsWith('domain:') && DOMAIN.test(customerId.slice(7))
      ? customerId.slice(7).toLowerCase()
      : null);
  return { tenantId, domain };
}

export function azureSupportLink({ tenantId, domain }: TenantRef): string | null {
  const directory = domain ?? tenantId;
  if (!directory) return null;
  return `https://portal.azure.com/#@${encodeURIComponent(directory)}/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview`;
}

export function adminCenterSupportLink({ tenantId }: TenantRef): string | null {
  if (!tenantId || !GUID.test(tenantId)) return null;
  return `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${tenantId}&CSDEST=Support`;
}

/** The customer's Service management page, on Partner Center's current `/dashboard/v2/` route. */
export function serviceManagementLink({ tenantId }: TenantRef): string | null {
  if (!tenantId || !GUID.test(tenantId)) return null;
  return `https://partner.microsoft.com/dashboard/v2/customers/${tenantId}/servicemanagementpage`;
}

/** Where to open a ticket again: its own link, else the portal it was filed in for that tenant. */
export function ticketLink(ticket: TicketPlace, customer?: CustomerTenant | null): string | null {
  if (ticket.portalLink) return ticket.portalLink;
  const tenant = tenantOf(ticket.customerId, customer);
  if (ticket.portal === 'm365-admin')
    return adminCenterSupportLink(tenant) ?? azureSupportLink(tenant);
  return azureSupportLink(tenant) ?? adminCenterSupportLink(tenant);
}

/** A typed customer (GUID, domain or a name) → the customer id the history uses, when it is one. */
export function customerIdFromText(text: string): string | null {
  const v = text.trim().toLowerCase();
  if (GUID.test(v)) return v;
  if (DOMAIN.test(v)) return `domain:${v}`;
  return null;
}
