import {
  exportIcs,
  exportJson,
  exportPacksCsv,
  exportTicketsCsv,
  type IcsLabels,
  parseBackup,
  planImport,
} from '../history/backup';
import {
  createHistoryRepo,
  type HistoryRepo,
  type Snapshot,
  type WriteMeta,
} from '../history/repo';
import { type HistoryDatabase, openHistoryDb, SCHEMA_VERSION } from '../history/schema';
import type { HistoryState, HistoryStatus, Surface } from '../history/types';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { type HandlerContext, type Handlers, RequestError } from '../messaging/router';

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
  /** Labels of calendar events, in the user's language. */
  icsLabels?: () => Promise<IcsLabels> | IcsLabels;
  /** Called after every successful change (reminders reconcile). */
  onChange?: () => void;
  /** How long an upgrade may wait for an old connection before the state turns 'blocked'. */
  blockedTimeoutMs?: number;
  /** Tests only: open at another version (see schema.ts). */
  version?: number;
  name?: string;
}

type MutationType =
  | 'customers:seen'
  | 'tickets:capture'
  | 'tickets:add'
  | 'tickets:update'
  | 'tickets:set-status'
  | 'tickets:delete'
  | 'tickets:link-pack'
  | 'tickets:unlink-pack'
  | 'packs:add'
  | 'packs:update'
  | 'packs:delete';

export interface PendingWrite {
  type: MutationType;
  payload: unknown;
  meta: WriteMeta & { ownTenant?: boolean };
  failedAt: string;
  reason: string;
}

/** One mutation, by message type: shared by the live handlers and the replay of pending writes. */
function perform(
  repo: HistoryRepo,
  w: Pick<PendingWrite, 'type' | 'payload' | 'meta'>,
): Promise<unknown> {
  const p = w.payload as never;
  const m = w.meta;
  switch (w.type) {
    case 'customers:seen':
      return repo.customersSeen(p, m);
    case 'tickets:capture':
      return repo.ticketsCapture(p, m);
    case 'tickets:add':
      return repo.ticketsAdd(p, m);
    case 'tickets:update':
      return repo.ticketsUpdate(p, m);
    case 'tickets:set-status':
      return repo.ticketsSetStatus(p, m);
    case 'tickets:delete':
      return repo.ticketsDelete((w.payload as { id: string }).id, m);
    case 'tickets:link-pack':
      return repo.ticketsLinkPack(p, m);
    case 'tickets:unlink-pack':
      return repo.ticketsUnlinkPack(p, m);
    case 'packs:add':
      return repo.packsAdd(p, m);
    case 'packs:update':
      return repo.packsUpdate(p, m);
    case 'packs:delete':
      return repo.packsDelete((w.payload as { id: string }).id, m);
  }
}

/** The state a storage error puts the history in, or null when it is not a storage error. */
export function stateOfError(error: unknown, opening: boolean): HistoryState | null {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'storage-full';
  if (name === 'InvalidStateError' && opening) return 'private';
  if (name === 'UnknownError' || name === 'InvalidStateError' || name === 'AbortError') {
    return 'unavailable';
  }
  if (opening) return 'unavailable';
  return null;
}

