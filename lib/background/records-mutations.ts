import type { MutationTable } from './history-service';

/** The mutations that put back what a one-click action changed (rows of `MUTATIONS`). */
export const RECORDS_MUTATIONS = {} satisfies Partial<MutationTable>;
