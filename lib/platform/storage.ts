import { browser } from 'wxt/browser';
import type { TabContext } from '../messaging/messages/context';
import { keyString, num, record } from '../schema';
import { migrateSettings, SETTINGS_KEY, type Settings } from '../settings';

/**
 * Every extension-storage item PCX keeps, declared once: its key, its area, its fallback, how a
 * stored value is checked, and its watch. Nothing else calls `browser.storage` (a unit test,
 * test/unit/app/storage-boundary.test.ts, fails otherwise). What is read is never trusted: it may
 * come from an older version, or be damaged; `parse` turns it into the current shape or rejects it
 * (then the reader gets the fallback).
 *
 * The shape is WXT's `storage.defineItem` (`getValue`, `setValue`, `removeValue`, `watch`,
 * `fallback`, keys prefixed `local:` or `session:`), but this is our own small version: the content
 * scripts are already over their 15 KB gzip aim, and WXT's module (`wxt/utils/storage`,
 * @wxt-dev/storage 1.3), used for the settings alone, added 3174 to 3245 bytes gzip to each of the
 * four content scripts of the Chrome build (measured 2026-12-02) for versioned migrations,
 * metadata and bulk operations we do not use. This module, with every item moved onto it, adds
 * 363 to 452 bytes gzip to each. Keep it lean: no top-level side effects, so that a bundle drops
 * the declarations it does not use.
 *
 * Areas. `local:` is `storage.local`. `session:` is `storage.session` where the browser has it
 * (memory, gone with the session), else `storage.local` (older browsers): declared here once, so a
 * writer and its reader always use the same area. The area is resolved on every call, never
 * cached. A pure service (the history service) injects its own area: `area: () => injected`.
 *
 * Adding an item is one declaration below:
 *
 *   export const fooItem = defineItem<Foo>('local:foo', { fallback: DEFAULT_FOO, parse: toFoo });
 *
 * `parse` receives whatever is stored (never `undefined`: nothing stored is the fallback) and
 * returns the value, or `undefined` to refuse it. A family of keys sharing a prefix (one entry per
 * id) is `defineFamily('local:prefix:', { parse })`. Mark each declaration `/* @__PURE__ *\/` so
 * that a bundle that does not use it drops it (content scripts load this module too), and import
 * only leaves here (lib/schema, lib/settings): a module with top-level definitions (the message
 * catalogs) would be carried by every content script. An item of a pure service whose area is
 * injected is declared here like the others and bound where the area is given:
 * `fooItem.withArea(() => deps.storage)` (or `defineItem(key, { …, area: () => injected })`).
 */

/** The subset of a `storage.local`-like area the items use (fakes in tests, injected areas). */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** The keys stored (Chrome 130+, Firefox 143+), when the browser has it. */
  getKeys?(): Promise<string[]>;
  /** Change events of this area alone (real areas have it); needed by `watch` on injected areas. */
  onChanged?: {
    addListener(listener: (changes: Record<string, StorageChange>) => void): void;
    removeListener(listener: (changes: Record<string, StorageChange>) => void): void;
  };
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type AreaName = 'local' | 'session';

export interface StorageItem<T> {
  /** The key in its area, without the `local:`/`session:` prefix. */
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /**
   * Calls `listener` with the new and old values (parsed, or the fallback) whenever the stored
   * value changes in any surface. Returns the function that stops listening; it never throws
   * (once the extension is gone, its listeners went with it).
   */
  watch(listener: (value: T, old: T) => void): () => void;
  /** The same declaration over another area (a pure service's injected area, a test's fake). */
  withArea(area: () => KeyValueArea): StorageItem<T>;
}

export interface ItemOptions<T> {
  /** What a reader gets when nothing is stored, or what is stored is refused. A function is
   * called on each read (a default that depends on the machine, e.g. its time zone). */
  fallback: T | (() => T);
  /** The stored value in the current shape, or `undefined` to refuse it. Default: trusts it. */
  parse?: (stored: unknown) => T | undefined;
  /** An injected area instead of the browser's (a pure service, tests). */
  area?: () => KeyValueArea;
}

type Resolved = { area: KeyValueArea; name: AreaName; injected: boolean };

