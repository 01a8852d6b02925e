import { RequestError } from '../errors';
import {
  defaultSeparator,
  exportIcs,
  exportJson,
  exportPacksCsv,
  exportTicketsCsv,
  type IcsLabels,
  keepSecrets,
  MAX_IMPORT_BYTES,
  megabytes,
  parseBackup,
  planImport,
  type SettingsOutcome,
  utf8Length,
} from '../history/backup';
import {
  createHistoryRepo,
  type HistoryRepo,
  type Snapshot,
  type WriteMeta,
} from '../history/repo';
import {
  deleteHistoryDb,
  type HistoryDatabase,
  openHistoryDb,
  SCHEMA_VERSION,
} from '../history/schema';
import type { HistoryState, HistoryStatus, Surface } from '../history/types';
import { createTranslator, type Language } from '../i18n';
import {
  MESSAGES,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type WriteType,
} from '../messaging/protocol';
import type { Handler, HandlerContext, Handlers } from '../messaging/router';
import { defineItem, type KeyValueArea as StorageArea } from '../platform/storage';
import { isPlainObject } from '../schema';
import { migrateSettings, SETTINGS_KEY, type Settings } from '../settings';
import { findReads } from './find-reads';
import { RECORDS_MUTATIONS } from './records-mutations';
import { reportReads } from './report-reads';
import { STATUS_MUTATIONS } from './status-mutations';
import { createTransfers } from './transfer';

/**
 * The background's history service: owns the one database connection, turns storage failures
 * into a visible state (`history:status`), and keeps every write the database refused in a
 * bounded pending queue (extension storage) for `history:retry` or export — nothing is lost.
 * Pure of `browser`: the background passes the IndexedDB factory, a key-value storage area
 * (`storage.local`), the clock and its settings readers.
 */

export const PENDING_KEY = 'pendingWrites';
export const MAX_PENDING = 1000;
const EMPTY: Snapshot = { customers: [], tickets: [], packs: [], events: [] };

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** Real areas have it; the service never removes its item, it empties it. */
  remove?(keys: string | string[]): Promise<void>;
}

/**
 * The writes kept aside, declared like every extension-storage item (lib/platform/storage.ts);
 * each service binds it to the area it was given, so the service never reaches for `browser`.
 * What is read is checked: entries that are not objects are dropped, and each write is checked
 * against its message's schema when it is replayed.
 */
const pendingWritesItem = /* @__PURE__ */ defineItem<PendingWrite[]>(`local:${PENDING_KEY}`, {
  fallback: () => [],
  parse: (stored) =>
    Array.isArray(stored)
      ? (stored.filter((w) => isPlainObject(w)) as unknown as PendingWrite[])
      : undefined,
});

/** The injected area in the shape storage items read and write. */
function itemArea(storage: KeyValueArea): StorageArea {
  return {
    get: (keys) => storage.get(keys as string),
    set: (items) => storage.set(items),
    remove: (keys) =>
      storage.remove
        ? storage.remove(keys)
        : Promise.reject(new Error('this storage area cannot remove keys')),
  };
}

export interface HistoryServiceDeps {
  factory: () => IDBFactory | undefined;
  storage: KeyValueArea;
  now?: () => Date;
  newId?: () => string;
  /** The zone of "today" for pack expiry (the user's schedule zone). */
  timeZone?: () => string | undefined;
  /** Whether a customer is the partner's own tenant (from the settings profile). */
  isOwnTenant?: (tenantId: string | null, domains: string[]) => Promise<boolean> | boolean;
  /** What to do with Microsoft's reply read on a portal (the `portalReplies` setting). */
  portalReplies?: () => Promise<'propose' | 'apply'> | 'propose' | 'apply';
  /** Labels of calendar events, in the user's language. */
  icsLabels?: () => Promise<IcsLabels> | IcsLabels;
  /** Called after every successful change (reminders reconcile). */
  onChange?: () => void;
  /** How long an upgrade may wait for an old connection before the state turns 'blocked'. */
  blockedTimeoutMs?: number;
  /** Tests only: a smaller backup cap than `MAX_IMPORT_BYTES`, for export and import alike. */
  maxBackupBytes?: number;
  /** Tests only: another table of mutations than `MUTATIONS`. */
  mutations?: Partial<MutationTable>;
  /** Tests only: open at another version (see schema.ts). */
  version?: number;
  name?: string;
}

