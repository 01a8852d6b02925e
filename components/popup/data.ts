import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Customer, PackRecord, Page } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';

/**
 * The popup's shared lists (packs and recent customers): loaded once, refreshed after an edit.
 * Tickets are paginated by their own tab. Errors are kept for the tab to show, never thrown.
 */
export function usePacks(enabled = true) {
  const [packs, setPacks] = useState<PackRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      const all: PackRecord[] = [];
      let cursor: string | null = null;
      // A partner holds tens of packs, not thousands: read them all (pages of 200).
      do {
        const page: Page<PackRecord> = await ask('packs:list', { cursor, limit: 200 });
        all.push(...page.items);
        cursor = page.next;
      } while (cursor && all.length < 2000);
      setPacks(all);
      setError(null);
    } catch (e) {
      setError(e);
      setPacks((current) => current ?? []);
    }
  }, []);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  /** Puts a record the background returned in place, without reading the list again. */
  const replace = useCallback((pack: PackRecord) => {
    setPacks((list) => (list ? list.map((p) => (p.id === pack.id ? pack : p)) : list));
  }, []);
  return { packs, error, reload, replace };
}

export function useCustomers(enabled = true) {
  const [customers, setCustomers] = useState<Customer[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async (cursor: string | null) => {
    try {
      const page = await ask('customers:list', { cursor, limit: 50 });
      setCustomers((list) => (cursor && list ? [...list, ...page.items] : page.items));
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(e);
      setCustomers((current) => current ?? []);
    }
  }, []);
  useEffect(() => {
    if (enabled) void load(null);
  }, [load, enabled]);
  return {
    customers,
    error,
    hasMore: next !== null,
    loadMore: () => load(next),
    reload: () => load(null),
  };
}

export { FIRST_PAGE, takePrefetchedTickets } from './prefetch';
