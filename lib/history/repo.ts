import { createRepoBase, type RepoOptions } from './repo-base';
import { createCustomerRepo } from './repo-customers';
import { createTicketFindRepo } from './repo-find';
import { createEntityLogRepo } from './repo-log';
import { createPackRepo, createPackSpending } from './repo-packs';
import { createRestoreRepo } from './repo-restore';
import { createTicketStatusRepo } from './repo-status';
import { createTicketRepo } from './repo-tickets';
import { createWholeHistoryRepo } from './repo-whole';

/**
 * The history's repositories, composed from one module per aggregate: customers
 * (`repo-customers.ts`), tickets (`repo-tickets.ts`), packs and the spending of their incidents
 * (`repo-packs.ts`), the whole history (`repo-whole.ts`: snapshot, erase, import), a ticket's or a
 * pack's own history read from the log (`repo-log.ts`), over what they
 * share (`repo-base.ts`: the write transaction, the event log, tombstones, totals, cursors). Pure
 * of `browser`: they take an open database and a clock. Rules every method keeps:
 * - a change and its event are written in ONE transaction (all-or-nothing: any failure aborts it);
 * - inside a transaction nothing is awaited but IndexedDB requests (ids, timestamps and checks that
 *   need no data are computed before it opens), else the transaction would auto-commit early;
 * - request numbers are unique (a sparse unique index): capture and add are deduplicated by number;
 * - events are numbered here (last key + 1), never by a key generator and never from a backup;
 * - deleting a ticket, pack or customer leaves a tombstone (id + time) that merge imports respect.
 */

export type { RepoOptions, WriteMeta } from './repo-base';
export { summarizeCustomer } from './repo-customers';
export { ledgerPackOf } from './repo-packs';
export type { ImportPlan, Snapshot } from './repo-whole';

export function createHistoryRepo(options: RepoOptions) {
  const base = createRepoBase(options);
  return {
    ...createCustomerRepo(base),
    ...createTicketRepo(base, createPackSpending(base)),
    ...createPackRepo(base),
    ...createWholeHistoryRepo(base),
    ...createTicketFindRepo(base),
    ...createTicketStatusRepo(base),
    ...createRestoreRepo(base),
    ...createEntityLogRepo(base),
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
