// History benchmark in Chromium with REAL IndexedDB: 100,000 tickets and 200 packs, then
// - the first page (50) of open tickets by due time,
// - one customer's tickets (first page),
// - a full JSON export (snapshot + canonical checksum + serialisation),
// each the median of several runs. The repository code (lib/history) is bundled with esbuild and
// run in a page served on an intercepted https://bench.invalid/ route of the same Chromium that
// has the built extension loaded — real IndexedDB, no test-only code in the product.
// Seeding writes records in bulk transactions (records built by the product's own `toStored`);
// single `tickets:add`-path writes are timed separately.
// Usage: npm run build && node bench/history.bench.mjs   (or npm run bench -- history)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch, ROOT } from '../test/e2e/harness.mjs';

const TICKETS = Number(process.env.PCX_BENCH_TICKETS ?? 100_000);
const PACKS = 200;
const CUSTOMERS = 500;

const entry = `
import { openHistoryDb, toStored } from './lib/history/schema';
import { createHistoryRepo } from './lib/history/repo';
import { exportJson } from './lib/history/backup';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = async (fn) => { const t = performance.now(); const r = await fn(); return [performance.now() - t, r]; };
const pad = (n, w) => String(n).padStart(w, '0');

window.bench = async ({ tickets, packs, customers }) => {
  const db = await openHistoryDb({ name: 'pcx-history-bench' });
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
        title: 'Request ' + i, severity: 'B', program: 'csp', breakFix: true, supportLanguage: 'english',
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
  // Cold: no stored totals yet (as right after an import), so the first list counts once.
  const [coldMs, first] = await time(() => repo.ticketsList({ view: 'open', limit: 50 }));
  const firstPage = await runs(15, () => repo.ticketsList({ view: 'open', limit: 50 }));
  const secondPage = await runs(15, () => repo.ticketsList({ view: 'open', limit: 50, cursor: first.next }));
  const customer = await runs(15, () => repo.ticketsList({ view: 'all', customerId: customerIds[7], limit: 50 }));
  const allPage = await runs(15, () => repo.ticketsList({ view: 'all', limit: 50 }));
  let size = 0;
  const exports = await runs(3, async () => { const data = await repo.snapshot(); size = (await exportJson(data, { now: now() })).length; });
  const snapMs = median(await runs(3, () => repo.snapshot()));
  let n = 0;
  const adds = await runs(50, () => repo.ticketsAdd({
    number: '29' + pad(++n, 14), portal: null, portalLink: null, customerId: customerIds[1], customerName: 'Customer 1',
    service: 'azure', product: null, title: 'Added', severity: 'A', program: 'csp', breakFix: true, supportLanguage: 'english',
    filedAt: now().toISOString(), dueAt: now().toISOString(), rule: null, clock: null, caveats: [], contact: null }, { surface: 'page' }));
  db.close();
  return {
    coldMs, snapMs, seedMs, openTotal: first.total, exportChars: size,
    firstPageMs: median(firstPage), secondPageMs: median(secondPage), customerMs: median(customer),
    allPageMs: median(allPage), exportMs: median(exports), addMs: median(adds),
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
try {
  await h.context.route('https://bench.invalid/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bench.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>PCX history bench</title><script src="/bench.js"></script>',
    });
  });
  const page = await h.context.newPage();
  await page.goto('https://bench.invalid/');
  const r = await page.evaluate((args) => window.bench(args), {
    tickets: TICKETS,
    packs: PACKS,
    customers: CUSTOMERS,
  });
  const rows = [
    ['seed (bulk, 5,000 per transaction)', r.seedMs, '—'],
    ['open tickets by due time, first page (50)', r.firstPageMs, '≤ 20 ms'],
    ['open tickets, second page (cursor)', r.secondPageMs, '≤ 20 ms'],
    ['first list with no stored totals (once, e.g. after an import)', r.coldMs, '—'],
    ['all tickets newest first, first page', r.allPageMs, '—'],
    ["one customer's tickets, first page", r.customerMs, '—'],
    [`full JSON export (${(r.exportChars / 1e6).toFixed(1)} MB)`, r.exportMs, '≤ 3,000 ms'],
    ['tickets:add (one transaction, median of 50)', r.addMs, '—'],
    ['snapshot (read every store in one transaction)', r.snapMs, '—'],
  ];
  console.log(
    `History, ${TICKETS.toLocaleString('en')} tickets (${r.openTotal.toLocaleString('en')} open), ${PACKS} packs, real IndexedDB (Chromium)`,
  );
  console.table(rows.map(([what, ms, aim]) => ({ what, 'median ms': Number(ms.toFixed(1)), aim })));
  mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-output/history.json'),
    `${JSON.stringify({ tickets: TICKETS, packs: PACKS, customers: CUSTOMERS, ...r }, null, 2)}\n`,
  );
} finally {
  await h.close();
}
