/**
 * The portal hosts PCX works on, and nothing else. The manifest's host permissions, the content
 * scripts' `matches` and the message validator's "which page may talk to us" all derive from this
 * one list, so a host cannot be added in one place and forgotten in another.
 * Source: the team's portal notes, portals.md (hosts documented by Microsoft or seen in working scripts).
 */
const PORTAL_HOSTS = {
  partnerCenter: ['partner.microsoft.com'],
  azurePortal: ['portal.azure.com', 'ms.portal.azure.com'],
  /** ReactView blades render in frames on sub-domains of this host. */
  azureReactBlade: ['*.reactblade.portal.azure.net'],
  m365Admin: ['admin.microsoft.com', 'admin.cloud.microsoft'],
  /**
   * The partner's entry into a customer's admin center: Partner Center's service-ticket link is
   * `portal.office.com/Partner/BeginClientSession.aspx?CTID=…` (portals.md). Only that entry is
   * scripted (see `M365_ENTRY_PATHS`), not the rest of the host.
   */
  m365Entry: ['portal.office.com'],
  /** The form, and the older host of its product selection (portals.md, Support for business). */
  supportForBusiness: ['support.serviceshub.microsoft.com', 'support.microsoft.com'],
} as const;

/** Paths of `m365Entry` a content script runs on (match-pattern paths are case-sensitive). */
export const M365_ENTRY_PATHS = ['/Partner/*', '/partner/*'] as const;

export type PortalId = keyof typeof PORTAL_HOSTS;

export function matchPatterns(portal: PortalId, path = '/*'): string[] {
  return PORTAL_HOSTS[portal].map((host) => `https://${host}${path}`);
}

export const PORTAL_HOST_PERMISSIONS: readonly string[] = (
  Object.keys(PORTAL_HOSTS) as PortalId[]
).flatMap((portal) => matchPatterns(portal));

/** True when `hostname` is one of the portal hosts (wildcards match one or more labels). */
export function portalOf(hostname: string): PortalId | null {
  const host = hostname.toLowerCase();
  for (const portal of Object.keys(PORTAL_HOSTS) as PortalId[]) {
    for (const pattern of PORTAL_HOSTS[portal]) {
      if (pattern.startsWith('*.')) {
        const suffix = pattern.slice(1);
        if (host.endsWith(suffix) && host.length > suffix.length) return portal;
      } else if (host === pattern) {
        return portal;
      }
    }
  }
  return null;
}