function splitKey(key: string): { name: AreaName; key: string } {
  const m = /^(local|session):(.+)$/.exec(key);
  if (!m) throw new Error(`storage key must start with local: or session: (${key})`);
  return { name: m[1] as AreaName, key: m[2]! };
}

/** `session` is `storage.session` where the browser has it, else `storage.local`. */
function browserArea(name: AreaName): { area: KeyValueArea; name: AreaName } {
  const session = name === 'session' ? browser.storage.session : undefined;
  return session
    ? { area: session as KeyValueArea, name: 'session' }
    : { area: browser.storage.local as KeyValueArea, name: 'local' };
}

/** The browser's `storage.local`, for a pure service that is handed its area (the history). */
export function localArea(): KeyValueArea {
  return browserArea('local').area;
}

function resolver(name: AreaName, injected?: () => KeyValueArea): () => Resolved {
  return injected
    ? () => ({ area: injected(), name, injected: true })
    : () => ({ ...browserArea(name), injected: false });
}

/** Listens to the changes of one area; returns the stop function (which never throws). */
function onAreaChanged(
  where: () => Resolved,
  listener: (changes: Record<string, StorageChange>) => void,
): () => void {
  const { area, name, injected } = where();
  if (injected) {
    const events = area.onChanged;
    if (!events) throw new Error('this storage area sends no change events');
    events.addListener(listener);
    return () => {
      try {
        events.removeListener(listener);
      } catch {
        // The extension is gone: its listener went with it.
      }
    };
  }
  const onChanged = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName === name) listener(changes);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension is gone (updated while the page is open): its listener went with it.
    }
  };
}

function reader<T>(options: ItemOptions<T>) {
  const fallback = (): T =>
    typeof options.fallback === 'function' ? (options.fallback as () => T)() : options.fallback;
  const parse = options.parse ?? ((stored: unknown) => stored as T);
  return {
    fallback,
    read: (stored: unknown): T => {
      if (stored === undefined) return fallback();
      try {
        return parse(stored) ?? fallback();
      } catch {
        return fallback();
      }
    },
  };
}

export function defineItem<T>(key: string, options: ItemOptions<T>): StorageItem<T> {
  const { name, key: bare } = splitKey(key);
  const where = resolver(name, options.area);
  const { fallback, read } = reader(options);
  return {
    key: bare,
    get fallback() {
      return fallback();
    },
    getValue: async () => read((await where().area.get(bare))[bare]),
    setValue: async (value) => {
      await where().area.set({ [bare]: value });
    },
    removeValue: async () => {
      await where().area.remove(bare);
    },
    watch: (listener) =>
      onAreaChanged(where, (changes) => {
        const change = changes[bare];
        if (!change) return;
        listener(read(change.newValue), read(change.oldValue));
      }),
    withArea: (area) => defineItem(key, { ...options, area }),
  };
}

/** Keys sharing a prefix, one entry per id (`captureQueue:<number>`). */
export interface ItemFamily<T> {
  /** The keys' prefix in their area, e.g. `captureQueue:`. */
  readonly prefix: string;
  /** The entry of `id`; its fallback is null. */
  item(id: string): StorageItem<T | null>;
  /**
   * Every entry that parses, as `[id, value]`. Reads only this family's keys where the browser
   * lists keys (`getKeys`), else the whole area once.
   */
  getAll(): Promise<[string, T][]>;
  setValue(id: string, value: T): Promise<void>;
  removeValue(id: string): Promise<void>;
  /** The same declaration over another area (a test's fake). */
  withArea(area: () => KeyValueArea): ItemFamily<T>;
}

