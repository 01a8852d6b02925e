import type { SettingsOutcome } from '../../history/backup-settings';
import {
  byIdInput,
  type Customer,
  type CustomerSummary,
  captureInput,
  customerLookupInput,
  customerSeenInput,
  type HistoryStatus,
  type ImportSummary,
  type LedgerPack,
  type PackRecord,
  type PackSummary,
  type Page,
  packInput,
  packSyncAddInput,
  packSyncUpdateInput,
  packUpdateInput,
  pageQuery,
  type Ticket,
  ticketInput,
  ticketLinkInput,
  ticketStatusInput,
  ticketsQuery,
  ticketUnlinkInput,
  ticketUpdateInput,
} from '../../history/types';
import { bool, literal, num, obj, optional, str } from '../../schema';
import { defineMessage } from '../define';

/**
 * Messages of the history. Content scripts may record what they saw and captured, and ask three
 * narrow questions (a customer by tenant/domain, the last customer selected in Partner Center, a
 * summary of packs); and the packs themselves, which Support for business lists with their counts
 * and dates (read, then added or updated on the agent's click). Everything else — tickets lists,
 * exports, edits of other records — belongs to our own pages.
 */

/**
 * Files cross the messaging layer in parts of this many characters (Chrome refuses a message
 * over 64 MB once serialised); a new-line or quote-heavy part may grow up to six-fold when
 * JSON-escaped (`\u0000`), which the message cap below allows for.
 */
export const TRANSFER_PART_CHARS = 4 * 1024 * 1024;
const TRANSFER_MESSAGE_BYTES = TRANSFER_PART_CHARS * 6 + 1024;
const transferId = () => str({ min: 3, max: 80, pattern: /^[A-Za-z0-9._-]+$/ });

