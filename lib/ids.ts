/**
 * The shapes of the identifiers PCX reads and stores, declared once. A leaf: imported by the
 * message schemas, the portal detectors, the link builders and the options page alike.
 */

/** A tenant id (a GUID), in any case; PCX stores it in lower case. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A DNS domain name: labels of letters, digits and inner hyphens, then a top-level label. */
export const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isGuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && GUID.test(value);
}

export function isDomain(value: string | null | undefined): value is string {
  return typeof value === 'string' && DOMAIN.test(value);
}
