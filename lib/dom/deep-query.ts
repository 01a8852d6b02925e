/**
 * Queries that see through open shadow roots. Partner Center's current pages are web components
 * nested in shadow roots (portals.md, "Partner Center": the customer grid, its rows and probably
 * the breadcrumb and heading), where `document.querySelectorAll` does not reach. Closed roots stay
 * closed: nothing here can open them, and nothing should try.
 */

type Root = Document | ShadowRoot | Element;

const MAX_ROOTS = 2000;

/** The root itself and every open shadow root below it, in document order (bounded). */
export function shadowRoots(root: Root): (Document | ShadowRoot | Element)[] {
  const out: (Document | ShadowRoot | Element)[] = [root];
  for (let i = 0; i < out.length && out.length < MAX_ROOTS; i++) {
    const current = out[i]!;
    if (current instanceof Element && current.shadowRoot) out.push(current.shadowRoot);
    for (const el of current.querySelectorAll('*')) {
      if (el.shadowRoot) out.push(el.shadowRoot);
      if (out.length >= MAX_ROOTS) break;
    }
  }
  return out;
}

/** Every element matching `selector` in the tree and in its open shadow roots. */
export function deepQueryAll<E extends Element = HTMLElement>(root: Root, selector: string): E[] {
  const seen = new Set<Element>();
  const found: E[] = [];
  for (const r of shadowRoots(root)) {
    if (r instanceof Element && r.matches(selector) && !seen.has(r)) {
      seen.add(r);
      found.push(r as E);
    }
    for (const el of r.querySelectorAll<E>(selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      found.push(el);
    }
  }
  return found;
}

/** The first element matching `selector` through open shadow roots, or null. */
export function deepQuery<E extends Element = HTMLElement>(root: Root, selector: string): E | null {
  for (const r of shadowRoots(root)) {
    const el = r.querySelector<E>(selector);
    if (el) return el;
  }
  return null;
}

/**
 * The text a person sees in an element, including what its open shadow roots render. Slotted
 * light-DOM children are read where they are assigned; a shadow root without slots hides them.
 */
export function deepText(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : node.childNodes) walk(child);
      return;
    }
    if (node instanceof Element && /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.tagName)) return;
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) {
      walk(shadow);
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The closest ancestor matching `selector`, crossing shadow boundaries to the host. */
export function deepClosest<E extends Element = HTMLElement>(
  el: Element,
  selector: string,
): E | null {
  let current: Element | null = el;
  while (current) {
    const found = current.closest<E>(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