export function defineFamily<T>(
  prefix: string,
  options: Omit<ItemOptions<T>, 'fallback'>,
): ItemFamily<T> {
  const { name, key: bare } = splitKey(prefix);
  const where = resolver(name, options.area);
  const item = (id: string) =>
    defineItem<T | null>(`${name}:${bare}${id}`, { ...options, fallback: null });
  return {
    prefix: bare,
    item,
    async getAll() {
      const { area } = where();
      const own = area.getKeys ? (await area.getKeys()).filter((k) => k.startsWith(bare)) : null;
      if (own?.length === 0) return [];
      const all = await area.get(own);
      const { read } = reader<T | null>({ ...options, fallback: null });
      const out: [string, T][] = [];
      for (const [key, stored] of Object.entries(all)) {
        if (!key.startsWith(bare)) continue;
        const value = read(stored);
        if (value !== null) out.push([key.slice(bare.length), value]);
      }
      return out;
    },
    setValue: (id, value) => item(id).setValue(value),
    removeValue: (id) => item(id).removeValue(),
    withArea: (area) => defineFamily(prefix, { ...options, area }),
  };
}

// ---------------------------------------------------------------------------------------------
// The items.

/** The machine's IANA zone: only used to seed the default settings on first run. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The user's settings (lib/settings.ts: why `storage.local`, and `migrateSettings`, which turns
 * anything ever stored, or garbage, into the current shape).
 */
export const settingsItem = /* @__PURE__ */ defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: () => migrateSettings(undefined, machineTimeZone),
  parse: (stored) => migrateSettings(stored, machineTimeZone),
});

/**
 * What the partner's IT set by policy (`storage.managed`, lib/managed.ts): read only. A browser
 * without a policy answers `{}` (Chrome) or refuses (Firefox without a policy, or an engine without
 * the area): both mean "no policy".
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage.managed as KeyValueArea | undefined;
    return (await area?.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Calls `listener` when IT changes the policy while a surface is open; returns the stop. */
export function watchManagedPolicy(listener: () => void): () => void {
  const onChanged = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') listener();
  };
  try {
    browser.storage.onChanged.addListener(onChanged);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension is gone: its listener went with it.
    }
  };
}

export type MissCounters = Record<string, number>;

/** A null-prototype copy: `counters.constructor` is then undefined, not `Object`. */
function bare(entries: Iterable<[string, number]> = []): MissCounters {
  const out = Object.create(null) as MissCounters;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/**
 * What a stored counter may be: the schema of the `miss:get` reply (lib/messaging/messages/core.ts,
 * a unit test checks that both agree), built here on each read rather than imported, so that a
 * content script, which loads this module, does not carry the message definitions.
 */
export const missCountersShape = () => record(keyString({ max: 40 }), num({ int: true, min: 0 }));

/**
 * Helpers that could not find their anchor: ids and counts only (lib/platform/miss-counters.ts).
 * Read as a null-prototype object; counters damaged by an older version (or by hand) are dropped
 * as a whole, not half-trusted.
 */
export const missCountersItem = /* @__PURE__ */ defineItem<MissCounters>('local:missCounters', {
  fallback: () => bare(),
  parse: (stored) => {
    const parsed = missCountersShape().parse(stored, 'missCounters');
    return parsed.ok ? bare(Object.entries(parsed.value)) : undefined;
  },
});

export type TabContexts = Record<string, TabContext>;

const SERVICES = new Set(['azure', 'office-365', 'dynamics-crm-online', 'ems']);
const orNull = (v: unknown) => (typeof v === 'string' ? v : null);

function tabContextOf(value: unknown): TabContext | null {
  const v = value as Partial<Record<keyof TabContext, unknown>> | null;
  if (!v || typeof v !== 'object' || typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at)))
    return null;
  return {
    tenantId: orNull(v.tenantId),
    // Entries written before domains were kept have no `domain`.
    domain: orNull(v.domain),
    service: SERVICES.has(v.service as string) ? (v.service as TabContext['service']) : null,
    at: v.at,
  };
}

/**
 * The customer context each tab last showed, by tab id (lib/platform/tab-context.ts). In session
 * storage: gone when the browser closes. A damaged entry is dropped, the others kept.
 */
export const tabContextsItem = /* @__PURE__ */ defineItem<TabContexts>('session:tabContexts', {
  fallback: () => ({}),
  parse: (stored) => {
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
    const out: TabContexts = {};
    for (const [tab, value] of Object.entries(stored)) {
      const context = /^\d+$/.test(tab) ? tabContextOf(value) : null;
      if (context) out[tab] = context;
    }
    return out;
  },
});

export type PopupFocus = { kind: 'ticket' | 'pack'; id: string };

