/**
 * The popup's and side panel's keys, as in mail and PSA tools: `/` search, `n` new ticket,
 * `j` / `k` next and previous ticket. Never while typing in a field, with a modifier held, or
 * while a dialog is open (its own keys win). The targets carry `data-key` (search, new) or are
 * ticket rows (`data-ticket-id`, focusable) of the panel on screen.
 */
export type KeyAction = 'search' | 'new' | 'next' | 'previous';

const KEYS: Record<string, KeyAction> = { '/': 'search', n: 'new', j: 'next', k: 'previous' };

export function keyActionOf(event: KeyboardEvent, doc: Document = document): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  const target = event.target as HTMLElement | null;
  if (
    target?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
  ) {
    return null;
  }
  if (doc.querySelector('dialog[open]')) return null;
  return action;
}

const visible = (el: Element) => !el.closest('[hidden]');

/** Performs `action` in `doc`; true when something was there to act on. */
export function performKey(action: KeyAction, doc: Document = document): boolean {
  if (action === 'search' || action === 'new') {
    const el = [...doc.querySelectorAll<HTMLElement>(`[data-key="${action}"]`)].find(visible);
    if (!el) return false;
    if (action === 'search') el.focus();
    else el.click();
    return true;
  }
  const rows = [...doc.querySelectorAll<HTMLElement>('[data-ticket-id]')].filter(visible);
  if (rows.length === 0) return false;
  const at = rows.findIndex((r) => r === doc.activeElement || r.contains(doc.activeElement));
  const next =
    at < 0
      ? action === 'next'
        ? 0
        : rows.length - 1
      : Math.min(rows.length - 1, Math.max(0, at + (action === 'next' ? 1 : -1)));
  const row = rows[next]!;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
  return true;
}

/** The listener PopupApp installs on its document. */
export function onPopupKey(event: KeyboardEvent) {
  const action = keyActionOf(event);
  if (action && performKey(action)) event.preventDefault();
}
