import { portalOf } from '../portals/hosts';
import { PACK_KINDS, type PackKind } from '../rules/packs';
import { type ProgramId, SEVERITY_IDS, type SeverityId } from '../rules/severities';
import {
  arr,
  bool,
  domainName,
  type Infer,
  isoDate,
  isoInstant,
  literal,
  nameString,
  nullable,
  num,
  obj,
  optional,
  partial,
  record,
  refine,
  type Schema,
  str,
  tenantId,
} from '../schema';
import { RULE_IDS, type RuleId } from '../sla/preview';
import {
  ACCOUNT_KINDS,
  CLOCKS,
  PORTAL_IDS,
  PORTAL_STATUSES,
  SERVICE_IDS,
  SUPPORT_LANGUAGES,
  TICKET_PROGRAMS,
  TICKET_STATUSES,
  type TicketStatus,
} from '../vocabulary';

export type {
  AccountKind,
  Clock,
  PortalKind,
  PortalStatus,
  Service,
  SupportLanguage,
  TicketProgram,
  TicketStatus,
} from '../vocabulary';
export type Program = ProgramId;
export type Severity = SeverityId;
export type { PackKind, RuleId };

// ——— field schemas ———

/**
 * Schemas of the history's fields, shared by the messages that write records and the backup
 * importer that reads them back. The enumerated ones derive from the rules' and the vocabulary's
 * own id lists, so that a new pack kind or rule is accepted everywhere at once.
 */
export const severityField = () => literal(...SEVERITY_IDS);
const programField = () => literal(...TICKET_PROGRAMS);
const ruleField = () => literal(...RULE_IDS);
const packKindField = () => literal(...PACK_KINDS);
const serviceField = () => literal(...SERVICE_IDS);
const portalField = () => literal(...PORTAL_IDS);
const clockField = () => literal(...CLOCKS);
const languageField = () => literal(...SUPPORT_LANGUAGES);
const accountField = () => literal(...ACCOUNT_KINDS);
const ticketStatusField = () => literal(...TICKET_STATUSES);
const portalStatusField = () => literal(...PORTAL_STATUSES);

/** The moment something happened: ISO 8601, stored in UTC (`toISOString()`). */
const instant = () => isoInstant();
/** A record's id (a ticket's, a pack's, a customer's). */
const recordId = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ });
/** A record id's schema, for the messages that name one outside this file. */
export const recordIdField = recordId;
/** Microsoft's request number. */
const requestNumberField = () => str({ min: 4, max: 32, pattern: /^[A-Za-z0-9-]+$/ });
/**
 * A link to a request: https on one of the portal hosts (`portalOf`), nothing else — the link is
 * opened from our pages and written into calendar files, so it must never point elsewhere.
 */
const portalLinkField = () =>
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
/** The contact a request was filed with. */
const contactField = () =>
  obj({
    name: nullable(nameString()),
    email: nullable(str({ max: 254 })),
    phone: nullable(str({ max: 40 })),
  });

/**
 * Fields a surface provides to create a ticket (the background fills ids and timestamps). The
 * backup importer validates stored tickets with the same fields plus the stored ones.
 */
