import type { HistoryEvent, PackRecord } from '../history/types';
import { daysBetween } from '../lifecycle/calendar-date';

/**
 * How the partner's paid incidents are spent, the pack half of the reports: per pack (its own
 * benefit period, from its purchase to its expiry), the incidents spent and given back as the
 * change log tells it, the overrides, the incidents used and left as the pack holds them, who
 * they went to (per customer), and a forecast of what will expire unused at the current pace.
 * Pure: the background computes it from the packs, the log and the tickets' customers.
 *
 * Definitions (pinned by the tests):
 * - `consumed`, `refunded`, `overrides` count the log's `consumed` / `refunded` events of the pack
 *   (a ticket moved to another pack is a refund here and a spend there);
 * - `used` and `left` are the pack's own record (the log may have been trimmed by an import);
 * - per customer: spends minus refunds of that customer's tickets (`none` when the ticket names
 *   no customer or is gone);
 * - pace = `used` / days since purchase (at least one day: a pack bought today has a pace);
 *   projected = ⌊pace × days left before expiry⌋; `expiringUnused` = max(0, left − projected).
 *   A pack bought mid-year is measured from its own purchase, not from any calendar year. An
 *   expired pack's `expiringUnused` is what it had left. No forecast for a pack with no expiry or
 *   no incident count (contracts).
 */

export interface PackSpendRow {
  packId: string;
  kind: PackRecord['kind'];
  label: string;
  purchasedOn: string;
  expiresOn: string | null;
  incidents: number | null;
  consumed: number;
  refunded: number;
  overrides: number;
  used: number;
  left: number | null;
  /** Net incidents per customer id (`none` for tickets without one). */
  byCustomer: Record<string, number>;
  /** Incidents a day since purchase. */
  pacePerDay: number;
  expired: boolean;
  /** Incidents that will expire unused at the current pace; null without expiry or count. */
  expiringUnused: number | null;
  /** The tickets that spent (or were given back) an incident of this pack, first spend first. */
  ticketIds: string[];
}

export type ReportPack = Pick<
  PackRecord,
  'id' | 'kind' | 'label' | 'purchasedOn' | 'expiresOn' | 'incidents' | 'used'
>;

/**
 * The pack report, in purchase order. `today` is the calendar day in the agent's business-hours
 * zone (`packDay`, the one "today" for packs); `customerOf` names each ticket's customer.
 */
export function packSpendReport(
  packs: Iterable<ReportPack>,
  events: Iterable<Pick<HistoryEvent, 'entity' | 'entityId' | 'action' | 'at' | 'details'>>,
  customerOf: (ticketId: string) => string | null | undefined,
  today: string,
): PackSpendRow[] {
  const rows = new Map<string, PackSpendRow>();
  for (const pack of packs) {
    const left = pack.incidents === null ? null : Math.max(0, pack.incidents - pack.used);
    const elapsed = Math.max(1, daysBetween(pack.purchasedOn, today));
    const pacePerDay = pack.used / elapsed;
    const expired = pack.expiresOn !== null && today >= pack.expiresOn;
    let expiringUnused: number | null = null;
    if (left !== null && pack.expiresOn !== null) {
      const remaining = Math.max(0, daysBetween(today, pack.expiresOn));
      expiringUnused = expired ? left : Math.max(0, left - Math.floor(pacePerDay * remaining));
    }
    rows.set(pack.id, {
      packId: pack.id,
      kind: pack.kind,
      label: pack.label,
      purchasedOn: pack.purchasedOn,
      expiresOn: pack.expiresOn,
      incidents: pack.incidents,
      consumed: 0,
      refunded: 0,
      overrides: 0,
      used: pack.used,
      left,
      byCustomer: {},
      pacePerDay,
      expired,
      expiringUnused,
      ticketIds: [],
    });
  }
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const event of ordered) {
    if (event.entity !== 'pack' || !event.entityId) continue;
    if (event.action !== 'consumed' && event.action !== 'refunded') continue;
    const row = rows.get(event.entityId);
    if (!row) continue; // a deleted pack's history is not reported
    const ticketId = typeof event.details?.ticketId === 'string' ? event.details.ticketId : null;
    const sign = event.action === 'consumed' ? 1 : -1;
    if (sign > 0) row.consumed++;
    else row.refunded++;
    if (sign > 0 && event.details?.override === true) row.overrides++;
    const customer = (ticketId && customerOf(ticketId)) || 'none';
    row.byCustomer[customer] = (row.byCustomer[customer] ?? 0) + sign;
    if (ticketId && !row.ticketIds.includes(ticketId)) row.ticketIds.push(ticketId);
  }
  return [...rows.values()].sort((a, b) =>
    a.purchasedOn < b.purchasedOn ? -1 : a.purchasedOn > b.purchasedOn ? 1 : 0,
  );
}
