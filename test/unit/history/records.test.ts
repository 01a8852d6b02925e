import { describe, expect, it } from 'vitest';
import { exportJson, parseBackup } from '../../../lib/history/backup';
import {
  captureInput,
  TICKET_FIELD_NAMES,
  ticketFields,
  ticketInput,
  ticketKeptFields,
  ticketPatch,
  ticketRecord,
} from '../../../lib/history/types';
import { openRepo, page, ticketInput as ticketPayload } from './helpers';

/**
 * A ticket is declared once (lib/history/types.ts): the fields a surface provides and the fields
 * the history keeps. What the repository writes, what the messages accept and what a backup may
 * hold all follow that one declaration.
 */
describe('the ticket declaration', () => {
  it('the repository writes exactly the declared fields, and a stored ticket validates', async () => {
    const { repo } = await openRepo();
    const ticket = await repo.ticketsAdd(ticketPayload({ notes: 'n' }), page);
    const declared = ['id', ...Object.keys(ticketFields), ...Object.keys(ticketKeptFields)];
    expect(Object.keys(ticket).sort()).toEqual([...declared].sort());
    expect(ticketRecord.parse(ticket, 'ticket')).toEqual({ ok: true, value: ticket });
  });

  it('a payload key outside the declaration is never stored, even replayed without the schema', async () => {
    const { repo } = await openRepo();
    const payload = { ...ticketPayload(), stray: 'x' } as ReturnType<typeof ticketPayload>;
    const ticket = await repo.ticketsAdd(payload, page);
    expect(ticket).not.toHaveProperty('stray');
  });

  it('the inputs are made of the same fields', () => {
    expect(TICKET_FIELD_NAMES).toEqual(Object.keys(ticketFields));
    const sample = ticketPayload();
    const provided = Object.fromEntries(TICKET_FIELD_NAMES.map((k) => [k, sample[k]]));
    expect(ticketInput.parse(provided, 'p').ok).toBe(true);
    expect(captureInput.parse({ ...provided, number: '2611210010000001' }, 'p').ok).toBe(true);
    // A patch may set any provided field but the portal, and nothing else.
    for (const name of TICKET_FIELD_NAMES) {
      const r = ticketPatch.parse({ [name]: provided[name] }, 'patch');
      expect(r.ok, name).toBe(name !== 'portal');
    }
    expect(ticketPatch.parse({ status: 'open' }, 'patch').ok).toBe(false);
  });

  it('a backup of a ticket imports back as the same ticket', async () => {
    const { repo } = await openRepo();
    const ticket = await repo.ticketsAdd(ticketPayload(), page);
    const text = await exportJson(await repo.snapshot(), { now: new Date('2026-11-21T10:00:00Z') });
    const backup = await parseBackup(text);
    expect(backup.data.tickets).toEqual([ticket]);
  });
});
