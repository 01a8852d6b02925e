import { RequestError } from '../errors';
import {
  type CoverageRefusal,
  type CoveredTicket,
  packCovers,
  refusalCode,
} from '../rules/coverage';
import { consume, expiryRule, incidentsLeft, packExpiry, refund } from '../rules/packs';
import {
  DEFAULT_LIMIT,
  decodeCursor,
  encodeCursor,
  isString,
  type RepoBase,
  type Tx,
  type WriteMeta,
} from './repo-base';
import type {
  LedgerPack,
  PackInput,
  PackRecord,
  PackSummary,
  PackSyncAddInput,
  PackSyncUpdateInput,
  PackUpdateInput,
  Page,
  PageQuery,
  Surface,
  TicketLinkInput,
} from './types';

/**
 * Packs: the agent's ledger of support incidents (added and edited in our pages, or from what
 * Support for business's page shows), and the spending and refunding of an incident that the
 * tickets' links go through.
 */

/** A pack as a content script may see it (no notes, no order number). */
export function ledgerPackOf(p: PackRecord): LedgerPack {
  const { notes: _n, orderNumber: _o, ...shown } = p;
  return shown;
}

function packFromInput(
  input: PackInput,
  base: Pick<PackRecord, 'id' | 'used' | 'createdAt'>,
  at: string,
): PackRecord {
  const rule = expiryRule(input.kind);
  let expiresOn: string | null;
  if (rule === 'one-year') expiresOn = packExpiry(input.kind, input.purchasedOn);
  else if (rule === 'none') expiresOn = null;
  else expiresOn = input.expiresOn;
  if (expiresOn !== null && expiresOn <= input.purchasedOn) {
    throw new RequestError('pack-expiry-before-purchase');
  }
  if (input.incidents !== null && input.incidents < base.used) {
    throw new RequestError('pack-below-used', String(base.used));
  }
  return {
    id: base.id,
    kind: input.kind,
    label: input.label,
    purchasedOn: input.purchasedOn,
    expiresOn,
    incidents: input.incidents,
    used: base.used,
    account: input.account,
    buyer: input.buyer ?? null,
    orderNumber: input.orderNumber,
    contractId: input.contractId,
    notes: input.notes,
    createdAt: base.createdAt,
    updatedAt: at,
  };
}

/** The agent's confirmed reason for spending an incident the rules would not (logged as is). */
type SpendOverride = NonNullable<TicketLinkInput['override']>;

/** Spending and refunding an incident, inside a ticket's transaction. */
export function createPackSpending(base: RepoBase) {
  const { zone, log } = base;

  /**
   * Spends one incident of `packId` for `ticket` if the pack covers it (`packCovers`), checked
   * here, in the transaction that spends, so that no surface can spend around it; an `override`
   * spends anyway where the rule allows one, and the log keeps the refusal and the agent's reason
   * beside the spending. A refusal is answered, not thrown: `consumeIn` throws it.
   */
  async function trySpendIn(
    tx: Tx,
    packId: string,
    ticket: CoveredTicket & { id: string },
    at: string,
    surface: Surface,
    override?: SpendOverride,
  ): Promise<{ pack: PackRecord } | { refused: CoverageRefusal | 'pack-not-found' }> {
    const packs = tx.objectStore('packs');
    const pack = await packs.get(packId);
    if (!pack) return { refused: 'pack-not-found' };
    const coverage = packCovers(pack, ticket, { at: new Date(at), timeZone: zone() });
    if (!coverage.covers && !(coverage.overridable && override))
      return { refused: coverage.reason };
    const next: PackRecord = { ...pack, used: consume(pack).used, updatedAt: at };
    await packs.put(next);
    await log(tx, at, surface, 'pack', packId, 'consumed', {
      ticketId: ticket.id,
      used: next.used,
      ...(!coverage.covers && override
        ? {
            override: true,
            refused: coverage.reason,
            ...(coverage.eligibility ? { eligibility: coverage.eligibility } : {}),
            note: override.note,
          }
        : {}),
    });
    return { pack: next };
  }

  /** Spends one incident of `packId` for `ticket`, or throws the refusal (see `trySpendIn`). */
  async function consumeIn(...args: Parameters<typeof trySpendIn>): Promise<PackRecord> {
    const spent = await trySpendIn(...args);
    if ('pack' in spent) return spent.pack;
    const code = spent.refused === 'pack-not-found' ? spent.refused : refusalCode(spent.refused);
    throw new RequestError(code, args[1]);
  }

  async function refundIn(tx: Tx, packId: string, at: string, surface: Surface, ticketId: string) {
    const packs = tx.objectStore('packs');
    const pack = await packs.get(packId);
    if (!pack) return null; // the pack was deleted: nothing to give back
    const next: PackRecord = { ...pack, used: refund(pack).used, updatedAt: at };
    await packs.put(next);
    await log(tx, at, surface, 'pack', packId, 'refunded', { ticketId, used: next.used });
    return next;
  }

  return { trySpendIn, consumeIn, refundIn };
}

