import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  defaultSeparator,
  exportIcs,
  exportPacksCsv,
  exportTicketsCsv,
  icsFold,
  icsTriggerBefore,
  localDateTime,
  PACK_COLUMNS,
  TICKET_COLUMNS,
} from '../../../lib/history/backup';
import type { PackRecord, Ticket } from '../../../lib/history/types';
import { createTranslator } from '../../../lib/i18n';
import { openRepo, packInput, page, ticketInput } from './helpers';

/**
 * The exports people open directly, re-read with the parsers a spreadsheet or a calendar would
 * use (csv-parse, ical.js): what they read back is what the history holds, in the agent's words,
 * zone and separator.
 */

const en = createTranslator('en');
const fr = createTranslator('fr');
const NOW = new Date('2026-11-21T10:00:00.000Z');

async function history() {
  const { repo } = await openRepo();
  const pack = await repo.packsAdd(packInput({ label: 'Réserve été 🌞' }), page);
  const ticket = await repo.ticketsAdd(
    ticketInput({
      severity: 'A',
      title: 'Réplication cassée; =1+1',
      customerName: 'Société Générale, Paris',
      notes: 'Contoso;=HYPERLINK("x")',
      // 14:30 in Paris in winter.
      filedAt: '2026-12-01T13:30:00.000Z',
      dueAt: '2026-12-01T14:30:00.000Z',
    }),
    page,
  );
  const summer = await repo.ticketsAdd(
    ticketInput({
      number: '2607010010000002',
      severity: null,
      program: 'unknown',
      portal: null,
      portalLink: null,
      dueAt: null,
      rule: null,
      clock: null,
      filedAt: '2026-07-01T06:05:00.000Z',
    }),
    page,
  );
  return { repo, pack, ticket, summer, snapshot: await repo.snapshot() };
}

const readCsv = (text: string, delimiter: string) =>
  parse(text, { bom: true, delimiter, columns: true, relax_column_count: false }) as Record<
    string,
    string
  >[];

