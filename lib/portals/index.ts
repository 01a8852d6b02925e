import type { Program } from '../history/types';
import type { PartnerProfile, Settings } from '../settings';
import { detectAzurePortal } from './azure-portal';
import { detectM365Admin } from './m365-admin';
import { detectPartnerCenter } from './partner-center';
import { detectSupportForBusiness } from './support-for-business';
import type { Detection, TenantHint } from './types';

export { azureRequestLink, azureRoute, detectAzurePortal } from './azure-portal';
export { detectM365Admin, m365Route } from './m365-admin';
export {
  detectPartnerCenter,
  partnerCenterCustomerName,
  partnerCenterDomains,
  partnerCenterRoute,
} from './partner-center';
export { detectSupportForBusiness, supportForBusinessRoute } from './support-for-business';
export * from './types';

export const DETECTORS = [
  detectPartnerCenter,
  detectAzurePortal,
  detectM365Admin,
  detectSupportForBusiness,
] as const;

/** The first detector that recognises the URL. */
export function detect(url: URL, doc?: Document): Detection | null {
  for (const d of DETECTORS) {
    const found = d(url, doc);
    if (found) return found;
  }
  return null;
}

/** Is this tenant (GUID or domain) one the partner listed as its own (settings.profile)? */
export function isOwnTenant(
  tenant: { tenantId: string | null; domain: string | null },
  profile: Pick<PartnerProfile, 'ownTenants'>,
): boolean {
  const own = profile.ownTenants.map((t) => t.toLowerCase());
  return (
    (tenant.tenantId !== null && own.includes(tenant.tenantId.toLowerCase())) ||
    (tenant.domain !== null && own.includes(tenant.domain.toLowerCase()))
  );
}

export type ContextKind = 'customer' | 'own' | 'unknown';

/** Whose context a tenant hint means, with the partner's own tenants taken into account. */
export function contextKindOf(
  tenant: TenantHint,
  profile: Pick<PartnerProfile, 'ownTenants'>,
): ContextKind {
  if (tenant.kind === 'customer') return isOwnTenant(tenant, profile) ? 'own' : 'customer';
  return tenant.kind;
}

/**
 * The support program on a page (domain.md §3): a customer's tenant is CSP; the partner's own tenant
 * is professional unless the options say otherwise; Support for business is professional.
 */
export function programFor(
  portal: Detection['portal'],
  kind: ContextKind,
  settings: Pick<Settings, 'ownTenantProgram'>,
): Program | null {
  if (portal === 'support-for-business') return 'professional';
  if (kind === 'customer') return 'csp';
  if (kind === 'own') return settings.ownTenantProgram;
  return null;
}
