import { fold } from '../dom/labels';
import type { ProgramId as Program } from '../rules/severities';
import type { PartnerProfile, Settings } from '../settings';
import type { TenantHint } from './types';

/**
 * Whose tenant a portal page is in: one rule for every portal (portals.md, "Azure portal": never
 * conclude "own tenant" from a missing `@` alone).
 *
 * 1. The URL names a tenant (`#@contoso.com`, `/{tenant}`, `CTID=`, `delegatedOrg=`): it decides.
 * 2. Else what the tab remembers: the tenant it was opened for, kept across in-portal navigation.
 * 3. Else the directory the portal shows in its account menu, matched against the partner's own
 *    tenants and domains (settings.profile) and the customers already known.
 * 4. Else unknown: the banner asks, it does not accuse.
 */

export type ContextKind = 'customer' | 'own' | 'unknown';

/** Where the verdict came from (the banner says it, so an agent can judge it). */
export type TenantSource = 'url' | 'tab' | 'directory' | 'none';

/** The parts of the profile that say which tenants are the partner's own. */
export type OwnTenantProfile = Pick<PartnerProfile, 'ownTenants' | 'ownDomains'> &
  Partial<Pick<PartnerProfile, 'name'>>;

export interface TenantRef {
  tenantId?: string | null;
  domain?: string | null;
  /** Further domains known for the tenant (a customer's recorded domains). */
  domains?: readonly string[];
}

/** The directory a portal shows for the signed-in session (Azure's account menu, M365's org). */
export interface DirectoryHint {
  name: string | null;
  domain: string | null;
}

/** What the tab remembers (`context:tab`). */
export interface RememberedTenant {
  tenantId: string | null;
  domain: string | null;
}

/** A customer already known to the history, as far as the rule needs it. */
export interface KnownCustomer {
  tenantId: string | null;
  name: string | null;
  domains: readonly string[];
}

export interface TenantEvidence {
  url: TenantHint;
  tab: RememberedTenant | null;
  directory: DirectoryHint | null;
  /** Customers the directory may be matched against (looked up by its domain, the last selected…). */
  customers?: readonly (KnownCustomer | null | undefined)[];
}

export interface TenantVerdict {
  kind: ContextKind;
  tenantId: string | null;
  domain: string | null;
  source: TenantSource;
  /** The directory's name when the directory decided or was all there was to show. */
  directoryName: string | null;
}

const lower = (v: string | null | undefined) => (v ? v.trim().toLowerCase() : '');

/**
 * THE definition of "the partner's own tenant": its tenant id or one of its domains is listed in
 * settings.profile, either as an own tenant (GUID or `*.onmicrosoft.com`) or as an own domain
 * (a verified custom domain such as `litware.com` names the same tenant).
 */
export function isOwnTenant(tenant: TenantRef, profile: OwnTenantProfile): boolean {
  const own = new Set([...profile.ownTenants, ...profile.ownDomains].map(lower).filter(Boolean));
  if (own.size === 0) return false;
  const ids = [tenant.tenantId, tenant.domain, ...(tenant.domains ?? [])].map(lower);
  return ids.some((id) => id !== '' && own.has(id));
}

/** Is the directory shown by the portal the partner's own (by domain, else by the profile's name)? */
export function isOwnDirectory(dir: DirectoryHint, profile: OwnTenantProfile): boolean {
  if (dir.domain && isOwnTenant({ domain: dir.domain }, profile)) return true;
  const name = dir.name ? fold(dir.name) : '';
  return name !== '' && !!profile.name && fold(profile.name) === name;
}

function customerOfDirectory(
  dir: DirectoryHint,
  customers: TenantEvidence['customers'],
): KnownCustomer | null {
  const domain = lower(dir.domain);
  const name = dir.name ? fold(dir.name) : '';
  for (const c of customers ?? []) {
    if (!c) continue;
    if (domain && c.domains.some((d) => lower(d) === domain)) return c;
    if (name && c.name && fold(c.name) === name) return c;
  }
  return null;
}

function named(
  ref: RememberedTenant,
  profile: OwnTenantProfile,
  source: TenantSource,
): TenantVerdict {
  return {
    kind: isOwnTenant(ref, profile) ? 'own' : 'customer',
    tenantId: ref.tenantId ? lower(ref.tenantId) : null,
    domain: ref.domain ? lower(ref.domain) : null,
    source,
    directoryName: null,
  };
}

/** Applies the rule above. Pure: the caller gathers the evidence. */
export function decideTenant(e: TenantEvidence, profile: OwnTenantProfile): TenantVerdict {
  if (e.url.kind === 'customer') return named(e.url, profile, 'url');
  if (e.url.kind === 'own')
    return { kind: 'own', tenantId: null, domain: null, source: 'url', directoryName: null };
  if (e.tab && (e.tab.tenantId || e.tab.domain)) return named(e.tab, profile, 'tab');
  const dir = e.directory;
  if (dir && (dir.name || dir.domain)) {
    if (isOwnDirectory(dir, profile))
      return {
        kind: 'own',
        tenantId: null,
        domain: dir.domain ? lower(dir.domain) : null,
        source: 'directory',
        directoryName: dir.name,
      };
    const customer = customerOfDirectory(dir, e.customers);
    if (customer)
      return {
        kind: 'customer',
        tenantId: customer.tenantId,
        domain: dir.domain ? lower(dir.domain) : (customer.domains[0] ?? null),
        source: 'directory',
        directoryName: dir.name,
      };
    // A directory we cannot place: shown, and asked about.
    return {
      kind: 'unknown',
      tenantId: null,
      domain: dir.domain ? lower(dir.domain) : null,
      source: 'none',
      directoryName: dir.name,
    };
  }
  return { kind: 'unknown', tenantId: null, domain: null, source: 'none', directoryName: null };
}

/** Whose context a tenant named by a URL means, with the partner's own tenants taken into account. */
export function contextKindOf(tenant: TenantHint, profile: OwnTenantProfile): ContextKind {
  if (tenant.kind === 'customer') return isOwnTenant(tenant, profile) ? 'own' : 'customer';
  return tenant.kind;
}

/**
 * The support program that follows (domain.md §3): a customer's tenant is CSP; the partner's own
 * tenant takes the program of the options (settings.ownTenantProgram); unknown stays unknown.
 * Support for business is the partner's own purchase: professional.
 */
export function programFor(
  portal: string,
  kind: ContextKind,
  settings: Pick<Settings, 'ownTenantProgram'>,
): Program | null {
  if (portal === 'support-for-business') return 'professional';
  if (kind === 'customer') return 'csp';
  if (kind === 'own') return settings.ownTenantProgram;
  return null;
}
