import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ContentTranslate, createContentTranslator } from '../i18n/content';
import { type Language, localeOf, resolveLanguage } from '../i18n/translate';
import type { HelperId, Settings } from '../settings';
import { request } from './messages';
import { browserUiLanguage, loadSettings, watchSettings } from './settings-store';

/**
 * The life of helpers inside a portal page, after refined-github's feature model and Bitwarden's
 * observer hygiene:
 * - one feature per helper, each started per navigation with its own AbortSignal and stopped on
 *   the next navigation, on a settings change (then restarted) and on context invalidation;
 * - ONE MutationObserver per frame (childList + subtree, plus a short attribute filter) whose
 *   callback does nothing but mark the page changed: the URL check and the features' `scan` run
 *   later, once for all the batches since, in the page's idle time (`requestIdleCallback`, after
 *   the frame is drawn, when reading the page's layout costs nothing extra) with a short time-out
 *   so that a helper still appears promptly on a page that is never idle;
 * - a circuit breaker: when the page keeps changing for more than a moment, scans are spaced
 *   out instead of running after every frame;
 * - a feature's exception is caught, counted and never reaches the page or the other features;
 * - a feature that has not found its anchor some seconds after a navigation counts a miss
 *   (ids and counts only, through the background).
 */

export interface FeatureEnv {
  readonly url: URL;
  readonly document: Document;
  readonly signal: AbortSignal;
  readonly settings: Settings;
  readonly t: ContentTranslate;
  /** The UI language, and the locale used for dates in it. */
  readonly language: Language;
  readonly locale: string;
  readonly ctx: ContentScriptContext;
  /** The feature found its anchor on this navigation (cancels the miss timer). */
  found(): void;
  /**
   * The anchor should be on the page now (e.g. the wizard tab that holds the field is shown):
   * starts the miss clock if it is not running. For features whose anchor is legitimately absent
   * part of the time, instead of a clock that starts with the navigation.
   */
  expect(): void;
  /** Counts an anomaly under this feature's id, e.g. a control it could not read. */
  miss(suffix?: string): void;
}

export interface Feature {
  /** Helper id; also the key of its toggle in options and of its miss counter. */
  id: HelperId;
  /** Does the feature apply to this URL? Pure and cheap: called on every navigation. */
  include(url: URL, document: Document): boolean;
  /** Called once per navigation, before the first scan. */
  setup?(env: FeatureEnv): void | Promise<void>;
  /** Called at start and after DOM changes; must be idempotent and cheap. */
  scan(env: FeatureEnv): void;
  /**
   * Seconds after a navigation (or after `env.expect()`) after which a missing anchor counts as
   * a miss; `null` when only `env.expect()` starts the clock, for features that may
   * legitimately find nothing for a while (a field on another wizard tab, a confirmation).
   */
  missAfterSeconds?: number | null;
}

interface Running {
  feature: Feature;
  env: FeatureEnv;
  controller: AbortController;
  isFound: boolean;
}

/** Grace after `env.expect()` before a still-missing anchor counts as a miss (late sections). */
const EXPECTED_MISS_SECONDS = 5;
const ATTRIBUTE_FILTER = ['aria-selected', 'aria-checked', 'aria-expanded', 'hidden', 'value'];
/**
 * Longest wait for idle time after a DOM change before the scan runs anyway, in ms; and the delay
 * where the browser has no `requestIdleCallback`.
 */
export const SCAN_IDLE_TIMEOUT = 32;
export const SCAN_DELAY = 16;
const LIVE_REGION = '[role="status"],[role="alert"],[aria-live]:not([aria-live="off"])';

/** Does a change land inside a live region (what the page announces: a confirmation, an alert)? */
function isAnnouncement(record: MutationRecord): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(LIVE_REGION) != null;
}

/** Spacing of scans while the breaker is tripped, in ms. */
export const SCAN_DELAY_UNDER_PRESSURE = 250;
/**
 * The breaker trips when the page has kept changing for this long (each scan asked for within
 * `BREAKER_GAP` of the previous one), and stays tripped until a quiet gap; a navigation resets it.
 */
export const BREAKER_AFTER = 500;
const BREAKER_GAP = 100;

type Cancel = () => void;

/**
 * Runs `fn` in the page's idle time, at the latest after `timeout` ms; after `SCAN_DELAY` where
 * there is no `requestIdleCallback`.
 */
function whenIdle(fn: () => void, timeout: number): Cancel {
  // Called on `globalThis` itself: a detached reference throws "Illegal invocation" in Chrome.
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback(() => fn(), { timeout });
    return () => globalThis.cancelIdleCallback?.(id);
  }
  const id = setTimeout(fn, SCAN_DELAY);
  return () => clearTimeout(id);
}

