import { keyString, num, obj, record } from '../../schema';
import { defineMessage } from '../define';

/** Messages every surface uses, independent of the history. */
export const coreMessages = {
  /** Health check: a surface asks whether the background is alive and which version runs. */
  ping: defineMessage<{ version: string }>()({
    senders: ['content', 'page'],
    request: obj({}),
    maxBytes: 256,
  }),
  /**
   * A helper could not find its anchor on a page: count the miss. Ids and counts only, never page
   * content, so the counters can be shown in options without revealing anything about customers.
   */
  'misses:record': defineMessage<{ total: number }>()({
    senders: ['content'],
    // A counter is a record too: nothing is counted from a private window.
    records: true,
    request: obj({
      helper: keyString({ max: 40, pattern: /^[a-z][a-z0-9-]*$/ }),
      count: num({ int: true, min: 1, max: 1000 }),
    }),
    maxBytes: 256,
  }),
  'misses:get': defineMessage<Record<string, number>>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
  'misses:reset': defineMessage<Record<string, number>>()({
    senders: ['page'],
    request: obj({}),
    maxBytes: 256,
  }),
};

export const missCountersSchema = record(keyString({ max: 40 }), num({ int: true, min: 0 }));
