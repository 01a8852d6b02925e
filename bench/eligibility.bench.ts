/**
 * Throughput of the lifecycle rules and the scope hints. Standalone: bundled with esbuild and run
 * with Node, e.g.
 *   npx esbuild bench/eligibility.bench.ts --bundle --platform=node --format=esm --outfile=/tmp/e.mjs && node /tmp/e.mjs
 * Prints a table and writes bench-output/eligibility.json. Ratios are against a baseline measured
 * in the same process (conventions), so they compare across machines better than raw rates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { checkEligibility, listProducts, listVersions, matchProduct } from '../lib/lifecycle/index';
import { PLAN_IDS } from '../lib/rules/plans';
import { scopeHints } from '../lib/rules/scope';
import corpus from '../test/fixtures/scope-corpus.json';

const MIN_MS = 500;

/** Runs `batch` (which does `size` operations) for at least MIN_MS after a warm-up. */
function measure(size: number, batch: () => void) {
  for (let i = 0; i < 3; i++) batch();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    batch();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MS);
  return {
    opsPerSecond: Math.round((runs * size * 1000) / elapsed),
    ops: runs * size,
    ms: Math.round(elapsed),
  };
}

const dates = ['2021-11-02', '2024-01-10', '2025-07-01', '2026-11-21'].map(
  (date) => new Date(`${date}T12:00:00Z`),
);
const queries = listProducts().flatMap((product) =>
  listVersions(product).flatMap((version) =>
    PLAN_IDS.flatMap((plan) => dates.map((at) => ({ plan, product, version, at }))),
  ),
);

const labels = [
  'Windows Server 2022 Datacenter',
  'Windows Server 2012 R2 Standard',
  'SQL Server 2019 Enterprise',
  'Microsoft Exchange Server 2019 CU14',
  'SharePoint Server Subscription Edition',
  "SharePoint Server Édition d'abonnement",
  'Exchange Server Édition Abonnement',
  'Office LTSC Professional Plus 2021',
  'Office Home & Business 2021',
  'Microsoft 365 Apps for enterprise',
  'Skype Entreprise Server 2019',
  'System Center Virtual Machine Manager 2019',
  'Dynamics 365 Customer Engagement (on-premises) 9.1',
  'Dynamics 365 Business Central en local',
  'Visual Studio Enterprise 2019',
  'Windows 10 Enterprise LTSC 2021',
  'Windows 11 Professionnel',
  'Windows Server 2022 and 2019',
  'Exchange Online',
  'Office 2021',
];

const requests = corpus.map((item) => ({
  text: item.text,
  lang: item.lang as 'en' | 'fr',
  at: new Date(`${item.at}T12:00:00Z`),
}));

let sink = 0;
const baseline = measure(queries.length, () => {
  // The cheapest step every check makes: the UTC calendar date of a Date.
  for (const query of queries) sink += query.at.toISOString().slice(0, 10).length;
});
const results = {
  baseline: { ...baseline, size: queries.length },
  checkEligibility: {
    ...measure(queries.length, () => {
      for (const query of queries) sink += checkEligibility(query).alternatives.length;
    }),
    size: queries.length,
  },
  'checkEligibility (Europe/Paris)': {
    ...measure(queries.length, () => {
      for (const query of queries)
        sink += checkEligibility({ ...query, timeZone: 'Europe/Paris' }).alternatives.length;
    }),
    size: queries.length,
  },
  matchProduct: {
    ...measure(labels.length, () => {
      for (const label of labels) sink += matchProduct(label) ? 1 : 0;
    }),
    size: labels.length,
  },
  // Texts per second, as the background answers them: language read from each text.
  scopeHints: {
    ...measure(requests.length, () => {
      for (const { text, at } of requests) sink += scopeHints(text, undefined, at).topics.length;
    }),
    size: requests.length,
  },
  'scopeHints (language given)': {
    ...measure(requests.length, () => {
      for (const { text, lang, at } of requests) sink += scopeHints(text, lang, at).topics.length;
    }),
    size: requests.length,
  },
};

const table = Object.fromEntries(
  Object.entries(results).map(([name, r]) => [
    name,
    {
      'ops/s': r.opsPerSecond,
      'µs/op': Math.round((1e6 / r.opsPerSecond) * 100) / 100,
      '× baseline time': Math.round((baseline.opsPerSecond / r.opsPerSecond) * 10) / 10,
      inputs: r.size,
    },
  ]),
);
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
};
console.log(`${machine.cpu} × ${machine.cores}, Node ${machine.node}, ${machine.platform}`);
console.table(table);

mkdirSync('bench-output', { recursive: true });
writeFileSync(
  'bench-output/eligibility.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine, results, sink: sink > 0 }, null, 2)}\n`,
);
