import { literal, num, obj, optional, str } from '../schema';
import type { RepoBase } from './repo-base';
import { fromStored } from './schema';
import type { HistoryEvent } from './types';

/**
 * What happened to one ticket or one pack, read back from the event log (`byEntity`, schema v3):
 * the log is the only record of who spent an incident when, of refunds and of overrides, so a
 * pack's usage is never a second bookkeeping that could disagree with its counter.
 */

export const entityLogQuery = obj({
  entity: literal('ticket', 'pack'),
  id: str({ min: 1, max: 64, pattern: /^[A-Za-z0-9:._@-]+$/ }),
  limit: optional(num({ int: true, min: 1, max: 500 })),
});

/** One line of a history: the event, and for a pack's spending the ticket it was spent on. */
export interface LogEntry {
  seq: number;
  at: string;
  action: string;
  surface: HistoryEvent['surface'];
  details: NonNullable<HistoryEvent['details']>;
  /** The ticket an incident was spent on or given back for, when the event names one. */
  ticket?: { id: string; number: string | null; title: string; deleted: boolean };
}

export interface EntityLog {
  entries: LogEntry[];
  /** More events than `limit` exist (the oldest are left out). */
  more: boolean;
}

export const ENTITY_LOG_LIMIT = 200;

export function createEntityLogRepo(base: RepoBase) {
  const { db } = base;
  return {
    /** Newest first, at most `limit` (200). */
    async entityLog(input: {
      entity: 'ticket' | 'pack';
      id: string;
      limit?: number;
    }): Promise<EntityLog> {
      const limit = input.limit ?? ENTITY_LOG_LIMIT;
      const tx = db.transaction(['events', 'tickets'], 'readonly');
      const events: HistoryEvent[] = [];
      let cursor = await tx
        .objectStore('events')
        .index('byEntity')
        .openCursor(IDBKeyRange.only([input.entity, input.id]), 'prev');
      while (cursor && events.length <= limit) {
        events.push(cursor.value);
        cursor = await cursor.continue();
      }
      const more = events.length > limit;
      if (more) events.length = limit;
      // The tickets a pack's events name, read in the same transaction (a deleted one says so).
      const ticketIds = [
        ...new Set(
          events
            .map((e) => e.details?.ticketId)
            .filter((id): id is string => typeof id === 'string'),
        ),
      ];
      const tickets = new Map(
        await Promise.all(
          ticketIds.map(async (id) => [id, await tx.objectStore('tickets').get(id)] as const),
        ),
      );
      await tx.done;
      const entries = events.map((e): LogEntry => {
        const entry: LogEntry = {
          seq: e.seq ?? 0,
          at: e.at,
          action: e.action,
          surface: e.surface,
          details: e.details ?? {},
        };
        const ticketId = e.details?.ticketId;
        if (typeof ticketId === 'string') {
          const stored = tickets.get(ticketId);
          const ticket = stored ? fromStored(stored) : null;
          entry.ticket = {
            id: ticketId,
            number: ticket?.number ?? null,
            title: ticket?.title ?? '',
            deleted: !ticket,
          };
        }
        return entry;
      });
      return { entries, more };
    },
  };
}
