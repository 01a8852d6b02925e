import type { HistoryRepo } from '../history/repo';
import type { MessageType, WriteType } from '../messaging/protocol';
import type { Handler } from '../messaging/router';

type Read = <T>(run: (r: HistoryRepo) => Promise<T>) => Promise<T>;

/**
 * The read handlers of finding tickets (search, filters, sort), served from the indexes, and of a
 * ticket's or pack's own history.
 */
export function findReads(read: Read): { [K in Exclude<MessageType, WriteType>]?: Handler<K> } {
  return {
    'tickets:find': (payload) => read((r) => r.ticketsFind(payload)),
    'customers:typed': () => read((r) => r.customersTyped()),
    'history:of': (payload) => read((r) => r.entityLog(payload)),
  };
}
