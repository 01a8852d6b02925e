import { WINDOWS_ZONES } from './windows.generated';

/**
 * Windows zone ids ("Romance Standard Time", "W. Europe Standard Time"), what Outlook, Windows and
 * the Azure portal's contact form show, to IANA through CLDR's table (windows.generated.ts, made by
 * scripts/gen-windows-zones.mjs). Kept apart from the picker's data: the content scripts use it.
 */

let byLowerCase: Map<string, string> | undefined;

/** The IANA zone of a Windows zone id, ignoring case and surrounding spaces, or null. */
export function ianaFromWindows(id: string): string | null {
  byLowerCase ??= new Map(Object.entries(WINDOWS_ZONES).map(([k, v]) => [k.toLowerCase(), v]));
  return byLowerCase.get(id.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