export const ticketFields = {
  /** Microsoft's request number, when known (15 or 16 digits on Azure). Unique when set. */
  number: nullable(requestNumberField()),
  portal: nullable(portalField()),
  /** A link that opens the request again in its portal (tenant-qualified). */
  portalLink: nullable(portalLinkField()),
  customerId: nullable(recordId()),
  /** Denormalised for lists and exports; kept in sync on customer rename. */
  customerName: nullable(nameString()),
  service: serviceField(),
  /**
   * For on-premises products: the product as the lifecycle data spells it (`Windows Server`), or
   * as written when it is not one we know (older records hold product and version in one, e.g.
   * `Windows Server 2022`).
   */
  product: nullable(str({ max: 120 })),
  /**
   * The product's version (`2022`, `Subscription Edition (SE)`): with `product`, what a pack's
   * N-1 check reads. Absent on records written before it existed.
   */
  version: optional(nullable(str({ max: 60 }))),
  title: str({ max: 300 }),
  /** Null when Microsoft sets it (Microsoft 365 admin center). */
  severity: nullable(severityField()),
  /** 'unknown' when the page did not tell whose tenant the request is for and nobody said. */
  program: programField(),
  breakFix: bool(),
  supportLanguage: languageField(),
  filedAt: isoInstant(),
  /** First response due; null when severity is unknown. Computed once, at filing. */
  dueAt: nullable(isoInstant()),
  rule: nullable(ruleField()),
  clock: nullable(clockField()),
  caveats: arr(str({ max: 60 }), { max: 10 }),
  contact: nullable(contactField()),
};
/** The names of the fields a surface provides, in their declared order. */
export const TICKET_FIELD_NAMES = Object.keys(ticketFields) as (keyof typeof ticketFields)[];

// ——— the records: each declared once, as the schema that validates it; its type derives ———

/**
 * The records of the history (IndexedDB, owned by the background). Instants are ISO strings in
 * UTC (`toISOString()`), calendar dates are `YYYY-MM-DD`. Each record is declared once, below, as
 * the strict schema the backup importer checks a stored copy with; its TypeScript type is inferred
 * from it, so adding a field is one edit. These are the contract between the background, the
 * messages and the surfaces; the idb schema (`schema.ts`) stores them as is.
 */

/** Where a change came from. */
const SURFACES = ['content', 'page', 'background', 'import'] as const;
export type Surface = (typeof SURFACES)[number];

// Stored in lower case: any other spelling is not how the history keys a tenant.
const lowerGuid = () => refine(tenantId(), (v) => v === v.toLowerCase(), 'malformed');
const lowerDomain = () => refine(domainName(), (d) => d === d.toLowerCase(), 'not in lower case');

/**
 * A customer as the repository keys it: by its tenant id (a lower-case GUID) when known, else
 * `domain:<one of its domains>`. `ownTenant` is checked for shape only: the importer never trusts
 * it and recomputes it from the current profile.
 */
export const customerRecord = refine(
  obj({
    /** Primary key: the tenant GUID (lower case) when known, else `domain:<primary domain>`. */
    id: recordId(),
    tenantId: nullable(lowerGuid()),
    name: nullable(str({ max: 200 })),
    /** Lower-case domains seen for this customer (primary first). */
    domains: arr(lowerDomain(), { max: 50 }),
    /** Last time a page showed this customer. */
    lastSeen: instant(),
    /** Last time the agent selected this customer in Partner Center (the hand-off). */
    selectedAt: nullable(instant()),
    ownTenant: bool(),
  }),
  (c) =>
    c.tenantId !== null
      ? c.id === c.tenantId
      : c.id.startsWith('domain:') && c.domains.includes(c.id.slice('domain:'.length)),
  'id does not match its tenant id or domains',
);
export type Customer = Infer<typeof customerRecord>;

/** When each of our statuses was reached, one optional instant per status of the vocabulary. */
const statusAtField = () =>
  obj(Object.fromEntries(TICKET_STATUSES.map((status) => [status, optional(instant())]))) as Schema<
    Partial<Record<TicketStatus, string>>
  >;

