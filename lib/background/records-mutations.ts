import type { MutationTable } from './history-service';

/** The mutations that put back what a one-click action changed (rows of `MUTATIONS`). */
export const RECORDS_MUTATIONS = {
  'tickets:restore': { run: (repo, payload, meta) => repo.ticketsRestore(payload, meta) },
  'tickets:restore-status': {
    run: (repo, payload, meta) => repo.ticketsRestoreStatus(payload, meta),
  },
  'tickets:relink-pack': { run: (repo, payload, meta) => repo.ticketsRelinkPack(payload, meta) },
} satisfies Partial<MutationTable>;
