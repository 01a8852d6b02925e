/**
 * The Azure wizard's contact time-zone field lists Windows time zones ("Romance Standard Time",
 * shown as "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"). The preview needs an IANA zone: the
 * CLDR windowsZones mapping for the zones the portal lists most, by id, then by a city in the label.
 * Unknown → null (the preview then shows the agent's zone only).
 */
const WINDOWS_TO_IANA: Record<string, string> = {
  'dateline standard time': 'Etc/GMT+12',
  'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'atlantic standard time': 'America/Halifax',
  'e. south america standard time': 'America/Sao_Paulo',
  utc: 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'central european standard time': 'Europe/Warsaw',
  'central europe standard time': 'Europe/Budapest',
  'e. europe standard time': 'Europe/Chisinau',
  'gtb standard time': 'Europe/Bucharest',
  'fle standard time': 'Europe/Kiev',
  'russian standard time': 'Europe/Moscow',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
  'morocco standard time': 'Africa/Casablanca',
  'w. central africa standard time': 'Africa/Lagos',
  'south africa standard time': 'Africa/Johannesburg',
};

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
  const byId = WINDOWS_TO_IANA[v.toLowerCase()];
  if (byId) return byId;
  if (/^[A-Za-z]+\/[A-Za-z_+-]+(\/[A-Za-z_]+)?$/.test(v) || v === 'UTC') return v;
  for (const [re, zone] of CITY_TO_IANA) if (re.test(v)) return zone;
  return null;
}
