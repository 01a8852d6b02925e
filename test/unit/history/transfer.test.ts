import { describe, expect, it } from 'vitest';
import {
  createHistoryService,
  type HistoryServiceDeps,
} from '../../../lib/background/history-service';
import { createTransfers, splitText } from '../../../lib/background/transfer';
import { exportJson } from '../../../lib/history/backup';
import type { Snapshot } from '../../../lib/history/repo';
import { MAX_IMPORT_BYTES } from '../../../lib/history/types';
import { TRANSFER_PART_CHARS } from '../../../lib/messaging/messages/history';
import { createRouter, type SenderInfo } from '../../../lib/messaging/router';
import { bigHistory } from './big-history';
import { freshFactory, ticketInput } from './helpers';

/**
 * Backups larger than one message: uploaded to the background in ordered parts, and exports read
 * back in parts, so that every backup PCX writes (up to MAX_IMPORT_BYTES of file) can be imported
 * back. The size that counts is the file's, never the JSON-escaped message's.
 */

const NOW = new Date('2026-11-21T10:00:00.000Z');
const env = { extensionId: 'pcx', extensionOrigin: 'chrome-extension://pcx/' };
const options: SenderInfo = { id: 'pcx', url: 'chrome-extension://pcx/options.html' };
const portal: SenderInfo = {
  id: 'pcx',
  url: 'https://portal.azure.com/#home',
  tab: { id: 4, incognito: false },
};

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

function setup(extra: Partial<HistoryServiceDeps> = {}, factory = freshFactory()) {
  const service = createHistoryService({
    factory: () => factory,
    storage: memoryArea(),
    now: () => NOW,
    timeZone: () => 'UTC',
    ...extra,
  });
  const route = createRouter(service.handlers, env);
  /** Sends `payload` from the options page and returns the data, or throws the refusal. */
  const ask = async (type: string, payload: unknown, sender = options) => {
    const reply = await route({ type, payload }, sender);
    if (!reply.ok) throw Object.assign(new Error(reply.error.detail ?? ''), reply.error);
    return reply.data as never;
  };
  /** What the options page does with a file: begin, every part in order, then the import. */
  const upload = async (text: string, mode: 'merge' | 'replace', dryRun: boolean) => {
    const bytes = new TextEncoder().encode(text).length;
    const { uploadId } = await ask('history:import-begin', { bytes, chars: text.length });
    const parts = splitText(text);
    for (const [index, part] of parts.entries()) {
      await ask('history:import-chunk', { uploadId, index, text: part });
    }
    return ask('history:import', { uploadId, mode, dryRun }) as Promise<{
      counts: Record<string, number>;
      changes: Record<string, number>;
    }>;
  };
  return { service, route, ask, upload, factory };
}

const oneTicket = async () => {
  const a = setup();
  await a.ask('tickets:add', ticketInput());
  const { text } = (await a.ask('history:export', { format: 'json' })) as { text: string };
  return text;
};

