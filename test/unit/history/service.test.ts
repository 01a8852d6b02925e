import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHistoryService,
  MAX_PENDING,
  PENDING_KEY,
} from '../../../lib/background/history-service';
import { DB_NAME, openHistoryDb, SCHEMA_VERSION } from '../../../lib/history/schema';
import { createRouter, type SenderInfo } from '../../../lib/messaging/router';
import {
  env,
  freshFactory,
  memoryArea,
  packInput,
  popup,
  spendableTicketInput,
  ticketInput,
} from './helpers';

afterEach(() => vi.restoreAllMocks());

const popupInTab: SenderInfo = { ...popup, tab: { id: 3, incognito: false } };
const portal: SenderInfo = {
  id: 'pcx',
  url: 'https://portal.azure.com/#home',
  tab: { id: 4, incognito: false },
};
const privatePortal: SenderInfo = { ...portal, tab: { id: 5, incognito: true } };

function setup(factory: IDBFactory | undefined = freshFactory()) {
  const storage = memoryArea();
  let changes = 0;
  const service = createHistoryService({
    factory: () => factory,
    storage,
    now: () => new Date('2026-11-21T10:00:00.000Z'),
    timeZone: () => 'UTC',
    onChange: () => {
      changes++;
    },
    blockedTimeoutMs: 100,
  });
  const route = createRouter(service.handlers, env);
  return { service, route, storage, changes: () => changes };
}

/** Makes every write to `store` fail like the browser does when the quota is exceeded. */
function failWrites(name: string) {
  for (const method of ['add', 'put'] as const) {
    const real = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'tickets' || this.name === name) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.apply(this, args as never);
    });
  }
}

describe('history messages through the router', () => {
  it('answers our pages (popup or popup opened in a tab) and notifies reminders after changes', async () => {
    const { route, changes } = setup();
    const added = await route({ type: 'tickets:add', payload: ticketInput() }, popupInTab);
    expect(added).toMatchObject({ ok: true, data: { number: '2611210010000001' } });
    expect(await route({ type: 'tickets:list', payload: { view: 'open' } }, popup)).toMatchObject({
      ok: true,
      data: { total: 1 },
    });
    expect(changes()).toBe(1);
  });

  it.each([
    ['tickets:list', { view: 'all' }],
    ['history:export', { format: 'json' }],
    ['history:import', { text: '{}', mode: 'replace', dryRun: true }],
    ['history:erase', { confirm: 'erase-everything' }],
    ['tickets:add', ticketInput()],
  ])('refuses %s from a content script (forged sender)', async (type, payload) => {
    const { route } = setup();
    expect(await route({ type, payload }, portal)).toEqual({
      ok: false,
      error: { code: 'forbidden-for-sender', detail: type },
    });
  });

  it('refuses records from incognito tabs but records from normal ones', async () => {
    const { route, service } = setup();
    const seen = { tenantId: null, name: 'Contoso', domains: ['contoso.com'], selected: true };
    expect(await route({ type: 'customers:seen', payload: seen }, privatePortal)).toMatchObject({
      ok: false,
      error: { code: 'incognito' },
    });
    expect(
      await route({ type: 'tickets:capture', payload: ticketInput() }, privatePortal),
    ).toMatchObject({
      ok: false,
      error: { code: 'incognito' },
    });
    expect((await (await service.repo()).snapshot()).events).toEqual([]);
    expect(await route({ type: 'tickets:capture', payload: ticketInput() }, portal)).toMatchObject({
      ok: true,
      data: { created: true },
    });
    expect(await route({ type: 'customers:last-selected', payload: {} }, portal)).toMatchObject({
      ok: true,
      data: null,
    });
  });

  it('refuses a malformed ticket and a refused pack with codes the UI translates', async () => {
    const { route } = setup();
    expect(
      await route({ type: 'tickets:add', payload: { ...ticketInput(), severity: 'Z' } }, popup),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const pack = await route({ type: 'packs:add', payload: packInput({ incidents: 0 }) }, popup);
    const t = await route({ type: 'tickets:add', payload: spendableTicketInput() }, popup);
    if (!pack.ok || !t.ok) throw new Error('setup');
    const link = await route(
      {
        type: 'tickets:link-pack',
        payload: {
          ticketId: (t.data as { id: string }).id,
          packId: (pack.data as { id: string }).id,
        },
      },
      popup,
    );
    expect(link).toMatchObject({ ok: false, error: { code: 'pack-empty' } });
  });

  it('exports and imports through messages (dry run, then replace)', async () => {
    const { route } = setup();
    await route({ type: 'tickets:add', payload: ticketInput() }, popup);
    const exported = await route({ type: 'history:export', payload: { format: 'json' } }, popup);
    if (!exported.ok) throw new Error('export');
    const { text } = exported.data as { text: string };
    const other = setup();
    const dry = await other.route(
      { type: 'history:import', payload: { text, mode: 'replace', dryRun: true } },
      popup,
    );
    expect(dry).toMatchObject({ ok: true, data: { dryRun: true, changes: { added: 1 } } });
    expect(
      (await other.route({ type: 'tickets:list', payload: { view: 'all' } }, popup)) as unknown,
    ).toMatchObject({ data: { total: 0 } });
    await other.route(
      { type: 'history:import', payload: { text, mode: 'replace', dryRun: false } },
      popup,
    );
    expect(
      await other.route({ type: 'tickets:list', payload: { view: 'all' } }, popup),
    ).toMatchObject({ data: { total: 1 } });
    const future = text.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":99');
    expect(
      await other.route(
        { type: 'history:import', payload: { text: future, mode: 'merge', dryRun: false } },
        popup,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'import-future-version', detail: `99 > ${SCHEMA_VERSION}` },
    });
    for (const format of ['csv-tickets', 'csv-packs', 'ics'] as const) {
      expect(await route({ type: 'history:export', payload: { format } }, popup)).toMatchObject({
        ok: true,
      });
    }
  });
});

