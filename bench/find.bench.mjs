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
import { openHistoryDb } from './lib/history/schema';
import { median, pad, runs, seedHistory, time } from './bench/seed-history.mjs';
import { createHistoryRepo } from './lib/history/repo';

window.bench = async ({ tickets, packs, customers }) => {
  const db = await openHistoryDb({ name: 'pcx-find-bench-' + tickets });
  const now = () => new Date('2026-11-21T10:00:00.000Z');
  let seq = 0;
  const repo = createHistoryRepo({ db, now, timeZone: () => 'UTC', newId: () => 'bench-' + pad(++seq, 8) });
  const { seedMs, customerIds } = await seedHistory(db, { tickets, packs, customers, vary: (i) => ({ title: (i % 97 === 0 ? 'Échec de réplication ' : 'Request ') + i, severity: ['A', 'B', 'C'][i % 3] }) });
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