describe('large backups', () => {
  it('imports a 29 MB file (33 MB as a message) through ordered parts', async () => {
    const text = await exportJson(bigHistory(32_000), { now: NOW });
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(25 * 1024 * 1024);
    expect(JSON.stringify(text).length).toBeGreaterThan(bytes);
    const { upload, ask } = setup();
    // As one message it could never fit: the message cap is a few parts, not a file.
    await expect(
      ask('history:import', { text, mode: 'replace', dryRun: true }),
    ).rejects.toMatchObject({ code: 'too-large' });
    const dry = await upload(text, 'replace', true);
    expect(dry).toMatchObject({
      dryRun: true,
      counts: { tickets: 32_000, customers: 500, packs: 200, events: 32_000 },
      changes: { added: 32_700, removed: 0 },
    });
  }, 30_000);

  it('writes what the parts assembled (merge, then replace)', async () => {
    // Long notes: two parts for a thousand tickets, so the real write stays quick.
    const data: Snapshot = bigHistory(1000);
    for (const t of data.tickets) t.notes = `${'n'.repeat(4990)}é"`;
    const text = await exportJson(data, { now: NOW });
    expect(splitText(text).length).toBeGreaterThan(1);
    const { upload, ask } = setup();
    const done = await upload(text, 'merge', false);
    expect(done).toMatchObject({ dryRun: false, changes: { added: 1700 } });
    const list = (await ask('tickets:list', { view: 'all', limit: 1 })) as { total: number };
    expect(list.total).toBe(1000);
    // The same file again: nothing is added or removed.
    expect(await upload(text, 'replace', true)).toMatchObject({
      changes: { added: 0, removed: 0 },
    });
  }, 30_000);

  it('exports a large backup in parts that put together import back', async () => {
    const data: Snapshot = bigHistory(1000);
    for (const t of data.tickets) t.notes = 'x'.repeat(5000);
    const source = setup();
    await source.upload(await exportJson(data, { now: NOW }), 'replace', false);
    const first = (await source.ask('history:export', { format: 'json' })) as {
      text: string;
      more?: { exportId: string; parts: number };
    };
    expect(first.more?.parts).toBeGreaterThan(1);
    expect(first.text.length).toBeLessThanOrEqual(TRANSFER_PART_CHARS);
    let whole = first.text;
    for (let index = 1; index < (first.more?.parts ?? 0); index++) {
      whole += (
        (await source.ask('history:export-part', {
          exportId: first.more?.exportId,
          index,
        })) as { text: string }
      ).text;
    }
    // Read once: the parts are forgotten after the last one.
    await expect(
      source.ask('history:export-part', { exportId: first.more?.exportId, index: 1 }),
    ).rejects.toMatchObject({ code: 'export-unknown' });
    expect(await setup().upload(whole, 'replace', true)).toMatchObject({
      counts: { tickets: 1000 },
    });
  }, 30_000);

  it('refuses to export a backup larger than the import accepts, and says so', async () => {
    const { ask } = setup({ maxBackupBytes: 2000 });
    await ask('tickets:add', ticketInput());
    await ask('tickets:add', ticketInput({ number: '2611210010000002' }));
    await expect(ask('history:export', { format: 'json' })).rejects.toMatchObject({
      code: 'export-too-large',
      message: expect.stringMatching(/^0\.0$/),
    });
    // Other formats are not backups: no cap.
    await expect(ask('history:export', { format: 'csv-tickets' })).resolves.toBeTruthy();
  });

  it('the cap is the one every export fits under', () => {
    expect(MAX_IMPORT_BYTES).toBe(128 * 1024 * 1024);
  });
});