export function createHistoryService(deps: HistoryServiceDeps) {
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

  // ——— pending queue ———
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = pendingChain.then(task, task);
    pendingChain = next.catch(() => undefined);
    return next;
  };
  const readPending = async (): Promise<PendingWrite[]> => {
    const value = (await deps.storage.get(PENDING_KEY))[PENDING_KEY];
    return Array.isArray(value) ? (value as PendingWrite[]) : [];
  };
  const keepAside = (write: PendingWrite) =>
    serial(async () => {
      const list = await readPending();
      if (list.length >= MAX_PENDING) throw new RequestError('pending-full', String(MAX_PENDING));
      list.push(write);
      await deps.storage.set({ [PENDING_KEY]: list });
      return list.length;
    });

  /**
   * Runs one change. A refusal (RequestError) goes back to the caller. A storage failure sets the
   * state, keeps the write (with its id and time, so a replay creates the very same record) and
   * answers `history-pending`: the caller knows it is not in the database yet, but not lost.
   */
  async function mutate<T>(
    type: MutationType,
    payload: unknown,
    meta: PendingWrite['meta'],
  ): Promise<T> {
    const write = { type, payload, meta };
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const r = await connect();
        const result = (await perform(r, write)) as T;
        if (state === 'storage-full' || state === 'unavailable') setState('ok', null);
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
          await perform(r, write);
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
      await deps.storage.set({ [PENDING_KEY]: list.slice(done) });
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

  async function exportText(format: RequestOf<'history:export'>['format']) {
    const stamp = now().toISOString().slice(0, 10);
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
        text: await exportJson(data, { now: now(), pending, incomplete }),
      };
    }
    const data = await (await connect()).snapshot();
    if (format === 'csv-tickets') {
      return {
        filename: `pcx-tickets-${stamp}.csv`,
        mime: 'text/csv',
        text: exportTicketsCsv(data.tickets),
      };
    }
    if (format === 'csv-packs') {
      return {
        filename: `pcx-packs-${stamp}.csv`,
        mime: 'text/csv',
        text: exportPacksCsv(data.packs),
      };
    }
    const labels: IcsLabels = (await deps.icsLabels?.()) ?? {
      firstResponse: (t) => `First response due: ${t.number ?? t.title}`,
      packExpiry: (p) => `Pack expires: ${p.label}`,
    };
    return {
      filename: `pcx-calendar-${stamp}.ics`,
      mime: 'text/calendar',
      text: exportIcs(data, now(), labels),
    };
  }

  async function importBackup(
    input: RequestOf<'history:import'>,
  ): Promise<ResponseOf<'history:import'>> {
    const backup = await parseBackup(input.text);
    const r = await connect();
    if (input.dryRun) return planImport(await r.snapshot(), backup.data, input.mode, true).result;
    try {
      const result = await r.applyImport(
        (current) => planImport(current, backup.data, input.mode, false),
        { surface: 'import' },
      );
      deps.onChange?.();
      return result;
    } catch (error) {
      const failed = stateOfError(error, false);
      if (failed) {
        setState(failed, `${(error as Error).name}: ${(error as Error).message}`);
        throw new RequestError(`history-${failed}`, detail ?? undefined);
      }
      throw error;
    }
  }

  const handlers: Handlers = {
    'customers:seen': async (payload, context) => {
      const ownTenant = await deps.isOwnTenant?.(payload.tenantId, payload.domains);
      return mutate('customers:seen', payload, { ...meta(context), ownTenant: ownTenant ?? false });
    },
    'customers:lookup': (payload) => read((r) => r.customersLookup(payload)),
    'customers:last-selected': () => read((r) => r.customersLastSelected()),
    'customers:list': (payload) => read((r) => r.customersList(payload)),
    'packs:summary': () => read((r) => r.packsSummary()),
    'tickets:capture': (payload, context) => mutate('tickets:capture', payload, meta(context)),
    'tickets:list': (payload) => read((r) => r.ticketsList(payload)),
    'tickets:get': ({ id }) => read((r) => r.ticketsGet(id)),
    'tickets:add': (payload, context) => mutate('tickets:add', payload, meta(context)),
    'tickets:update': (payload, context) => mutate('tickets:update', payload, meta(context)),
    'tickets:set-status': (payload, context) =>
      mutate('tickets:set-status', payload, meta(context)),
    'tickets:delete': (payload, context) => mutate('tickets:delete', payload, meta(context)),
    'tickets:link-pack': (payload, context) => mutate('tickets:link-pack', payload, meta(context)),
    'tickets:unlink-pack': (payload, context) =>
      mutate('tickets:unlink-pack', payload, meta(context)),
    'packs:list': (payload) => read((r) => r.packsList(payload)),
    'packs:get': ({ id }) => read((r) => r.packsGet(id)),
    'packs:add': (payload, context) => mutate('packs:add', payload, meta(context)),
    'packs:update': (payload, context) => mutate('packs:update', payload, meta(context)),
    'packs:delete': (payload, context) => mutate('packs:delete', payload, meta(context)),
    'history:status': () => status(),
    'history:retry': () => retry(),
    'history:export': ({ format }) => exportText(format),
    'history:import': (payload) => importBackup(payload),
    'history:erase': async (_payload, context) => {
      const result = await read((r) => r.erase({ surface: surfaceOf(context) }));
      await serial(() => deps.storage.set({ [PENDING_KEY]: [] }));
      deps.onChange?.();
      return result;
    },
  };

  return {
    handlers,
    status,
    retry,
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
