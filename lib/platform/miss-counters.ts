import { isPrototypeName } from '../schema';
import { createSerial } from '../serial';
import { missCountersItem } from './storage';

const MAX_KEYS = 200;

/**
 * Local counters of helpers that could not find their anchor (ids and counts only). Kept by the
 * background alone, writes chained so that bursts from several tabs never lose an increment.
 * Ids are object keys here: only own properties count, and a prototype name (`constructor`,
 * `toString` …) is never an id (the message schema refuses it too).
 */
export function createMissCounters() {
  // A null-prototype object; counters damaged by an older version (or by hand) are dropped.
  const read = () => missCountersItem.getValue();
  const serial = createSerial();
  return {
    get: () => serial(async () => ({ ...(await read()) })),
    add: (helper: string, count: number) =>
      serial(async () => {
        if (isPrototypeName(helper)) return { total: 0 };
        const counters = await read();
        const known = Object.hasOwn(counters, helper);
        if (!known && Object.keys(counters).length >= MAX_KEYS) return { total: 0 };
        counters[helper] = (known ? (counters[helper] ?? 0) : 0) + count;
        await missCountersItem.setValue({ ...counters });
        return { total: counters[helper] };
      }),
    reset: () =>
      serial(async () => {
        await missCountersItem.setValue({});
        return {};
      }),
  };
}
