import { describe, expect, it } from 'vitest';
import {
  type AlarmsApi,
  alarmName,
  desiredAlarms,
  type ExistingAlarm,
  focusTargetOf,
  MAX_SCHEDULED,
  noticeInstant,
  notificationFor,
  parseAlarmName,
  RECONCILE_ALARM,
  reconcileAlarms,
} from '../../../lib/background/reminders';
import type { PackRecord, Ticket } from '../../../lib/history/types';
import { createTranslator } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/settings';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const reminders = defaultSettings('Europe/Paris').reminders;

/** An in-memory alarms API that behaves like browser.alarms (create replaces by name). */
function fakeAlarms(initial: ExistingAlarm[] = []) {
  const alarms = new Map(initial.map((a) => [a.name, a]));
  const calls = { create: 0, clear: 0 };
  const api: AlarmsApi = {
    getAll: async () => [...alarms.values()],
    create: (name, info) => {
      calls.create++;
      alarms.set(name, {
        name,
        scheduledTime: info.when ?? 0,
        ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}),
      });
    },
    clear: async (name) => {
      calls.clear++;
      return alarms.delete(name);
    },
  };
  return { api, alarms, calls };
}

const ticket = (id: string, dueAt: string | null, status: Ticket['status'] = 'open') =>
  ({ id, dueAt, status, number: `n-${id}`, title: 't', customerName: 'Contoso' }) as Ticket;
const pack = (id: string, expiresOn: string | null, incidents: number | null, used = 0) =>
  ({ id, expiresOn, incidents, used, kind: 'partner-gold-20pack', label: id }) as PackRecord;

describe('desired alarms', () => {
  it('schedules before-due and breach for open tickets, expiry and unused reminders for packs', () => {
    const desired = desiredAlarms({
      tickets: [
        ticket('a', '2026-11-21T12:00:00.000Z'),
        ticket('b', '2026-11-21T10:10:00.000Z'), // lead time already passed: breach only
        ticket('c', '2026-11-21T12:00:00.000Z', 'responded'),
        ticket('d', null),
      ],
      packs: [
        pack('p', '2027-03-01', 20, 3),
        pack('empty', '2027-03-01', 5, 5),
        pack('contract', '2027-03-01', null),
      ],
      now: NOW,
      reminders,
      timeZone: 'Europe/Paris',
    });
    const names = desired.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'pcx:due:a',
        'pcx:breach:a',
        'pcx:breach:b',
        'pcx:pack-30:p',
        'pcx:pack-7:p',
        'pcx:pack-unused:p',
        'pcx:pack-30:contract',
        'pcx:pack-7:contract',
      ]),
    );
    expect(names).not.toContain('pcx:due:b');
    expect(names.some((n) => n.endsWith(':c') || n.endsWith(':d') || n.endsWith(':empty'))).toBe(
      false,
    );
    expect(names).not.toContain('pcx:pack-unused:contract');
    expect(desired.find((d) => d.name === 'pcx:due:a')?.when).toBe(
      Date.parse('2026-11-21T11:30:00.000Z'),
    );
    // 09:00 in Paris (UTC+1 in winter) 30 days before 2027-03-01.
    expect(desired.find((d) => d.name === 'pcx:pack-30:p')?.when).toBe(
      Date.parse('2027-01-30T08:00:00.000Z'),
    );
    expect(desired.map((d) => d.when)).toEqual(
      [...desired.map((d) => d.when)].sort((x, y) => x - y),
    );
  });

  it('respects the toggles and the lead time', () => {
    const off = {
      ...reminders,
      beforeDue: false,
      atBreach: false,
      packExpiry: false,
      unusedIncidents: false,
    };
    expect(
      desiredAlarms({
        tickets: [ticket('a', '2026-11-22T00:00:00Z')],
        packs: [pack('p', '2027-03-01', 2)],
        now: NOW,
        reminders: off,
        timeZone: 'UTC',
      }),
    ).toEqual([]);
    const lead = desiredAlarms({
      tickets: [ticket('a', '2026-11-22T00:00:00.000Z')],
      packs: [],
      now: NOW,
      reminders: { ...reminders, leadMinutes: 120 },
      timeZone: 'UTC',
    });
    expect(lead[0]).toEqual({ name: 'pcx:due:a', when: Date.parse('2026-11-21T22:00:00.000Z') });
  });

  it('keeps only the nearest 400 (Chrome keeps at most 500 alarms)', () => {
    const tickets = Array.from({ length: 600 }, (_, i) =>
      ticket(`t${i}`, new Date(NOW.getTime() + (i + 60) * 60_000).toISOString()),
    );
    const desired = desiredAlarms({ tickets, packs: [], now: NOW, reminders, timeZone: 'UTC' });
    expect(desired).toHaveLength(MAX_SCHEDULED);
    const latest = Math.max(...desired.map((d) => d.when));
    expect(latest).toBeLessThan(NOW.getTime() + 661 * 60_000);
  });

  it('computes pack notices at 09:00 local, across DST', () => {
    expect(noticeInstant('2027-07-31', 30, 'Europe/Paris')).toBe(
      Date.parse('2027-07-01T07:00:00Z'),
    );
    expect(noticeInstant('not-a-date', 30, 'UTC')).toBeNull();
  });
});

