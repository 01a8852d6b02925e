// Business-time engine throughput: deadlines per second for 8 business hours (Sev C) on a
// Monday–Friday 09:00–17:00 week with a year of holidays, starts spread over 2026, four zones;
// against the minute-by-minute reference of the unit tests, run in this same process.
// Bundled and run by scripts/bench.mjs (or esbuild by hand); writes bench-output/sla.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { addBusinessDays, addBusinessMinutes, type Schedule } from '../lib/sla/business-time';
import { type PreviewInput, previewInitialResponse } from '../lib/sla/preview';
import { addBusinessMinutesByMinute } from '../test/reference/minute-by-minute';

const MINUTES = 480;
const STARTS = 20_000;
const REFERENCE_STARTS = 200;
const MIN_RUN_MS = 1000;

// Public-holiday dates of the kind each country has in 2026: the workload's density, not a
// calendar reference.
const ZONES: [string, string[]][] = [
  [
    'Europe/Paris',
    [
      '01-01',
      '04-06',
      '05-01',
      '05-08',
      '05-14',
      '05-25',
      '07-14',
      '08-15',
      '11-01',
      '11-11',
      '12-25',
    ],
  ],
  [
    'America/New_York',
    [
      '01-01',
      '01-19',
      '02-16',
      '05-25',
      '06-19',
      '07-03',
      '09-07',
      '10-12',
      '11-11',
      '11-26',
      '12-25',
    ],
  ],
  [
    'Asia/Kolkata',
    [
      '01-26',
      '03-04',
      '03-21',
      '04-03',
      '05-01',
      '08-15',
      '08-26',
      '10-02',
      '10-20',
      '11-09',
      '12-25',
    ],
  ],
  [
    'Australia/Sydney',
    ['01-01', '01-26', '04-03', '04-04', '04-06', '04-25', '06-08', '10-05', '12-25', '12-28'],
  ],
];

function schedule(timeZone: string, holidays: string[]): Schedule {
  const day: [string, string][] = [['09:00', '17:00']];
  return {
    timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
    holidays: holidays.map((date) => `2026-${date}`),
  };
}

const schedules = ZONES.map(([zone, holidays]) => schedule(zone, holidays));

/** mulberry32: a small seeded PRNG, so that every run measures the same workload. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Whole minutes of 2026 (the reference steps whole minutes), round-robin over the zones.
const next = random(2026);
const yearStart = Date.parse('2026-01-01T00:00:00Z');
const starts = Array.from(
  { length: STARTS },
  () => new Date(yearStart + Math.floor(next() * 365 * 1440) * 60_000),
);
const scheduleOf = (i: number) => schedules[i % schedules.length]!;

/** Operations per second of `run` over the workload, repeated for at least MIN_RUN_MS. */
function opsPerSecond(count: number, run: (i: number) => number, minMs = MIN_RUN_MS): number {
  let ops = 0;
  let sink = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < count; i++) sink += run(i);
    ops += count;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return ops / (elapsed / 1000);
}

const engine = (i: number) => addBusinessMinutes(starts[i]!, MINUTES, scheduleOf(i)).getTime();

// Cold: schedules the caches have never seen (an extra old holiday makes them distinct), one pass.
const freshSchedules = schedules.map((s) => ({ ...s, holidays: [...s.holidays, '1990-01-01'] }));
const cold = opsPerSecond(
  STARTS,
  (i) => addBusinessMinutes(starts[i]!, MINUTES, freshSchedules[i % schedules.length]!).getTime(),
  0,
);
const warm = opsPerSecond(STARTS, engine);

const referenceDeadlines: (number | undefined)[] = [];
const reference = opsPerSecond(
  REFERENCE_STARTS,
  (i) => {
    referenceDeadlines[i] = addBusinessMinutesByMinute(
      starts[i]!,
      MINUTES,
      scheduleOf(i),
    )?.getTime();
    return 0;
  },
  0,
);
const mismatches = referenceDeadlines.filter((deadline, i) => deadline !== engine(i)).length;

const days = opsPerSecond(STARTS, (i) => addBusinessDays(starts[i]!, 1, scheduleOf(i)).getTime());

const previewInputs: PreviewInput[] = starts.map((filedAt, i) => ({
  program: i % 2 === 0 ? 'csp' : 'professional',
  severity: (['A', 'B', 'C'] as const)[i % 3]!,
  filedAt,
  supportLanguage: i % 5 === 0 ? 'local' : 'english',
  coverage: i % 7 === 0 ? 'around-the-clock' : 'business-hours',
  breakFix: i % 4 !== 0,
  cspBusinessHoursForBC: i % 3 === 0,
  schedule: scheduleOf(i),
}));
const preview = opsPerSecond(STARTS, (i) =>
  previewInitialResponse(previewInputs[i]!).dueAt.getTime(),
);

const rows = [
  { operation: 'addBusinessMinutes 480 min (warm caches)', opsPerSecond: warm },
  { operation: 'addBusinessMinutes 480 min (cold caches, first pass)', opsPerSecond: cold },
  { operation: 'minute-by-minute reference 480 min', opsPerSecond: reference },
  { operation: 'addBusinessDays 1 day', opsPerSecond: days },
  { operation: 'previewInitialResponse (mixed inputs)', opsPerSecond: preview },
].map((row) => ({
  ...row,
  opsPerSecond: Math.round(row.opsPerSecond),
  vsReference: Math.round((row.opsPerSecond / reference) * 10) / 10,
}));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  platform: process.platform,
};
console.log(`${machine.cpu} × ${machine.cores} cores, Node ${machine.node}, ${machine.platform}`);
console.log(
  `Workload: ${STARTS} starts over 2026 (reference: the first ${REFERENCE_STARTS}), ` +
    `${schedules.length} zones, Mon–Fri 09:00–17:00, 10–11 holidays each`,
);
console.table(rows);
console.log(`Engine vs reference on the reference sample: ${mismatches} mismatch(es)`);
console.log(
  `Targets: ≥ 100,000 deadlines/s ${warm >= 100_000 ? 'met' : 'NOT met'}; ` +
    `≥ 50× the reference ${warm / reference >= 50 ? 'met' : 'NOT met'}`,
);

const outDir = join(process.cwd(), 'bench-output');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'sla.json'),
  `${JSON.stringify(
    {
      machine,
      workload: {
        minutes: MINUTES,
        starts: STARTS,
        referenceStarts: REFERENCE_STARTS,
        zones: ZONES.map(([zone]) => zone),
      },
      rows,
      mismatches,
    },
    null,
    2,
  )}\n`,
);
