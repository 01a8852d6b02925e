import { browser } from 'wxt/browser';
import { missCountersSchema } from '../messaging/messages/core';
import { isPrototypeName } from '../schema';

const KEY = 'missCounters';
const MAX_KEYS = 200;

type Counters = Record<string, number>;

/** A null-prototype copy: `counters.constructor` is then undefined, not `Object`. */
function bare(entries: Iterable<[string, number]> = []): Counters {
  const out = Object.create(null) as Counters;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/**
 * Local counters of helpers that could not find their anchor (ids and counts only). Kept by the
 * background alone, writes chained so that bursts from several tabs never lose an increment.
 * Ids are object keys here: only own properties count, and a prototype name (`constructor`,
 * `toString` …) is never an id (the message schema refuses it too).
 */
export function createMissCounters() {
  let chain: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<Counters> => {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    const parsed = missCountersSchema.parse(stored ?? {}, KEY);
    // Counters damaged by an older version (or by hand) are dropped, not half-trusted.
    return bare(parsed.ok ? Object.entries(parsed.value) : []);
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    get: () => serial(async () => ({ ...(await read()) })),
    add: (helper: string, count: number) =>
      serial(async () => {
        if (isPrototypeName(helper)) return { total: 0 };
        const counters = await read();
        const known = Object.hasOwn(counters, helper);
        if (!known && Object.keys(counters).length >= MAX_KEYS) return { total: 0 };
        counters[helper] = (known ? (counters[helper] ?? 0) : 0) + count;
        await browser.storage.local.set({ [KEY]: { ...counters } });
        return { total: counters[helper] };
      }),
    reset: () =>
      serial(async () => {
        await browser.storage.local.set({ [KEY]: {} });
        return {};
      }),
  };
}