describe('reconcile', () => {
  const input = {
    tickets: [ticket('a', '2026-11-21T12:00:00.000Z'), ticket('b', '2026-11-22T12:00:00.000Z')],
    packs: [pack('p', '2027-03-01', 20)],
    now: NOW,
    reminders,
    timeZone: 'UTC',
  };

  it('creates what is missing, clears what is stale, leaves foreign alarms, and is idempotent', async () => {
    const { api, alarms, calls } = fakeAlarms([
      { name: 'pcx:due:gone', scheduledTime: NOW.getTime() + 5000 },
      { name: 'pcx:breach:a', scheduledTime: Date.parse('2026-11-21T11:00:00Z') }, // wrong time
      { name: 'someone-else', scheduledTime: 1 },
    ]);
    const first = await reconcileAlarms(api, desiredAlarms(input), NOW);
    expect(first.cleared).toEqual(['pcx:due:gone']);
    expect(first.created).toContain('pcx:breach:a');
    expect(first.created).toContain(RECONCILE_ALARM);
    expect(alarms.get('pcx:breach:a')?.scheduledTime).toBe(Date.parse('2026-11-21T12:00:00.000Z'));
    expect(alarms.has('someone-else')).toBe(true);
    const snapshot = JSON.stringify([...alarms.entries()]);
    const before = { ...calls };
    // Twice: nothing changes, no call made.
    const second = await reconcileAlarms(api, desiredAlarms(input), NOW);
    expect(second).toEqual({ created: [], cleared: [], kept: desiredAlarms(input).length + 1 });
    expect(calls).toEqual(before);
    expect(JSON.stringify([...alarms.entries()])).toBe(snapshot);
  });

  it('after a change (ticket responded), its alarms go and nothing else moves', async () => {
    const { api, alarms } = fakeAlarms();
    await reconcileAlarms(api, desiredAlarms(input), NOW);
    const changed = {
      ...input,
      tickets: [ticket('a', '2026-11-21T12:00:00.000Z', 'responded'), input.tickets[1]!],
    };
    const r = await reconcileAlarms(api, desiredAlarms(changed), NOW);
    expect(r.cleared.sort()).toEqual(['pcx:breach:a', 'pcx:due:a']);
    expect(r.created).toEqual([]);
    expect([...alarms.keys()].filter((n) => n.endsWith(':a'))).toEqual([]);
  });
});

describe('notifications', () => {
  const context = {
    now: NOW,
    reminders,
    timeZone: 'UTC',
    t: createTranslator('en'),
    locale: 'en-GB',
  };
  it('names encode kind and id; clicks target the ticket or pack', () => {
    expect(parseAlarmName(alarmName('pack-unused', 'x:y'))).toEqual({
      kind: 'pack-unused',
      id: 'x:y',
    });
    expect(parseAlarmName('pcx:reconcile')).toBeNull();
    expect(parseAlarmName('other:due:x')).toBeNull();
    expect(focusTargetOf('pcx:breach:t1')).toEqual({ kind: 'ticket', id: 't1' });
    expect(focusTargetOf('pcx:pack-7:p1')).toEqual({ kind: 'pack', id: 'p1' });
  });

  it('re-checks the record at fire time and speaks the user’s language', () => {
    const open = ticket('a', '2026-11-21T10:30:00.000Z');
    const text = notificationFor('due', open, context);
    expect(text?.title).toBe('First response due soon');
    expect(text?.message).toContain('n-a (Contoso)');
    expect(notificationFor('due', { ...open, status: 'responded' }, context)).toBeNull();
    expect(
      notificationFor('breach', open, { ...context, reminders: { ...reminders, atBreach: false } }),
    ).toBeNull();
    expect(notificationFor('due', null, context)).toBeNull();
    const fr = notificationFor('pack-unused', pack('p', '2027-01-10', 5, 2), {
      ...context,
      t: createTranslator('fr'),
    });
    expect(fr?.title).toBe('Incidents de support non utilisés');
    expect(fr?.message).toContain('3 incident');
    expect(notificationFor('pack-7', pack('p', '2026-11-20', 5), context)).toBeNull();
  });
});
