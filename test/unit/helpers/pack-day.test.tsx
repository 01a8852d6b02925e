// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../../components/ui/format';
import { notificationFor } from '../../../lib/background/reminders';
import { createHistoryRepo } from '../../../lib/history/repo';
import { openHistoryDb } from '../../../lib/history/schema';
import { createTranslator } from '../../../lib/i18n';
import { packCovers } from '../../../lib/rules/coverage';
import { packDay } from '../../../lib/rules/packs';
import { defaultSettings } from '../../../lib/settings';
import { heldPlans, verdictsOf } from '../../../lib/sfb/eligibility';
import { eligibilityOf } from '../../../lib/sfb/eligibility-answer';
import { freshFactory, packInput, page, ticketInput } from '../history/helpers';

/** The badge's verdicts as the built extension computes them: the page's half, then the background's. */
function verdicts(
  product: { product: string; version: string },
  packs: Parameters<typeof heldPlans>[0],
  at: Date,
  timeZone?: string,
) {
  const { held, plans } = heldPlans(packs, at, timeZone);
  return verdictsOf(held, eligibilityOf(product, plans, at));
}

// One "today" for packs. At 23:30 on 19 December in New York it is already 20 December in UTC. A
// pack whose first unusable day is 20 December can still be spent by that agent: the repository,
// the reminders, the eligibility badge and the popup must all say so, and all say "expired" once
// the agent's own day turns.
const ZONE = 'America/New_York';
const EVENING = new Date('2026-12-20T04:30:00Z'); // 23:30 on the 19th in New York
const NEXT_MORNING = new Date('2026-12-20T05:30:00Z'); // 00:30 on the 20th in New York
const EXPIRES = '2026-12-20';

describe('one "today" for packs', () => {
  it('is the agent’s calendar day, UTC only when the zone is unknown', () => {
    expect(packDay(EVENING, ZONE)).toBe('2026-12-19');
    expect(packDay(NEXT_MORNING, ZONE)).toBe('2026-12-20');
    expect(packDay(EVENING)).toBe('2026-12-20');
    expect(packDay(EVENING, 'Not/AZone')).toBe('2026-12-20');
  });

  it('the repository spends the pack at 23:30 and refuses it at 00:30', async () => {
    let now = EVENING;
    const db = await openHistoryDb({ factory: freshFactory() });
    const repo = createHistoryRepo({ db, now: () => now, timeZone: () => ZONE });
    const pack = await repo.packsAdd(
      packInput({ kind: 'partner-cloud-support', purchasedOn: '2026-01-05', expiresOn: EXPIRES }),
      page,
    );
    const first = await repo.ticketsAdd(
      ticketInput({
        number: '2612190010000001',
        program: 'professional',
        filedAt: EVENING.toISOString(),
        packId: pack.id,
      }),
      page,
    );
    expect(first.packId).toBe(pack.id);
    now = NEXT_MORNING;
    const second = await repo.ticketsAdd(
      ticketInput({
        number: '2612200010000002',
        program: 'professional',
        filedAt: NEXT_MORNING.toISOString(),
        packId: pack.id,
      }),
      page,
    );
    expect(second.packId).toBeNull();
  });

  it('the reminders, the eligibility badge and the popup agree with it', () => {
    const context = {
      reminders: defaultSettings(ZONE).reminders,
      timeZone: ZONE,
      t: createTranslator('en'),
      locale: 'en-US',
    };
    const record = {
      id: 'p',
      kind: 'partner-cloud-support',
      label: 'Cloud support',
      purchasedOn: '2026-01-05',
      expiresOn: EXPIRES,
      incidents: 10,
      used: 2,
      account: null,
      orderNumber: null,
      contractId: null,
      notes: '',
      createdAt: '2026-01-05T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
    } as const;
    expect(notificationFor('pack-7', record, { ...context, now: EVENING })?.message).toContain(
      '(1 day left)',
    );
    expect(notificationFor('pack-7', record, { ...context, now: NEXT_MORNING })).toBeNull();

    const product = { product: 'Windows Server', version: '2025' };
    const summary = {
      id: 'p',
      kind: 'partner-on-premises-20',
      incidentsLeft: 8,
      expiresOn: EXPIRES,
    } as const;
    const heldAt = (at: Date) =>
      verdicts(product, [summary], at, ZONE).find((v) => v.plan === 'partner-on-premises-20')
        ?.held ?? 0;
    expect(heldAt(EVENING)).toBe(1);
    expect(heldAt(NEXT_MORNING)).toBe(0);

    // The popup's link menu asks the coverage rule with the agent's zone.
    const ticket = {
      program: 'professional',
      service: 'azure',
      product: null,
      filedAt: EVENING.toISOString(),
    } as const;
    expect(packCovers(record, ticket, { at: EVENING, timeZone: ZONE })).toEqual({ covers: true });
    expect(packCovers(record, ticket, { at: NEXT_MORNING, timeZone: ZONE })).toMatchObject({
      reason: 'expired',
    });

    expect(todayIn(ZONE, EVENING.getTime())).toBe('2026-12-19');
    expect(todayIn(ZONE, NEXT_MORNING.getTime())).toBe('2026-12-20');
  });
});
