import type {
  Customer,
  CustomerSummary,
  HistoryStatus,
  ImportSummary,
  LedgerPack,
  PackRecord,
  PackSummary,
  Page,
  Ticket,
} from '../../history/types';
import { portalOf } from '../../portals/hosts';
import { defineMessage } from '../define';
import {
  accountField,
  clockField,
  languageField,
  packKindField,
  portalField,
  programField,
  ruleField,
  serviceField,
  severityField,
  ticketStatusField,
} from '../record-fields';
import {
  arr,
  bool,
  domainName,
  isoDate,
  isoInstant,
  literal,
  nameString,
  nullable,
  num,
  obj,
  optional,
  refine,
  str,
  tenantId,
} from '../schema';

/**
 * Messages of the history. Content scripts may record what they saw and captured, and ask three
 * narrow questions (a customer by tenant/domain, the last customer selected in Partner Center, a
 * summary of packs); and the packs themselves, which Support for business lists with their counts
 * and dates (read, then added or updated on the agent's click). Everything else — tickets lists,
 * exports, edits of other records — belongs to our own pages.
 */

const severity = severityField;
const service = serviceField;
const program = programField;
const portal = portalField;
const ruleId = ruleField;
const packKind = packKindField;
const id = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ });
const requestNumber = () => str({ min: 4, max: 32, pattern: /^[A-Za-z0-9-]+$/ });
/**
 * A link to a request: https on one of the portal hosts (`portalOf`), nothing else — the link is
 * opened from our pages and written into calendar files, so it must never point elsewhere.
 */
const httpsLink = () =>
  refine(
    str({ max: 2048, pattern: /^https:\/\/[^\s]+$/ }),
    (link) => {
      try {
        const url = new URL(link);
        return url.protocol === 'https:' && portalOf(url.hostname) !== null;
      } catch {
        return false;
      }
    },
    'not a link to a portal page',
  );
const contact = () =>
  obj({
    name: nullable(nameString()),
    email: nullable(str({ max: 254 })),
    phone: nullable(str({ max: 40 })),
  });
const cursor = () => optional(nullable(str({ max: 200 })));

/**
 * The largest backup file PCX imports, in bytes of the file. Every JSON export PCX writes is at
 * most this size (the export refuses above it), so every export can be imported back.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
/**
 * Files cross the messaging layer in parts of this many characters (Chrome refuses a message
 * over 64 MB once serialised); a new-line or quote-heavy part may grow up to six-fold when
 * JSON-escaped (`\u0000`), which the message cap below allows for.
 */
export const TRANSFER_PART_CHARS = 4 * 1024 * 1024;
const TRANSFER_MESSAGE_BYTES = TRANSFER_PART_CHARS * 6 + 1024;
const transferId = () => str({ min: 3, max: 80, pattern: /^[A-Za-z0-9._-]+$/ });
const limit = () => optional(num({ int: true, min: 1, max: 200 }));

/**
 * Fields a surface provides to create a ticket (the background fills ids and timestamps). The
 * backup importer validates stored tickets with the same fields plus the stored ones.
 */
export const ticketFields = {
  number: nullable(requestNumber()),
  portal: nullable(portal()),
  portalLink: nullable(httpsLink()),
  customerId: nullable(id()),
  customerName: nullable(nameString()),
  service: service(),
  product: nullable(str({ max: 120 })),
  title: str({ max: 300 }),
  severity: nullable(severity()),
  program: program(),
  breakFix: bool(),
  supportLanguage: languageField(),
  filedAt: isoInstant(),
  dueAt: nullable(isoInstant()),
  rule: nullable(ruleId()),
  clock: nullable(clockField()),
  caveats: arr(str({ max: 60 }), { max: 10 }),
  contact: nullable(contact()),
};
export const ticketInput = obj({
  ...ticketFields,
  notes: optional(str({ max: 5000 })),
  packId: optional(nullable(id())),
});
/**
 * What a content script may record of a request the portal confirmed: only what the page showed,
 * with its number (the key the background deduplicates on). No notes and no pack: spending an
 * incident and writing notes belong to our own pages, so a page cannot reach them through us.
 */
export const captureInput = obj({ ...ticketFields, number: requestNumber() });
const ticketPatch = obj({
  number: optional(nullable(requestNumber())),
  portalLink: optional(nullable(httpsLink())),
  customerId: optional(nullable(id())),
  customerName: optional(nullable(nameString())),
  service: optional(service()),
  product: optional(nullable(str({ max: 120 }))),
  title: optional(str({ max: 300 })),
  severity: optional(nullable(severity())),
  program: optional(program()),
  breakFix: optional(bool()),
  supportLanguage: optional(languageField()),
  filedAt: optional(isoInstant()),
  dueAt: optional(nullable(isoInstant())),
  rule: optional(nullable(ruleId())),
  clock: optional(nullable(clockField())),
  caveats: optional(arr(str({ max: 60 }), { max: 10 })),
  contact: optional(nullable(contact())),
  notes: optional(str({ max: 5000 })),
});

const packFields = {
  kind: packKind(),
  label: str({ max: 120 }),
  purchasedOn: isoDate(),
  /** Required for `user-entered` expiry kinds; ignored (computed) for one-year kinds. */
  expiresOn: nullable(isoDate()),
  incidents: nullable(num({ int: true, min: 0, max: 1000 })),
  account: nullable(accountField()),
  orderNumber: nullable(str({ max: 64 })),
  contractId: nullable(str({ max: 64 })),
  notes: str({ max: 5000 }),
};
export const packInput = obj(packFields);

