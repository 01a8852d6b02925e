import type { LedgerPack } from '../history/types';
import { addDays } from '../lifecycle/calendar-date';
import { expiryRule, incidentsFor, incidentsLeft, type PackKind } from '../rules/packs';
import type { PlanRow } from './plan-rows';

/**
 * What the ledger should learn from Support for business's "Types of Support" list (domain.md §8:
 * the page shows each plan's remaining incidents and dates; PCX may propose updating its ledger,
 * never overwriting without a click). Pure: rows and ledger in, proposals out; the helper shows
 * them and the agent confirms each one.
 *
 * Conventions:
 * - the row's Access Id is the pack's `contractId` (the partner-program contract the plan is
 *   issued under): a pack with that id is the same pack;
 * - a pack without a contract id is the same pack when kind and start date agree (a pack the agent
 *   typed in by hand before PCX read the page);
 * - the row's End Date is the plan's last usable day; a pack's `expiresOn` is the first day it can
 *   no longer be used (lib/rules/packs), so `expiresOn` = End Date + 1 day;
 * - the page's "N incidents remaining" is Microsoft's count, which also knows incidents spent
 *   outside PCX: the pack's `incidents` is set so that what PCX shows as left (incidents − used)
 *   equals it, keeping the incidents PCX linked to tickets as used.
 */

/** A new pack from a listed plan: only what the page shows (the message `packs:sync-add`). */
export type PackInput = Pick<
  LedgerPack,
  'kind' | 'label' | 'purchasedOn' | 'expiresOn' | 'incidents'
> & { contractId: string };

/** The shown fields an update sets (the message `packs:sync-update`); the rest stays as stored. */
export type PackSet = Partial<Pick<LedgerPack, 'purchasedOn' | 'expiresOn' | 'incidents'>> & {
  contractId?: string;
};

export type ChangedField = 'contractId' | 'purchasedOn' | 'expiresOn' | 'incidentsLeft';

export interface FieldChange {
  field: ChangedField;
  from: string | number | null;
  to: string | number | null;
}

export type Proposal =
  | { action: 'add'; row: PlanRow; kind: PackKind; input: PackInput }
  | {
      action: 'update';
      row: PlanRow;
      kind: PackKind;
      packId: string;
      changes: FieldChange[];
      set: PackSet;
      /** Incidents the pack holds after the update (for the offer's wording). */
      incidents: number | null;
    }
  | { action: 'same'; row: PlanRow; kind: PackKind; packId: string };

export type SkipReason = 'unreadable' | 'unknown-plan' | 'no-incidents' | 'duplicate';

export interface RowInput {
  /** The row's text as shown, for the skip list. */
  text: string;
  /** Null when the row's text could not be read. */
  row: PlanRow | null;
}

export interface Reconciliation {
  proposals: Proposal[];
  skipped: { text: string; reason: SkipReason }[];
}

/** The day after a `YYYY-MM-DD` date (throws a RangeError for a date that is not real). */
export const nextDay = (date: string): string => addDays(date, 1);

const leftOf = (pack: LedgerPack): number | null => incidentsLeft(pack);

/** What the row says the pack's `expiresOn` is, for kinds whose end the user records. */
function expiryFromRow(kind: PackKind, row: PlanRow, purchasedOn: string): string | null {
  const rule = expiryRule(kind);
  if (rule === 'none') return null;
  // One-year kinds compute their expiry from the purchase date (the background does it).
  if (rule === 'one-year') return null;
  const expires = nextDay(row.endDate);
  return expires > purchasedOn ? expires : null;
}

function sameKind(a: PackKind, b: PackKind): boolean {
  const plain = (k: PackKind) => (k === 'pay-per-incident-5pack' ? 'pay-per-incident' : k);
  return plain(a) === plain(b);
}

/**
 * The proposals for a list of rows against the ledger. `kindOf` maps a plan's name to the pack kind
 * (null for a plan PCX does not know). Rows that cannot be read, name an unknown plan, show no count
 * for a counted kind, or repeat an Access Id are skipped with the reason.
 */
export function reconcilePacks(
  rows: RowInput[],
  ledger: readonly LedgerPack[],
  kindOf: (name: string) => PackKind | null,
): Reconciliation {
  const proposals: Proposal[] = [];
  const skipped: Reconciliation['skipped'] = [];
  const seen = new Set<string>();
  const claimed = new Set<string>();
  for (const { text, row } of rows) {
    if (!row) {
      skipped.push({ text, reason: 'unreadable' });
      continue;
    }
    const kind = kindOf(row.name);
    if (!kind) {
      skipped.push({ text, reason: 'unknown-plan' });
      continue;
    }
    const counted = incidentsFor(kind) !== null;
    if (counted && row.incidentsRemaining === null) {
      skipped.push({ text, reason: 'no-incidents' });
      continue;
    }
    const accessKey = row.accessId.toLowerCase();
    if (seen.has(accessKey)) {
      skipped.push({ text, reason: 'duplicate' });
      continue;
    }
    seen.add(accessKey);
    const match =
      ledger.find(
        (p) =>
          !claimed.has(p.id) && p.contractId !== null && p.contractId.toLowerCase() === accessKey,
      ) ??
      ledger.find(
        (p) =>
          !claimed.has(p.id) &&
          p.contractId === null &&
          sameKind(p.kind, kind) &&
          p.purchasedOn === row.startDate,
      );
    const incidentsNew = (used: number) => (counted ? used + (row.incidentsRemaining ?? 0) : null);
    if (!match) {
      proposals.push({
        action: 'add',
        row,
        kind,
        input: {
          kind,
          label: row.name.slice(0, 120),
          purchasedOn: row.startDate,
          expiresOn: expiryFromRow(kind, row, row.startDate),
          incidents: incidentsNew(0),
          contractId: row.accessId,
        },
      });
      continue;
    }
    claimed.add(match.id);
    const changes: FieldChange[] = [];
    const set: PackSet = {};
    if (match.contractId === null) {
      changes.push({ field: 'contractId', from: null, to: row.accessId });
      set.contractId = row.accessId;
    }
    if (match.purchasedOn !== row.startDate) {
      changes.push({ field: 'purchasedOn', from: match.purchasedOn, to: row.startDate });
      set.purchasedOn = row.startDate;
    }
    if (expiryRule(match.kind) === 'user-entered') {
      const expires = expiryFromRow(match.kind, row, set.purchasedOn ?? match.purchasedOn);
      if (expires !== null && expires !== match.expiresOn) {
        changes.push({ field: 'expiresOn', from: match.expiresOn, to: expires });
        set.expiresOn = expires;
      }
    }
    if (counted && match.incidents !== null && leftOf(match) !== row.incidentsRemaining) {
      changes.push({ field: 'incidentsLeft', from: leftOf(match), to: row.incidentsRemaining });
      set.incidents = incidentsNew(match.used);
    }
    proposals.push(
      changes.length
        ? {
            action: 'update',
            row,
            kind,
            packId: match.id,
            changes,
            set,
            incidents: set.incidents !== undefined ? set.incidents : match.incidents,
          }
        : { action: 'same', row, kind, packId: match.id },
    );
  }
  return { proposals, skipped };
}
