import { ianaFromWindows } from '../time-zones/windows';

/**
 * The Azure wizard's contact time-zone field lists Windows time zones ("Romance Standard Time",
 * shown as "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"). The preview needs an IANA zone: the
 * CLDR windowsZones mapping (lib/time-zones/windows.ts, generated from windows-iana) by id, then a
 * city in the label for the zones the portal lists most. Unknown → null (the preview then shows
 * the agent's zone only).
 */
const CITY_TO_IANA: [RegExp, string][] = [
  [/\bparis\b/i, 'Europe/Paris'],
  [/\blondon|londres\b/i, 'Europe/London'],
  [/\bberlin\b/i, 'Europe/Berlin'],
  [/\bwarsaw|varsovie\b/i, 'Europe/Warsaw'],
  [/\bpacific|pacifique\b/i, 'America/Los_Angeles'],
  [/\beastern time|\best \(/i, 'America/New_York'],
  [/\bcentral time|\bcentre \(/i, 'America/Chicago'],
  [/\bmountain time|\brocheuses\b/i, 'America/Denver'],
  [/\bbrasilia\b/i, 'America/Sao_Paulo'],
  [/\bmumbai|kolkata|new delhi\b/i, 'Asia/Kolkata'],
  [/\btokyo\b/i, 'Asia/Tokyo'],
  [/\bsydney\b/i, 'Australia/Sydney'],
  [/\bcoordinated universal time|temps universel coordonn/i, 'UTC'],
];

/** IANA zone for a Windows zone id or its display label, or null. */
export function ianaFromPortalZone(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const byId = ianaFromWindows(v);
  if (byId) return byId;
  if (/^[A-Za-z]+\/[A-Za-z_+-]+(\/[A-Za-z_]+)?$/.test(v) || v === 'UTC') return v;
  for (const [re, zone] of CITY_TO_IANA) if (re.test(v)) return zone;
  return null;
}
