import type { Reply } from '../messaging/define';
import type { ItemFamily } from './storage';

/**
 * The captures a content script has not seen land yet. A capture sent while the background's
 * worker is stopped (or being stopped: "message channel closed") is refused by the browser, not
 * by us; it must be sent again until the background answers. Each capture is kept in the
 * extension's own storage (never the page's) under its own key, `captureQueue:<number>`, so that
 * several tabs never overwrite each other's entries, a reloaded tab finds what it left, and a
 * number is stored once. A sender loop sends them one by one with exponential backoff and jitter
 * while the background cannot be reached, and removes an entry only once the background answered.
 *
 * Bounded: at most `max` (500) entries are stored; beyond that the OLDEST are kept (they were
 * promised first) and a new capture is sent from memory only. Nothing is stored in a private
 * window (`area` null): the background refuses captures from there anyway.
 *
 * No `browser` here: the stored entries (`captureQueueItems`, declared in ./storage), the sender
 * and the clock are given, so the logic is tested with fakes; `components/helpers/capture.ts`
 * wires the real ones. Where the browser lists keys (`getKeys`), the declaration reads only the
 * queue's own entries instead of the whole area (which also holds settings and the background's
 * kept-aside writes) on every page start.
 */

/** The queue's entries, by number: `captureQueueItems` (./storage), or one bound to a fake area. */
export type QueueStore<T> = Pick<ItemFamily<T>, 'getAll' | 'setValue' | 'removeValue'>;

const QUEUE_MAX = 500;
const BACKOFF_FIRST_MS = 500;
export const BACKOFF_MAX_MS = 30_000;

/**
 * `landed`: the background has it (recorded, a repeat, or kept aside by the background itself
 * while its database refused writes: `history-pending`, replayed there). `retry`: the message
 * did not reach a live handler. `refused`: refused on its merits; resending would not change it.
 */
export type Outcome = 'landed' | 'retry' | 'refused';

const RETRY = new Set(['unreachable', 'no-handler', 'pending-full']);

export function outcomeOf(reply: Reply<unknown>): Outcome {
  if (reply.ok || reply.error.code === 'history-pending') return 'landed';
  const code = reply.error.code;
  return RETRY.has(code) || code.startsWith('history-') ? 'retry' : 'refused';
}

/** Delay before retry `attempt` (0-based): 0.5 s, 1 s, 2 s … 30 s, each between half and all. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(attempt, 16));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export interface CaptureQueueDeps<T> {
  /** Extension storage; null in a private window (nothing stored). */
  area: QueueStore<T> | null;
  /** Sends one capture; never throws (see `request`). */
  send(item: T): Promise<Reply<unknown>>;
  /** False once the extension context is gone (extension updated or removed): the loop stops. */
  alive(): boolean;
  wait(ms: number): Promise<void>;
  random?: () => number;
  max?: number;
  onLanded?(number: string): void;
  /** A capture refused on its merits (`code`), or not stored because the queue is full. */
  onDropped?(number: string, code: string): void;
}

export function createCaptureQueue<T extends { number: string }>(deps: CaptureQueueDeps<T>) {
  const max = deps.max ?? QUEUE_MAX;
  /** Numbers queued or done in this frame: never enqueued twice. */
  const known = new Set<string>();
  const pending = new Map<string, T>();
  let loop: Promise<void> | null = null;

  // Storage calls throw once the context is invalidated: the queue then stops, quietly.
  const stored = async (): Promise<[string, T][]> => {
    if (!deps.area) return [];
    try {
      // Keyed by number, and each entry states its number: the entry's own is the one sent.
      return (await deps.area.getAll()).map(([, value]) => [value.number, value]);
    } catch {
      return [];
    }
  };
  const forget = async (number: string) => {
    try {
      await deps.area?.removeValue(number);
    } catch {
      // Gone with the context; the next script to start sends it again (deduplicated).
    }
  };

  async function run() {
    let attempt = 0;
    while (pending.size > 0 && deps.alive()) {
      let unreachable = false;
      for (const [number, item] of [...pending]) {
        if (!deps.alive()) return;
        const reply = await deps.send(item);
        const outcome = outcomeOf(reply);
        if (outcome === 'retry') {
          unreachable = true;
          break;
        }
        pending.delete(number);
        await forget(number);
        if (outcome === 'landed') deps.onLanded?.(number);
        else deps.onDropped?.(number, reply.ok ? 'refused' : reply.error.code);
      }
      if (!unreachable) {
        attempt = 0;
        continue;
      }
      await deps.wait(backoffMs(attempt++, deps.random));
    }
  }

  function kick() {
    if (loop || !deps.alive()) return;
    loop = run()
      .catch(() => undefined)
      .finally(() => {
        loop = null;
        // Queued between the loop's last look and its end.
        if (pending.size > 0) kick();
      });
  }

  return {
    /** Queues a capture and starts sending. False when this number was queued here before. */
    async enqueue(item: T): Promise<boolean> {
      if (known.has(item.number)) return false;
      known.add(item.number);
      if (deps.area) {
        const count = (await stored()).length;
        if (count >= max) deps.onDropped?.(item.number, 'queue-full');
        else {
          try {
            await deps.area.setValue(item.number, item);
          } catch {
            // Not stored (context gone, storage full): still sent from memory.
          }
        }
      }
      pending.set(item.number, item);
      kick();
      return true;
    },
    /** Sends what earlier scripts (a closed or reloaded tab, another frame) left in the queue. */
    async flush(): Promise<void> {
      for (const [number, item] of await stored()) {
        if (pending.has(number)) continue;
        known.add(number);
        pending.set(number, item);
      }
      kick();
    },
    /** Resolves when nothing is being sent (for tests). */
    idle: (): Promise<void> => loop ?? Promise.resolve(),
    get size() {
      return pending.size;
    },
  };
}
