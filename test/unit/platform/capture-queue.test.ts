import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../lib/messaging/define';
import {
  BACKOFF_MAX_MS,
  backoffMs,
  createCaptureQueue,
  outcomeOf,
} from '../../../lib/platform/capture-queue';
import { captureQueueItems, type KeyValueArea } from '../../../lib/platform/storage';

const QUEUE_PREFIX = captureQueueItems.prefix;

/** `storage.local` in memory, asynchronous like the real one, values copied as it copies them. */
function fakeArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return {
    data,
    async get(keys) {
      await tick();
      const wanted = keys === null ? null : new Set(typeof keys === 'string' ? [keys] : keys);
      return Object.fromEntries(
        [...data]
          .filter(([k]) => !wanted || wanted.has(k))
          .map(([k, v]) => [k, structuredClone(v)]),
      );
    },
    async set(items) {
      await tick();
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      await tick();
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
}

const unreachable: Reply<never> = {
  ok: false,
  error: { code: 'unreachable', detail: 'The message port closed before a response was received.' },
};
const landed: Reply<unknown> = { ok: true, data: { id: 'x', created: true } };

/** A background that is unreachable for its first `failures` messages, then records by number. */
function background(failures = 0) {
  const recorded = new Map<string, number>();
  let calls = 0;
  return {
    recorded,
    get calls() {
      return calls;
    },
    async send(item: { number: string }): Promise<Reply<unknown>> {
      calls++;
      if (calls <= failures) return unreachable;
      recorded.set(item.number, (recorded.get(item.number) ?? 0) + 1);
      return { ok: true, data: { id: item.number, created: recorded.get(item.number) === 1 } };
    },
  };
}

const item = (n: number) => ({ number: `26112100100${String(n).padStart(5, '0')}`, title: 'T' });

function queueOn(
  area: KeyValueArea | null,
  send: (i: { number: string }) => Promise<Reply<unknown>>,
  extra: { max?: number; alive?: () => boolean } = {},
) {
  const waits: number[] = [];
  const landedNumbers: string[] = [];
  const dropped: [string, string][] = [];
  const q = createCaptureQueue({
    // The real declaration (key prefix, parsing), over the fake area.
    area: area ? captureQueueItems.withArea(() => area) : null,
    send,
    alive: extra.alive ?? (() => true),
    wait: async (ms) => {
      waits.push(ms);
      await new Promise((r) => setTimeout(r, 0));
    },
    random: () => 0.5,
    max: extra.max,
    onLanded: (n) => landedNumbers.push(n),
    onDropped: (n, code) => dropped.push([n, code]),
  });
  const settled = async () => {
    for (let i = 0; i < 1000 && q.size > 0; i++) await q.idle();
    await q.idle();
  };
  return { q, waits, landed: landedNumbers, dropped, settled };
}

describe('capture queue', () => {
  it('classifies replies: only a live handler’s answer ends a capture', () => {
    expect(outcomeOf(landed)).toBe('landed');
    // Kept aside by the background itself (its database refused the write): replayed there.
    expect(outcomeOf({ ok: false, error: { code: 'history-pending' } })).toBe('landed');
    for (const code of ['unreachable', 'no-handler', 'pending-full', 'history-blocked']) {
      expect(outcomeOf({ ok: false, error: { code } }), code).toBe('retry');
    }
    for (const code of ['invalid-payload', 'incognito', 'forbidden-for-sender', 'handler-failed']) {
      expect(outcomeOf({ ok: false, error: { code } }), code).toBe('refused');
    }
  });

  it('backs off exponentially with jitter, up to 30 s', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(0, () => 0)).toBe(250);
    expect(backoffMs(40, () => 1)).toBe(BACKOFF_MAX_MS);
  });

  it('resends a capture the background could not receive until it lands, then forgets it', async () => {
    const area = fakeArea();
    const bg = background(4);
    const { q, waits, landed: ok, settled } = queueOn(area, bg.send);
    expect(await q.enqueue(item(1))).toBe(true);
    // Kept in extension storage under its own key while it has not landed.
    expect([...area.data.keys()]).toEqual([`${QUEUE_PREFIX}${item(1).number}`]);
    await settled();
    expect(bg.calls).toBe(5);
    expect(waits).toEqual([375, 750, 1500, 3000]);
    expect(ok).toEqual([item(1).number]);
    expect(bg.recorded.get(item(1).number)).toBe(1);
    expect(area.data.size).toBe(0);
  });

  it('drops a capture refused on its merits, once, and says so', async () => {
    const area = fakeArea();
    let calls = 0;
    const {
      q,
      waits,
      landed: ok,
      dropped,
      settled,
    } = queueOn(area, async () => {
      calls++;
      return { ok: false, error: { code: 'invalid-payload', detail: 'payload.title' } };
    });
    await q.enqueue(item(1));
    await settled();
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
    expect(ok).toEqual([]);
    expect(dropped).toEqual([[item(1).number, 'invalid-payload']]);
    expect(area.data.size).toBe(0);
  });

  it('never queues a number twice', async () => {
    const area = fakeArea();
    const bg = background(1);
    const { q, settled } = queueOn(area, bg.send);
    expect(await q.enqueue(item(1))).toBe(true);
    expect(await q.enqueue(item(1))).toBe(false);
    await settled();
    expect(await q.enqueue(item(1))).toBe(false);
    expect(bg.calls).toBe(2);
    expect(bg.recorded.get(item(1).number)).toBe(1);
  });

  it('several tabs queueing at once never lose each other’s entries', async () => {
    const area = fakeArea();
    // The background is down for the whole burst: everything must stay queued.
    const down = async () => unreachable;
    let open = true;
    const tabs = Array.from({ length: 5 }, () => queueOn(area, down, { alive: () => open }));
    await Promise.all(
      tabs.flatMap((tab, t) =>
        Array.from({ length: 40 }, (_, i) => tab.q.enqueue(item(t * 40 + i))),
      ),
    );
    expect(area.data.size).toBe(200);
    open = false;
    // Damaged or foreign entries under the prefix are never sent.
    area.data.set(`${QUEUE_PREFIX}1`, { title: 'no number' });
    area.data.set(`${QUEUE_PREFIX}2`, null);
    // The tabs close; one reloaded tab sends what they left, with a background back up.
    const bg = background();
    const reloaded = queueOn(area, bg.send);
    await reloaded.q.flush();
    await reloaded.settled();
    expect(bg.recorded.size).toBe(200);
    expect([...area.data.keys()].sort()).toEqual([`${QUEUE_PREFIX}1`, `${QUEUE_PREFIX}2`]);
  });

  it('reads only its own entries where the browser lists keys, never the whole area', async () => {
    const area = fakeArea();
    const reads: (null | string | string[])[] = [];
    const listing: KeyValueArea = {
      ...area,
      get: (keys) => {
        reads.push(keys);
        return area.get(keys);
      },
      getKeys: async () => [...area.data.keys()],
    };
    // What else lives in extension storage: settings, the background's kept-aside writes.
    area.data.set('settings', { uiLanguage: 'fr' });
    area.data.set(
      'pendingWrites',
      Array.from({ length: 1000 }, (_, i) => ({ i })),
    );
    const bg = background();
    const start = queueOn(listing, bg.send);
    await start.q.flush();
    expect(reads).toEqual([]); // nothing queued: nothing read
    await queueOn(listing, async () => unreachable, { alive: () => false }).q.enqueue(item(1));
    await start.q.flush();
    await start.settled();
    expect(bg.recorded.size).toBe(1);
    expect(
      reads.every((keys) => Array.isArray(keys) && keys.every((k) => k.startsWith(QUEUE_PREFIX))),
    ).toBe(true);
  });

  it('keeps the oldest entries when the queue is full, and still sends the new one', async () => {
    const area = fakeArea();
    let up = false;
    const bg = background();
    const send = (i: { number: string }) => (up ? bg.send(i) : Promise.resolve(unreachable));
    const { q, dropped, settled } = queueOn(area, send, { max: 3 });
    for (let i = 1; i <= 4; i++) await q.enqueue(item(i));
    expect([...area.data.keys()].sort()).toEqual(
      [1, 2, 3].map((i) => QUEUE_PREFIX + item(i).number),
    );
    expect(dropped).toEqual([[item(4).number, 'queue-full']]);
    up = true;
    await settled();
    expect([...bg.recorded.keys()].sort()).toEqual([1, 2, 3, 4].map((i) => item(i).number));
  });

  it('stores nothing in a private window', async () => {
    const bg = background(1);
    const { q, landed: ok, settled } = queueOn(null, bg.send);
    await q.enqueue(item(1));
    await settled();
    expect(ok).toEqual([item(1).number]);
  });

  it('stops quietly once the extension context is gone', async () => {
    const area = fakeArea();
    let alive = true;
    let calls = 0;
    const { q, settled } = queueOn(
      area,
      async () => {
        calls++;
        alive = false;
        return unreachable;
      },
      { alive: () => alive },
    );
    await q.enqueue(item(1));
    await settled();
    expect(calls).toBe(1);
    // Left for the next script to send (after the update, a reloaded page).
    expect(area.data.size).toBe(1);
    // A storage area that throws (invalidated context) does not throw either.
    const broken: KeyValueArea = {
      get: () => Promise.reject(new Error('Extension context invalidated.')),
      set: () => Promise.reject(new Error('Extension context invalidated.')),
      remove: () => Promise.reject(new Error('Extension context invalidated.')),
    };
    const dead = queueOn(broken, async () => unreachable, { alive: () => false });
    await expect(dead.q.enqueue(item(2))).resolves.toBe(true);
    await expect(dead.q.flush()).resolves.toBeUndefined();
  });
});
