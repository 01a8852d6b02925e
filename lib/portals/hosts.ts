/**
 * The portal hosts PCX works on, and nothing else. The manifest's host permissions, the content
 * scripts' `matches` and the message validator's "which page may talk to us" all derive from this
 * one list, so a host cannot be added in one place and forgotten in another.
 * Source: the team's portal notes, portals.md (hosts documented by Microsoft or seen in working scripts).
 */
export const PORTAL_HOSTS = {
  partnerCenter: ['partner.microsoft.com'],
  azurePortal: ['portal.azure.com', 'ms.portal.azure.com'],
  /** ReactView blades render in frames on sub-domains of this host. */
  azureReactBlade: ['*.reactblade.portal.azure.net'],
  m365Admin: ['admin.microsoft.com', 'admin.cloud.microsoft'],
  supportForBusiness: ['support.serviceshub.microsoft.com'],
} as const;

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
