// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  BREAKER_AFTER,
  type Feature,
  runFeatures,
  SCAN_DELAY,
  SCAN_DELAY_UNDER_PRESSURE,
  SCAN_IDLE_TIMEOUT,
} from '../../../lib/platform/content-runtime';

/**
 * When the runtime scans: the MutationObserver only marks the page changed; one scan follows for
 * however many changes, in idle time (or after a short delay where there is no idle callback).
 */

const scans: string[] = [];
/** Counts scans, and the URL of the navigation each one belongs to. */
const counter: Feature = {
  id: 'context-banner',
  include: () => true,
  scan(env) {
    scans.push(env.url.hash);
  },
};

let ctx: ContentScriptContext;

async function started() {
  await fakeBrowser.storage.local.set({ settings: { version: 1 } });
  ctx = new ContentScriptContext('azure-portal');
  await runFeatures(ctx, { features: [counter] });
  // The first scan runs after the feature's setup (a microtask).
  await vi.advanceTimersByTimeAsync(0);
  expect(scans).toHaveLength(1);
  scans.length = 0;
}

/** One mutation batch: the page adds a node (delivered to observers at the microtask). */
async function mutate() {
  document.body.append(document.createElement('span'));
  await Promise.resolve();
}

/** An idle callback the test fires by hand, as a browser would in idle time or at the time-out. */
interface IdleRequest {
  callback: IdleRequestCallback;
  timeout: number | undefined;
  timer: ReturnType<typeof setTimeout>;
}
let idleRequests: IdleRequest[] = [];

function stubIdleCallbacks({ idleTimeComes }: { idleTimeComes: boolean }) {
  idleRequests = [];
  let next = 1;
  const byId = new Map<number, IdleRequest>();
  vi.stubGlobal(
    'requestIdleCallback',
    (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      const id = next++;
      const run = (didTimeout: boolean) => {
        byId.delete(id);
        callback({ didTimeout, timeRemaining: () => (didTimeout ? 0 : 10) });
      };
      // A page with idle time runs the callback after the frame; one that never has any, only at the
      // time-out the caller asked for (or never, if it asked for none).
      const timer = idleTimeComes
        ? setTimeout(() => run(false), 1)
        : setTimeout(() => run(true), options?.timeout ?? 1e9);
      const request = { callback, timeout: options?.timeout, timer };
      byId.set(id, request);
      idleRequests.push(request);
      return id;
    },
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    const request = byId.get(id);
    if (request) clearTimeout(request.timer);
    byId.delete(id);
  });
}

describe('the content runtime’s scans', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    fakeBrowser.reset();
    fakeBrowser.runtime.id = 'test-extension-id';
    scans.length = 0;
    history.replaceState(null, '', '#start');
  });
  afterEach(() => {
    ctx?.notifyInvalidated();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('runs one scan for a burst of mutations (no idle callback: after a short delay)', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await started();
    for (let i = 0; i < 20; i++) await mutate();
    expect(scans).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SCAN_DELAY);
    expect(scans).toHaveLength(1);
    // Nothing changed since: nothing more to scan.
    await vi.advanceTimersByTimeAsync(1000);
    expect(scans).toHaveLength(1);
  });

  it('runs one scan for a burst of mutations, in idle time', async () => {
    stubIdleCallbacks({ idleTimeComes: true });
    await started();
    for (let i = 0; i < 20; i++) await mutate();
    expect(idleRequests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(scans).toHaveLength(1);
    await mutate();
    await vi.advanceTimersByTimeAsync(1);
    expect(scans).toHaveLength(2);
  });

  it('still scans promptly when idle time never comes', async () => {
    stubIdleCallbacks({ idleTimeComes: false });
    await started();
    await mutate();
    expect(idleRequests[0]?.timeout).toBe(SCAN_IDLE_TIMEOUT);
    await vi.advanceTimersByTimeAsync(SCAN_IDLE_TIMEOUT - 1);
    expect(scans).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(scans).toHaveLength(1);
  });

  it('notices a navigation the page made with pushState at the next flush, not in the observer', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await started();
    history.pushState(null, '', '#elsewhere');
    await mutate();
    expect(scans).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SCAN_DELAY);
    // The features started again for the new URL, and scanned it (once its setup ran).
    expect(scans).toEqual(['#elsewhere']);
  });

  it('spaces scans out while the page keeps changing, and scans promptly again after a pause', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await started();
    // A page that changes every frame for two seconds.
    const frames = 2000 / 16;
    for (let i = 0; i < frames; i++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(16);
    }
    const churnScans = scans.length;
    // Every frame until the breaker trips, then one scan per spacing.
    const expected = BREAKER_AFTER / 16 + (2000 - BREAKER_AFTER) / SCAN_DELAY_UNDER_PRESSURE;
    expect(churnScans).toBeLessThanOrEqual(Math.ceil(expected) + 2);
    expect(churnScans).toBeGreaterThan(BREAKER_AFTER / 16 / 2);
    // A quiet moment, then one change: scanned at once, not after the breaker's spacing.
    await vi.advanceTimersByTimeAsync(1000);
    scans.length = 0;
    await mutate();
    await vi.advanceTimersByTimeAsync(SCAN_DELAY);
    expect(scans).toHaveLength(1);
  });

  it('scans promptly after a navigation, even in the middle of the page’s churn', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await started();
    for (let i = 0; i < 1000 / 16; i++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(16);
    }
    history.pushState(null, '', '#next');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(0);
    scans.length = 0;
    await mutate();
    await vi.advanceTimersByTimeAsync(SCAN_DELAY);
    expect(scans).toEqual(['#next']);
  });

  it('scans an announcement (a live region) at once, even while the breaker spaces scans out', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await started();
    const status = document.createElement('div');
    status.setAttribute('role', 'status');
    document.body.append(status);
    // The page churns long enough for the breaker to hold.
    for (let i = 0; i < 1000 / 16; i++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(16);
    }
    await mutate();
    scans.length = 0;
    // A confirmation replaces the last: each one is scanned before the next, however busy the page.
    for (let n = 1; n <= 5; n++) {
      status.textContent = `Request ${n} created`;
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(SCAN_DELAY);
      expect(scans.length, `confirmation ${n}`).toBe(n);
      await vi.advanceTimersByTimeAsync(40);
    }
  });
});
