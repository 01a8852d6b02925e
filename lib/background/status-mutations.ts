import type { MutationTable } from './history-service';

/** The mutations of statuses read from the portals (rows of the history's `MUTATIONS` table). */
export const STATUS_MUTATIONS = {
  'tickets:observe-status': {
    run: (repo, payload, meta) =>
      repo.ticketsObserveStatus(payload, meta, meta.portalReplies ?? 'propose'),
    // Propose or apply, as the options said when the page was read: a replay does not ask again.
    remember: async (_payload, deps) => ({
      portalReplies: (await deps.portalReplies?.()) ?? 'propose',
    }),
  },
  'tickets:accept-reply': { run: (repo, payload, meta) => repo.ticketsAcceptReply(payload, meta) },
  'tickets:dismiss-reply': {
    run: (repo, payload, meta) => repo.ticketsDismissReply(payload, meta),
  },
} satisfies Partial<MutationTable>;
