import { browser } from 'wxt/browser';

export type PopupFocus = { kind: 'ticket' | 'pack'; id: string };

const ID = /^[A-Za-z0-9:._@-]{1,64}$/;

/**
 * What the popup should bring into view: `?ticket=<id>` / `?pack=<id>` in its URL, else the
 * `popupFocus` the background leaves in `storage.session` when a notification is clicked (read
 * once, then cleared so the next opening starts normally).
 */
export async function readPopupFocus(search: string): Promise<PopupFocus | null> {
  const params = new URLSearchParams(search);
  for (const kind of ['ticket', 'pack'] as const) {
    const id = params.get(kind);
    if (id && ID.test(id)) return { kind, id };
  }
  try {
    const session = browser.storage.session;
    if (!session) return null;
    const stored = (await session.get('popupFocus')).popupFocus as Partial<PopupFocus> | undefined;
    if (!stored) return null;
    await session.remove('popupFocus');
    if (
      (stored.kind === 'ticket' || stored.kind === 'pack') &&
      typeof stored.id === 'string' &&
      ID.test(stored.id)
    ) {
      return { kind: stored.kind, id: stored.id };
    }
  } catch {
    // storage.session missing (old browser) or refused: open normally.
  }
  return null;
}
