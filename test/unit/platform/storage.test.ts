import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { missCountersSchema } from '../../../lib/messaging/messages/core';
import {
  defineFamily,
  defineItem,
  type KeyValueArea,
  machineTimeZone,
  missCountersItem,
  missCountersShape,
  popupFocusItem,
  type StorageChange,
  settingsItem,
  tabContextsItem,
} from '../../../lib/platform/storage';
import { defaultSettings } from '../../../lib/settings';

/** An injected area in memory, with its own change events like a real `StorageArea`. */
function memoryArea(withEvents = true): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>();
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  const emit = (changes: Record<string, StorageChange>) => {
    for (const l of listeners) l(changes);
  };
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : list(keys);
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async set(items) {
      const changes: Record<string, StorageChange> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: Record<string, StorageChange> = {};
      for (const k of list(keys)) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      emit(changes);
    },
    ...(withEvents
      ? {
          onChanged: {
            addListener: (l: (changes: Record<string, StorageChange>) => void) => listeners.add(l),
            removeListener: (l: (changes: Record<string, StorageChange>) => void) =>
              listeners.delete(l),
          },
        }
      : {}),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('a declared storage item', () => {
  const session = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'session');
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    if (session) Object.defineProperty(fakeBrowser.storage, 'session', session);
  });

  const count = defineItem<number>('local:count', {
    fallback: 0,
    parse: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined),
  });

  it('reads its fallback when nothing is stored, and what was written otherwise', async () => {
    expect(count.fallback).toBe(0);
    expect(await count.getValue()).toBe(0);
    await count.setValue(3);
    expect((await fakeBrowser.storage.local.get('count')).count).toBe(3);
    expect(await count.getValue()).toBe(3);
    await count.removeValue();
    expect(await fakeBrowser.storage.local.get('count')).toEqual({});
    expect(await count.getValue()).toBe(0);
  });

  it('never trusts what is stored: a refused or unparseable value reads as the fallback', async () => {
    await fakeBrowser.storage.local.set({ count: '3' });
    expect(await count.getValue()).toBe(0);
    const throwing = defineItem<number>('local:count', {
      fallback: 7,
      parse: () => {
        throw new Error('damaged');
      },
    });
    expect(await throwing.getValue()).toBe(7);
  });

  it('calls a fallback function on each read (a default that depends on the machine)', async () => {
    let calls = 0;
    const fresh = defineItem<{ n: number }>('local:fresh', { fallback: () => ({ n: ++calls }) });
    expect(await fresh.getValue()).toEqual({ n: 1 });
    expect(await fresh.getValue()).toEqual({ n: 2 });
  });

  it('refuses a key without its area', () => {
    expect(() => defineItem('count', { fallback: 0 })).toThrow(/local: or session:/);
    expect(() => defineItem('sync:count', { fallback: 0 })).toThrow(/local: or session:/);
  });

  it('keeps a session item in storage.session, and in storage.local where there is none', async () => {
    const item = defineItem<string | null>('session:where', { fallback: null });
    await item.setValue('here');
    expect((await fakeBrowser.storage.session.get('where')).where).toBe('here');
    expect(await fakeBrowser.storage.local.get('where')).toEqual({});
    // Resolved on every call, never cached: the same declaration follows the browser.
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    expect(await item.getValue()).toBeNull();
    await item.setValue('there');
    expect((await fakeBrowser.storage.local.get('where')).where).toBe('there');
    expect(await item.getValue()).toBe('there');
  });

  it('watches its own key in its own area, with parsed values, until stopped', async () => {
    const seen: [number, number][] = [];
    const stop = count.watch((value, old) => seen.push([value, old]));
    await count.setValue(2);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ count: 9 });
    await fakeBrowser.storage.local.set({ count: 'damaged' });
    await count.removeValue();
    await flush();
    // A damaged value reads as the fallback, in the watch too.
    expect(seen).toEqual([
      [2, 0],
      [0, 2],
      [0, 0],
    ]);
    stop();
    await count.setValue(5);
    await flush();
    expect(seen).toHaveLength(3);
  });

  it('watches a session item in storage.local where the browser has no storage.session', async () => {
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    const item = defineItem<string | null>('session:where', { fallback: null });
    const seen: (string | null)[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.setValue('local');
    await flush();
    expect(seen).toEqual(['local']);
    stop();
  });

  it('works over an injected area, watch included, and never touches the browser’s', async () => {
    const area = memoryArea();
    const pending = defineItem<string[]>('local:pendingWrites', {
      fallback: () => [],
      parse: (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined),
      area: () => area,
    });
    const seen: string[][] = [];
    const stop = pending.watch((value) => seen.push(value));
    expect(await pending.getValue()).toEqual([]);
    await pending.setValue(['a']);
    area.data.set('pendingWrites', [1, 2]);
    expect(await pending.getValue()).toEqual([]);
    await pending.removeValue();
    expect(seen).toEqual([['a'], []]);
    stop();
    await pending.setValue(['b']);
    expect(seen).toHaveLength(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says so when an injected area has no change events to watch', () => {
    const item = defineItem('local:x', { fallback: 0, area: () => memoryArea(false) });
    expect(() => item.watch(() => {})).toThrow(/no change events/);
  });

  it('is the same declaration over another area with withArea', async () => {
    const area = memoryArea();
    const there = count.withArea(() => area);
    area.data.set('count', -1);
    expect(await there.getValue()).toBe(0);
    await there.setValue(4);
    expect(area.data.get('count')).toBe(4);
    expect(await count.getValue()).toBe(0);
  });
});