describe('CSV sheets, re-read with csv-parse', () => {
  it('French: a BOM, `;`, French headers naming the zone, local times and labels', async () => {
    const { snapshot, ticket, pack } = await history();
    const csv = exportTicketsCsv(snapshot, { t: fr, separator: ';', timeZone: 'Europe/Paris' });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = readCsv(csv, ';');
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] as object)).toHaveLength(TICKET_COLUMNS.length);
    // Oldest filed first: the July ticket, then December's.
    const [july, december] = rows as [Record<string, string>, Record<string, string>];
    expect(december).toMatchObject({
      ID: ticket.id,
      'Numéro de demande': '2611210010000001',
      Client: 'Société Générale, Paris',
      Gravité: 'A – critique',
      Programme: 'CSP',
      Statut: 'En attente de Microsoft',
      'Ouverte (Europe/Paris)': '2026-12-01 14:30',
      'Première réponse attendue (Europe/Paris)': '2026-12-01 15:30',
      'Première réponse (Europe/Paris)': '',
      Service: 'Azure',
      'Incident (break-fix)': 'Oui',
      'Langue du support': 'Anglais',
      Portail: 'Portail Azure',
      Pack: '',
      Origine: 'Saisie à la main',
      Lien: 'https://portal.azure.com/#view/req/2611210010000001',
    });
    // A formula after `;` is neutralised even though `;` is now the separator.
    expect(december.Titre).toBe("'Réplication cassée; =1+1");
    expect(december.Notes).toBe('\'Contoso;=HYPERLINK("x")');
    // Summer time: UTC+2; no severity (Microsoft sets it) and an unknown program.
    expect(july['Ouverte (Europe/Paris)']).toBe('2026-07-01 08:05');
    expect(july).toMatchObject({ Gravité: '', Programme: 'Inconnu', Portail: '' });
    expect(pack.label).toBe('Réserve été 🌞');
  });

  it('English: `,`, English headers, the pack named instead of its id', async () => {
    const { snapshot, pack } = await history();
    const [first] = snapshot.tickets;
    // A link as the history records it (which ticket may spend a pack is the repository's rule).
    const after = {
      ...snapshot,
      tickets: snapshot.tickets.map((t) => (t === first ? { ...t, packId: pack.id } : t)),
    };
    const csv = exportTicketsCsv(after, { t: en, separator: ',', timeZone: 'America/New_York' });
    const rows = readCsv(csv, ',');
    const linked = rows.find((r) => r.ID === (first as Ticket).id) as Record<string, string>;
    expect(linked.Pack).toBe('Réserve été 🌞');
    expect(Object.keys(linked)).toContain('Filed (America/New_York)');
    expect(rows.find((r) => r.Severity === 'A – critical')).toBeTruthy();
    // Never the pack's id where a person reads the pack.
    expect(csv).not.toContain(`"${pack.id}"`);
  });

  it('an unknown zone falls back to UTC and says so', async () => {
    const { snapshot } = await history();
    const rows = readCsv(exportTicketsCsv(snapshot, { t: en, timeZone: 'Mars/Olympus' }), ',');
    expect((rows[1] as Record<string, string>)['Filed (UTC)']).toBe('2026-12-01 13:30');
  });

  it('packs: names, kind labels, counts and what is left', async () => {
    const { snapshot, pack } = await history();
    const rows = readCsv(exportPacksCsv(snapshot.packs, { t: fr, separator: ';' }), ';');
    expect(Object.keys(rows[0] as object)).toHaveLength(PACK_COLUMNS.length);
    expect(rows[0]).toMatchObject({
      ID: pack.id,
      Nom: 'Réserve été 🌞',
      Incidents: '20',
      Utilisés: '0',
      Restants: '20',
    });
    expect((rows[0] as Record<string, string>).Type).toBe(fr(`plan.${pack.kind}`));
  });

  it('every cell that could start a formula is neutralised, whichever separator is used', () => {
    const hostile = ['=1+1', ' +cmd', 'a;=b', 'a,-b', '＝1', '@SUM(A1)', '\tx', '|calc'];
    for (const separator of [',', ';'] as const) {
      const tickets = hostile.map(
        (title, i) =>
          ({
            ...ticketInput({ title, number: `26112100100000${10 + i}` }),
            id: `t${i}`,
            status: 'open',
            statusAt: { open: NOW.toISOString() },
            portalStatus: null,
            portalStatusSeenAt: null,
            packId: null,
            notes: '',
            source: 'captured',
            createdAt: NOW.toISOString(),
            updatedAt: NOW.toISOString(),
          }) as Ticket,
      );
      const rows = readCsv(
        exportTicketsCsv({ tickets, packs: [] }, { t: en, separator }),
        separator,
      );
      expect(rows.map((r) => r.Title)).toEqual(hostile.map((h) => `'${h}`));
      // The raw line holds each cell whole: quoted, so neither separator splits it.
      const lines = exportTicketsCsv({ tickets, packs: [] }, { t: en, separator }).split('\r\n');
      hostile.forEach((h, i) => {
        expect(lines[i + 1]).toContain(`"'${h.replace(/"/g, '""')}"`);
      });
    }
  });

  it('the default separator follows the language', () => {
    expect(defaultSeparator('fr')).toBe(';');
    expect(defaultSeparator('en')).toBe(',');
  });

  it('local times follow the zone across its clock changes, half and quarter hours included', () => {
    const cases: [string, string, string][] = [
      ['2026-03-29T00:59:00.000Z', 'Europe/Paris', '2026-03-29 01:59'],
      ['2026-03-29T01:00:00.000Z', 'Europe/Paris', '2026-03-29 03:00'],
      ['2026-10-25T00:30:00.000Z', 'Europe/Paris', '2026-10-25 02:30'],
      ['2026-10-25T01:30:00.000Z', 'Europe/Paris', '2026-10-25 02:30'],
      ['2026-04-04T14:59:00.000Z', 'Australia/Lord_Howe', '2026-04-05 01:59'],
      ['2026-04-04T15:00:00.000Z', 'Australia/Lord_Howe', '2026-04-05 01:30'],
      ['2026-06-01T00:00:00.000Z', 'Asia/Kathmandu', '2026-06-01 05:45'],
    ];
    for (const [iso, zone, wall] of cases)
      expect(localDateTime(iso, zone), `${iso} ${zone}`).toBe(wall);
  });

  it('local times are written YYYY-MM-DD HH:mm, midnight as 00', () => {
    expect(localDateTime('2026-12-31T23:00:00.000Z', 'Europe/Paris')).toBe('2027-01-01 00:00');
    expect(localDateTime(null, 'Europe/Paris')).toBeNull();
    expect(localDateTime('not a date', 'UTC')).toBeNull();
  });
});

