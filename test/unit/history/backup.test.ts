import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  csvCell,
  exportIcs,
  exportJson,
  exportPacksCsv,
  exportTicketsCsv,
  icsFold,
  parseBackup,
  planImport,
  sha256Hex,
} from '../../../lib/history/backup';
import type { Snapshot } from '../../../lib/history/repo';
import { SCHEMA_VERSION } from '../../../lib/history/schema';
import type { Customer, HistoryEvent, PackRecord, Ticket } from '../../../lib/history/types';
import { openRepo, packInput, page, ticketInput } from './helpers';

const NOW = new Date('2026-11-21T10:00:00.000Z');

// ——— arbitraries: records as the schema allows them ———
const instant = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') })
  .map((t) => new Date(t).toISOString());
const date = instant.map((s) => s.slice(0, 10));
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const idArb = fc.stringMatching(/^[A-Za-z0-9:._@-]{1,40}$/);

const customerArb: fc.Arbitrary<Customer> = fc.record({
  id: idArb,
  tenantId: fc.option(fc.uuid(), { nil: null }),
  name: fc.option(text(40), { nil: null }),
  domains: fc.array(fc.domain(), { maxLength: 3 }),
  lastSeen: instant,
  selectedAt: fc.option(instant, { nil: null }),
  ownTenant: fc.boolean(),
});

const packArb: fc.Arbitrary<PackRecord> = fc.record({
  id: idArb,
  kind: fc.constantFrom('partner-gold-20pack', 'pay-per-incident-5pack', 'premier-unified'),
  label: text(30),
  purchasedOn: date,
  expiresOn: fc.option(date, { nil: null }),
  incidents: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  used: fc.integer({ min: 0, max: 20 }),
  account: fc.constantFrom(null, 'msa', 'entra'),
  orderNumber: fc.option(text(20), { nil: null }),
  contractId: fc.option(text(20), { nil: null }),
  notes: text(80),
  createdAt: instant,
  updatedAt: instant,
}) as fc.Arbitrary<PackRecord>;

const ticketArb = (packIds: string[]): fc.Arbitrary<Ticket> =>
  fc.record({
    id: idArb,
    number: fc.option(fc.stringMatching(/^[0-9]{15,16}$/), { nil: null }),
    portal: fc.constantFrom(null, 'azure', 'm365-admin'),
    portalLink: fc.option(
      fc.webUrl({ validSchemes: ['https'] }).filter((u) => !/\s/.test(u)),
      {
        nil: null,
      },
    ),
    customerId: fc.option(idArb, { nil: null }),
    customerName: fc.option(text(40), { nil: null }),
    service: fc.constantFrom('azure', 'office-365', 'on-premises'),
    product: fc.option(text(30), { nil: null }),
    title: text(60),
    severity: fc.constantFrom(null, 'A', 'B', 'C'),
    program: fc.constantFrom('csp', 'professional'),
    breakFix: fc.boolean(),
    supportLanguage: fc.constantFrom('english', 'local'),
    filedAt: instant,
    dueAt: fc.option(instant, { nil: null }),
    rule: fc.constantFrom(null, 'csp-severity'),
    clock: fc.constantFrom(null, 'around-the-clock', 'business-hours'),
    caveats: fc.array(fc.stringMatching(/^[a-z-]{1,20}$/), { maxLength: 3 }),
    contact: fc.option(
      fc.record({
        name: fc.option(text(20), { nil: null }),
        email: fc.option(fc.emailAddress(), { nil: null }),
        phone: fc.constant(null),
      }),
      { nil: null },
    ),
    status: fc.constantFrom('open', 'responded', 'resolved', 'closed-unresolved'),
    statusAt: fc.record({ open: instant, responded: instant }, { requiredKeys: ['open'] }),
    portalStatus: fc.constantFrom(null, 'open', 'closed'),
    portalStatusSeenAt: fc.option(instant, { nil: null }),
    packId: packIds.length
      ? fc.option(fc.constantFrom(...packIds), { nil: null })
      : fc.constant(null),
    notes: text(100),
    source: fc.constantFrom('captured', 'manual'),
    createdAt: instant,
    updatedAt: instant,
  }) as fc.Arbitrary<Ticket>;

const eventsArb: fc.Arbitrary<HistoryEvent[]> = fc
  .array(
    fc.record({
      at: instant,
      surface: fc.constantFrom('content', 'page', 'background', 'import'),
      entity: fc.constantFrom('ticket', 'pack', 'customer', 'history'),
      entityId: fc.option(idArb, { nil: null }),
      action: fc.constantFrom('created', 'updated', 'status'),
      details: fc.option(
        fc.dictionary(
          fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/),
          fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), text(10)),
          { maxKeys: 3 },
        ),
        { nil: undefined },
      ),
    }),
    { maxLength: 10 },
  )
  .map((list) =>
    list.map((e, i) => {
      const event: HistoryEvent = { ...e, seq: i + 1 } as HistoryEvent;
      if (event.details === undefined) delete event.details;
      return event;
    }),
  );

