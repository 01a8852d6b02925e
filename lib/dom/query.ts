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
/** Other per-task caches (names of controls): dropped with the query cache. */
const taskCaches: { clear(): void }[] = [];

/** A Map that lives for the current task only, like the query cache. */
export function taskCache<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  const set = map.set.bind(map);
  map.set = (key, value) => {
    scheduleClear();
    return set(key, value);
  };
  taskCaches.push(map);
  return map;
}

function scheduleClear() {
  if (cacheClear !== undefined) return;
  cacheClear = setTimeout(() => {
    cacheClear = undefined;
    queryCache.clear();
    for (const c of taskCaches) c.clear();
  }, 0);
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  let bySelector = queryCache.get(root);
  if (!bySelector) {
    bySelector = new Map();
    queryCache.set(root, bySelector);
    scheduleClear();
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
  for (const c of taskCaches) c.clear();
}
