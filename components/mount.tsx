import { type ComponentChild, render } from 'preact';
import tokensCss from './fluent-tokens.generated.css?inline';
import hostCss from './helper-host.css?inline';

/**
 * The mounting convention of every in-page helper:
 * - a custom element `pcx-<helper>` (never registered: content scripts have no `customElements`
 *   in Chrome, and an unregistered hyphenated element may still host a shadow root);
 * - an OPEN shadow root holding the helper's styles and its Preact tree, isolated from page CSS;
 * - `data-state` on the host: `ok`, `warning` or `unknown`, readable by tests and the demo;
 * - mounted once per anchor (a second mount on the same anchor returns the first one);
 * - removed when the owning signal aborts (navigation, invalidation);
 * - never throws into the page: a render error unmounts the helper and is reported to `onError`.
 */

export type HelperState = 'ok' | 'warning' | 'unknown';

export type Placement = 'before' | 'after' | 'prepend' | 'append';

export interface MountOptions {
  /** Helper id without the prefix: `severity-picker` → `<pcx-severity-picker>`. */
  helper: string;
  anchor: Element;
  placement: Placement;
  signal: AbortSignal;
  onError?: (error: unknown) => void;
}

export interface MountedHelper {
  host: HTMLElement;
  root: ShadowRoot;
  setState(state: HelperState): void;
  render(tree: ComponentChild): void;
  remove(): void;
}

/** Mounted helpers per anchor and helper id, so a re-run of a feature never mounts twice. */
const mounted = new WeakMap<Element, Map<string, MountedHelper>>();

const HOST_PREFIX = 'pcx-';
/** The helpers' styles: Fluent's tokens, then ours (joined once, not per mount). */
const HOST_CSS = tokensCss + hostCss;

export function mountHelper(options: MountOptions): MountedHelper | null {
  const { helper, anchor, placement, signal, onError } = options;
  if (signal.aborted || !anchor.isConnected) return null;
  const existing = mounted.get(anchor)?.get(helper);
  if (existing?.host.isConnected) return existing;

  const doc = anchor.ownerDocument;
  const host = doc.createElement(`${HOST_PREFIX}${helper}`);
  host.setAttribute('data-state', 'unknown');
  host.setAttribute('data-pcx', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  root.append(style);
  const container = doc.createElement('div');
  root.append(container);
  // A press on a helper's button keeps the focus where the agent left it in the portal's form.
  // Moving it would blur the portal's control first, and some portals re-lay their form out on
  // blur (a required Fluent v8 Dropdown grows by its "*" marker): the button would then move away
  // between mousedown and mouseup and the click would be lost. Keyboard use is unchanged.
  root.addEventListener('mousedown', (event: Event) => {
    const target = event.target as Element | null;
    if ((event as MouseEvent).button === 0 && target?.closest?.('button')) event.preventDefault();
  });

  switch (placement) {
    case 'before':
      anchor.before(host);
      break;
    case 'after':
      anchor.after(host);
      break;
    case 'prepend':
      anchor.prepend(host);
      break;
    case 'append':
      anchor.append(host);
      break;
  }

  let removed = false;
  const handle: MountedHelper = {
    host,
    root,
    setState(state) {
      if (!removed) host.setAttribute('data-state', state);
    },
    render(tree) {
      if (removed) return;
      try {
        render(tree, container);
      } catch (error) {
        handle.remove();
        onError?.(error);
      }
    },
    remove() {
      if (removed) return;
      removed = true;
      try {
        render(null, container);
      } catch {
        // The tree is being thrown away; an error while unmounting must not reach the page.
      }
      host.remove();
      mounted.get(anchor)?.delete(helper);
    },
  };

  let byHelper = mounted.get(anchor);
  if (!byHelper) {
    byHelper = new Map();
    mounted.set(anchor, byHelper);
  }
  byHelper.set(helper, handle);
  signal.addEventListener('abort', () => handle.remove(), { once: true });
  return handle;
}
