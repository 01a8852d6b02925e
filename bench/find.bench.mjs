// Finding tickets in Chromium with REAL IndexedDB, at 10,000 and 100,000 tickets: a word search
// (accents folded), filters (severity + customer, overdue), a sort by customer, the next page of a
// search, and a search right after a write (the index catching up from the event log), each the
// median of 15 runs; and the index's first build (once per worker start). Seeded like
// history.bench.mjs (bulk transactions of records built by the product's own `toStored`).
// Usage: npm run build && node bench/find.bench.mjs   (or npm run bench -- find)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch, ROOT } from '../test/e2e/harness.mjs';

const SIZES = (process.env.PCX_BENCH_FIND_SIZES ?? '10000,100000').split(',').map(Number);
const PACKS = 200;
const CUSTOMERS = 500;

const entry = `
import { openHistoryDb, toStored } from './lib/history/schema';
import { createHistoryRepo } from './lib/history/repo';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = async (fn) => { const t = performance.now(); const r = await fn(); return [performance.now() - t, r]; };
const pad = (n, w) => String(n).padStart(w, '0');

window.bench = async ({ tickets, packs, customers }) => {
  const db = await openHistoryDb({ name: 'pcx-find-bench-' + tickets });
  const now = () => new Date('2026-11-21T10:00:00.000Z');
  let seq = 0;
  const repo = createHistoryRepo({ db, now, timeZone: () => 'UTC', newId: () => 'bench-' + pad(++seq, 8) });
  const base = Date.parse('2024-01-01T00:00:00Z');
  const statuses = ['open', 'responded', 'resolved', 'resolved', 'closed-unresolved', 'resolved', 'open'];
  const seedStart = performance.now();
  const packRecords = Array.from({ length: packs }, (_, i) => ({
    id: 'pack-' + pad(i, 4), kind: 'partner-gold-20pack', label: 'Pack ' + i, purchasedOn: '2026-01-01',
    expiresOn: '2027-0' + (1 + (i % 9)) + '-15', incidents: 20, used: i % 20, account: null,
    orderNumber: 'ORD-' + i, contractId: null, notes: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const customerIds = Array.from({ length: customers }, (_, i) => '00000000-0000-4000-8000-' + pad(i, 12));
  const CHUNK = 5000;
  for (let start = 0; start < tickets; start += CHUNK) {
    const tx = db.transaction(['tickets', 'packs', 'customers'], 'readwrite');
    if (start === 0) {
      for (const p of packRecords) tx.objectStore('packs').put(p);
      customerIds.forEach((id, i) => tx.objectStore('customers').put({ id, tenantId: id, name: 'Customer ' + i,
        domains: ['c' + i + '.example.com'], lastSeen: '2026-11-01T00:00:00.000Z', selectedAt: null, ownTenant: false }));
    }
    for (let i = start; i < Math.min(tickets, start + CHUNK); i++) {
      const filed = base + i * 9 * 60_000;
      const status = statuses[i % statuses.length];
      tx.objectStore('tickets').put(toStored({
        id: 't-' + pad(i, 7), number: '26' + pad(i, 14), portal: 'azure', portalLink: null,
        customerId: customerIds[i % customers], customerName: 'Customer ' + (i % customers), service: 'azure', product: null,
        title: (i % 97 === 0 ? 'Échec de réplication ' : 'Request ') + i, severity: ['A', 'B', 'C'][i % 3], program: 'csp', breakFix: true, supportLanguage: 'english',
        filedAt: new Date(filed).toISOString(), dueAt: i % 11 === 0 ? null : new Date(filed + 4 * 3600_000).toISOString(),
        rule: 'csp-severity', clock: 'around-the-clock', caveats: [], contact: { name: 'Agent', email: 'a@example.com', phone: null },
        status, statusAt: { open: new Date(filed).toISOString() }, portalStatus: null, portalStatusSeenAt: null,
        packId: i % 50 === 0 ? packRecords[i % packs].id : null, notes: i % 3 ? '' : 'Some notes about the case', source: 'captured',
        createdAt: new Date(filed).toISOString(), updatedAt: new Date(filed).toISOString(),
      }));
    }
    await tx.done;
  }
  const seedMs = performance.now() - seedStart;
  const runs = (n, fn) => (async () => { const out = []; for (let i = 0; i < n; i++) out.push((await time(fn))[0]); return out; })();
  const [buildMs, firstFind] = await time(() => repo.ticketsFind({ view: 'all', text: 'echec' }));
  const search = await runs(15, () => repo.ticketsFind({ view: 'all', text: 'ÉCHEC réplication' }));
  const filter = await runs(15, () => repo.ticketsFind({ view: 'all', severity: 'A', customerId: customerIds[7] }));
  const overdue = await runs(15, () => repo.ticketsFind({ view: 'open', overdue: true }));
  const sortCustomer = await runs(15, () => repo.ticketsFind({ view: 'all', sort: 'customer' }));
  const wide = await repo.ticketsFind({ view: 'all', text: 'request' });
  const nextPage = await runs(15, () => repo.ticketsFind({ view: 'all', text: 'request', cursor: wide.next }));
  let k = 0;
  const afterWrite = [];
  for (let i = 0; i < 15; i++) {
    await repo.ticketsUpdate({ id: 't-' + pad(i * 7, 7), patch: { title: 'Renamed ' + ++k } }, { surface: 'page' });
    afterWrite.push((await time(() => repo.ticketsFind({ view: 'all', text: 'renamed ' + k })))[0]);
  }
  db.close();
  return {
    seedMs, buildMs, matched: firstFind.total, searchMs: median(search), filterMs: median(filter),
    overdueMs: median(overdue), sortMs: median(sortCustomer), nextPageMs: median(nextPage), afterWriteMs: median(afterWrite),
  };
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;

const h = await launch({ route: false });
const results = [];
try {
  await h.context.route('https://bench.invalid/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bench.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>PCX find bench</title><script src="/bench.js"></script>',
    });
  });
  for (const tickets of SIZES) {
    const page = await h.context.newPage();
    await page.goto('https://bench.invalid/');
    const r = await page.evaluate((args) => window.bench(args), {
      tickets,
      packs: PACKS,
      customers: CUSTOMERS,
    });
    await page.close();
    const aim = tickets <= 10_000 ? '≤ 50 ms' : '≤ 200 ms';
    const rows = [
      ['index first build (once per worker start)', r.buildMs, '—'],
      ['word search, accents folded', r.searchMs, aim],
      ['filter: severity + customer', r.filterMs, aim],
      ['filter: overdue (open view)', r.overdueMs, aim],
      ['sort by customer (all)', r.sortMs, aim],
      ['next page of a search (cursor)', r.nextPageMs, aim],
      ['search right after a write (catch-up)', r.afterWriteMs, aim],
    ];
    console.log(`Find, ${tickets.toLocaleString('en')} tickets, real IndexedDB (Chromium)`);
    console.table(
      rows.map(([what, ms, a]) => ({ what, 'median ms': Number(ms.toFixed(1)), aim: a })),
    );
    results.push({ tickets, ...r });
  }
  mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-output/find.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await h.close();
}