const FOCUS_ID = /^[A-Za-z0-9:._@-]{1,64}$/;

export function isPopupFocus(value: unknown): value is PopupFocus {
  const v = value as Partial<PopupFocus> | null | undefined;
  return (
    (v?.kind === 'ticket' || v?.kind === 'pack') && typeof v.id === 'string' && FOCUS_ID.test(v.id)
  );
}

/** What the popup should bring into view after a notification click (lib/platform/popup-focus.ts). */
export const popupFocusItem = /* @__PURE__ */ defineItem<PopupFocus | null>('session:popupFocus', {
  fallback: null,
  parse: (stored) => (isPopupFocus(stored) ? { kind: stored.kind, id: stored.id } : undefined),
});

/**
 * A capture waiting for the background (lib/platform/capture-queue.ts). The queue only vouches for
 * the number; the background checks the whole capture against the `tickets:capture` schema.
 */
export type QueuedCapture = { number: string } & Record<string, unknown>;

/** One `captureQueue:<number>` key per request number, so that tabs never overwrite each other. */
export const captureQueueItems = /* @__PURE__ */ defineFamily<QueuedCapture>(
  'local:captureQueue:',
  {
    parse: (stored) =>
      typeof (stored as { number?: unknown } | null)?.number === 'string'
        ? (stored as QueuedCapture)
        : undefined,
  },
);

/**
 * The first-run setup: whether the agent finished (or skipped) it. Absent on a new install, so
 * the popup offers "Finish setup" until then.
 */
export const setupItem = /* @__PURE__ */ defineItem<{ done: boolean }>('local:setup', {
  fallback: () => ({ done: false }),
  parse: (stored) =>
    typeof (stored as { done?: unknown } | null)?.done === 'boolean'
      ? (stored as { done: boolean })
      : undefined,
});

export type TicketDensity = 'comfortable' | 'compact';

/**
 * How the popup and side panel show ticket rows: whole cards, or one line each (severity, title,
 * countdown) that opens on click. The agent's choice, kept across sessions and shared by both.
 */
export const ticketDensityItem = /* @__PURE__ */ defineItem<TicketDensity>('local:ticketDensity', {
  fallback: 'comfortable',
  parse: (stored) => (stored === 'compact' || stored === 'comfortable' ? stored : undefined),
});

/** An unsaved dialog draft: its fields and when they were last changed. */
export interface KeptDraft {
  at: number;
  value: Record<string, unknown>;
}

/**
 * One `draft:<dialog>:<record id or new>` key per dialog draft, in session storage: it outlives the
 * popup closing (a click on the portal, Esc) and goes with the browser session. Session storage
 * is not readable by content scripts (Chrome's default access level).
 */
export const draftItems = /* @__PURE__ */ defineFamily<KeptDraft>('session:draft:', {
  parse: (stored) => {
    const d = stored as Partial<KeptDraft> | null;
    return typeof d?.at === 'number' &&
      d.value !== null &&
      typeof d.value === 'object' &&
      !Array.isArray(d.value)
      ? (d as KeptDraft)
      : undefined;
  },
});

/**
 * The helpers' strings of one language, as the background publishes them for the content scripts
 * (lib/platform/content-strings.ts), stamped with the extension's version. A reader checks the
 * version; parsing only vouches that it is a version and a non-empty object of strings.
 */
export interface PublishedStrings {
  version: string;
  strings: Record<string, string>;
}

export function parsePublishedStrings(stored: unknown): PublishedStrings | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const v = stored as Partial<PublishedStrings>;
  if (typeof v.version !== 'string' || !v.strings || typeof v.strings !== 'object')
    return undefined;
  const entries = Object.entries(v.strings);
  if (entries.length === 0 || entries.some(([, s]) => typeof s !== 'string')) return undefined;
  return { version: v.version, strings: Object.fromEntries(entries) as Record<string, string> };
}

/** One `contentStrings:<language>` key per language: a tab reads only the language it speaks. */
export const contentStringsItems = /* @__PURE__ */ defineFamily<PublishedStrings>(
  'local:contentStrings:',
  { parse: parsePublishedStrings },
);
