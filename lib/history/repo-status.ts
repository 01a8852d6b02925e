import type { RepoBase } from './repo-base';

/** Statuses read from the portals: Microsoft's replies and the first-response time, written to tickets. */
export function createTicketStatusRepo(_base: RepoBase) {
  return {};
}
