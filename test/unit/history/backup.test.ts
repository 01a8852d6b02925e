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
import { createTranslator } from '../../../lib/i18n';
import { cleanName } from '../../../lib/names';
import { openRepo, packInput, page, ticketInput } from './helpers';

const NOW = new Date('2026-11-21T10:00:00.000Z');

// ——— arbitraries: records as the schema allows them ———
const instant = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') })
  .map((t) => new Date(t).toISOString());
const date = instant.map((s) => s.slice(0, 10));
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
// Names as the messages keep them (cleaned of stray spaces and invisible characters).
const nameText = (max: number) => text(max).map((s) => cleanName(s));
const idArb = fc.stringMatching(/^[A-Za-z0-9:._@-]{1,40}$/);

const domainArb = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/),
    fc.constantFrom('com', 'fr', 'onmicrosoft.com'),
  )
  .map(([name, tld]) => `${name}.${tld}`);
// Customers as the repository keys them: by tenant id, else `domain:<one of its domains>`.
const customerArb: fc.Arbitrary<Customer> = fc
  .record({
    tenantId: fc.option(fc.uuid(), { nil: null }),
    name: fc.option(text(40), { nil: null }),
    domains: fc.uniqueArray(domainArb, { minLength: 1, maxLength: 3 }),
    lastSeen: instant,
    selectedAt: fc.option(instant, { nil: null }),
    ownTenant: fc.boolean(),
  })
  .map((c) => ({ id: c.tenantId ?? `domain:${c.domains[0]}`, ...c }));

