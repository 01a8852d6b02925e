// The history the browser benchmarks measure, written in the page they bundle (see
// history.bench.mjs): packs, customers and tickets put in bulk transactions, each record built by
// the product's own `toStored`. `vary(i)` changes what a benchmark needs varied (titles,
// severities…) on ticket i. Also the timing helpers those pages share.
import { toStored } from '../lib/history/schema';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
export const time = async (fn) => {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
};
export const pad = (n, w) => String(n).padStart(w, '0');
/** `n` timings of `fn`, one after the other. */
export async function runs(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push((await time(fn))[0]);
  return out;
}

const STATUSES = [
  'open',
  'responded',
  'resolved',
  'resolved',
  'closed-unresolved',
  'resolved',
  'open',
];
const CHUNK = 5000;

/** Seeds `db`; returns the seeding time, the customers' ids and the packs written. */
export async function seedHistory(db, { tickets, packs, customers, vary = () => ({}) }) {
  const base = Date.parse('2024-01-01T00:00:00Z');
  const start = performance.now();
  const packRecords = Array.from({ length: packs }, (_, i) => ({
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
  const customerIds = Array.from(
    { length: customers },
    (_, i) => `00000000-0000-4000-8000-${pad(i, 12)}`,
  );
  for (let from = 0; from < tickets; from += CHUNK) {
    const tx = db.transaction(['tickets', 'packs', 'customers'], 'readwrite');
    if (from === 0) {
      for (const p of packRecords) tx.objectStore('packs').put(p);
      customerIds.forEach((id, i) => {
        tx.objectStore('customers').put({
          id,
          tenantId: id,
          name: `Customer ${i}`,
          domains: [`c${i}.example.com`],
          lastSeen: '2026-11-01T00:00:00.000Z',
          selectedAt: null,
          ownTenant: false,
        });
      });
    }
    for (let i = from; i < Math.min(tickets, from + CHUNK); i++) {
      const filed = new Date(base + i * 9 * 60_000).toISOString();
      tx.objectStore('tickets').put(
        toStored({
          id: `t-${pad(i, 7)}`,
          number: `26${pad(i, 14)}`,
          portal: 'azure',
          portalLink: null,
          customerId: customerIds[i % customers],
          customerName: `Customer ${i % customers}`,
          service: 'azure',
          product: null,
          title: `Request ${i}`,
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
          status: STATUSES[i % STATUSES.length],
          statusAt: { open: filed },
          portalStatus: null,
          portalStatusSeenAt: null,
          packId: i % 50 === 0 ? packRecords[i % packs].id : null,
          notes: i % 3 ? '' : 'Some notes about the case',
          source: 'captured',
          createdAt: filed,
          updatedAt: filed,
          ...vary(i),
        }),
      );
    }
    await tx.done;
  }
  return { seedMs: performance.now() - start, customerIds, packRecords };
}
