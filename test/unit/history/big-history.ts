import type { Snapshot } from '../../../lib/history/repo';
import type { Customer, HistoryEvent, PackRecord, Ticket } from '../../../lib/history/types';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * A realistic large history, built like the history benchmark's (bench/history.bench.mjs): `n`
 * tickets over 500 customers and 200 packs, a third with notes, every tenth with a portal link,
 * and one change-log event per ticket. 100,000 tickets export to about 86 MB. `noteChars` gives
 * every ticket notes that long: a large file of fewer records.
 */
export function bigHistory(n: number, options: { noteChars?: number } = {}): Snapshot {
  const base = Date.parse('2024-01-01T00:00:00Z');
  const statuses = ['open', 'responded', 'resolved', 'resolved', 'closed-unresolved'] as const;
  const packs: PackRecord[] = Array.from({ length: 200 }, (_, i) => ({
    id: `pack-${pad(i, 4)}`,
    kind: 'partner-gold-20pack',
    label: `Pack ${i}`,
    purchasedOn: '2026-01-01',
    expiresOn: `2027-0${1 + (i % 9)}-15`,
    incidents: 20,
    used: i % 20,
    account: null,
    orderNumber: `ORD-${i}`,
    contractId: null,
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const customers: Customer[] = Array.from({ length: 500 }, (_, i) => {
    const id = `00000000-0000-4000-8000-${pad(i, 12)}`;
    return {
      id,
      tenantId: id,
      name: `Customer ${i}`,
      domains: [`c${i}.example.com`],
      lastSeen: '2026-11-01T00:00:00.000Z',
      selectedAt: null,
      ownTenant: false,
    };
  });
  const tickets: Ticket[] = [];
  const events: HistoryEvent[] = [];
  for (let i = 0; i < n; i++) {
    const filed = new Date(base + i * 9 * 60_000).toISOString();
    const customer = customers[i % customers.length] as Customer;
    tickets.push({
      id: `t-${pad(i, 7)}`,
      number: `26${pad(i, 14)}`,
      portal: 'azure',
      portalLink: i % 10 === 0 ? `https://portal.azure.com/#view/req/26${pad(i, 14)}` : null,
      customerId: customer.id,
      customerName: customer.name,
      service: 'azure',
      product: null,
      title: `Request ${i}: "VM does not start"`,
      severity: 'B',
      program: 'csp',
      breakFix: true,
      supportLanguage: 'english',
      filedAt: filed,
      dueAt: i % 11 === 0 ? null : new Date(Date.parse(filed) + 4 * 3600_000).toISOString(),
      rule: 'csp-severity',
      clock: 'around-the-clock',
      caveats: [],
      contact: { name: 'Agent', email: 'a@example.com', phone: null },
      status: statuses[i % statuses.length] as Ticket['status'],
      statusAt: { open: filed },
      portalStatus: null,
      portalStatusSeenAt: null,
      packId: null,
      notes: options.noteChars
        ? `Notes, "quoted"\n${'n'.repeat(options.noteChars - 16)}`
        : i % 3
          ? ''
          : 'Some notes about the case, with "quotes"\nand a second line',
      source: 'captured',
      createdAt: filed,
      updatedAt: filed,
    } as Ticket);
    events.push({
      seq: i + 1,
      at: filed,
      surface: 'content',
      entity: 'ticket',
      entityId: `t-${pad(i, 7)}`,
      action: 'created',
    });
  }
  return { customers, tickets, packs, events };
}