export const historyMessages = {
  // ——— content scripts (and pages) ———
  /** A portal page showed a customer; `selected` when the agent opened it in Partner Center. */
  'customers:seen': defineMessage<CustomerSummary>()({
    senders: ['content', 'page'],
    writes: true,
    records: true,
    request: customerSeenInput,
    maxBytes: 8192,
  }),
  /** The customer known for a tenant id or a domain (the context hand-off). */
  'customers:lookup': defineMessage<CustomerSummary | null>()({
    senders: ['content', 'page'],
    request: customerLookupInput,
    maxBytes: 1024,
  }),
  /** The customer the agent selected last in Partner Center. */
  'customers:last-selected': defineMessage<CustomerSummary | null>()({
    senders: ['content', 'page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /** Packs held: kind, incidents left, expiry. No order numbers, no contract ids. */
  'packs:summary': defineMessage<PackSummary[]>()({
    senders: ['content', 'page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /**
   * Support for business compares the plans its page lists with the ledger (domain.md §8) and, on
   * the agent's click, adds a pack or updates the fields the page shows. The ledger it reads holds
   * no notes or order numbers; its writes cannot set them, nor the purchasing account.
   */
  'packs:ledger': defineMessage<LedgerPack[]>()({
    senders: ['content'],
    request: obj({}),
    maxBytes: 256,
  }),
  'packs:sync-add': defineMessage<LedgerPack>()({
    senders: ['content'],
    writes: true,
    records: true,
    request: packSyncAddInput,
    maxBytes: 2048,
  }),
  'packs:sync-update': defineMessage<LedgerPack>()({
    senders: ['content'],
    writes: true,
    records: true,
    request: packSyncUpdateInput,
    maxBytes: 2048,
  }),
  /** A request the portal confirmed. Deduplicated by number: `created` false for a repeat. */
  'tickets:capture': defineMessage<{ id: string; created: boolean }>()({
    senders: ['content'],
    writes: true,
    records: true,
    request: captureInput,
    maxBytes: 16_384,
  }),

  // ——— our own pages only ———
  'tickets:list': defineMessage<Page<Ticket>>()({
    senders: ['page'],
    request: ticketsQuery,
    maxBytes: 1024,
  }),
  'tickets:get': defineMessage<Ticket | null>()({
    senders: ['page'],
    request: byIdInput,
    maxBytes: 256,
  }),
  'tickets:add': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: ticketInput,
    maxBytes: 16_384,
  }),
  'tickets:update': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: ticketUpdateInput,
    maxBytes: 16_384,
  }),
  'tickets:set-status': defineMessage<Ticket>()({
    senders: ['page'],
    writes: true,
    request: ticketStatusInput,
    maxBytes: 256,
  }),
  'tickets:delete': defineMessage<{ deleted: boolean }>()({
    senders: ['page'],
    writes: true,
    request: byIdInput,
    maxBytes: 256,
  }),
  /** Link a ticket to a pack: consumes one incident, in one transaction with the ticket. */
  'tickets:link-pack': defineMessage<{ ticket: Ticket; pack: PackRecord }>()({
    senders: ['page'],
    writes: true,
    request: ticketLinkInput,
    maxBytes: 256,
  }),
  /** Unlink: refunds the incident. */
  'tickets:unlink-pack': defineMessage<{ ticket: Ticket; pack: PackRecord | null }>()({
    senders: ['page'],
    writes: true,
    request: ticketUnlinkInput,
    maxBytes: 256,
  }),
  'packs:list': defineMessage<Page<PackRecord>>()({
    senders: ['page'],
    request: pageQuery,
    maxBytes: 512,
  }),
  'packs:get': defineMessage<PackRecord | null>()({
    senders: ['page'],
    request: byIdInput,
    maxBytes: 256,
  }),
  'packs:add': defineMessage<PackRecord>()({
    senders: ['page'],
    writes: true,
    records: true,
    request: packInput,
    maxBytes: 8192,
  }),
  'packs:update': defineMessage<PackRecord>()({
    senders: ['page'],
    writes: true,
    records: true,
    request: packUpdateInput,
    maxBytes: 8192,
  }),
  'packs:delete': defineMessage<{ deleted: boolean }>()({
    senders: ['page'],
    writes: true,
    request: byIdInput,
    maxBytes: 256,
  }),
  'customers:list': defineMessage<Page<Customer>>()({
    senders: ['page'],
    request: pageQuery,
    maxBytes: 512,
  }),
  'history:status': defineMessage<HistoryStatus>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /** Retries the writes kept aside while the database refused them. */
  'history:retry': defineMessage<HistoryStatus>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /**
   * An export. A file longer than one part (`TRANSFER_PART_CHARS`) comes in parts: `text` is the
   * first, `more` says how many there are; the page reads the others with `history:export-part`.
   * `language` is the page's (headers, labels, calendar descriptions; else the settings'),
   * `separator` the CSV's (else the language's usual one: `;` for French).
   */
  'history:export': defineMessage<{
    filename: string;
    mime: string;
    text: string;
    more?: { exportId: string; parts: number };
  }>()({
    senders: ['page'],
    request: obj({
      format: literal('json', 'csv-tickets', 'csv-packs', 'ics'),
      language: optional(literal('en', 'fr')),
      separator: optional(literal(',', ';')),
    }),
    maxBytes: 256,
  }),
  /** Part `index` (1 …) of the export `exportId`; the background forgets it after the last part. */
  'history:export-part': defineMessage<{ text: string }>()({
    senders: ['page'],
    request: obj({ exportId: transferId(), index: num({ int: true, min: 1, max: 100_000 }) }),
    maxBytes: 256,
  }),
  /**
   * Starts sending a backup file in parts: `bytes` is the file's size, `chars` its length as
   * text. Refused above `MAX_IMPORT_BYTES` (`import-too-large`). The background keeps the parts
   * in memory for this upload only (a new upload replaces it).
   */
  'history:import-begin': defineMessage<{ uploadId: string; partChars: number }>()({
    senders: ['page'],
    request: obj({
      bytes: num({ int: true, min: 0 }),
      chars: num({ int: true, min: 1 }),
    }),
    maxBytes: 256,
  }),
  /** Part `index` (0, 1, … in order) of an upload. */
  'history:import-chunk': defineMessage<{ received: number }>()({
    senders: ['page'],
    request: obj({
      uploadId: transferId(),
      index: num({ int: true, min: 0, max: 100_000 }),
      text: str({ min: 1, max: TRANSFER_PART_CHARS }),
    }),
    maxBytes: TRANSFER_MESSAGE_BYTES,
  }),
  /**
   * Import our JSON backup. Everything is validated first; `dryRun` returns the summary without
   * writing; otherwise one transaction in `merge` or `replace` mode. The settings a backup
   * carries replace the current ones (`settings: 'restore'`, the default) or are left aside
   * (`'keep'`); the answer's `settings` says which happened, or `none` for a file without any.
   */
  'history:import': defineMessage<ImportSummary & { settings: SettingsOutcome }>()({
    senders: ['page'],
    // Either the whole file (`text`, when it fits one part) or a finished upload (`uploadId`).
    request: obj({
      text: optional(str({ max: TRANSFER_PART_CHARS })),
      uploadId: optional(transferId()),
      mode: literal('merge', 'replace'),
      dryRun: bool(),
      settings: optional(literal('restore', 'keep')),
    }),
    maxBytes: TRANSFER_MESSAGE_BYTES,
  }),
  /** Erase everything (tickets, packs, customers, events); settings are kept. */
  'history:erase': defineMessage<{ erased: boolean }>()({
    senders: ['page'],
    request: obj({ confirm: literal('erase-everything') }),
    maxBytes: 256,
  }),
};
