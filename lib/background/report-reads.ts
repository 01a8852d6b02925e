import type { HistoryRepo } from '../history/repo';
import type { MessageType, WriteType } from '../messaging/protocol';
import type { Handler } from '../messaging/router';
import { buildReport, type ReportClock, reportTickets } from '../reports/index';
import { knownZone, packDay } from '../rules/packs';

type Read = <T>(run: (r: HistoryRepo) => Promise<T>) => Promise<T>;

/**
 * The reports page's reads: one consistent snapshot of the history per question, the figures
 * computed here (lib/reports), in the agent's business-hours zone.
 */
export function reportReads(
  read: Read,
  zone: () => string | undefined,
  now: () => Date,
): { [K in Exclude<MessageType, WriteType>]?: Handler<K> } {
  const clock = (): ReportClock => {
    const at = now();
    const timeZone = knownZone(zone()) ?? 'UTC';
    return { now: at.getTime(), timeZone, today: packDay(at, timeZone) };
  };
  return {
    'reports:get': (query) => read(async (r) => buildReport(await r.snapshot(), query, clock())),
    'reports:tickets': ({ query, by, key }) =>
      read(async (r) => reportTickets(await r.snapshot(), query, by, key, clock())),
  };
}
