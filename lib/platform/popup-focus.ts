import { browser } from 'wxt/browser';

/**
 * What the popup should bring into view after a notification click: the background leaves it, the
 * popup takes it once. Declared once, so the writer and the reader always use the same area:
 * `storage.session` where the browser has it (memory, gone with the session), else
 * `storage.local` (older browsers) — it is cleared as soon as the popup has read it.
 */

export type PopupFocus = { kind: 'ticket' | 'pack'; id: string };

const KEY = 'popupFocus';
const ID = /^[A-Za-z0-9:._@-]{1,64}$/;

function area() {
  return browser.storage.session ?? browser.storage.local;
}

export function isPopupFocus(value: unknown): value is PopupFocus {
  const v = value as Partial<PopupFocus> | null | undefined;
  return (v?.kind === 'ticket' || v?.kind === 'pack') && typeof v.id === 'string' && ID.test(v.id);
}

export async function leavePopupFocus(target: PopupFocus): Promise<void> {
  await area().set({ [KEY]: target });
}

/** The focus left for the popup, once: read, then cleared. Null when there is none (or no area). */
export async function takePopupFocus(): Promise<PopupFocus | null> {
  try {
    const stored = (await area().get(KEY))[KEY];
    if (stored === undefined) return null;
    await area().remove(KEY);
    return isPopupFocus(stored) ? { kind: stored.kind, id: stored.id } : null;
  } catch {
    // Storage refused (an old browser, a dying context): open normally.
    return null;
  }
}
