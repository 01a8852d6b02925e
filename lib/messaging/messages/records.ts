import { type PackRecord, type Ticket, ticketKeptFields, ticketRecord } from '../../history/types';
import { literal, obj, str } from '../../schema';
import { TICKET_STATUSES } from '../../vocabulary';
import { defineMessage } from '../define';

/**
 * Undo of the popup's one-click changes, done by the background as writes of their own (each
 * checks that what it undoes is still so). Our own pages only: a content script never deletes,
 * so it has nothing to undo.
 */

/** A record's id, as lib/history/types.ts declares it. */
const recordId = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ });
const status = () => literal(...TICKET_STATUSES);

export const recordsMessages = {
  /** A ticket deleted here, put back as the page held it (tombstone cleared, incident re-spent). */
  'tickets:restore': defineMessage<{
    ticket: Ticket;
    pack: PackRecord | null;
    numberKept: boolean;
  }>()({
    senders: ['page'],
    writes: true,
    request: obj({ ticket: ticketRecord }),
    maxBytes: 16_384,
  }),
  /** The status (and its timestamps) a one-click change replaced. */
  'tickets:restore-status': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: obj({
      id: recordId(),
      from: status(),
      status: status(),
      statusAt: ticketKeptFields.statusAt,
    }),
    maxBytes: 1024,
  }),
  /** Links a ticket back to the pack it was just unlinked from. */
  'tickets:relink-pack': defineMessage<{ ticket: Ticket; pack: PackRecord }>()({
    senders: ['page'],
    writes: true,
    request: obj({ ticketId: recordId(), packId: recordId() }),
    maxBytes: 256,
  }),
} as const;