export interface PendingWrite {
  type: WriteType;
  payload: unknown;
  meta: PendingMeta;
  failedAt: string;
  reason: string;
}
/** Who asked and when, plus what a write remembers from the moment it was asked. */
export type PendingMeta = WriteMeta & { ownTenant?: boolean; portalReplies?: 'propose' | 'apply' };

/** One mutation of the history: how the repository performs it, live or replayed. */
export interface Mutation<K extends WriteType> {
  /** Performs the change with the meta it was first given (a replay creates the same record). */
  run: (repo: HistoryRepo, payload: RequestOf<K>, meta: PendingMeta) => Promise<ResponseOf<K>>;
  /** What the write must remember from when it was asked: a replay does not ask again. */
  remember?: (payload: RequestOf<K>, deps: HistoryServiceDeps) => Promise<Partial<PendingMeta>>;
}
export type MutationTable = { [K in WriteType]: Mutation<K> };

/**
 * The history's mutations: one row per message that writes (`writes: true` in the protocol, which
 * holds its input schema; the compiler wants exactly one row for each). The live handlers, the
 * pending writes and their replay all derive from this table.
 */
export const MUTATIONS: MutationTable = {
  'customers:seen': {
    run: (repo, payload, meta) => repo.customersSeen(payload, meta),
    // Whether it is the partner's own tenant, as the profile said when the page showed it.
    remember: async (payload, deps) => ({
      ownTenant: (await deps.isOwnTenant?.(payload.tenantId, payload.domains)) ?? false,
    }),
  },
  'tickets:capture': { run: (repo, payload, meta) => repo.ticketsCapture(payload, meta) },
  'tickets:add': { run: (repo, payload, meta) => repo.ticketsAdd(payload, meta) },
  'tickets:update': { run: (repo, payload, meta) => repo.ticketsUpdate(payload, meta) },
  'tickets:set-status': { run: (repo, payload, meta) => repo.ticketsSetStatus(payload, meta) },
  'tickets:delete': { run: (repo, payload, meta) => repo.ticketsDelete(payload.id, meta) },
  'tickets:link-pack': { run: (repo, payload, meta) => repo.ticketsLinkPack(payload, meta) },
  'tickets:unlink-pack': { run: (repo, payload, meta) => repo.ticketsUnlinkPack(payload, meta) },
  'packs:add': { run: (repo, payload, meta) => repo.packsAdd(payload, meta) },
  'packs:update': { run: (repo, payload, meta) => repo.packsUpdate(payload, meta) },
  'packs:delete': { run: (repo, payload, meta) => repo.packsDelete(payload.id, meta) },
  'packs:sync-add': { run: (repo, payload, meta) => repo.packsSyncAdd(payload, meta) },
  'packs:sync-update': { run: (repo, payload, meta) => repo.packsSyncUpdate(payload, meta) },
  ...STATUS_MUTATIONS,
  ...RECORDS_MUTATIONS,
};

/** The state a storage error puts the history in, or null when it is not a storage error. */
function stateOfError(error: unknown, opening: boolean): HistoryState | null {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'storage-full';
  // The repositories check every constraint before writing: a write the database still refuses
  // as inconsistent means damaged stores (e.g. an event log numbered to its end), not a bad request.
  if ((name === 'ConstraintError' || name === 'DataError') && !opening) return 'damaged';
  if (name === 'InvalidStateError' && opening) return 'private';
  if (name === 'UnknownError' || name === 'InvalidStateError' || name === 'AbortError') {
    return 'unavailable';
  }
  if (opening) return 'unavailable';
  return null;
}