const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string, max: number) =>
  fc.uniqueArray(arb, { selector: key, maxLength: max });

const snapshotArb: fc.Arbitrary<Snapshot> = uniqueBy(packArb, (p) => p.id, 4).chain((packs) =>
  fc.record({
    customers: uniqueBy(customerArb, (c) => c.id, 4),
    tickets: fc
      .uniqueArray(ticketArb(packs.map((p) => p.id)), { selector: (t) => t.id, maxLength: 6 })
      .map((ts) => {
        const seen = new Set<string>();
        return ts.map((t) => {
          if (t.number && seen.has(t.number)) return { ...t, number: null };
          if (t.number) seen.add(t.number);
          return t;
        });
      }),
    packs: fc.constant(packs),
    events: eventsArb,
  }),
);

describe('JSON backup', () => {
  it('round-trips arbitrary data exactly: export → import replace → export', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (data) => {
        const { repo, db } = await openRepo();
        // Some data already there: replace must remove it.
        await repo.ticketsAdd(ticketInput({ number: '9999999999999999' }), page);
        const first = await exportJson(data, { now: NOW });
        const parsed = await parseBackup(first);
        const summary = await repo.applyImport(
          (current) => planImport(current, parsed.data, 'replace', false),
          { surface: 'import' },
        );
        expect(summary.changes.removed).toBe(1);
        const after = await repo.snapshot();
        const second = JSON.parse(
          await exportJson({ ...after, events: after.events.slice(0, -1) }, { now: NOW }),
        );
        expect(second).toEqual(JSON.parse(first));
        // …and the import itself is the last event of the log.
        expect(after.events.at(-1)).toMatchObject({
          entity: 'history',
          action: 'imported',
          surface: 'import',
        });
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('merge adds missing records, takes newer copies, keeps local numbers', async () => {
    const { repo } = await openRepo();
    const local = await repo.ticketsAdd(ticketInput({ number: '1111111111111111' }), page);
    const pack = await repo.packsAdd(packInput(), page);
    const incoming: Snapshot = {
      customers: [],
      packs: [{ ...pack, label: 'renamed', updatedAt: '2030-01-01T00:00:00.000Z' }],
      tickets: [
        { ...local, id: 'other-id' }, // same number, other id: local kept
        { ...local, id: 'new-one', number: '2222222222222222' },
      ],
      events: [],
    };
    const parsed = await parseBackup(await exportJson(incoming, { now: NOW }));
    const dry = planImport(await repo.snapshot(), parsed.data, 'merge', true).result;
    expect(dry.changes).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 0 });
    await repo.applyImport((c) => planImport(c, parsed.data, 'merge', false), {
      surface: 'import',
    });
    const s = await repo.snapshot();
    expect(s.tickets.map((t) => t.id).sort()).toEqual([local.id, 'new-one'].sort());
    expect(s.packs[0]?.label).toBe('renamed');
  });

  describe('refuses hostile or broken files with a precise code, writing nothing', () => {
    const good = async () =>
      exportJson(
        { customers: [], tickets: [{ ...(await sampleTicket()) }], packs: [], events: [] },
        { now: NOW },
      );
    const sampleTicket = async () => {
      const { repo } = await openRepo();
      return repo.ticketsAdd(ticketInput(), page);
    };
    const cases: [string, () => Promise<string>, string][] = [
      ['truncated JSON', async () => (await good()).slice(0, -20), 'import-not-json'],
      [
        'wrong format',
        async () => (await good()).replace('pcx-backup', 'other-app'),
        'import-wrong-format',
      ],
      ['not an object', async () => '[1,2,3]', 'import-wrong-format'],
      [
        'future schema version',
        async () =>
          (await good()).replace(
            `"schemaVersion":${SCHEMA_VERSION}`,
            `"schemaVersion":${SCHEMA_VERSION + 1}`,
          ),
        'import-future-version',
      ],
      [
        'checksum mismatch',
        async () => (await good()).replace('VM does not start', 'VM does not stop'),
        'import-checksum',
      ],
      [
        '__proto__ key at the top',
        async () => (await good()).replace('{', '{"__proto__":{"polluted":1},'),
        'import-forbidden-key',
      ],
      [
        '__proto__ key in a record',
        async () => (await good()).replace('"breakFix"', '"__proto__":{"isAdmin":true},"breakFix"'),
        'import-forbidden-key',
      ],
      [
        'constructor key in a record',
        async () => (await good()).replace('"breakFix"', '"constructor":1,"breakFix"'),
        'import-invalid-record',
      ],
      [
        'invalid record',
        async () => (await good()).replace('"severity":"B"', '"severity":"Z"'),
        'import-invalid-record',
      ],
      [
        '50 MB input',
        async () => `{"format":"pcx-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`,
        'import-too-large',
      ],
    ];
    it.each(cases)('%s', async (_name, make, code) => {
      const { repo } = await openRepo();
      await repo.packsAdd(packInput(), page);
      const before = await repo.snapshot();
      const text = await make();
      let thrown: unknown;
      try {
        const parsed = await parseBackup(text);
        await repo.applyImport((c) => planImport(c, parsed.data, 'replace', false), {
          surface: 'import',
        });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code });
      expect(await repo.snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('a record with a valid checksum but a duplicate number or a dangling pack', async () => {
      const t = await sampleTicket();
      const dup = await exportJson(
        { customers: [], packs: [], events: [], tickets: [t, { ...t, id: 'b' }] },
        { now: NOW },
      );
      await expect(parseBackup(dup)).rejects.toMatchObject({ code: 'import-duplicate' });
      const dangling = await exportJson(
        { customers: [], packs: [], events: [], tickets: [{ ...t, packId: 'gone' }] },
        { now: NOW },
      );
      await expect(parseBackup(dangling)).rejects.toMatchObject({ code: 'import-dangling-pack' });
    });
  });

  it('checksum is SHA-256 of the canonical data, independent of record order and key order', async () => {
    const { repo } = await openRepo();
    await repo.ticketsAdd(ticketInput({ number: '1111111111111111' }), page);
    await repo.ticketsAdd(ticketInput({ number: '2222222222222222' }), page);
    const s = await repo.snapshot();
    const a = JSON.parse(await exportJson(s, { now: NOW }));
    const b = JSON.parse(
      await exportJson({ ...s, tickets: [...s.tickets].reverse() }, { now: NOW }),
    );
    expect(a.checksum).toBe(b.checksum);
    expect(a.checksum).toBe(await sha256Hex(canonicalJson(s)));
    expect(a.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toMatchObject({
      format: 'pcx-backup',
      schemaVersion: SCHEMA_VERSION,
      counts: { tickets: 2, events: 2 },
    });
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const lead of ['+', '-', '@', '\t']) expect(csvCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('exports tickets and packs with a header and CRLF rows', async () => {
    const { repo } = await openRepo();
    const t = await repo.ticketsAdd(ticketInput({ title: '=cmd|calc', notes: 'a, "b"' }), page);
    const csv = exportTicketsCsv([t]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^id,number,portal,/);
    expect(lines[1]).toContain("'=cmd|calc");
    expect(lines[1]).toContain('"a, ""b"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    const packs = exportPacksCsv([await repo.packsAdd(packInput({ label: '-5 left' }), page)]);
    expect(packs.split('\r\n')[1]).toContain("'-5 left");
  });
});

describe('ICS', () => {
  const labels = {
    firstResponse: (t: Ticket) => `First response due: ${t.number}; ${t.customerName}, ok`,
    packExpiry: (p: PackRecord) => `Pack expires: ${p.label}`,
  };
  it('writes VEVENTs for open first-response due times and pack expiries (RFC 5545)', async () => {
    const { repo } = await openRepo();
    const open = await repo.ticketsAdd(ticketInput(), page);
    const done = await repo.ticketsAdd(ticketInput({ number: '2222222222222222' }), page);
    await repo.ticketsSetStatus({ id: done.id, status: 'responded' }, page);
    const pack = await repo.packsAdd(
      packInput({ label: 'Très long libellé de pack '.repeat(4) }),
      page,
    );
    const s = await repo.snapshot();
    const ics = exportIcs(s, NOW, labels);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('BEGIN:VEVENT')).toHaveLength(3);
    expect(ics).toContain(`UID:ticket-${open.id}-first-response@pcx.invalid`);
    expect(ics).toContain('DTSTART:20261121T130000Z');
    expect(ics).toContain('DTSTAMP:20261121T100000Z');
    expect(ics).toContain('SUMMARY:First response due: 2611210010000001\\; Contoso\\, ok');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270630');
    expect(ics).toContain('DTEND;VALUE=DATE:20270701');
    expect(ics).toContain(`UID:pack-${pack.id}-expiry@pcx.invalid`);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding gives back the summary.
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:Pack expires: ${pack.label}`);
    // Stable: the same data gives the same calendar.
    expect(exportIcs(s, NOW, labels)).toBe(ics);
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = icsFold(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
