import { RequestError } from '../errors';
import {
  DEFAULT_LIMIT,
  decodeCursor,
  encodeCursor,
  isPair,
  type RepoBase,
  type Tx,
  type WriteMeta,
} from './repo-base';
import type {
  Customer,
  CustomerLookupInput,
  CustomerSeenInput,
  CustomerSummary,
  Page,
  PageQuery,
} from './types';

/**
 * Customers: recorded as portal pages show them (keyed by tenant id, else by a domain, re-keyed
 * once the tenant id shows up), looked up for the context hand-off, listed for our pages.
 */

export function summarizeCustomer(c: Customer): CustomerSummary {
  return {
    id: c.id,
    tenantId: c.tenantId,
    name: c.name,
    domains: c.domains,
    ownTenant: c.ownTenant,
  };
}

export function createCustomerRepo(base: RepoBase) {
  const { db, now, write, log, bury } = base;

  /** Rewrites the denormalised customer name (and id, when re-keyed) on a customer's tickets. */
  async function retagTickets(tx: Tx, fromId: string, toId: string, name: string | null) {
    const range = IDBKeyRange.bound([fromId, ''], [fromId, '\uffff']);
    const tickets = await tx.objectStore('tickets').index('byCustomerFiled').getAll(range);
    for (const t of tickets) {
      if (t.customerId === toId && t.customerName === name) continue;
      await tx.objectStore('tickets').put({ ...t, customerId: toId, customerName: name });
    }
    return tickets.length;
  }

  return {
    // ——— customers ———
    async customersSeen(
      input: CustomerSeenInput,
      meta: WriteMeta & { ownTenant?: boolean },
    ): Promise<CustomerSummary> {
      const at = meta.at ?? now().toISOString();
      const tenantId = input.tenantId?.toLowerCase() ?? null;
      const domains = [...new Set(input.domains.map((d) => d.toLowerCase()))];
      if (!tenantId && domains.length === 0) throw new RequestError('no-customer-key');
      return write(['customers', 'tickets'], async (tx) => {
        const store = tx.objectStore('customers');
        let existing = tenantId ? await store.get(tenantId) : undefined;
        // A customer first known by a domain only is re-keyed once its tenant id shows up.
        let formerId: string | null = null;
        if (!existing) {
          for (const domain of domains) {
            const byDomain = await store.index('byDomain').getAll(domain);
            const match = byDomain.find((c) => !tenantId || c.tenantId === null);
            if (match) {
              existing = match;
              if (tenantId && match.id !== tenantId) formerId = match.id;
              break;
            }
          }
        }
        const id = tenantId ?? existing?.id ?? `domain:${domains[0]}`;
        const merged: Customer = {
          id,
          tenantId: tenantId ?? existing?.tenantId ?? null,
          name: input.name ?? existing?.name ?? null,
          domains: [...new Set([...(existing?.domains ?? []), ...domains])].slice(0, 50),
          lastSeen: at,
          selectedAt: input.selected ? at : (existing?.selectedAt ?? null),
          ownTenant: meta.ownTenant ?? existing?.ownTenant ?? false,
        };
        if (formerId) {
          await store.delete(formerId);
          await bury(tx, 'customer', formerId, at);
        }
        await store.put(merged);
        // Seen again: no longer deleted.
        await tx.objectStore('tombstones').delete(['customer', id]);
        const renamed = existing && existing.name !== merged.name;
        await log(tx, at, meta.surface, 'customer', id, existing ? 'seen' : 'created', {
          selected: input.selected,
          ...(formerId ? { formerId } : {}),
          ...(renamed ? { renamed: true } : {}),
        });
        if (formerId || renamed) await retagTickets(tx, formerId ?? id, id, merged.name);
        return summarizeCustomer(merged);
      });
    },

    async customersLookup(input: CustomerLookupInput): Promise<CustomerSummary | null> {
      const tx = db.transaction('customers');
      if (input.tenantId) {
        const c = await tx.store.get(input.tenantId.toLowerCase());
        if (c) return summarizeCustomer(c);
      }
      if (input.domain) {
        const c = await tx.store.index('byDomain').get(input.domain.toLowerCase());
        if (c) return summarizeCustomer(c);
      }
      return null;
    },

    async customersLastSelected(): Promise<CustomerSummary | null> {
      const cursor = await db
        .transaction('customers')
        .store.index('bySelectedAt')
        .openCursor(null, 'prev');
      return cursor ? summarizeCustomer(cursor.value) : null;
    },

    async customersList(input: PageQuery): Promise<Page<Customer>> {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor(input.cursor, isPair) as [string, string] | null;
      const tx = db.transaction('customers');
      const index = tx.store.index('byLastSeen');
      const total = await index.count();
      const range = after ? IDBKeyRange.upperBound(after[0]) : null;
      const items: Customer[] = [];
      let cursor = await index.openCursor(range, 'prev');
      while (cursor && items.length < limit) {
        const c = cursor.value;
        const skip = after && c.lastSeen === after[0] && c.id >= after[1];
        if (!skip) items.push(c);
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      return {
        items,
        next: cursor && last ? encodeCursor([last.lastSeen, last.id]) : null,
        total,
      };
    },
  };
}