export function createHistoryService(deps: HistoryServiceDeps) {
  const table: Partial<MutationTable> = deps.mutations ?? MUTATIONS;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let db: HistoryDatabase | null = null;
  let repo: HistoryRepo | null = null;
  let opening: Promise<HistoryRepo> | null = null;
  let state: HistoryState = 'ok';
  let detail: string | null = null;
  let pendingChain: Promise<unknown> = Promise.resolve();

  const setState = (next: HistoryState, why: string | null) => {
    state = next;
    detail = why;
  };

  const forget = () => {
    db = null;
    repo = null;
  };

  /** The repository on an open connection; opens (and upgrades) on first use. */
  function connect(): Promise<HistoryRepo> {
    if (repo) return Promise.resolve(repo);
    if (opening) return opening;
    const attempt = new Promise<HistoryRepo>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const factory = deps.factory();
      const open = factory
        ? openHistoryDb
        : () => Promise.reject(new DOMException('IndexedDB is not available', 'UnknownError'));
      open({
        factory,
        name: deps.name,
        version: deps.version,
        // Only the background opens the database, so an old connection can only be a previous
        // worker's that the browser has not closed yet: wait a little, then say so.
        blocked: () => {
          timer ??= setTimeout(() => {
            setState('blocked', 'an older connection keeps the database open');
            reject(new RequestError('history-blocked'));
          }, deps.blockedTimeoutMs ?? 5000);
        },
        // A newer version wants to upgrade: close at once so it is never blocked by us.
        blocking: () => {
          db?.close();
          forget();
        },
        terminated: () => {
          forget();
          setState('unavailable', 'the browser closed the database');
        },
      }).then(
        (opened) => {
          clearTimeout(timer);
          db = opened;
          repo = createHistoryRepo({ db: opened, now, newId, timeZone: deps.timeZone });
          if (state === 'blocked' || state === 'unavailable' || state === 'private') {
            setState('ok', null);
          }
          resolve(repo);
        },
        (error: unknown) => {
          clearTimeout(timer);
          const next = stateOfError(error, true) ?? 'unavailable';
          setState(
            next,
            error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          );
          reject(new RequestError(`history-${next}`, detail ?? undefined));
        },
      );
    });
    opening = attempt;
    attempt.then(
      () => {
        opening = null;
      },
      () => {
        opening = null;
      },
    );
    return attempt;
  }

  /**
   * Performs one write by its row of the table. A replayed write is checked against its message's
   * schema first, as the router checked it live: extension storage is not a trusted source.
   */
  function perform(
    r: HistoryRepo,
    write: Pick<PendingWrite, 'type' | 'payload' | 'meta'>,
    replayed: boolean,
  ): Promise<unknown> {
    const row = Object.hasOwn(table, write.type)
      ? (table[write.type] as Mutation<WriteType>)
      : null;
    if (!row) return Promise.reject(new RequestError('unknown-write', String(write.type)));
    let payload = write.payload;
    if (replayed) {
      const parsed = MESSAGES[write.type].request.parse(payload, 'payload');
      if (!parsed.ok) return Promise.reject(new RequestError('invalid-payload', parsed.error));
      payload = parsed.value;
    }
    return row.run(r, payload as never, write.meta);
  }

  // ——— pending queue ———
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = pendingChain.then(task, task);
    pendingChain = next.catch(() => undefined);
    return next;
  };
  const pendingItem = pendingWritesItem.withArea(() => itemArea(deps.storage));
  const readPending = (): Promise<PendingWrite[]> => pendingItem.getValue();
  const keepAside = (write: PendingWrite) =>
    serial(async () => {
      const list = await readPending();
      if (list.length >= MAX_PENDING) throw new RequestError('pending-full', String(MAX_PENDING));
      list.push(write);
      await pendingItem.setValue(list);
      return list.length;
    });

  /**
   * Runs one change. A refusal (RequestError) goes back to the caller. A storage failure sets the
   * state, keeps the write (with its id and time, so a replay creates the very same record) and
   * answers `history-pending`: the caller knows it is not in the database yet, but not lost.
   */
  async function mutate<T>(type: WriteType, payload: unknown, meta: PendingMeta): Promise<T> {
    const write = { type, payload, meta };
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const r = await connect();
        const result = (await perform(r, write, false)) as T;
        if (state === 'storage-full' || state === 'unavailable' || state === 'damaged') {
          setState('ok', null);
        }
        deps.onChange?.();
        return result;
      } catch (error) {
        if (error instanceof RequestError && !error.code.startsWith('history-')) throw error;
        lastError = error;
        // A connection closed under us (InvalidStateError on transaction()): reopen once.
        if ((error as Error)?.name === 'InvalidStateError' && attempt === 0 && db) {
          forget();
          continue;
        }
        break;
      }
    }
    const failed = lastError instanceof RequestError ? null : stateOfError(lastError, false);
    if (failed) {
      setState(failed, `${(lastError as Error).name}: ${(lastError as Error).message}`);
      if (failed === 'unavailable') forget();
    }
    const reason =
      lastError instanceof Error ? `${lastError.name}: ${lastError.message}` : String(lastError);
    if (!(lastError instanceof RequestError) && !failed) throw lastError;
    await keepAside({ ...write, failedAt: now().toISOString(), reason });
    throw new RequestError('history-pending', state);
  }

  async function status(): Promise<HistoryStatus> {
    if (!repo && (state === 'ok' || state === 'unavailable'))
      await connect().catch(() => undefined);
    return { state, pending: (await readPending()).length, detail, schemaVersion: SCHEMA_VERSION };
  }

  /** Replays the pending writes in order; stops at the first storage failure. */
  async function retry(): Promise<HistoryStatus> {
    await serial(async () => {
      const list = await readPending();
      let r: HistoryRepo;
      try {
        r = await connect();
      } catch {
        return;
      }
      let done = 0;
      let refused = 0;
      for (const write of list) {
        try {
          await perform(r, write, true);
          done++;
        } catch (error) {
          if (error instanceof RequestError) {
            // Refused on its merits (e.g. the pack expired meanwhile): not retried forever.
            done++;
            refused++;
            continue;
          }
          const failed = stateOfError(error, false) ?? 'unavailable';
          setState(failed, `${(error as Error).name}: ${(error as Error).message}`);
          break;
        }
      }
      await pendingItem.setValue(list.slice(done));
      if (done === list.length) setState('ok', refused ? `${refused} kept write(s) refused` : null);
      if (done > 0) deps.onChange?.();
    });
    return status();
  }

  const surfaceOf = (context: HandlerContext): Surface =>
    context.kind === 'content' ? 'content' : 'page';
  const meta = (context: HandlerContext): WriteMeta => ({
    surface: surfaceOf(context),
    id: newId(),
    at: now().toISOString(),
  });
  const read = async <T>(run: (r: HistoryRepo) => Promise<T>): Promise<T> => run(await connect());

  // Uploads and exports in parts (memory only: a restarted worker has forgotten them).
  const maxBackupBytes = deps.maxBackupBytes ?? MAX_IMPORT_BYTES;
  const transfers = createTransfers(undefined, maxBackupBytes);

  /** The settings as stored, raw (secrets included: they stay in this browser). */
  const storedSettings = async (): Promise<unknown> =>
    (await deps.storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  const machineZone = () => deps.timeZone?.() ?? 'UTC';
  /** The settings in force, read as every surface reads them. */
  const currentSettings = async (): Promise<Settings> =>
    migrateSettings(await storedSettings(), machineZone);

  /**
   * An export, in parts when it is longer than one message may carry. A JSON backup larger than
   * the import accepts is refused (`export-too-large`) rather than written: every backup PCX
   * writes can be imported back.
   */
  async function exportText(
    request: RequestOf<'history:export'>,
  ): Promise<ResponseOf<'history:export'>> {
    const file = await buildExport(request);
    if (request.format === 'json') {
      const bytes = utf8Length(file.text);
      if (bytes > maxBackupBytes) throw new RequestError('export-too-large', megabytes(bytes));
    }
    return { filename: file.filename, mime: file.mime, ...transfers.send(file.text) };
  }

  async function buildExport(request: RequestOf<'history:export'>) {
    const { format } = request;
    const stamp = now().toISOString().slice(0, 10);
    const settings = await currentSettings();
    if (format === 'json') {
      const pending = await readPending();
      let data = EMPTY;
      let incomplete = false;
      try {
        data = await (await connect()).snapshot();
      } catch (error) {
        // The database cannot be read: still export what is kept aside, marked incomplete.
        if (pending.length === 0) throw error;
        incomplete = true;
      }
      return {
        filename: `pcx-history-${stamp}.json`,
        mime: 'application/json',
        // The settings go in without their secrets (exportJson leaves them out).
        text: await exportJson(data, { now: now(), pending, incomplete, settings }),
      };
    }
    // The page's language; else the settings' own choice; else English (the background cannot
    // tell the browser's language here, and headers must be in one language).
    const language: Language = request.language ?? (settings.uiLanguage === 'fr' ? 'fr' : 'en');
    const t = createTranslator(language);
    const data = await (await connect()).snapshot();
    const sheet = {
      t,
      separator: request.separator ?? defaultSeparator(language),
      timeZone: settings.schedule.timeZone,
    };
    if (format === 'csv-tickets') {
      return {
        filename: `pcx-tickets-${stamp}.csv`,
        mime: 'text/csv;charset=utf-8',
        text: exportTicketsCsv(data, sheet),
      };
    }
    if (format === 'csv-packs') {
      return {
        filename: `pcx-packs-${stamp}.csv`,
        mime: 'text/csv;charset=utf-8',
        text: exportPacksCsv(data.packs, sheet),
      };
    }
    const labels: IcsLabels = (await deps.icsLabels?.()) ?? {
      firstResponse: (ticket) =>
        t('calendar.firstResponse', {
          ticket: ticket.number ?? ticket.title,
          customer: ticket.customerName ?? '—',
        }),
      packExpiry: (p) => t('calendar.packExpiry', { pack: p.label || p.kind }),
    };
    return {
      filename: `pcx-calendar-${stamp}.ics`,
      mime: 'text/calendar;charset=utf-8',
      text: exportIcs(data, now(), labels, { leadMinutes: settings.reminders.leadMinutes, t }),
    };
  }

  /**
   * Imports a backup: every check first (`parseBackup`), then the settings it carries (unless the
   * agent keeps the current ones; read with `migrateSettings` like anything stored, this
   * browser's secrets kept), then the history in one transaction. Settings go first because the
   * profile decides each customer's `ownTenant`; should the history then be refused, the
   * settings are put back as they were.
   */
  async function importBackup(
    input: RequestOf<'history:import'>,
  ): Promise<ResponseOf<'history:import'>> {
    // The whole file in one message, or the parts of an upload assembled (then forgotten).
    let text: string;
    if (input.uploadId !== undefined && input.text === undefined) {
      text = transfers.take(input.uploadId);
    } else if (input.text !== undefined && input.uploadId === undefined) {
      text = input.text;
    } else throw new RequestError('invalid-payload', 'payload: text or uploadId, not both');
    const backup = await parseBackup(text, maxBackupBytes);
    const outcome: SettingsOutcome = !backup.settings
      ? 'none'
      : input.settings === 'keep'
        ? 'keep'
        : 'restore';
    const before = await storedSettings();
    const restoring = outcome === 'restore' && !input.dryRun;
    if (restoring) {
      const restored = keepSecrets(migrateSettings(backup.settings, machineZone), before);
      await deps.storage.set({ [SETTINGS_KEY]: restored });
    }
    const putBack = async () => {
      if (!restoring) return;
      if (before === undefined) await deps.storage.remove?.(SETTINGS_KEY);
      else await deps.storage.set({ [SETTINGS_KEY]: before });
    };
    try {
      // A file's `ownTenant` is never trusted (it decides which program a ticket is filed
      // under): it is recomputed from the profile of this browser, as for a customer seen in a
      // portal.
      backup.data.customers = await Promise.all(
        backup.data.customers.map(async (c) => ({
          ...c,
          ownTenant: (await deps.isOwnTenant?.(c.tenantId, c.domains)) ?? false,
        })),
      );
      const r = await connect();
      if (input.dryRun) {
        const plan = planImport(await r.snapshot(), backup.data, input.mode, true);
        return { ...plan.result, settings: outcome };
      }
      const result = await r.applyImport(
        (current) => planImport(current, backup.data, input.mode, false),
        { surface: 'import' },
      );
      // A replace import rewrites every store: the way out of a damaged history.
      if (state === 'damaged') setState('ok', null);
      deps.onChange?.();
      return { ...result, settings: outcome };
    } catch (error) {
      await putBack().catch(() => undefined);
      const failed = input.dryRun ? null : stateOfError(error, false);
      if (failed) {
        setState(failed, `${(error as Error).name}: ${(error as Error).message}`);
        throw new RequestError(`history-${failed}`, detail ?? undefined);
      }
      throw error;
    }
  }

  /**
   * Erases everything. Emptying the stores is one transaction; should the database refuse even
   * that, or fail to open at all (a broken upgrade), erasing is still what was asked: the database
   * is deleted and created anew. Only a private context or a blocked upgrade stop it.
   */
  async function erase(surface: Surface): Promise<{ erased: boolean }> {
    try {
      return await read((r) => r.erase({ surface }));
    } catch (error) {
      const code = error instanceof RequestError ? error.code : null;
      if (code && !code.startsWith('history-')) throw error;
      if (code === 'history-private' || code === 'history-blocked') throw error;
      const factory = deps.factory();
      if (!factory) throw error;
      db?.close();
      forget();
      await deleteHistoryDb({ factory, name: deps.name });
      return read((r) => r.erase({ surface }));
    }
  }

  // Every mutation of the table, dispatched the same way: what it must remember, then `mutate`.
  const writeHandlers = Object.fromEntries(
    (Object.keys(table) as WriteType[]).map((type) => {
      const row = table[type] as Mutation<WriteType>;
      const handle = async (payload: never, context: HandlerContext) => {
        const remembered = (await row.remember?.(payload, deps)) ?? {};
        return mutate(type, payload, { ...meta(context), ...remembered });
      };
      return [type, handle];
    }),
  ) as Handlers;

  // The other messages of the history: reads, status, transfers (a mutation here is a type error).
  const otherHandlers: { [K in Exclude<MessageType, WriteType>]?: Handler<K> } = {
    'customers:lookup': (payload) => read((r) => r.customersLookup(payload)),
    'customers:last-selected': () => read((r) => r.customersLastSelected()),
    'customers:list': (payload) => read((r) => r.customersList(payload)),
    'packs:summary': () => read((r) => r.packsSummary()),
    'tickets:list': (payload) => read((r) => r.ticketsList(payload)),
    'tickets:get': ({ id }) => read((r) => r.ticketsGet(id)),
    'packs:list': (payload) => read((r) => r.packsList(payload)),
    'packs:get': ({ id }) => read((r) => r.packsGet(id)),
    'packs:ledger': () => read((r) => r.packsLedger()),
    'history:status': () => status(),
    'history:retry': () => retry(),
    'history:export': (payload) => exportText(payload),
    'history:export-part': (payload) => transfers.part(payload),
    'history:import-begin': (payload) => transfers.begin(payload),
    'history:import-chunk': (payload) => transfers.chunk(payload),
    'history:import': (payload) => importBackup(payload),
    'history:erase': async (_payload, context) => {
      const result = await erase(surfaceOf(context));
      await serial(() => pendingItem.setValue([]));
      if (state !== 'ok') setState('ok', null);
      deps.onChange?.();
      return result;
    },
    ...findReads(read),
    ...reportReads(read, () => deps.timeZone?.(), now),
  };
  const handlers: Handlers = { ...otherHandlers, ...writeHandlers };

  return {
    handlers,
    status,
    retry,
    /**
     * A write the background decides itself (a notification's button), performed and kept aside
     * on failure exactly as the same message from a page would be.
     */
    write: <K extends WriteType>(type: K, payload: RequestOf<K>) =>
      mutate<ResponseOf<K>>(type, payload, {
        surface: 'background',
        id: newId(),
        at: now().toISOString(),
      }),
    /** The repository, opening the database if needed (reminders read through it). */
    repo: connect,
    /** Closes the connection (tests; the worker going away closes it anyway). */
    close() {
      db?.close();
      forget();
    },
    get state() {
      return state;
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
