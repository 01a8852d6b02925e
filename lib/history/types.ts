import type { PackKind } from '../rules/packs';
import type { ProgramId, SeverityId } from '../rules/severities';
import type { RuleId } from '../sla/preview';
import type {
  AccountKind,
  Clock,
  PortalKind,
  PortalStatus,
  Service,
  SupportLanguage,
  TicketStatus,
} from '../vocabulary';

/**
 * The records of the history (IndexedDB, owned by the background). Instants are ISO strings in
 * UTC (`toISOString()`), calendar dates are `YYYY-MM-DD`. These types are the contract between
 * the background, the messages and the surfaces; the idb schema (`schema.ts`) stores them as is.
 */

export type {
  AccountKind,
  Clock,
  PortalKind,
  PortalStatus,
  Service,
  SupportLanguage,
  TicketStatus,
} from '../vocabulary';
export type Program = ProgramId;
export type Severity = SeverityId;
export type Surface = 'content' | 'page' | 'background' | 'import';
export type { RuleId };

export interface Customer {
  /** Primary key: the tenant GUID (lower case) when known, else `domain:<primary domain>`. */
  id: string;
  tenantId: string | null;
  name: string | null;
  /** Lower-case domains seen for this customer (primary first). */
  domains: string[];
  /** Last time a page showed this customer. */
  lastSeen: string;
  /** Last time the agent selected this customer in Partner Center (the hand-off). */
  selectedAt: string | null;
  ownTenant: boolean;
}

export interface ContactUsed {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface Ticket {
  /** Internal id (random UUID). */
  id: string;
  /** Microsoft's request number, when known (15 or 16 digits on Azure). Unique when set. */
  number: string | null;
  portal: PortalKind | null;
  /** A link that opens the request again in its portal (tenant-qualified). */
  portalLink: string | null;
  customerId: string | null;
  /** Denormalised for lists and exports; kept in sync on customer rename. */
  customerName: string | null;
  service: Service;
  /** For on-premises products: `Windows Server 2022`, etc. */
  product: string | null;
  title: string;
  /** Null when Microsoft sets it (Microsoft 365 admin center). */
  severity: Severity | null;
  program: Program;
  breakFix: boolean;
  supportLanguage: SupportLanguage;
  filedAt: string;
  /** First response due; null when severity is unknown. Computed once, at filing. */
  dueAt: string | null;
  rule: RuleId | null;
  clock: Clock | null;
  caveats: string[];
  contact: ContactUsed | null;
  status: TicketStatus;
  /** When each of our statuses was reached (ISO). */
  statusAt: Partial<Record<TicketStatus, string>>;
  portalStatus: PortalStatus | null;
  portalStatusSeenAt: string | null;
  packId: string | null;
  notes: string;
  source: 'captured' | 'manual';
  createdAt: string;
  updatedAt: string;
}

export interface PackRecord {
  id: string;
  kind: PackKind;
  /** Free label shown in lists, e.g. "FY26 benefit". */
  label: string;
  purchasedOn: string;
  expiresOn: string | null;
  /** Null = contract-based (Premier/Unified, Advanced Support for Partners). */
  incidents: number | null;
  used: number;
  account: AccountKind | null;
  orderNumber: string | null;
  contractId: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEvent {
  /** Auto-increment key. */
  seq?: number;
  at: string;
  surface: Surface;
  entity: 'ticket' | 'pack' | 'customer' | 'history';
  entityId: string | null;
  action: string;
  /** Small structured detail (ids, old → new status); never free text from pages. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * A record deleted here, and when: a merge import does not bring back a copy last updated at or
 * before `deletedAt` (a copy updated later, elsewhere, is newer and comes back).
 */
export interface Tombstone {
  entity: 'ticket' | 'pack' | 'customer';
  id: string;
  deletedAt: string;
}

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
