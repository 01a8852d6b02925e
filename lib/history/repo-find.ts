import type { RepoBase } from './repo-base';

/** Finding tickets: search, filters and sort over the indexes (read only). */
export function createTicketFindRepo(_base: RepoBase) {
  return {};
}
