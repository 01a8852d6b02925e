import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_KEY, type Settings } from '../settings';

/** The machine's IANA zone: only used to seed the defaults on first run. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY], machineTimeZone());
}

/** Saves the whole settings object (already validated by the caller's form). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: migrateSettings(settings, machineTimeZone()) });
}

/** Applies `change` to the current settings and saves; returns the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()), machineTimeZone());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * Calls `listener` whenever the settings change in any surface (options page, popup). Returns
 * the function that stops listening: content scripts hand it to their context's invalidation.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    listener(migrateSettings(changes[SETTINGS_KEY]?.newValue, machineTimeZone()));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension is gone (updated while the page is open): its listener went with it.
    }
  };
}

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
