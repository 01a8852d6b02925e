import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Customer, PackRecord, Page } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import { type Paged, usePaged } from './usePaged';

/**
 * The popup's shared lists (packs and recent customers): loaded once, refreshed after an edit.
 * Tickets are paged by their own tab. Errors are kept for the tab to show, never thrown.
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

/** Customers seen lately, 50 at a time, most recent first. */
export function useCustomers(enabled = true): Paged<Customer> {
  return usePaged((cursor) => ask('customers:list', { cursor, limit: 50 }), null, enabled);
}
