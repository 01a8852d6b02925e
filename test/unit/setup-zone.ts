// Under vitest.tz.config.ts: the zone a project asked for is the zone its dates are computed in.
// Without this check, a worker that kept the machine's zone would pass every date test in the
// wrong zone. Compared in January and July, so a zone with DST is told from one without.
const expected = process.env.PCX_EXPECTED_TZ;
if (expected) {
  const offset = (instant: number, timeZone?: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value;
  for (const instant of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
    const minutes = -new Date(instant).getTimezoneOffset();
    const want = offset(instant, expected);
    const fromDate = Date.parse(`2026-01-01T00:00:00${want === 'GMT' ? 'Z' : want?.slice(3)}`);
    const wantMinutes = (Date.UTC(2026, 0, 1) - fromDate) / 60_000;
    if (offset(instant) !== want || minutes !== wantMinutes) {
      throw new Error(
        `The tests asked for the machine zone ${expected} (${want}); Intl reads ${offset(instant)}, Date ${minutes} min`,
      );
    }
  }
}