describe('a declared family of keys', () => {
  beforeEach(() => fakeBrowser.reset());
  const family = defineFamily<{ n: number }>('local:entry:', {
    parse: (v) =>
      typeof (v as { n?: unknown } | null)?.n === 'number' ? (v as { n: number }) : undefined,
  });

  it('stores one key per id and lists only the entries that parse', async () => {
    await family.setValue('a', { n: 1 });
    await family.setValue('b', { n: 2 });
    await fakeBrowser.storage.local.set({ 'entry:c': { n: 'x' }, other: { n: 3 } });
    expect((await fakeBrowser.storage.local.get('entry:a'))['entry:a']).toEqual({ n: 1 });
    expect((await family.getAll()).sort()).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ]);
    expect(await family.item('c').getValue()).toBeNull();
    await family.removeValue('a');
    expect(await family.getAll()).toEqual([['b', { n: 2 }]]);
  });

  it('reads only its own keys where the area lists keys, and nothing when it has none', async () => {
    const area = memoryArea();
    const reads: (string | string[] | null)[] = [];
    const listing: KeyValueArea = {
      ...area,
      get: (keys) => {
        reads.push(keys);
        return area.get(keys);
      },
      getKeys: async () => [...area.data.keys()],
    };
    area.data.set('settings', { big: true });
    const there = family.withArea(() => listing);
    expect(await there.getAll()).toEqual([]);
    expect(reads).toEqual([]);
    await there.setValue('z', { n: 26 });
    expect(await there.getAll()).toEqual([['z', { n: 26 }]]);
    expect(reads).toEqual([['entry:z']]);
  });
});

describe('the items PCX keeps', () => {
  beforeEach(() => fakeBrowser.reset());

  it('settings: anything stored reads as the current shape; nothing stored, the defaults', async () => {
    expect(await settingsItem.getValue()).toEqual(defaultSettings(machineTimeZone()));
    await fakeBrowser.storage.local.set({ settings: { coverage: 'nonsense', uiLanguage: 'fr' } });
    const read = await settingsItem.getValue();
    expect(read.uiLanguage).toBe('fr');
    expect(read.coverage).toBe(defaultSettings(machineTimeZone()).coverage);
  });

  it('miss counters: stored counters are checked by the very schema of the miss:get reply', () => {
    const samples: unknown[] = [
      {},
      { 'plan-check': 2, capture: 0 },
      { 'plan-check': -1 },
      { 'plan-check': 1.5 },
      { 'plan-check': '1' },
      { ['x'.repeat(41)]: 1 },
      Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`h${i}`, 1])),
      JSON.parse('{"__proto__": 1}'),
      { constructor: 1 },
      [],
      null,
      'garbage',
    ];
    for (const sample of samples) {
      expect(missCountersShape().parse(sample, 'm'), JSON.stringify(sample)).toEqual(
        missCountersSchema.parse(sample, 'm'),
      );
    }
  });

  it('miss counters: damaged counters are dropped as a whole, read without a prototype', async () => {
    await fakeBrowser.storage.local.set({ missCounters: { 'plan-check': 2 } });
    const read = await missCountersItem.getValue();
    expect(Object.getPrototypeOf(read)).toBeNull();
    expect({ ...read }).toEqual({ 'plan-check': 2 });
    await fakeBrowser.storage.local.set({ missCounters: { 'plan-check': 'x', capture: 1 } });
    expect({ ...(await missCountersItem.getValue()) }).toEqual({});
  });

  it('tab contexts: a damaged entry is dropped, the others kept (older ones get a domain)', async () => {
    const at = '2026-11-21T10:00:00.000Z';
    await fakeBrowser.storage.session.set({
      tabContexts: {
        '1': { tenantId: 'abc', service: 'azure', at },
        '2': { tenantId: 'def', domain: null, service: null, at: 'not a date' },
        '3': 'garbage',
        constructor: { tenantId: null, domain: 'x.com', service: null, at },
      },
    });
    expect(await tabContextsItem.getValue()).toEqual({
      '1': { tenantId: 'abc', domain: null, service: 'azure', at },
    });
    await fakeBrowser.storage.session.set({ tabContexts: ['not', 'a', 'map'] });
    expect(await tabContextsItem.getValue()).toEqual({});
  });

  it('popup focus: only a well-formed target is read, and nothing else of it', async () => {
    await fakeBrowser.storage.session.set({ popupFocus: { kind: 'ticket', id: 't-1', extra: 1 } });
    expect(await popupFocusItem.getValue()).toEqual({ kind: 'ticket', id: 't-1' });
    await fakeBrowser.storage.session.set({ popupFocus: { kind: 'ticket', id: '<script>' } });
    expect(await popupFocusItem.getValue()).toBeNull();
  });
});