export type PackSpending = ReturnType<typeof createPackSpending>;

export function createPackRepo(base: RepoBase) {
  const { db, now, newId, write, log, bury } = base;

  const packs = {
    // ——— packs ———
    async packsSummary(): Promise<PackSummary[]> {
      const packs = await db.getAll('packs');
      return packs.map((p) => ({
        id: p.id,
        kind: p.kind,
        incidentsLeft: incidentsLeft(p),
        expiresOn: p.expiresOn,
      }));
    },

    async packsList(input: PageQuery): Promise<Page<PackRecord>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor(input.cursor, isString);
      const tx = db.transaction('packs');
      const total = await tx.store.count();
      const items: PackRecord[] = [];
      let cursor = await tx.store.openCursor(after ? IDBKeyRange.lowerBound(after, true) : null);
      while (cursor && items.length < limit) {
        items.push(cursor.value);
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      return { items, next: cursor && last ? encodeCursor(last.id) : null, total };
    },

    async packsGet(id: string): Promise<PackRecord | null> {
      return (await db.get('packs', id)) ?? null;
    },

    async packsAdd(input: PackInput, meta: WriteMeta): Promise<PackRecord> {
      const at = meta.at ?? now().toISOString();
      const pack = packFromInput(input, { id: meta.id ?? newId(), used: 0, createdAt: at }, at);
      return write(['packs'], async (tx) => {
        const same = await tx.objectStore('packs').get(pack.id);
        if (same) return same;
        await tx.objectStore('packs').add(pack);
        await log(tx, at, meta.surface, 'pack', pack.id, 'created', { kind: pack.kind });
        return pack;
      });
    },

    async packsUpdate(input: PackUpdateInput, meta: WriteMeta): Promise<PackRecord> {
      const at = meta.at ?? now().toISOString();
      return write(['packs'], async (tx) => {
        const current = await tx.objectStore('packs').get(input.id);
        if (!current) throw new RequestError('pack-not-found', input.id);
        const next = packFromInput(input.pack, current, at);
        await tx.objectStore('packs').put(next);
        await log(tx, at, meta.surface, 'pack', next.id, 'updated');
        return next;
      });
    },

    // ——— packs from Support for business's page (what the page shows, nothing else) ———
    async packsLedger(): Promise<LedgerPack[]> {
      return (await db.getAll('packs')).map(ledgerPackOf);
    },

    async packsSyncAdd(input: PackSyncAddInput, meta: WriteMeta): Promise<LedgerPack> {
      const pack = await packs.packsAdd(
        { ...input, account: null, orderNumber: null, notes: '' },
        meta,
      );
      return ledgerPackOf(pack);
    },

    /** Sets the shown fields on the pack as stored now: the agent's own fields stay as they are. */
    async packsSyncUpdate(input: PackSyncUpdateInput, meta: WriteMeta): Promise<LedgerPack> {
      const at = meta.at ?? now().toISOString();
      return write(['packs'], async (tx) => {
        const current = await tx.objectStore('packs').get(input.id);
        if (!current) throw new RequestError('pack-not-found', input.id);
        const shown = Object.fromEntries(
          Object.entries(input.set).filter(([, v]) => v !== undefined),
        ) as Partial<Pick<PackRecord, 'contractId' | 'purchasedOn' | 'expiresOn' | 'incidents'>>;
        const next = packFromInput({ ...current, ...shown }, current, at);
        await tx.objectStore('packs').put(next);
        await log(tx, at, meta.surface, 'pack', next.id, 'updated', {
          fields: Object.keys(shown).sort().join(','),
        });
        return ledgerPackOf(next);
      });
    },

    /** Deleting a pack unlinks its tickets (they stay, with no pack). */
    async packsDelete(id: string, meta: WriteMeta): Promise<{ deleted: boolean }> {
      const at = meta.at ?? now().toISOString();
      return write(['packs', 'tickets'], async (tx) => {
        const current = await tx.objectStore('packs').get(id);
        if (!current) return { deleted: false };
        const linked = await tx.objectStore('tickets').index('byPack').getAll(id);
        for (const t of linked) {
          await tx.objectStore('tickets').put({ ...t, packId: null, updatedAt: at });
        }
        await tx.objectStore('packs').delete(id);
        await bury(tx, 'pack', id, at);
        await log(tx, at, meta.surface, 'pack', id, 'deleted', { unlinked: linked.length });
        return { deleted: true };
      });
    },
    async allPacks(): Promise<PackRecord[]> {
      return db.getAll('packs');
    },
  };
  return packs;
}
