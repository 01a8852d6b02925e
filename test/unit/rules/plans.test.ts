import { describe, expect, it } from 'vitest';
import {
  currentPlanName,
  isPlanId,
  PLAN_IDS,
  PLAN_PREFERENCE,
  PLANS,
} from '../../../lib/rules/plans';

describe('plans', () => {
  it('describes every plan id once, under its own id and message key', () => {
    expect(Object.keys(PLANS).sort()).toEqual([...PLAN_IDS].sort());
    for (const id of PLAN_IDS) {
      expect(PLANS[id].id).toBe(id);
      expect(PLANS[id].nameKey).toBe(`plan.${id}`);
    }
    expect([...PLAN_PREFERENCE].sort()).toEqual([...PLAN_IDS].sort());
  });

  it('subjects only the partner-program on-premises packs to N-1 (seed 003)', () => {
    const n1 = PLAN_IDS.filter((id) => PLANS[id].n1);
    expect(n1.sort()).toEqual(
      [
        'partner-gold-20pack',
        'partner-maps-10pack',
        'partner-on-premises-20',
        'partner-silver-15pack',
      ].sort(),
    );
    for (const id of n1) expect(PLANS[id].coverage).toBe('on-premises');
  });

  it('has cloud support as the only cloud-only plan, and contracts/pay-per-incident for any product', () => {
    expect(PLAN_IDS.filter((id) => PLANS[id].coverage === 'cloud')).toEqual([
      'partner-cloud-support',
    ]);
    for (const id of [
      'advanced-support-partners',
      'premier-unified',
      'pay-per-incident',
    ] as const) {
      expect(PLANS[id]).toMatchObject({ n1: false, coverage: 'any' });
    }
  });

  it('records the Gold 20pack renaming of 23 June 2025 both ways', () => {
    expect(PLANS['partner-gold-20pack'].renamedTo).toEqual({
      plan: 'partner-on-premises-20',
      on: '2025-06-23',
    });
    expect(PLANS['partner-on-premises-20'].renamedFrom).toEqual({
      plan: 'partner-gold-20pack',
      on: '2025-06-23',
    });
    expect(currentPlanName('partner-gold-20pack', '2025-06-22')).toBe('partner-gold-20pack');
    expect(currentPlanName('partner-gold-20pack', '2025-06-23')).toBe('partner-on-premises-20');
    expect(currentPlanName('partner-on-premises-20', '2025-06-22')).toBe('partner-gold-20pack');
    expect(currentPlanName('partner-on-premises-20', '2026-11-21')).toBe('partner-on-premises-20');
    expect(currentPlanName('partner-maps-10pack', '2020-01-01')).toBe('partner-maps-10pack');
  });

  it('recognises plan ids', () => {
    expect(isPlanId('premier-unified')).toBe(true);
    expect(isPlanId('pay-per-incident-5pack')).toBe(false);
    expect(isPlanId('constructor')).toBe(false);
  });
});
