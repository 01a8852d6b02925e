import { type Detection, hostIs, type PageKind } from './types';

/**
 * Microsoft Support for business (portals.md): the purchase workflow where pay-per-incident and
 * partner packs are spent on on-premises products. Product → version, then the support-plan step.
 * The page structure is a guess; the path segments are the only URL facts used.
 */

const HOSTS = ['support.serviceshub.microsoft.com'] as const;

export function supportForBusinessRoute(url: URL): PageKind | null {
  if (!hostIs(url, HOSTS)) return null;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (!path.startsWith('/supportforbusiness')) return null;
  if (/\/selectproduct$/.test(path)) return 'select-product';
  if (/\/supportplan$/.test(path)) return 'support-plan';
  return 'other';
}

export function detectSupportForBusiness(url: URL, _doc?: Document): Detection | null {
  const page = supportForBusinessRoute(url);
  if (!page) return null;
  return {
    portal: 'support-for-business',
    page,
    // The partner buys for itself here: its own context (domain.md: professional support).
    tenant: { kind: 'own' },
    customerName: null,
    domains: [],
    service: 'on-premises',
  };
}
