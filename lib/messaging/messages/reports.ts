import type { ReportGrouping } from '../../reports/first-response';
import { type ReportData, type ReportTicketRow, reportQuery } from '../../reports/index';
import { literal, obj, str } from '../../schema';
import { defineMessage } from '../define';

/**
 * The reports page's questions, answered by the background from one consistent read of the
 * history: the figures (counts only), then the tickets behind one figure when the agent opens it.
 */
export const reportsMessages = {
  'reports:get': defineMessage<ReportData>()({
    senders: ['page'],
    request: reportQuery,
    maxBytes: 512,
  }),
  'reports:tickets': defineMessage<{ total: number; items: ReportTicketRow[] }>()({
    senders: ['page'],
    request: obj({
      query: reportQuery,
      by: literal<ReportGrouping[]>('month', 'severity', 'customer', 'program'),
      key: str({ min: 1, max: 64 }),
    }),
    maxBytes: 768,
  }),
} as const;