const packArb: fc.Arbitrary<PackRecord> = fc.record({
  id: idArb,
  kind: fc.constantFrom('partner-gold-20pack', 'pay-per-incident-5pack', 'premier-unified'),
  label: text(30),
  purchasedOn: date,
  expiresOn: fc.option(
    date.map((d) => d.replace(/^20/, '21')),
    { nil: null },
  ),
  incidents: fc.option(fc.integer({ min: 20, max: 40 }), { nil: null }),
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
      fc
        .tuple(
          fc.constantFrom('portal.azure.com', 'admin.microsoft.com', 'partner.microsoft.com'),
          fc.webPath(),
        )
        .map(([host, path]) => `https://${host}${path}`)
        .filter((u) => !/\s/.test(u)),
      { nil: null },
    ),
    customerId: fc.option(idArb, { nil: null }),
    customerName: fc.option(nameText(40), { nil: null }),
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
        name: fc.option(nameText(20), { nil: null }),
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

const snapshotArb: fc.Arbitrary<Snapshot> = uniqueBy(packArb, (p) => p.id, 4)
  .chain((packs) =>
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
  )
  .map((data) => {
    // As the repositories keep it: a pack's `used` is what its linked tickets spend, never more
    // than it holds (an import recomputes it and refuses an over-spent pack).
    const linked = (id: string) => data.tickets.filter((t) => t.packId === id).length;
    const packs = data.packs.map((p) => {
      const used = linked(p.id);
      return { ...p, used, incidents: p.incidents === null ? null : Math.max(p.incidents, used) };
    });
    return { ...data, packs };
  });

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
    expect(dry.changes).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      removed: 0,
      skippedDeleted: 0,
    });
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
        // 45 million characters, 135 MB once written: the cap counts the file's bytes.
        'a file over 128 MB (UTF-8 bytes, not characters)',
        async () => `{"format":"pcx-backup","pad":"${'€'.repeat(45_000_000)}"}`,
        'import-too-large',
      ],
      [
        'valid JSON nested 100,000 deep',
        async () => `{"format":"pcx-backup","pad":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        'import-too-deep',
      ],
      [
        'nested 65 deep inside a backup',
        async () =>
          (await good()).replace('"caveats":[]', `"caveats":${'['.repeat(65)}${']'.repeat(65)}`),
        'import-too-deep',
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

    it('says how large the file is, in MB of the file itself', async () => {
      const text = `{"pad":"${'€'.repeat(45_000_000)}"}`;
      await expect(parseBackup(text)).rejects.toMatchObject({
        code: 'import-too-large',
        message: '128.7',
      });
      // Brackets inside strings (escaped quotes too) are text, not nesting.
      const quoted = `{"format":"other","pad":"${'[{\\"'.repeat(100)}"}`;
      await expect(parseBackup(quoted)).rejects.toMatchObject({ code: 'import-wrong-format' });
    });

    it('says where a broken file stops being JSON', async () => {
      const text = await exportJson(
        { customers: [], tickets: [], packs: [], events: [] },
        { now: NOW },
      );
      await expect(parseBackup(text.slice(0, 100))).rejects.toMatchObject({
        code: 'import-not-json',
        message: '100',
      });
      await expect(
        parseBackup(text.replace(',"schemaVersion"', ',,"schemaVersion"')),
      ).rejects.toMatchObject({
        code: 'import-not-json',
        message: String(text.indexOf(',"schemaVersion"') + 1),
      });
    });

    describe('refuses records the history could never hold, naming the record and the field', () => {
      const GUID = '0b3c1a52-6d3e-4b8e-9f0a-2f5e8c7d1a90';
      const customer: Customer = {
        id: GUID,
        tenantId: GUID,
        name: 'Contoso',
        domains: ['contoso.com'],
        lastSeen: '2026-11-21T10:00:00.000Z',
        selectedAt: null,
        ownTenant: false,
      };
      const pack = {
        id: 'p1',
        kind: 'partner-gold-20pack',
        label: 'FY26',
        purchasedOn: '2026-07-01',
        expiresOn: '2027-06-30',
        incidents: 20,
        used: 3,
        account: null,
        orderNumber: null,
        contractId: null,
        notes: '',
        createdAt: '2026-07-01T00:00:00.000Z',
        updatedAt: '2026-07-01T00:00:00.000Z',
      } as PackRecord;
      const ticket = {
        ...ticketInput(),
        id: 't1',
        status: 'open',
        statusAt: { open: '2026-11-21T09:00:00.000Z' },
        portalStatus: null,
        portalStatusSeenAt: null,
        packId: null,
        notes: '',
        source: 'manual',
        createdAt: '2026-11-21T09:00:00.000Z',
        updatedAt: '2026-11-21T09:00:00.000Z',
      } as Ticket;
      const cases: [string, Partial<Snapshot>, RegExp][] = [
        [
          'a tenant id that is not a GUID',
          { customers: [{ ...customer, id: 'x', tenantId: 'x' }] },
          /^customers\[0\] \(x\)\.tenantId: malformed/,
        ],
        [
          'an upper-case tenant id',
          { customers: [{ ...customer, id: GUID.toUpperCase(), tenantId: GUID.toUpperCase() }] },
          /tenantId: malformed/,
        ],
        [
          'a customer id that is not its tenant id',
          { customers: [{ ...customer, id: 'other' }] },
          /^customers\[0\] \(other\): id does not match/,
        ],
        [
          'a customer id that is not one of its domains',
          { customers: [{ ...customer, tenantId: null, id: 'domain:evil.com' }] },
          /id does not match/,
        ],
        [
          'a customer with neither tenant id nor domain',
          { customers: [{ ...customer, tenantId: null, id: 'domain:', domains: [] }] },
          /id does not match/,
        ],
        [
          'a domain that is not a domain name',
          { customers: [{ ...customer, domains: ['<img src=x>'] }] },
          /^customers\[0\] \([^)]+\)\.domains\[0\]: malformed/,
        ],
        [
          'a pack using more incidents than it holds',
          { packs: [{ ...pack, used: 21 }] },
          /^packs\[0\] \(p1\): uses more incidents/,
        ],
        [
          'a pack expiring before it was bought',
          { packs: [{ ...pack, expiresOn: '2026-01-01' }] },
          /expires before/,
        ],
        [
          'an impossible purchase date',
          { packs: [{ ...pack, purchasedOn: '2026-02-31' }] },
          /^packs\[0\] \(p1\)\.purchasedOn: not a calendar date/,
        ],
        [
          'an impossible expiry date',
          { packs: [{ ...pack, expiresOn: '9999-99-99' }] },
          /expiresOn: not a calendar date/,
        ],
        [
          'an impossible due time',
          { tickets: [{ ...ticket, dueAt: '2026-01-01T99:99Z' }] },
          /^tickets\[0\] \(t1\)\.dueAt: not a real date/,
        ],
        [
          'an impossible status time',
          { tickets: [{ ...ticket, statusAt: { open: '2026-02-30T10:00:00Z' } }] },
          /statusAt\.open: not a real date/,
        ],
        [
          'a link to another site',
          { tickets: [{ ...ticket, portalLink: 'https://attacker.example/x' }] },
          /portalLink: not a link to a portal/,
        ],
        [
          'a look-alike portal link',
          { tickets: [{ ...ticket, portalLink: 'https://portal.azure.com.attacker.example/' }] },
          /portalLink: not a link to a portal/,
        ],
        [
          'a javascript: link',
          { tickets: [{ ...ticket, portalLink: 'javascript:alert(1)' }] },
          /portalLink: malformed/,
        ],
      ];
      it.each(cases)('%s', async (_name, records, detail) => {
        const data = { customers: [], tickets: [], packs: [], events: [], ...records };
        // A valid checksum: the file is exactly what a (hostile) writer meant.
        const text = await exportJson(data as Snapshot, { now: NOW });
        await expect(parseBackup(text)).rejects.toMatchObject({
          code: 'import-invalid-record',
          message: expect.stringMatching(detail),
        });
      });
      it('accepts the same records when they are sound', async () => {
        const data: Snapshot = {
          customers: [
            customer,
            {
              ...customer,
              id: 'domain:fabrikam.fr',
              tenantId: null,
              domains: ['litware.com', 'fabrikam.fr'],
            },
          ],
          packs: [pack, { ...pack, id: 'p2', incidents: null, used: 40, expiresOn: null }],
          tickets: [ticket, { ...ticket, id: 't2', number: null, portalLink: null }],
          events: [],
        };
        await expect(parseBackup(await exportJson(data, { now: NOW }))).resolves.toMatchObject({
          counts: { customers: 2, packs: 2, tickets: 2 },
        });
      });
    });

    it('a name an older version stored with stray spaces still imports (the checksum is the file’s)', async () => {
      const t = { ...ticketInput(), id: 't1', customerName: '  Contoso  ' };
      const ticket = {
        ...t,
        status: 'open',
        statusAt: { open: t.filedAt },
        portalStatus: null,
        portalStatusSeenAt: null,
        packId: null,
        notes: '',
        source: 'manual',
        createdAt: t.filedAt,
        updatedAt: t.filedAt,
      } as Ticket;
      const text = await exportJson(
        { customers: [], tickets: [ticket], packs: [], events: [] },
        { now: NOW },
      );
      const parsed = await parseBackup(text);
      expect(parsed.data.tickets[0]?.customerName).toBe(cleanName('  Contoso  '));
      // …while a file edited by hand is still caught.
      await expect(parseBackup(text.replace('Contoso', 'Fabrikam'))).rejects.toMatchObject({
        code: 'import-checksum',
      });
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
  it('quotes every text cell per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const lead of ['+', '-', '@', '\t', '\r', '|']) {
      expect(csvCell(`${lead}1`)).toBe(`"'${lead}1"`);
    }
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(true)).toBe('true');
  });

  it.each([
    ['a leading space', ' =1+1'],
    ['a leading no-break space', '\u00a0=1+1'],
    ['a leading ideographic space', '\u3000=1+1'],
    ['a full-width equals sign', '＝1+1'],
    ['a full-width plus sign', '＋1'],
    ['a full-width minus sign', '－1'],
    ['a full-width at sign', '＠SUM(A1)'],
    ['a pipe (DDE)', '|calc!A0'],
    ['a formula after a semicolon (French Excel splits there)', 'Contoso;=HYPERLINK("x")'],
    ['a formula after a semicolon and a space', 'Contoso; +cmd'],
    ['a formula after a comma', 'Contoso, -2+3'],
  ])('neutralises %s', (_name, text) => {
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.endsWith('"')).toBe(true);
    expect(cell.slice(1, -1).replace(/""/g, '"')).toBe(`'${text}`);
  });

  it('leaves harmless text alone, apart from the quotes', () => {
    expect(csvCell('VM does not start; reboot loop')).toBe('"VM does not start; reboot loop"');
    expect(csvCell('a - b')).toBe('"a - b"');
  });

  it('exports tickets and packs with a BOM, a header and CRLF rows', async () => {
    const { repo } = await openRepo();
    const t = await repo.ticketsAdd(ticketInput({ title: '=cmd|calc', notes: 'a, "b"' }), page);
    const csv = exportTicketsCsv({ tickets: [t], packs: [] }, { t: createTranslator('en') });
    expect(csv.startsWith('\uFEFF"ID","Request number","Customer",')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(`"'=cmd|calc"`);
    expect(lines[1]).toContain('"a, ""b"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    const pack = await repo.packsAdd(packInput({ label: '-5 left' }), page);
    const packs = exportPacksCsv([pack], { t: createTranslator('en') });
    expect(packs.split('\r\n')[1]).toContain(`"'-5 left"`);
    // Counts are numbers, unquoted.
    expect(packs.split('\r\n')[1]).toContain(',20,0,20,');
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
