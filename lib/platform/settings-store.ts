import { browser } from 'wxt/browser';
import { migrateSettings, type Settings } from '../settings';
import { machineTimeZone, settingsItem } from './storage';

export { machineTimeZone };

export function loadSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

/** Applies `change` to the current settings and saves; returns the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()), machineTimeZone);
  await settingsItem.setValue(next);
  return next;
}

/**
 * Calls `listener` whenever the settings change in any surface (options page, popup). Returns
 * the function that stops listening: content scripts hand it to their context's invalidation.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((settings) => listener(settings));
}

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
