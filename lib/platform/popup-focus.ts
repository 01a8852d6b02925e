import { type PopupFocus, popupFocusItem } from './storage';

/**
 * What the popup should bring into view after a notification click: the background leaves it, the
 * popup takes it once. One declaration (`popupFocusItem` in ./storage) for the writer and the
 * reader, so both always use the same area: `storage.session` where the browser has it (memory,
 * gone with the session), else `storage.local` (older browsers) — it is cleared as soon as the
 * popup has read it.
 */

export { isPopupFocus, type PopupFocus } from './storage';

export async function leavePopupFocus(target: PopupFocus): Promise<void> {
  await popupFocusItem.setValue(target);
}

/** The focus left for the popup, once: read, then cleared. Null when there is none (or no area). */
export async function takePopupFocus(): Promise<PopupFocus | null> {
  try {
    const focus = await popupFocusItem.getValue();
    await popupFocusItem.removeValue();
    return focus;
  } catch {
    // Storage refused (an old browser, a dying context): open normally.
    return null;
  }
}
