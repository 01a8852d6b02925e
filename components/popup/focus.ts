import { isPopupFocus, type PopupFocus, takePopupFocus } from '../../lib/platform/popup-focus';

export type { PopupFocus } from '../../lib/platform/popup-focus';

/**
 * What the popup should bring into view: `?ticket=<id>` / `?pack=<id>` in its URL (a popup opened
 * in a tab), else the focus the background left when a notification was clicked.
 */
export async function readPopupFocus(search: string): Promise<PopupFocus | null> {
  const params = new URLSearchParams(search);
  for (const kind of ['ticket', 'pack'] as const) {
    const target = { kind, id: params.get(kind) };
    if (isPopupFocus(target)) return target;
  }
  return takePopupFocus();
}
