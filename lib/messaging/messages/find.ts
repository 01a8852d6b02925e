import { type TypedCustomer, ticketsFindQuery } from '../../history/repo-find';
import { type EntityLog, entityLogQuery } from '../../history/repo-log';
import type { Page, Ticket } from '../../history/types';
import { obj } from '../../schema';
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
  /** Customers named on tickets typed by hand, known by no record (the Customers tab lists them). */
  'customers:typed': defineMessage<TypedCustomer[]>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /** A ticket's or a pack's own history, newest first, from the change log. */
  'history:of': defineMessage<EntityLog>()({
    senders: ['page'],
    request: entityLogQuery,
    maxBytes: 256,
  }),
} as const;