/** What the history keeps of a ticket besides what a surface provides. */
export const ticketKeptFields = {
  status: ticketStatusField(),
  /** When each of our statuses was reached (ISO). */
  statusAt: statusAtField(),
  portalStatus: nullable(portalStatusField()),
  portalStatusSeenAt: nullable(instant()),
  /**
   * When Microsoft first responded: the time of its first reply as a portal showed it, or when the
   * agent marked the ticket responded. With `dueAt`, whether Microsoft met its first-response
   * time (lib/rules/first-response.ts). Absent on records written before it existed.
   */
  firstResponseAt: optional(nullable(instant())),
  /** Where `firstResponseAt` comes from: read on a portal page, or the agent's own marking. */
  firstResponseFrom: optional(nullable(literal('portal', 'agent'))),
  /**
   * Microsoft's reply as a portal page showed it while the ticket still awaited its first
   * response, not yet taken as that response: what the popup proposes ("Microsoft replied at … —
   * mark responded?"). Cleared when the agent accepts or dismisses it. Absent on older records.
   */
  portalReplyAt: optional(nullable(instant())),
  /** The proposed reply the agent dismissed: a reply read later than it is proposed again. */
  portalReplyDismissedAt: optional(nullable(instant())),
  packId: nullable(recordId()),
  notes: str({ max: 5000 }),
  source: literal('captured', 'manual'),
  createdAt: instant(),
  updatedAt: instant(),
};
/** A ticket: its id, the fields a surface provides (`ticketFields`), the fields the history keeps. */
export const ticketRecord = obj({
  /** Internal id (random UUID). */
  id: recordId(),
  ...ticketFields,
  ...ticketKeptFields,
});
export type Ticket = Infer<typeof ticketRecord>;
export type ContactUsed = NonNullable<Ticket['contact']>;

const incidentsField = () => nullable(num({ int: true, min: 0, max: 1000 }));
/** The fields of a pack the agent provides (what `packs:add` carries). */
const packFields = {
  kind: packKindField(),
  /** Free label shown in lists, e.g. "FY26 benefit". */
  label: str({ max: 120 }),
  purchasedOn: isoDate(),
  /** Required for `user-entered` expiry kinds; ignored (computed) for one-year kinds. */
  expiresOn: nullable(isoDate()),
  /** Null = contract-based (Premier/Unified, Advanced Support for Partners). */
  incidents: incidentsField(),
  account: nullable(accountField()),
  /**
   * The Microsoft account that bought it (a 5-pack's incidents can only be used signed in with
   * that same account). Absent on records written before it existed.
   */
  buyer: optional(nullable(str({ max: 254 }))),
  /** The order confirmation number: the proof of purchase if the buyer has left. */
  orderNumber: nullable(str({ max: 64 })),
  contractId: nullable(str({ max: 64 })),
  notes: str({ max: 5000 }),
};
export const packRecord = refine(
  refine(
    obj({
      id: recordId(),
      ...packFields,
      used: num({ int: true, min: 0, max: 100_000 }),
      createdAt: instant(),
      updatedAt: instant(),
    }),
    (p) => p.incidents === null || p.used <= p.incidents,
    'uses more incidents than it holds',
  ),
  (p) => p.expiresOn === null || p.expiresOn >= p.purchasedOn,
  'expires before it was bought',
);
export type PackRecord = Infer<typeof packRecord>;

/** Event numbers stay far below 2^53 (the last integer a key generator or a double can count). */
export const MAX_EVENT_SEQ = 2 ** 40;
const scalar: Schema<string | number | boolean | null> = {
  parse(input, path) {
    if (input === null || typeof input === 'boolean') return { ok: true, value: input };
    if (typeof input === 'number' && Number.isFinite(input)) return { ok: true, value: input };
    if (typeof input === 'string' && input.length <= 200) return { ok: true, value: input };
    return { ok: false, error: `${path}: expected a short scalar` };
  },
};
/** One entry of the change log, as stored (numbered) and as a backup holds it. */
export const eventRecord = obj({
  // Far below 2^53: a key of 2^53 - 1 once exhausted the event store's key generator (v1).
  seq: num({ int: true, min: 1, max: MAX_EVENT_SEQ }),
  at: instant(),
  surface: literal(...SURFACES),
  entity: literal('ticket', 'pack', 'customer', 'history'),
  entityId: nullable(str({ max: 64 })),
  action: str({ min: 1, max: 40, pattern: /^[a-z][a-z-]*$/ }),
  /** Small structured detail (ids, old → new status); never free text from pages. */
  details: optional(
    record(str({ max: 40, pattern: /^[A-Za-z][A-Za-z0-9]*$/ }), scalar, { max: 20 }),
  ),
});
/** An event; `seq` is the log's key, absent on one not written yet (the log numbers it). */
export type HistoryEvent = Omit<Infer<typeof eventRecord>, 'seq'> & { seq?: number };

