import { byIdInput, statusObservationInput, type Ticket } from '../../history/types';
import { defineMessage } from '../define';

/**
 * Messages of statuses read from the portals. A content script reports what a request list or
 * details page showed (numbers, statuses, Microsoft's latest reply); the background writes it to
 * the tickets it holds with those numbers, nothing else. Accepting or dismissing the reply it
 * proposes belongs to our own pages.
 */
export const statusesMessages = {
  'tickets:observe-status': defineMessage<{
    matched: number;
    statuses: number;
    proposed: number;
    applied: number;
  }>()({
    senders: ['content'],
    writes: true,
    records: true,
    request: statusObservationInput,
    maxBytes: 16_384,
  }),
  /** Marks the ticket responded, its first response the reply the portal showed. */
  'tickets:accept-reply': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: byIdInput,
    maxBytes: 256,
  }),
  'tickets:dismiss-reply': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: byIdInput,
    maxBytes: 256,
  }),
} as const;
