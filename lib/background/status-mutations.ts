import type { MutationTable } from './history-service';

/** The mutations of statuses read from the portals (rows of the history's `MUTATIONS` table). */
export const STATUS_MUTATIONS = {} satisfies Partial<MutationTable>;
