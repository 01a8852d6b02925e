import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import unit from './vitest.config';

// The date suites again, under machine time zones other than this machine's own (the full unit
// run already covers that one): nothing in lib/ may depend on the zone of the machine it runs on.
// One Vitest run with a project per zone shares one transform of the code; each project's workers
// get their TZ (Node applies a changed TZ at once), and test/unit/setup-zone.ts fails a project
// whose zone did not take.
//
// The zones: west of UTC with North American DST, a :45 offset with no DST, and a southern DST
// near the date line. UTC joins them when the machine runs in another zone.
const machine = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const isUtc = (zone: string) => ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(zone);
const zones = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'].filter(
  (zone) => zone !== machine && !(isUtc(zone) && isUtc(machine)),
);

/** The suites whose code reads or writes dates, times or calendar days. */
const DATE_SUITES = [
  'test/unit/sla/*.test.ts',
  'test/unit/lifecycle/{calendar-date,eligibility}.test.ts',
  'test/unit/rules/{packs,coverage}.test.ts',
  'test/unit/holidays/ics.test.ts',
  'test/unit/settings-{dates,zone}.test.ts',
  'test/unit/history/{backup,find,log,records,reminders,repo,restore,service,status-observe,wiring}.test.ts',
  'test/unit/dom/status-readers.test.ts',
  'test/unit/reports/*.test.ts',
];

export default defineConfig({
  test: {
    // Two workers at least: Vitest's default leaves one core of two to the main process, which
    // here only waits; three zones' worth of files share the two. Measured on two cores: 105 s
    // with one worker, 81 s with two (the plain unit run, one module graph, is faster with one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: zones.map((zone) => ({
      plugins: unit.plugins,
      test: {
        ...unit.test,
        name: `TZ=${zone}`,
        include: DATE_SUITES,
        setupFiles: [...[unit.test?.setupFiles ?? []].flat(), 'test/unit/setup-zone.ts'],
        env: { TZ: zone, PCX_EXPECTED_TZ: zone },
      },
    })),
  },
});
