import { detect } from '../../lib/portals';
import type { PortalKind, Service } from '../../lib/vocabulary';

/**
 * What a paste into a ticket's request-number field says. A number as agents copy it from mails
 * and portals (`#2612…`, grouped with spaces or dashes) comes in normalised; a portal URL of a
 * request gives what its route names — the portal modules read the route (lib/portals), nothing
 * of it is repeated here.
 */

export interface PastedRequest {
  number: string | null;
  portal: PortalKind | null;
  service: Service | null;
  /** The tenant the URL names (GUID and/or domain, lower case). */
  tenantId: string | null;
  domain: string | null;
  /** The pasted URL itself, when it is a portal's page for this request. */
  link: string | null;
}

/** Microsoft's request numbers, as the history stores them (lib/history/types.ts). */
const NUMBER = /^[A-Za-z0-9-]{4,32}$/;
/** Azure's request ids end with the number (15 or 16 digits), as the capture reads them. */
const AZURE_NUMBER = /(\d{15,16})$/;

/**
 * `#2612 0300 0000 1234`, `2612-0300-0000-1234`, `# 2612…` → `2612030000001234`. Digits grouped
 * by spaces or dashes are one number; anything else that is a valid number stays as typed.
 */
export function normaliseRequestNumber(text: string): string | null {
  const bare = text.trim().replace(/^#+\s*/, '');
  const digits = bare.replace(/[\s\u00a0-]+/g, '');
  if (/^\d{4,32}$/.test(digits)) return digits;
  return NUMBER.test(bare) ? bare : null;
}

/** A portal URL's request: what its route says, or null when it is not a portal request's URL. */
export function requestFromUrl(text: string): PastedRequest | null {
  const trimmed = text.trim();
  if (!/^https:\/\/\S+$/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const found = detect(url);
  if (!found || (found.portal !== 'azure' && found.portal !== 'm365-admin')) return null;
  const number =
    found.portal === 'azure' && found.requestId
      ? (AZURE_NUMBER.exec(found.requestId)?.[1] ?? null)
      : null;
  const tenant = found.tenant.kind === 'customer' ? found.tenant : null;
  const details = found.page === 'request-details';
  if (!number && !tenant && !details) return null;
  return {
    number,
    portal: found.portal,
    service: found.service,
    tenantId: tenant?.tenantId ?? null,
    domain: tenant?.domain ?? null,
    link: details && trimmed.length <= 2048 ? trimmed : null,
  };
}

/** A paste into the number field: a portal URL's request, or a number; null leaves it as is. */
export function readPastedRequest(text: string): PastedRequest | null {
  const fromUrl = requestFromUrl(text);
  if (fromUrl) return fromUrl;
  const number = normaliseRequestNumber(text);
  return number
    ? { number, portal: null, service: null, tenantId: null, domain: null, link: null }
    : null;
}