describe('failure states', () => {
  it('quota exceeded: storage-full state, the write kept aside, retried later with the same id', async () => {
    const { route, service, storage } = setup();
    expect((await service.status()).state).toBe('ok');
    failWrites('events');
    const reply = await route({ type: 'tickets:add', payload: ticketInput() }, popup);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'history-pending', detail: 'storage-full' },
    });
    expect(await service.status()).toMatchObject({ state: 'storage-full', pending: 1 });
    expect((storage.data[PENDING_KEY] as unknown[])[0]).toMatchObject({
      type: 'tickets:add',
      reason: expect.stringContaining('QuotaExceededError'),
    });
    // Reads still work; the JSON export includes the pending write.
    expect(await route({ type: 'tickets:list', payload: { view: 'all' } }, popup)).toMatchObject({
      data: { total: 0 },
    });
    const exported = await route({ type: 'history:export', payload: { format: 'json' } }, popup);
    expect(JSON.parse((exported as { data: { text: string } }).data.text).pending).toHaveLength(1);
    // Retrying while still full keeps it.
    expect(await service.retry()).toMatchObject({ state: 'storage-full', pending: 1 });
    const keptId = (storage.data[PENDING_KEY] as { meta: { id: string } }[])[0]?.meta.id;
    vi.restoreAllMocks();
    expect(await service.retry()).toMatchObject({ state: 'ok', pending: 0 });
    const list = await route({ type: 'tickets:list', payload: { view: 'all' } }, popup);
    expect(list).toMatchObject({ data: { total: 1, items: [{ id: keptId }] } });
    expect(storage.data[PENDING_KEY]).toEqual([]);
  });

  /** Writes, through a second connection, the event key that exhausts the log's numbering. */
  async function damageLog(factory: IDBFactory) {
    const raw = await openHistoryDb({ factory });
    await raw.put('events', {
      seq: 2 ** 53,
      at: '2026-11-20T10:00:00.000Z',
      surface: 'import',
      entity: 'history',
      entityId: null,
      action: 'imported',
    });
    raw.close();
  }

  it('a ConstraintError in a write: "damaged" state, the write kept aside, a replace import of the export repairs, retry saves it', async () => {
    const factory = freshFactory();
    const { route, service, storage } = setup(factory);
    await route({ type: 'tickets:add', payload: ticketInput() }, popup);
    await damageLog(factory);
    const reply = await route(
      { type: 'tickets:add', payload: ticketInput({ number: '2611210010000002' }) },
      popup,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'history-pending', detail: 'damaged' },
    });
    expect(await service.status()).toMatchObject({ state: 'damaged', pending: 1 });
    expect((storage.data[PENDING_KEY] as { reason: string }[])[0]?.reason).toContain(
      'ConstraintError',
    );
    // Still damaged: the retry keeps it.
    expect(await service.retry()).toMatchObject({ state: 'damaged', pending: 1 });
    // What the banner says to do: export, then import that file with "Replace".
    const exported = await route({ type: 'history:export', payload: { format: 'json' } }, popup);
    const { text } = (exported as { data: { text: string } }).data;
    // A merge keeps the damaged log, so it cannot succeed: it says what to do instead.
    const merged = await route(
      { type: 'history:import', payload: { text, mode: 'merge', dryRun: false } },
      popup,
    );
    expect(merged).toMatchObject({ ok: false, error: { code: 'history-damaged' } });
    const imported = await route(
      { type: 'history:import', payload: { text, mode: 'replace', dryRun: false } },
      popup,
    );
    expect(imported).toMatchObject({ ok: true });
    expect((await service.retry()).pending).toBe(0);
    expect(await service.status()).toMatchObject({ state: 'ok', pending: 0 });
    const list = await route({ type: 'tickets:list', payload: { view: 'all' } }, popup);
    expect(list).toMatchObject({ data: { total: 2 } });
    expect(
      await route(
        { type: 'tickets:add', payload: ticketInput({ number: '2611210010000003' }) },
        popup,
      ),
    ).toMatchObject({ ok: true });
  });

  it('erase always recovers a damaged history', async () => {
    const factory = freshFactory();
    const { route, service } = setup(factory);
    await route({ type: 'tickets:add', payload: ticketInput() }, popup);
    await damageLog(factory);
    await route({ type: 'packs:add', payload: packInput() }, popup);
    expect((await service.status()).state).toBe('damaged');
    expect(
      await route({ type: 'history:erase', payload: { confirm: 'erase-everything' } }, popup),
    ).toMatchObject({ ok: true, data: { erased: true } });
    expect(await service.status()).toMatchObject({ state: 'ok', pending: 0 });
    expect(await route({ type: 'tickets:add', payload: ticketInput() }, popup)).toMatchObject({
      ok: true,
    });
    expect(await route({ type: 'packs:add', payload: packInput() }, popup)).toMatchObject({
      ok: true,
    });
  });

  it('erase works even when the stores refuse to be emptied, or the database cannot open at all', async () => {
    const factory = freshFactory();
    const { route, service } = setup(factory);
    await route({ type: 'tickets:add', payload: ticketInput() }, popup);
    const eraseAll = { type: 'history:erase', payload: { confirm: 'erase-everything' } };
    // The backing store fails while emptying: a new database is made instead.
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementationOnce(() => {
      throw new DOMException('Internal error', 'UnknownError');
    });
    expect(await route(eraseAll, popup)).toMatchObject({ ok: true, data: { erased: true } });
    expect(await route({ type: 'tickets:list', payload: { view: 'all' } }, popup)).toMatchObject({
      data: { total: 0 },
    });
    service.close();

    // A database whose upgrade cannot run (its event log is missing): the history cannot open.
    const broken = freshFactory();
    await new Promise<void>((resolve) => {
      const r = broken.open(DB_NAME, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('tickets', { keyPath: 'id' });
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
    });
    const other = setup(broken);
    expect((await other.service.status()).state).toBe('unavailable');
    expect(await other.route(eraseAll, popup)).toMatchObject({ ok: true });
    expect(await other.service.status()).toMatchObject({ state: 'ok', pending: 0 });
    expect(await other.route({ type: 'tickets:add', payload: ticketInput() }, popup)).toMatchObject(
      { ok: true },
    );
  });

  it('bounds the pending queue', async () => {
    const { service, storage } = setup();
    await service.status();
    storage.data[PENDING_KEY] = Array.from({ length: MAX_PENDING }, () => ({}));
    failWrites('events');
    await expect(
      service.handlers['tickets:add']?.(ticketInput(), {
        kind: 'page',
        sender: popup,
        portalHost: null,
      }),
    ).rejects.toMatchObject({
      code: 'pending-full',
    });
  });

  it('private browsing: IndexedDB refuses to open (InvalidStateError) → read-only "private" state', async () => {
    // Firefox with history disabled refuses IndexedDB with InvalidStateError ("A mutation
    // operation was attempted on a database that did not allow mutations").
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const { route, service } = setup(refusing);
    expect(await service.status()).toMatchObject({ state: 'private', pending: 0 });
    expect(await route({ type: 'tickets:list', payload: { view: 'open' } }, popup)).toMatchObject({
      ok: false,
      error: { code: 'history-private' },
    });
    // A capture is not lost: kept aside, and exportable.
    expect(await route({ type: 'tickets:capture', payload: ticketInput() }, portal)).toMatchObject({
      ok: false,
      error: { code: 'history-pending', detail: 'private' },
    });
    const exported = await route({ type: 'history:export', payload: { format: 'json' } }, popup);
    expect(JSON.parse((exported as { data: { text: string } }).data.text)).toMatchObject({
      incomplete: true,
      pending: [{ type: 'tickets:capture' }],
    });
  });

  it('no IndexedDB, a backing-store error, a failing open request → "unavailable"', async () => {
    const none = createHistoryService({ factory: () => undefined, storage: memoryArea() });
    expect(await none.status()).toMatchObject({ state: 'unavailable' });
    const broken = {
      open: () => {
        throw new DOMException('Internal error opening backing store', 'UnknownError');
      },
    } as unknown as IDBFactory;
    expect(await setup(broken).service.status()).toMatchObject({
      state: 'unavailable',
      detail: expect.stringContaining('backing store'),
    });
    // A real open request that fails asynchronously (a newer database on disk: VersionError).
    const factory = freshFactory();
    await new Promise((resolve) => {
      const r = factory.open(DB_NAME, SCHEMA_VERSION + 5);
      r.onsuccess = () => resolve(r.result.close());
    });
    const { service, route } = setup(factory);
    expect(await service.status()).toMatchObject({
      state: 'unavailable',
      detail: expect.stringContaining('VersionError'),
    });
    expect(await route({ type: 'packs:summary', payload: {} }, portal)).toMatchObject({
      ok: false,
      error: { code: 'history-unavailable' },
    });
  });

  it('blocked upgrade: times out into the "blocked" state, recovers when the old connection closes', async () => {
    const factory = freshFactory();
    // An old connection that ignores versionchange (as a stuck context would).
    const old = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open(DB_NAME, SCHEMA_VERSION);
      r.onupgradeneeded = () => r.result.createObjectStore('tickets', { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
    });
    const storage = memoryArea();
    const service = createHistoryService({
      factory: () => factory,
      storage,
      blockedTimeoutMs: 50,
      version: SCHEMA_VERSION + 1,
    });
    const status = await service.status();
    expect(status).toMatchObject({ state: 'blocked' });
    old.close();
    await vi.waitFor(async () => expect((await service.status()).state).toBe('ok'));
  });

  it('blocking: our connection closes when a newer version asks, and reopens on the next call', async () => {
    const factory = freshFactory();
    const { service } = setup(factory);
    await service.status();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, SCHEMA_VERSION + 1);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.onblocked = () => reject(new Error('blocked by our connection'));
    });
    expect(newer.version).toBe(SCHEMA_VERSION + 1);
    newer.close();
  });
});
