import { ticketsFindQuery } from '../../history/repo-find';
import type { Page, Ticket } from '../../history/types';
import { defineMessage } from '../define';

/** Messages of this area (declared with defineMessage, like messages/history.ts). */
export const findMessages = {
  /**
   * Tickets matching a search and filters, sorted, 50 at a time: answered by the background from
   * its index, so the popup never holds more than the page it shows.
   */
  'tickets:find': defineMessage<Page<Ticket>>()({
    senders: ['page'],
    request: ticketsFindQuery,
    maxBytes: 4096,
  }),
} as const;