/**
 * A record deleted here, and when: a merge import does not bring back a copy last updated at or
 * before `deletedAt` (a copy updated later, elsewhere, is newer and comes back).
 */
export const tombstoneRecord = obj({
  entity: literal('ticket', 'pack', 'customer'),
  id: recordId(),
  deletedAt: instant(),
});
export type Tombstone = Infer<typeof tombstoneRecord>;

/** What content scripts may learn about a customer (no tickets, no history). */
export type CustomerSummary = Pick<Customer, 'id' | 'tenantId' | 'name' | 'domains' | 'ownTenant'>;

/** What content scripts may learn about packs: no order numbers, no contract ids. */
/** A pack as a content script may see it: no notes, no order number. */
export type LedgerPack = Omit<PackRecord, 'notes' | 'orderNumber'>;

export interface PackSummary {
  id: string;
  kind: PackKind;
  incidentsLeft: number | null;
  expiresOn: string | null;
}

export type HistoryState =
  | 'ok'
  /** Quota exceeded: writes refused, pending items kept for retry or export. */
  | 'storage-full'
  /** IndexedDB could not open (backing store error, disk problem). */
  | 'unavailable'
  /** IndexedDB refused in a private context (Firefox with history disabled). */
  | 'private'
  /** An upgrade waits for an old connection to close. */
  | 'blocked'
  /**
   * The database refused a write as inconsistent (ConstraintError / DataError): pending items
   * kept; a replace import of an export, or erasing, rebuilds it.
   */
  | 'damaged';

export interface HistoryStatus {
  state: HistoryState;
  /** Writes kept in extension storage while the database refuses them. */
  pending: number;
  detail: string | null;
  schemaVersion: number;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, or null at the end. */
  next: string | null;
  total: number;
}

/** How many records of each kind a backup holds. */
export interface BackupCounts {
  customers: number;
  tickets: number;
  packs: number;
  events: number;
}

/** What an import changes (or, in a dry run, would change). */
export interface ImportSummary {
  dryRun: boolean;
  mode: 'merge' | 'replace';
  counts: BackupCounts;
  changes: {
    added: number;
    updated: number;
    unchanged: number;
    removed: number;
    /** Merge: records of the backup left out because they were deleted here since. */
    skippedDeleted: number;
  };
}

/**
 * The largest backup file PCX imports, in bytes of the file (UTF-8), checked before parsing. A
 * history of 100,000 tickets exports to about 74 MB; 128 MB leaves room for the change log and
 * long notes while a worker can still parse and check it. Every JSON export PCX writes is at most
 * this size (the export refuses above it, `export-too-large`), so every export can be imported
 * back. Here, with the records, because the options page reads it too.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

// ——— what surfaces may write and ask (the repositories' inputs; the messages carry them) ———

const cursor = () => optional(nullable(str({ max: 200 })));
const limit = () => optional(num({ int: true, min: 1, max: 200 }));
/** A contract id as Support for business's page shows it. */
const shownContractId = () => str({ min: 1, max: 64, pattern: /^[A-Za-z0-9-]+$/ });

/** A portal page showed a customer; `selected` when the agent opened it in Partner Center. */
export const customerSeenInput = obj({
  tenantId: nullable(tenantId()),
  name: nullable(nameString()),
  domains: arr(domainName(), { max: 20 }),
  selected: bool(),
});
export const customerLookupInput = obj({
  tenantId: optional(tenantId()),
  domain: optional(domainName()),
});
export const pageQuery = obj({ cursor: cursor(), limit: limit() });
export const ticketsQuery = obj({
  /** `open`: open tickets by due time (unknown due last); `all`: newest filed first. */
  view: literal('open', 'all', 'closed'),
  customerId: optional(recordId()),
  cursor: cursor(),
  limit: limit(),
});
export const byIdInput = obj({ id: recordId() });