/** What the stale-tab notice needs: the page and the language the helpers spoke. */
export interface StaleEnv {
  readonly document: Document;
  readonly language: Language;
}

export interface RuntimeOptions {
  features: Feature[];
  /** Override for tests: where to read the current URL. */
  location?: () => string;
  /**
   * Called once, after the helpers are gone, when the extension's context went away (PCX updated,
   * reloaded or removed) while this page ran features: the entrypoint shows a notice there,
   * because Chrome does not inject the new version into open tabs. Not called when a newer
   * instance of the same script took over (the extension is still there).
   */
  onStale?: (env: StaleEnv) => void;
}

/** True once the extension this script belongs to is gone (its runtime has no id any more). */
function extensionContextGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

export async function runFeatures(ctx: ContentScriptContext, options: RuntimeOptions) {
  const { features } = options;
  const currentUrl = options.location ?? (() => window.location.href);
  let settings: Settings;
  try {
    settings = await loadSettings();
  } catch {
    return; // Context already invalidated: nothing to do, nothing to throw.
  }
  if (ctx.isInvalid) return;

  let running: Running[] = [];
  let navigation = new AbortController();
  let lastUrl = '';
  /** The pending flush (URL check, then scan), if one is scheduled. */
  let pendingFlush: Cancel | undefined;
  /** When the current run of back-to-back scans began, and when the last one ended. */
  let churnSince = 0;
  let lastScanEnd = Number.NEGATIVE_INFINITY;
  const pendingMisses = new Map<string, number>();
  let missFlush: ReturnType<typeof setTimeout> | undefined;

  const countMiss = (key: string) => {
    pendingMisses.set(key, (pendingMisses.get(key) ?? 0) + 1);
    if (missFlush !== undefined) return;
    missFlush = setTimeout(() => {
      missFlush = undefined;
      for (const [helper, count] of pendingMisses) void request('misses:record', { helper, count });
      pendingMisses.clear();
    }, 500);
  };

  const safely = (feature: Feature, run: () => void | Promise<void>) => {
    try {
      const result = run();
      if (result instanceof Promise) result.catch(() => countMiss(`${feature.id}-error`));
    } catch {
      countMiss(`${feature.id}-error`);
    }
  };

  const cancelFlush = () => {
    pendingFlush?.();
    pendingFlush = undefined;
  };

  /**
   * Everything a DOM change (or a user's input) leads to, once for all the changes since the last
   * flush. Reading `isInvalid` is what notices a dead extension context (WXT checks the runtime
   * id): a stale script must neither scan nor start features again on a navigation it sees in the
   * DOM. Read here, once per flush, never per mutation batch.
   */
  const flush = () => {
    pendingFlush = undefined;
    if (ctx.isInvalid) return;
    // SPAs that use pushState from the page's own world cannot be hooked from here: a DOM change
    // is the first sign of a navigation, so the URL is checked before the scan.
    if (currentUrl() !== lastUrl) {
      start();
      return;
    }
    for (const r of running)
      if (!r.controller.signal.aborted) safely(r.feature, () => r.feature.scan(r.env));
    lastScanEnd = performance.now();
  };

  /** True while the pending flush is one the breaker put off. */
  let flushDelayed = false;

  /**
   * Marks the page changed: one flush is scheduled for however many changes come before it.
   * `announced()`: is the change inside a live region (a confirmation, an alert)? What a page
   * announces may not stay for long: it is scanned in the next idle time even while the breaker
   * holds. Asked only while the breaker holds, so a calm page's changes cost no look at all.
   */
  const scheduleScan = (announced: () => boolean = () => false) => {
    if (pendingFlush !== undefined && !flushDelayed) return;
    const now = performance.now();
    // Would this change wait for the breaker (or is a put-off flush already waiting)?
    const holding =
      pendingFlush !== undefined ||
      (now - lastScanEnd <= BREAKER_GAP && now - churnSince >= BREAKER_AFTER);
    const urgent = holding && announced();
    if (pendingFlush !== undefined && !urgent) return;
    cancelFlush();
    if (now - lastScanEnd > BREAKER_GAP) churnSince = now;
    if (urgent || now - churnSince < BREAKER_AFTER) {
      flushDelayed = false;
      pendingFlush = whenIdle(flush, SCAN_IDLE_TIMEOUT);
      return;
    }
    // The page has not stopped changing: one scan in a while, still in idle time.
    let cancelIdle: Cancel | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(flush, SCAN_IDLE_TIMEOUT);
    }, SCAN_DELAY_UNDER_PRESSURE);
    flushDelayed = true;
    pendingFlush = () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  };

  const language = () => resolveLanguage(settings.uiLanguage, browserUiLanguage());
  /** The language of the last navigation: the notice must not ask a dead extension for it. */
  let lastLanguage: Language = language();

  const start = () => {
    navigation.abort();
    navigation = new AbortController();
    cancelFlush();
    // A new page: its helpers must appear promptly, whatever the previous one did.
    lastScanEnd = Number.NEGATIVE_INFINITY;
    const href = currentUrl();
    lastUrl = href;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      running = [];
      return;
    }
    const lang = language();
    lastLanguage = lang;
    const t = createContentTranslator(lang);
    running = [];
    for (const feature of features) {
      if (!settings.helpers[feature.id]) continue;
      let included = false;
      safely(feature, () => {
        included = feature.include(url, document);
      });
      if (!included) continue;
      const controller = new AbortController();
      navigation.signal.addEventListener('abort', () => controller.abort(), { once: true });
      const entry: Running = {
        feature,
        controller,
        isFound: false,
        env: {
          url,
          document,
          signal: controller.signal,
          settings,
          t,
          language: lang,
          locale: localeOf(lang),
          ctx,
          found: () => {
            entry.isFound = true;
          },
          expect: () => startMissClock(),
          miss: (suffix) => countMiss(suffix ? `${feature.id}-${suffix}` : feature.id),
        },
      };
      running.push(entry);
      // One miss clock per feature and navigation, started by the navigation itself or, for
      // features that opt out, by the feature saying its anchor is due (`env.expect()`).
      let clockStarted = false;
      const startMissClock = (seconds = feature.missAfterSeconds ?? EXPECTED_MISS_SECONDS) => {
        if (clockStarted || entry.isFound || controller.signal.aborted) return;
        clockStarted = true;
        const timer = ctx.setTimeout(() => {
          if (!controller.signal.aborted && !entry.isFound) countMiss(feature.id);
        }, seconds * 1000);
        controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      };
      if (feature.missAfterSeconds !== null) startMissClock(feature.missAfterSeconds ?? 8);
      safely(feature, async () => {
        await feature.setup?.(entry.env);
        if (!controller.signal.aborted) feature.scan(entry.env);
      });
    }
  };

  const onLocationMaybeChanged = () => {
    if (ctx.isInvalid) return;
    if (currentUrl() !== lastUrl) start();
  };

  // Nothing but a mark: the page's own work must not wait for ours (see `flush`).
  const observer = new MutationObserver((records) =>
    scheduleScan(() => records.some(isAnnouncement)),
  );
  observer.observe(document, {
    childList: true,
    subtree: true,
    // React rewrites a lone text child in place (Fluent v8's Dropdown title after a choice): only
    // a characterData record says the portal's own control changed its value.
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTE_FILTER,
  });

  ctx.addEventListener(window, 'hashchange', onLocationMaybeChanged);
  ctx.addEventListener(window, 'popstate', onLocationMaybeChanged);
  ctx.addEventListener(window, 'wxt:locationchange', onLocationMaybeChanged);
  // Form controls change without DOM mutations (typing, native selects): rescan on user input.
  ctx.addEventListener(document, 'input', () => scheduleScan(), { capture: true, passive: true });
  ctx.addEventListener(document, 'change', () => scheduleScan(), { capture: true, passive: true });
  // An update while the tab sits in the background: notice it when the agent comes back.
  const checkContext = () => void ctx.isInvalid;
  ctx.addEventListener(document, 'visibilitychange', checkContext);
  ctx.addEventListener(window, 'focus', checkContext);

  const stopWatching = watchSettings((next) => {
    if (ctx.isInvalid) return;
    settings = next;
    start();
  });

  // Each step on its own: once the extension is gone, its APIs throw (`browser.storage` among
  // them), and one throwing step must neither stop the others nor reach the page. The helpers
  // go first, so that no stale verdict stays on screen whatever happens next.
  const quietly = (step: () => void) => {
    try {
      step();
    } catch {
      // Nothing to report to: the extension is gone, and the page must not see our errors.
    }
  };
  ctx.onInvalidated(() => {
    // A ReactView frame shows the notice only if it showed helpers; the top document always.
    const concerned =
      running.length > 0 &&
      (window.top === window || document.querySelector('[data-pcx]') !== null);
    quietly(() => navigation.abort());
    quietly(() => {
      running = [];
    });
    quietly(() => observer.disconnect());
    quietly(() => {
      cancelFlush();
      if (missFlush !== undefined) clearTimeout(missFlush);
    });
    quietly(stopWatching);
    quietly(() => {
      if (!concerned || !options.onStale || !extensionContextGone()) return;
      options.onStale({ document, language: lastLanguage });
    });
  });

  start();
}
