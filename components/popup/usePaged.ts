import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../../lib/history/types';

export interface Paged<T> {
  /** Null until the first page arrived (or failed: then an empty list and `error`). */
  items: T[] | null;
  total: number;
  error: unknown;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  /** Reads the first page again (after an addition, or when `key` changes). */
  reload: () => Promise<void>;
  /** Puts a record the background returned in place, without reading the list again. */
  replace: (item: T) => void;
}

/**
 * A list the background serves page by page (`{ items, next, total }`): the first page is read
 * when the list is enabled and each time `key` changes (the tickets' view), "load more" appends
 * the next one. A reply that arrives after a newer request started is dropped, so switching views
 * quickly never shows the older view's page. Errors are kept for the list to show, never thrown.
 */
export function usePaged<T extends { id: string }>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  key: unknown,
  enabled = true,
): Paged<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const generation = useRef(0);

  const load = useCallback(async (cursor: string | null) => {
    const mine = ++generation.current;
    try {
      const page = await fetchRef.current(cursor);
      if (mine !== generation.current) return;
      setItems((list) => (cursor && list ? [...list, ...page.items] : page.items));
      setNext(page.next);
      setTotal(page.total);
      setError(null);
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e);
      setItems((list) => list ?? []);
    }
  }, []);

  // A layout effect: a first page already received (the popup asks for it before rendering, see
  // prefetch.ts) goes on screen without waiting a frame for the effect queue.
  useLayoutEffect(() => {
    if (enabled) void load(null);
  }, [load, key, enabled]);

  const replace = useCallback((item: T) => {
    setItems((list) => list?.map((i) => (i.id === item.id ? item : i)) ?? list);
  }, []);

  return {
    items,
    total,
    error,
    hasMore: next !== null,
    loadMore: () => load(next),
    reload: () => load(null),
    replace,
  };
}
