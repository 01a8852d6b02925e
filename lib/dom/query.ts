/**
 * The document queries every helper and control family shares.
 */

/**
 * `querySelectorAll` shared by every helper within one task: the runtime runs all features' scans
 * back to back after a DOM change, and they look for the same kinds of elements. On a busy portal
 * page (10,000+ nodes) each document-wide query costs milliseconds; asking once per task instead
 * of once per field and helper is most of the helpers' main-thread cost. The cache is dropped at
 * the end of the task, so a later scan always sees the DOM as it is then.
 */
const queryCache = new Map<ParentNode, Map<string, Element[]>>();
let cacheClear: ReturnType<typeof setTimeout> | undefined;

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  let bySelector = queryCache.get(root);
  if (!bySelector) {
    bySelector = new Map();
    queryCache.set(root, bySelector);
    if (cacheClear === undefined)
      cacheClear = setTimeout(() => {
        cacheClear = undefined;
        queryCache.clear();
      }, 0);
  }
  let found = bySelector.get(selector);
  // A node removed since (same task, e.g. a test rebuilding the page) invalidates the entry.
  if (!found || found.some((el) => !el.isConnected)) {
    found = [...root.querySelectorAll(selector)];
    bySelector.set(selector, found);
  }
  return found as E[];
}

/** Forgets cached queries (tests that rebuild the page within one task). */
export function clearQueryCache() {
  queryCache.clear();
}