describe('ICS calendar, re-read with ical.js', () => {
  const labels = {
    firstResponse: (t: Ticket) => `Première réponse due : ${t.number} (${t.customerName})`,
    packExpiry: (p: PackRecord) => `Le pack expire : ${p.label}`,
  };
  const events = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent') as ICAL.Component[];

  it('due-time events have an end, an alarm at the lead time, a description and the link', async () => {
    const { snapshot, ticket } = await history();
    const ics = exportIcs(snapshot, NOW, labels, { leadMinutes: 90, t: fr });
    const [due, expiry] = events(ics);
    if (!due || !expiry) throw new Error('two events expected');
    expect(due.getFirstPropertyValue('uid')).toBe(`ticket-${ticket.id}-first-response@pcx.invalid`);
    const start = due.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = due.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-12-01T14:30:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2026-12-01T14:45:00.000Z');
    expect(due.getFirstPropertyValue('url')).toBe(
      'https://portal.azure.com/#view/req/2611210010000001',
    );
    expect(due.getFirstPropertyValue('summary')).toBe(
      'Première réponse due : 2611210010000001 (Société Générale, Paris)',
    );
    expect(String(due.getFirstPropertyValue('description')).split('\n')).toEqual([
      'Client : Société Générale, Paris',
      'Gravité : A – critique',
      'Programme : CSP',
      `Règle : ${fr('rule.csp-severity')}`,
      'Numéro de demande : 2611210010000001',
      'Ouvrir la demande : https://portal.azure.com/#view/req/2611210010000001',
    ]);
    const [valarm] = due.getAllSubcomponents('valarm');
    expect(valarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = valarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-90 * 60);

    // The pack: an all-day event, an alarm a week before at 09:00, its kind and what is left.
    const day = expiry.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(day.isDate).toBe(true);
    expect(day.toString()).toBe('2027-06-30');
    expect((expiry.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2027-07-01');
    const packTrigger = expiry
      .getFirstSubcomponent('valarm')
      ?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(packTrigger.toSeconds()).toBe(-(7 * 24 - 9) * 3600);
    expect(String(expiry.getFirstPropertyValue('description'))).toContain(
      'Incidents restants : 20',
    );
  });

  it('a folded line with accents and emoji reads back identically', async () => {
    const { snapshot } = await history();
    const long = 'Réserve été 🌞 — très très long libellé àéèêëîïôöùûüç 🚀🚀 '.repeat(3).trim();
    const packs = snapshot.packs.map((p) => ({ ...p, label: long }));
    const ics = exportIcs({ tickets: [], packs }, NOW, labels, { t: fr });
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(ics).toMatch(/\r\n /); // it was folded
    const [event] = events(ics);
    expect(event?.getFirstPropertyValue('summary')).toBe(`Le pack expire : ${long}`);
    // The unit test of the folding itself: never a split UTF-8 character.
    const folded = icsFold(`SUMMARY:${long}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${long}`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('a ticket without a link has no URL, and a lead of 0 rings at the due time', async () => {
    const { repo } = await openRepo();
    await repo.ticketsAdd(ticketInput({ portalLink: null }), page);
    const [event] = events(
      exportIcs(await repo.snapshot(), NOW, labels, { leadMinutes: 0, t: en }),
    );
    expect(event?.getFirstProperty('url')).toBeNull();
    expect(String(event?.getFirstPropertyValue('description'))).not.toContain('Open the request');
    const trigger = event
      ?.getFirstSubcomponent('valarm')
      ?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(0);
  });

  it('triggers are written as RFC 5545 durations', () => {
    expect(icsTriggerBefore(30)).toBe('-PT30M');
    expect(icsTriggerBefore(60)).toBe('-PT1H');
    expect(icsTriggerBefore(90)).toBe('-PT1H30M');
    expect(icsTriggerBefore(0)).toBe('PT0S');
  });
});
