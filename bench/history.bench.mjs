// History benchmark in Chromium with REAL IndexedDB: 100,000 tickets and 200 packs, then
// - the first page (50) of open tickets by due time,
// - one customer's tickets (first page),
// - a full JSON export (snapshot + canonical checksum + serialisation),
// - the reports page's answer (reports:get: a snapshot, then lib/reports' figures),
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
import { openHistoryDb } from './lib/history/schema';
import { median, pad, runs, seedHistory, time } from './bench/seed-history.mjs';
import { createHistoryRepo } from './lib/history/repo';
import { exportJson } from './lib/history/backup';
import { buildReport } from './lib/reports/index';

window.bench = async ({ tickets, packs, customers }) => {
  const db = await openHistoryDb({ name: 'pcx-history-bench' });
  const now = () => new Date('2026-11-21T10:00:00.000Z');
  let seq = 0;
  const repo = createHistoryRepo({ db, now, timeZone: () => 'UTC', newId: () => 'bench-' + pad(++seq, 8) });
  const { seedMs, customerIds } = await seedHistory(db, { tickets, packs, customers });

  // Cold: no stored totals yet (as right after an import), so the first list counts once.
  const [coldMs, first] = await time(() => repo.ticketsList({ view: 'open', limit: 50 }));
  const firstPage = await runs(15, () => repo.ticketsList({ view: 'open', limit: 50 }));
  const secondPage = await runs(15, () => repo.ticketsList({ view: 'open', limit: 50, cursor: first.next }));
  const customer = await runs(15, () => repo.ticketsList({ view: 'all', customerId: customerIds[7], limit: 50 }));
  const allPage = await runs(15, () => repo.ticketsList({ view: 'all', limit: 50 }));
  let size = 0;
  const exports = await runs(3, async () => { const data = await repo.snapshot(); size = (await exportJson(data, { now: now() })).length; });
  const snapMs = median(await runs(3, () => repo.snapshot()));
  // The reports page's question, as the background answers it: a snapshot, then the figures.
  const clock = { now: now().getTime(), timeZone: 'Europe/Paris', today: '2026-11-21' };
  const reportMs = median(await runs(3, async () => buildReport(await repo.snapshot(), {}, clock)));
  const snapshot = await repo.snapshot();
  const reportComputeMs = median(await runs(5, async () => buildReport(snapshot, {}, clock)));
  const reportCustomerMs = median(await runs(3, async () => buildReport(await repo.snapshot(), { customerId: customerIds[7] }, clock)));
  let n = 0;
  const adds = await runs(50, () => repo.ticketsAdd({
    number: '29' + pad(++n, 14), portal: null, portalLink: null, customerId: customerIds[1], customerName: 'Customer 1',
    service: 'azure', product: null, title: 'Added', severity: 'A', program: 'csp', breakFix: true, supportLanguage: 'english',
    filedAt: now().toISOString(), dueAt: now().toISOString(), rule: null, clock: null, caveats: [], contact: null }, { surface: 'page' }));
  db.close();
  return {
    coldMs, snapMs, seedMs, reportMs, reportComputeMs, reportCustomerMs, openTotal: first.total, exportChars: size,
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
    ['report (reports:get: snapshot + every figure, no filter)', r.reportMs, '≤ 500 ms'],
    ['… of which the figures alone (lib/reports over the snapshot)', r.reportComputeMs, '—'],
    ['report for one customer (reports:get)', r.reportCustomerMs, '≤ 500 ms'],
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
