import { browser } from 'wxt/browser';
import { applyManaged, keepOwnValues, type Managed, parseManaged } from '../managed';
import { migrateSettings, type Settings } from '../settings';
import { machineTimeZone, readManagedPolicy, settingsItem, watchManagedPolicy } from './storage';

export { machineTimeZone };

/**
 * The policy, read once per surface and kept: every settings change is then delivered at once,
 * as before there was a policy (a form re-rendered between its save and the change would show
 * the old value for a moment). Dropped when IT changes the policy, by a listener added with the
 * first read, so before any surface's own (listeners run in the order they were added).
 */
let managedNow: Managed | null = null;
let managedRead: Promise<Managed> | null = null;
let listening = false;

/** What the partner's IT set by policy (lib/managed.ts): values, locks and unusable entries. */
export function loadManaged(): Promise<Managed> {
  if (!listening) {
    listening = true;
    watchManagedPolicy(() => {
      managedNow = null;
      managedRead = null;
    });
  }
  managedRead ??= readManagedPolicy().then((raw) => {
    managedNow = parseManaged(raw);
    return managedNow;
  });
  return managedRead;
}

/** The settings every surface uses: the agent's own, with the policy's values over them. */
export async function loadSettings(): Promise<Settings> {
  const [own, managed] = await Promise.all([settingsItem.getValue(), loadManaged()]);
  return applyManaged(own, managed);
}

/**
 * Applies `change` to the current settings and saves; returns the result. A field the policy locks
 * keeps the agent's own stored value underneath (it comes back if IT lifts the policy).
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const [own, managed] = await Promise.all([settingsItem.getValue(), loadManaged()]);
  const next = migrateSettings(change(applyManaged(own, managed)), machineTimeZone);
  await settingsItem.setValue(keepOwnValues(next, own, managed));
  return applyManaged(next, managed);
}

/**
 * Calls `listener` whenever the settings change in any surface (options page, popup), or IT
 * changes the policy. Returns the function that stops listening: content scripts hand it to their
 * context's invalidation.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  void loadManaged(); // its invalidation listener first
  const stops = [
    settingsItem.watch((own) => {
      if (managedNow) listener(applyManaged(own, managedNow));
      else void loadManaged().then((m) => listener(applyManaged(own, m)));
    }),
    watchManagedPolicy(() => void loadSettings().then(listener)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Calls `listener` with the policy when IT changes it; returns the stop. */
export function watchManaged(listener: (managed: Managed) => void): () => void {
  void loadManaged();
  return watchManagedPolicy(() => void loadManaged().then(listener));
}

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
