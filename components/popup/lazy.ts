import { useEffect, useState } from 'preact/hooks';

/**
 * Parts of the popup that carry the lifecycle data (the ticket dialog's product fields, the pack
 * menu's coverage rule) load on demand, so that the list on screen first does not wait for them:
 * started once the tickets are shown, or when asked for, whichever is first. Each loader is a
 * module-level function, so a module loads once per popup.
 */
const loading = new Map<() => Promise<unknown>, Promise<unknown>>();

export function preload<T>(load: () => Promise<T>): Promise<T> {
  let started = loading.get(load) as Promise<T> | undefined;
  if (!started) {
    started = load();
    // A failed load (the extension was updated under the open popup) may be tried again.
    started.catch(() => loading.delete(load));
    loading.set(load, started);
  }
  return started;
}

/** The module once `load` resolved (null until then, or while `when` is false). */
export function useLazy<T>(load: () => Promise<T>, when = true): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!when || module) return;
    let live = true;
    preload(load).then(
      (m) => live && setModule(() => m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [when]);
  return module;
}

export const loadPackMenu = () => import('./PackMenu');
export const loadTicketDialog = () => import('./TicketDialog');