/**
 * What Support for business's page shows of a plan, and so all its content script may write: a new
 * pack from a listed plan (no notes, order number or purchasing account: those are the agent's,
 * typed in our own pages), or the shown fields of a pack the ledger already holds.
 */
const contractId = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9-]+$/ });
export const packSyncAddInput = obj({
  kind: packKind(),
  label: str({ max: 120 }),
  purchasedOn: isoDate(),
  expiresOn: nullable(isoDate()),
  incidents: nullable(num({ int: true, min: 0, max: 1000 })),
  contractId: contractId(),
});
export const packSyncUpdateInput = obj({
  id: id(),
  set: obj({
    contractId: optional(contractId()),
    purchasedOn: optional(isoDate()),
    expiresOn: optional(nullable(isoDate())),
    incidents: optional(nullable(num({ int: true, min: 0, max: 1000 }))),
  }),
});

export const historyMessages = {
  // ——— content scripts (and pages) ———
  /** A portal page showed a customer; `selected` when the agent opened it in Partner Center. */
  'customers:seen': defineMessage<CustomerSummary>()({
    senders: ['content', 'page'],
    records: true,
    request: obj({
      tenantId: nullable(tenantId()),
      name: nullable(nameString()),
      domains: arr(domainName(), { max: 20 }),
      selected: bool(),
    }),
    maxBytes: 8192,
  }),
  /** The customer known for a tenant id or a domain (the context hand-off). */
  'customers:lookup': defineMessage<CustomerSummary | null>()({
    senders: ['content', 'page'],
    request: obj({ tenantId: optional(tenantId()), domain: optional(domainName()) }),
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
    records: true,
    request: packSyncAddInput,
    maxBytes: 2048,
  }),
  'packs:sync-update': defineMessage<LedgerPack>()({
    senders: ['content'],
    records: true,
    request: packSyncUpdateInput,
    maxBytes: 2048,
  }),
  /** A request the portal confirmed. Deduplicated by number: `created` false for a repeat. */
  'tickets:capture': defineMessage<{ id: string; created: boolean }>()({
    senders: ['content'],
    records: true,
    request: captureInput,
    maxBytes: 16_384,
  }),

  // ——— our own pages only ———
  'tickets:list': defineMessage<Page<Ticket>>()({
    senders: ['page'],
    request: obj({
      /** `open`: open tickets by due time (unknown due last); `all`: newest filed first. */
      view: literal('open', 'all', 'closed'),
      customerId: optional(id()),
      cursor: cursor(),
      limit: limit(),
    }),
    maxBytes: 1024,
  }),
  'tickets:get': defineMessage<Ticket | null>()({
    senders: ['page'],
    request: obj({ id: id() }),
    maxBytes: 256,
  }),
  'tickets:add': defineMessage<Ticket>()({
    senders: ['page'],
    request: ticketInput,
    maxBytes: 16_384,
  }),
  'tickets:update': defineMessage<Ticket>()({
    senders: ['page'],
    request: obj({ id: id(), patch: ticketPatch }),
    maxBytes: 16_384,
  }),
  'tickets:set-status': defineMessage<Ticket>()({
    senders: ['page'],
    request: obj({
      id: id(),
      status: ticketStatusField(),
    }),
    maxBytes: 256,
  }),
  'tickets:delete': defineMessage<{ deleted: boolean }>()({
    senders: ['page'],
    request: obj({ id: id() }),
    maxBytes: 256,
  }),
  /** Link a ticket to a pack: consumes one incident, in one transaction with the ticket. */
  'tickets:link-pack': defineMessage<{ ticket: Ticket; pack: PackRecord }>()({
    senders: ['page'],
    request: obj({ ticketId: id(), packId: id() }),
    maxBytes: 256,
  }),
  /** Unlink: refunds the incident. */
  'tickets:unlink-pack': defineMessage<{ ticket: Ticket; pack: PackRecord | null }>()({
    senders: ['page'],
    request: obj({ ticketId: id() }),
    maxBytes: 256,
  }),
  'packs:list': defineMessage<Page<PackRecord>>()({
    senders: ['page'],
    request: obj({ cursor: cursor(), limit: limit() }),
    maxBytes: 512,
  }),
  'packs:get': defineMessage<PackRecord | null>()({
    senders: ['page'],
    request: obj({ id: id() }),
    maxBytes: 256,
  }),
  'packs:add': defineMessage<PackRecord>()({
    senders: ['page'],
    records: true,
    request: packInput,
    maxBytes: 8192,
  }),
  'packs:update': defineMessage<PackRecord>()({
    senders: ['page'],
    records: true,
    request: obj({ id: id(), pack: packInput }),
    maxBytes: 8192,
  }),
  'packs:delete': defineMessage<{ deleted: boolean }>()({
    senders: ['page'],
    request: obj({ id: id() }),
    maxBytes: 256,
  }),
  'customers:list': defineMessage<Page<Customer>>()({
    senders: ['page'],
    request: obj({ cursor: cursor(), limit: limit() }),
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
   */
  'history:export': defineMessage<{
    filename: string;
    mime: string;
    text: string;
    more?: { exportId: string; parts: number };
  }>()({
    senders: ['page'],
    request: obj({ format: literal('json', 'csv-tickets', 'csv-packs', 'ics') }),
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
   * writing; otherwise one transaction in `merge` or `replace` mode.
   */
  'history:import': defineMessage<ImportSummary>()({
    senders: ['page'],
    // Either the whole file (`text`, when it fits one part) or a finished upload (`uploadId`).
    request: obj({
      text: optional(str({ max: TRANSFER_PART_CHARS })),
      uploadId: optional(transferId()),
      mode: literal('merge', 'replace'),
      dryRun: bool(),
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