describe('every refusal of an upload has its own code', () => {
  it('a file over the cap, by its size in bytes', async () => {
    const { ask } = setup();
    await expect(
      ask('history:import-begin', { bytes: 130 * 1024 * 1024, chars: 60 * 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'import-too-large', message: '130.0' });
  });

  it('a part out of order, a part too many, an unknown upload, an incomplete one', async () => {
    const text = await oneTicket();
    const { ask } = setup();
    const begin = () =>
      ask('history:import-begin', { bytes: text.length, chars: text.length }) as Promise<{
        uploadId: string;
      }>;
    let { uploadId } = await begin();
    await expect(
      ask('history:import-chunk', { uploadId, index: 1, text: text.slice(0, 10) }),
    ).rejects.toMatchObject({ code: 'import-upload-order', message: '1 ≠ 0' });
    ({ uploadId } = await begin());
    await ask('history:import-chunk', { uploadId, index: 0, text });
    await expect(
      ask('history:import-chunk', { uploadId, index: 1, text: 'x' }),
    ).rejects.toMatchObject({ code: 'import-upload-overflow' });
    ({ uploadId } = await begin());
    await ask('history:import-chunk', { uploadId, index: 0, text: text.slice(0, 10) });
    await expect(
      ask('history:import', { uploadId, mode: 'merge', dryRun: true }),
    ).rejects.toMatchObject({ code: 'import-upload-incomplete' });
    // Used (or replaced) uploads are gone.
    await expect(
      ask('history:import', { uploadId, mode: 'merge', dryRun: true }),
    ).rejects.toMatchObject({ code: 'import-upload-unknown' });
    const first = await begin();
    await begin();
    await expect(
      ask('history:import-chunk', { uploadId: first.uploadId, index: 0, text }),
    ).rejects.toMatchObject({ code: 'import-upload-unknown' });
    await expect(
      ask('history:import', { text, uploadId: first.uploadId, mode: 'merge', dryRun: true }),
    ).rejects.toMatchObject({ code: 'invalid-payload' });
  });

  it('a worker restarted in the middle says the upload was interrupted', async () => {
    const text = await oneTicket();
    const factory = freshFactory();
    const before = setup({}, factory);
    const { uploadId } = (await before.ask('history:import-begin', {
      bytes: text.length,
      chars: text.length,
    })) as { uploadId: string };
    await before.ask('history:import-chunk', { uploadId, index: 0, text: text.slice(0, 100) });
    before.service.close();
    // The worker comes back: same database, nothing in memory.
    const after = setup({}, factory);
    await expect(
      after.ask('history:import-chunk', { uploadId, index: 1, text: text.slice(100) }),
    ).rejects.toMatchObject({ code: 'import-upload-interrupted' });
    await expect(
      after.ask('history:import', { uploadId, mode: 'merge', dryRun: false }),
    ).rejects.toMatchObject({ code: 'import-upload-interrupted' });
    await expect(
      after.ask('history:export-part', { exportId: uploadId, index: 1 }),
    ).rejects.toMatchObject({ code: 'export-interrupted' });
  });

  it('only our own pages may upload', async () => {
    const { ask } = setup();
    for (const [type, payload] of [
      ['history:import-begin', { bytes: 10, chars: 10 }],
      ['history:import-chunk', { uploadId: 'abc.1', index: 0, text: '{}' }],
      ['history:export-part', { exportId: 'abc.1', index: 1 }],
    ] as const) {
      await expect(ask(type, payload, portal)).rejects.toMatchObject({
        code: 'forbidden-for-sender',
      });
    }
  });
});

describe('a file cannot say a customer is our own tenant', () => {
  const GUID = '0b3c1a52-6d3e-4b8e-9f0a-2f5e8c7d1a90';
  const OWN = '11111111-2222-4333-8444-555555555555';
  const customer = (id: string, ownTenant: boolean) => ({
    id,
    tenantId: id,
    name: id === OWN ? 'Us' : 'Contoso',
    domains: [],
    lastSeen: '2026-11-21T10:00:00.000Z',
    selectedAt: null,
    ownTenant,
  });
  it('recomputes ownTenant from the profile of this browser', async () => {
    const text = await exportJson(
      {
        customers: [customer(GUID, true), customer(OWN, false)],
        tickets: [],
        packs: [],
        events: [],
      },
      { now: NOW },
    );
    const { ask } = setup({ isOwnTenant: (tenantId) => tenantId === OWN });
    await ask('history:import', { text, mode: 'replace', dryRun: false });
    const page = (await ask('customers:list', {})) as {
      items: { tenantId: string; ownTenant: boolean }[];
    };
    const own = Object.fromEntries(page.items.map((c) => [c.tenantId, c.ownTenant]));
    expect(own).toEqual({ [GUID]: false, [OWN]: true });
  });
});

describe('splitText', () => {
  it('never splits a surrogate pair, and puts everything back', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(9)}😀`;
    const parts = splitText(text, 10);
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      const last = p.charCodeAt(p.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });
  it('ids of another worker read as interrupted, of this one as unknown', () => {
    const a = createTransfers('aaaa');
    expect(() => a.take('bbbb.1')).toThrow(
      expect.objectContaining({ code: 'import-upload-interrupted' }),
    );
    expect(() => a.take('aaaa.9')).toThrow(
      expect.objectContaining({ code: 'import-upload-unknown' }),
    );
  });
});