export const ticketInput = obj({
  ...ticketFields,
  notes: optional(str({ max: 5000 })),
  packId: optional(nullable(recordId())),
});
/**
 * What a content script may record of a request the portal confirmed: only what the page showed,
 * with its number (the key the background deduplicates on). No notes and no pack: spending an
 * incident and writing notes belong to our own pages, so a page cannot reach them through us.
 */
export const captureInput = obj({ ...ticketFields, number: requestNumberField() });
const { portal: _portal, ...editableTicketFields } = ticketFields;
/** Any field a surface provides except the portal (where a request was filed stays as it was). */
export const ticketPatch = partial({ ...editableTicketFields, notes: str({ max: 5000 }) });
export const ticketUpdateInput = obj({ id: recordId(), patch: ticketPatch });
export const ticketStatusInput = obj({ id: recordId(), status: ticketStatusField() });
/**
 * Links a ticket to a pack. `override` spends an incident the coverage rule refuses (where it
 * allows an override): the agent's reason, confirmed in the page, goes into the change log.
 */
export const ticketLinkInput = obj({
  ticketId: recordId(),
  packId: recordId(),
  override: optional(obj({ note: str({ min: 3, max: 200 }) })),
});
export const ticketUnlinkInput = obj({ ticketId: recordId() });
/**
 * What a content script read of a portal's request list or details page: per request, its number,
 * the status the page shows (null when the page shows none we know) and the time of Microsoft's
 * latest reply (null when the page shows none). Nothing else: the background matches rows to
 * tickets it already holds by number, so a page cannot create or name a record through it.
 */
export const statusObservationInput = obj({
  portal: literal('azure', 'm365-admin', 'partner-center'),
  rows: arr(
    obj({
      number: requestNumberField(),
      status: nullable(portalStatusField()),
      replyAt: nullable(instant()),
    }),
    { max: 100 },
  ),
});

export const packInput = obj(packFields);
export const packUpdateInput = obj({ id: recordId(), pack: packInput });
/**
 * What Support for business's page shows of a plan, and so all its content script may write: a new
 * pack from a listed plan (no notes, order number or purchasing account: those are the agent's,
 * typed in our own pages), or the shown fields of a pack the ledger already holds.
 */
export const packSyncAddInput = obj({
  kind: packFields.kind,
  label: packFields.label,
  purchasedOn: packFields.purchasedOn,
  expiresOn: packFields.expiresOn,
  incidents: packFields.incidents,
  contractId: shownContractId(),
});
export const packSyncUpdateInput = obj({
  id: recordId(),
  set: partial({
    contractId: shownContractId(),
    purchasedOn: isoDate(),
    expiresOn: nullable(isoDate()),
    incidents: incidentsField(),
  }),
});

export type CustomerSeenInput = Infer<typeof customerSeenInput>;
export type CustomerLookupInput = Infer<typeof customerLookupInput>;
export type PageQuery = Infer<typeof pageQuery>;
export type TicketsQuery = Infer<typeof ticketsQuery>;
export type TicketInput = Infer<typeof ticketInput>;
export type CaptureInput = Infer<typeof captureInput>;
export type TicketUpdateInput = Infer<typeof ticketUpdateInput>;
export type TicketStatusInput = Infer<typeof ticketStatusInput>;
export type TicketLinkInput = Infer<typeof ticketLinkInput>;
export type TicketUnlinkInput = Infer<typeof ticketUnlinkInput>;
export type StatusObservationInput = Infer<typeof statusObservationInput>;
export type PackInput = Infer<typeof packInput>;
export type PackUpdateInput = Infer<typeof packUpdateInput>;
export type PackSyncAddInput = Infer<typeof packSyncAddInput>;
export type PackSyncUpdateInput = Infer<typeof packSyncUpdateInput>;
