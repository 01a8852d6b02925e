import { describe, expect, it } from 'vitest';
import { DB_NAME, openHistoryDb, SCHEMA_VERSION } from '../../../lib/history/schema';
import { freshFactory } from './helpers';

describe('history schema', () => {
  it('creates the stores and indexes the repositories rely on', async () => {
    const db = await openHistoryDb({ factory: freshFactory() });
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'customers',
      'events',
      'meta',
      'packs',
      'tickets',
      'tombstones',
    ]);
    const tx = db.transaction(['customers', 'tickets', 'packs', 'events', 'tombstones']);
    expect([...tx.objectStore('customers').indexNames].sort()).toEqual([
      'byDomain',
      'byLastSeen',
      'bySelectedAt',
      'byTenant',
    ]);
    const tickets = tx.objectStore('tickets');
    expect([...tickets.indexNames].sort()).toEqual([
      'byCustomerFiled',
      'byFiled',
      'byNumber',
      'byOpenDue',
      'byPack',
    ]);
    expect(tickets.index('byNumber').unique).toBe(true);
    expect(tx.objectStore('customers').index('byDomain').multiEntry).toBe(true);
    // v2: the log is numbered by the repositories; no key generator to exhaust.
    expect(tx.objectStore('events').autoIncrement).toBe(false);
    expect(tx.objectStore('tombstones').keyPath).toEqual(['entity', 'id']);
    db.close();
  });

  it('lets many tickets have no number (sparse unique index) but refuses a repeated number', async () => {
    const db = await openHistoryDb({ factory: freshFactory() });
    const base = { status: 'open', dueAt: null } as never;
    await db.put('tickets', { ...(base as object), id: 'a', number: null } as never);
    await db.put('tickets', { ...(base as object), id: 'b', number: null } as never);
    await db.put('tickets', { ...(base as object), id: 'c', number: '123456' } as never);
    await expect(
      db.put('tickets', { ...(base as object), id: 'd', number: '123456' } as never),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.countFromIndex('tickets', 'byNumber')).toBe(1);
    expect(await db.count('tickets')).toBe(3);
    db.close();
  });
});
