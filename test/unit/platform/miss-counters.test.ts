import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMissCounters } from '../../../lib/platform/miss-counters';

describe('miss counters', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts per helper id and never mixes ids', async () => {
    const counters = createMissCounters();
    await Promise.all([
      counters.add('plan-check', 1),
      counters.add('plan-check', 2),
      counters.add('capture', 1),
    ]);
    expect(await counters.get()).toEqual({ 'plan-check': 3, capture: 1 });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])(
    'never lets the prototype name %s reach the counters',
    async (name) => {
      const counters = createMissCounters();
      await counters.add('plan-check', 2);
      expect(await counters.add(name, 1)).toEqual({ total: 0 });
      const stored = (await fakeBrowser.storage.local.get('missCounters')).missCounters;
      expect(stored).toEqual({ 'plan-check': 2 });
      expect(Object.keys(await counters.get())).toEqual(['plan-check']);
    },
  );

  it('drops counters damaged in storage instead of adding to them', async () => {
    await fakeBrowser.storage.local.set({
      missCounters: { 'plan-check': 'function Object() { [native code] }1' },
    });
    const counters = createMissCounters();
    expect(await counters.add('plan-check', 1)).toEqual({ total: 1 });
    expect(await counters.get()).toEqual({ 'plan-check': 1 });
  });
});
