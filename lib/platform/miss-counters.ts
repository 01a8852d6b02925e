import { browser } from 'wxt/browser';

const KEY = 'missCounters';
const MAX_KEYS = 200;

/**
 * Local counters of helpers that could not find their anchor (ids and counts only). Kept by the
 * background alone, writes chained so that bursts from several tabs never lose an increment.
 */
export function createMissCounters() {
  let chain: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<Record<string, number>> => {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    return stored && typeof stored === 'object' ? (stored as Record<string, number>) : {};
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    get: () => serial(read),
    add: (helper: string, count: number) =>
      serial(async () => {
        const counters = await read();
        if (!(helper in counters) && Object.keys(counters).length >= MAX_KEYS) return { total: 0 };
        counters[helper] = (counters[helper] ?? 0) + count;
        await browser.storage.local.set({ [KEY]: counters });
        return { total: counters[helper] };
      }),
    reset: () =>
      serial(async () => {
        await browser.storage.local.set({ [KEY]: {} });
        return {};
      }),
  };
}
