import { RequestError } from '../errors';
import { canonicalString, tombKey } from './backup-json';
import type { ImportPlan, Snapshot } from './repo';
import type { Customer, ImportSummary, PackRecord, Ticket, Tombstone } from './types';

const same = (a: unknown, b: unknown) => canonicalString(a) === canonicalString(b);

type Row = Customer | Ticket | PackRecord;
const ENTITY = { customers: 'customer', packs: 'pack', tickets: 'ticket' } as const;

/**
 * What an import changes, computed from the current records (pure, synchronous: it runs inside
 * the import transaction). Throws `import-pack-overspent` (detail: the pack's label) when a pack
 * would end up with more linked tickets than it holds incidents: nothing is then written.
 * - replace: the history becomes exactly the backup (events, in their order, and tombstones
 *   included); `removed` counts records that are not in it.
 * - merge: records missing here are added — unless a tombstone says it was deleted here at or
 *   after the backup copy's last change (`skippedDeleted`; a copy changed later, elsewhere,
 *   comes back); a record in both is replaced when the backup's copy is newer (`updatedAt`,
 *   `lastSeen` for customers), else kept; a ticket whose request number belongs to another local
 *   ticket is kept local (counted unchanged); a ticket brought in linked to a pack deleted here
 *   comes in unlinked. A merge never deletes a record that is here. Events are not merged (the
 *   local log stays the log of this browser); the import itself is logged. The backup's
 *   tombstones join ours, except for records that exist after the merge.
 * - both: every pack's `used` is recomputed from the tickets linked to it once imported.
 */
export function planImport(
  current: Snapshot,
  incoming: Snapshot,
  mode: 'merge' | 'replace',
  dryRun: boolean,
): ImportPlan<ImportSummary> {
  const changes = { added: 0, updated: 0, unchanged: 0, removed: 0, skippedDeleted: 0 };
  const put: ImportPlan<ImportSummary>['put'] = { customers: [], tickets: [], packs: [] };
  const stamp = (r: Row) => ('lastSeen' in r ? r.lastSeen : (r as Ticket | PackRecord).updatedAt);
  const numbers = new Map(current.tickets.filter((t) => t.number).map((t) => [t.number, t.id]));
  const buried = new Map<string, Tombstone>(
    mode === 'replace' ? [] : (current.tombstones ?? []).map((t) => [tombKey(t), t]),
  );
  const revived: Pick<Tombstone, 'entity' | 'id'>[] = [];
  // The records as they will be once imported (for the pack accounting and the tombstones).
  const final = { customers: new Map<string, Row>(), packs: new Map<string, Row>() } as Record<
    'customers' | 'packs' | 'tickets',
    Map<string, Row>
  >;
  final.tickets = new Map();
  // Packs before tickets: a ticket's pack must be known to be there.
  for (const store of ['customers', 'packs', 'tickets'] as const) {
    const here = new Map<string, Row>((current[store] as Row[]).map((r) => [r.id, r]));
    if (mode === 'merge') for (const [key, r] of here) final[store].set(key, r);
    const there = new Set<string>();
    for (const original of incoming[store] as Row[]) {
      let r = original;
      there.add(r.id);
      const local = here.get(r.id);
      if (mode === 'replace') {
        (put[store] as Row[]).push(r);
        final[store].set(r.id, r);
        if (!local) changes.added++;
        else if (same(local, r)) changes.unchanged++;
        else changes.updated++;
        continue;
      }
      if (store === 'tickets') {
        const ticket = r as Ticket;
        const owner = ticket.number ? numbers.get(ticket.number) : undefined;
        if (owner && owner !== r.id) {
          changes.unchanged++;
          continue;
        }
        if (ticket.packId !== null && !final.packs.has(ticket.packId)) {
          r = { ...ticket, packId: null };
        }
      }
      if (!local) {
        const stone = buried.get(tombKey({ entity: ENTITY[store], id: r.id }));
        if (stone && stamp(r) <= stone.deletedAt) {
          changes.skippedDeleted++;
          continue;
        }
        if (stone) revived.push({ entity: ENTITY[store], id: r.id });
        changes.added++;
      } else if (same(local, original) || stamp(original) <= stamp(local)) {
        changes.unchanged++;
        continue;
      } else changes.updated++;
      (put[store] as Row[]).push(r);
      final[store].set(r.id, r);
    }
    if (mode === 'replace') for (const key of here.keys()) if (!there.has(key)) changes.removed++;
  }

  // Pack accounting: `used` is what the linked tickets spend; never more than a pack holds.
  const linked = new Map<string, number>();
  for (const t of final.tickets.values()) {
    const packId = (t as Ticket).packId;
    if (packId !== null) linked.set(packId, (linked.get(packId) ?? 0) + 1);
  }
  for (const row of final.packs.values()) {
    const pack = row as PackRecord;
    const used = linked.get(pack.id) ?? 0;
    if (pack.incidents !== null && used > pack.incidents) {
      throw new RequestError('import-pack-overspent', pack.label || pack.id);
    }
    if (pack.used === used) continue;
    const fixed: PackRecord = { ...pack, used };
    const i = put.packs.findIndex((p) => p.id === pack.id);
    if (i >= 0) put.packs[i] = fixed;
    else put.packs.push(fixed);
  }

  // Tombstones: replace takes the backup's; merge adds the backup's for records not here.
  const stones: Tombstone[] = [];
  for (const t of incoming.tombstones ?? []) {
    const store = t.entity === 'customer' ? 'customers' : t.entity === 'pack' ? 'packs' : 'tickets';
    if (mode === 'merge' && final[store].has(t.id)) continue;
    const mine = buried.get(tombKey(t));
    if (!mine || mine.deletedAt < t.deletedAt) stones.push(t);
  }

  const counts = {
    customers: incoming.customers.length,
    tickets: incoming.tickets.length,
    packs: incoming.packs.length,
    events: incoming.events.length,
  };
  const result: ImportSummary = { dryRun, mode, counts, changes };
  return {
    result,
    clear: mode === 'replace',
    put,
    // In their order; applyImport numbers them (a backup's seq values are never keys).
    events:
      mode === 'replace' ? [...incoming.events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)) : [],
    tombstones: { put: stones, remove: revived },
    details: { mode, ...changes },
  };
}
