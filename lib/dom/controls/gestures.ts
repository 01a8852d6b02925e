import type { DriveOptions, PickFailure, PickResult } from './types';

export type WaitFailure = 'timeout' | 'aborted' | 'navigated';

/**
 * What a person's hand does to a control, and waiting for what the page does in return. Portal
 * frameworks react to different events of one click: Fluent opens on `click`, some Ibiza dropdowns
 * select on `mouseup` (portals.md), React 18 renders popups after the event returns. So a pick is
 * the whole pointer sequence, then a bounded wait for the page's own answer.
 */

export const POPUP_TIMEOUT_MS = 3000;
const CONFIRM_TIMEOUT_MS = 1500;
const POLL_MS = 25;

function viewOf(el: Element): (Window & typeof globalThis) | null {
  return (el.ownerDocument.defaultView as (Window & typeof globalThis) | null) ?? null;
}

/**
 * Is the element in the layout at all (not `display:none`, not `hidden`)? Enough for popups and
 * their options: a Fluent Callout stays `visibility:hidden` until it has measured where to go,
 * and its options are already there to read.
 */
export function isRendered(el: Element): boolean {
  if (!el.isConnected) return false;
  const view = viewOf(el);
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    if (view && view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/**
 * Is the control one a person can see: rendered, not `visibility:hidden`, not inside an
 * `aria-hidden` subtree? Hidden duplicates of a control (Ibiza, portals.md) are not.
 */
export function isVisible(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement)
    if (e.getAttribute('aria-hidden') === 'true') return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function')
    return (
      el.isConnected && !el.closest('[hidden]') && check.call(el, { visibilityProperty: true })
    );
  return isRendered(el) && viewOf(el)?.getComputedStyle(el).visibility !== 'hidden';
}

export function isDisabled(el: Element): boolean {
  return (
    el.getAttribute('aria-disabled') === 'true' ||
    (el as HTMLInputElement).disabled === true ||
    el.getAttribute('aria-readonly') === 'true'
  );
}

function fireMouse(el: Element, type: string, init: MouseEventInit) {
  const view = viewOf(el);
  const pointer = type.startsWith('pointer');
  const Ctor = pointer
    ? (view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent)
    : (view?.MouseEvent ?? MouseEvent);
  const event = new Ctor(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: view ?? undefined,
    ...init,
    ...(pointer ? { pointerId: 1, pointerType: 'mouse', isPrimary: true } : {}),
  } as PointerEventInit);
  return el.dispatchEvent(event);
}

/**
 * The pointer sequence of a left click at the element's centre: pointerdown, mousedown, focus,
 * pointerup, mouseup, click. A default prevented on mousedown also prevents the focus, as in a
 * browser.
 */
export function pointerClick(el: Element) {
  const rect = el.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
  fireMouse(el, 'pointerdown', { ...at, button: 0, buttons: 1 });
  const focus = fireMouse(el, 'mousedown', { ...at, button: 0, buttons: 1 });
  if (focus && el.isConnected) (el as HTMLElement).focus?.({ preventScroll: true });
  if (!el.isConnected) return;
  fireMouse(el, 'pointerup', { ...at, button: 0, buttons: 0 });
  if (!el.isConnected) return;
  fireMouse(el, 'mouseup', { ...at, button: 0, buttons: 0 });
  if (!el.isConnected) return;
  fireMouse(el, 'click', { ...at, button: 0, buttons: 0, detail: 1 });
}

/** A key press (keydown, keyup) on the element. */
export function pressKey(el: Element, key: string) {
  const view = viewOf(el);
  const Ctor = view?.KeyboardEvent ?? KeyboardEvent;
  const init = { key, code: key, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new Ctor('keydown', init));
  el.dispatchEvent(new Ctor('keyup', init));
}

/**
 * Waits until `probe` returns something, the page navigates, the signal aborts or the time runs
 * out. Polls: a popup may be rendered into a portal layer anywhere in the document, and a
 * MutationObserver would see every unrelated change of a busy portal page.
 */
export async function waitFor<T>(
  doc: Document,
  probe: () => T | null | undefined | false,
  timeoutMs: number,
  options: DriveOptions,
): Promise<{ value: T } | { failed: WaitFailure }> {
  const href = doc.location?.href;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (options.signal?.aborted) return { failed: 'aborted' };
    if (doc.location?.href !== href) return { failed: 'navigated' };
    const value = probe();
    if (value) return { value };
    if (Date.now() >= deadline) return { failed: 'timeout' };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Waits for the portal's own state to show the change (`probe` returns its value), and says what
 * happened: the value, or why not — a time-out means the portal did not take the change.
 */
export async function confirm(
  doc: Document,
  probe: () => string | null | undefined | false,
  options: DriveOptions,
  timeoutMs = options.confirmTimeoutMs ?? CONFIRM_TIMEOUT_MS,
  onTimeout: PickFailure = 'unchanged',
): Promise<PickResult> {
  const done = await waitFor(doc, probe, timeoutMs, options);
  if ('value' in done) return { ok: true, value: done.value };
  return { ok: false, reason: done.failed === 'timeout' ? onTimeout : done.failed };
}
