import type { Page, Ticket } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';

/**
 * The first page of open tickets, asked for as soon as the popup's script runs — before the
 * settings are read and the first render — so the round trip to the background overlaps both.
 * Taken once by the tickets tab; later loads ask again.
 */
let prefetched: Promise<Page<Ticket>> | null = null;
export const FIRST_PAGE = 50;

export function prefetchOpenTickets(): void {
  prefetched ??= ask('tickets:list', { view: 'open', cursor: null, limit: FIRST_PAGE }).then(
    (page) => {
      performance.mark('pcx:popup-tickets'); // the reply arrived (bench/popup.bench.mjs)
      return page;
    },
  );
  // Handled where it is taken; never an unhandled rejection in the meantime.
  prefetched.catch(() => {});
}

export function takePrefetchedTickets(): Promise<Page<Ticket>> | null {
  const page = prefetched;
  prefetched = null;
  return page;
}
