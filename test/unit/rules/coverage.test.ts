import { describe, expect, it } from 'vitest';
import { type CoveredTicket, packCovers, ticketProduct } from '../../../lib/rules/coverage';
import type { Pack, PackKind } from '../../../lib/rules/packs';

const at = new Date('2026-11-21T10:00:00Z');

function pack(kind: PackKind, extra: Partial<Pack> = {}): Pack {
  return {
    kind,
    purchasedOn: '2026-07-01',
    expiresOn: kind === 'pay-per-incident' ? null : '2027-06-30',
    incidents: 20,
    used: 0,
    account: null,
    ...extra,
  };
}

const onPrem = (product: string | null, version: string | null = null): CoveredTicket => ({
  program: 'professional',
  service: 'on-premises',
  product,
  version,
  filedAt: '2026-11-21T09:00:00.000Z',
});

const cloud: CoveredTicket = { ...onPrem(null), service: 'azure' };

describe('packCovers: the one rule before an incident is spent', () => {
  it('a CSP request costs no incident, whatever the pack; an unknown program is not judged', () => {
    for (const kind of ['partner-on-premises-20', 'pay-per-incident', 'premier-unified'] as const) {
      expect(packCovers(pack(kind), { ...cloud, program: 'csp' }, { at })).toMatchObject({
        covers: false,
        reason: 'csp-costs-nothing',
        overridable: true,
      });
      expect(packCovers(pack(kind), { ...cloud, program: 'unknown' }, { at })).toMatchObject({
        covers: false,
        reason: 'program-unknown',
      });
    }
  });

  it('the issue’s case: a CSP Azure ticket on Partner On-premises Support 20 is refused', () => {
    const csp: CoveredTicket = { ...cloud, program: 'csp' };
    expect(packCovers(pack('partner-on-premises-20'), csp, { at }).covers).toBe(false);
    // Even as professional support, a cloud ticket is not for an on-premises pack.
    expect(packCovers(pack('partner-on-premises-20'), cloud, { at })).toMatchObject({
      reason: 'cloud-ticket',
    });
  });

  it('cloud tickets: never on partner-program packs nor pay-per-incident; cloud support and contracts cover them', () => {
    for (const kind of [
      'partner-gold-20pack',
      'partner-silver-15pack',
      'partner-maps-10pack',
      'partner-on-premises-20',
      'pay-per-incident',
      'pay-per-incident-5pack',
    ] as const) {
      expect(packCovers(pack(kind), cloud, { at })).toMatchObject({ reason: 'cloud-ticket' });
    }
    for (const kind of [
      'partner-cloud-support',
      'advanced-support-partners',
      'premier-unified',
    ] as const) {
      expect(packCovers(pack(kind), cloud, { at })).toEqual({ covers: true });
    }
  });

  it('a cloud-support plan never covers an on-premises product', () => {
    expect(
      packCovers(pack('partner-cloud-support'), onPrem('Windows Server', '2025'), { at }),
    ).toMatchObject({ covers: false, reason: 'on-premises-ticket', overridable: true });
  });

  it('N-1 on the product version, judged on the filing day', () => {
    const gold = pack('partner-on-premises-20');
    expect(packCovers(gold, onPrem('Windows Server', '2025'), { at })).toEqual({ covers: true });
    // Windows Server 2022 is N-1, but its mainstream support ended on 2026-10-13.
    expect(packCovers(gold, onPrem('Windows Server', '2022'), { at })).toMatchObject({
      reason: 'not-eligible',
      eligibility: 'mainstream-ended',
    });
    // Filed on 2026-10-13 (the last day of mainstream), linked later: covered.
    expect(
      packCovers(
        gold,
        { ...onPrem('Windows Server', '2022'), filedAt: '2026-10-13T15:00:00.000Z' },
        { at },
      ),
    ).toEqual({ covers: true });
    expect(packCovers(gold, onPrem('Windows Server', '2016'), { at })).toMatchObject({
      reason: 'not-eligible',
      eligibility: 'older-than-n-1',
    });
  });

  it('no version, no N-1 verdict; a version we do not know is “not in our data”', () => {
    const gold = pack('partner-on-premises-20');
    expect(packCovers(gold, onPrem(null), { at })).toMatchObject({ reason: 'version-needed' });
    expect(packCovers(gold, onPrem('Windows Server'), { at })).toMatchObject({
      reason: 'version-needed',
    });
    expect(packCovers(gold, onPrem('Windows Server', '1999'), { at })).toMatchObject({
      reason: 'not-in-our-data',
    });
    // Pay-per-incident is not subject to N-1: an unknown product does not stop it.
    expect(packCovers(pack('pay-per-incident'), onPrem('Contoso ERP', '7'), { at })).toEqual({
      covers: true,
    });
  });

  it('pay-per-incident covers a known version while it is in its lifecycle, not after', () => {
    const ppi = pack('pay-per-incident', { incidents: 1 });
    expect(packCovers(ppi, onPrem('Windows Server', '2016'), { at })).toEqual({ covers: true });
    expect(packCovers(ppi, onPrem('Windows Server', '2012 R2'), { at })).toMatchObject({
      reason: 'not-eligible',
      eligibility: 'out-of-support',
    });
  });

  it('older records holding product and version in one field are read as such', () => {
    expect(ticketProduct({ product: 'Windows Server 2022', version: null })).toEqual({
      product: 'Windows Server',
      version: '2022',
    });
    expect(
      packCovers(pack('partner-on-premises-20'), onPrem('Windows Server 2025'), { at }),
    ).toEqual({ covers: true });
  });

  it('expiry and incidents left, on the day of spending in the agent’s zone; not overridable', () => {
    const ticket = onPrem('Windows Server', '2025');
    const empty = pack('partner-on-premises-20', { used: 20 });
    expect(packCovers(empty, ticket, { at })).toEqual({
      covers: false,
      reason: 'no-incidents-left',
      overridable: false,
    });
    // Expires on 2026-11-22: at 23:30 on the 21st in New York (04:30 UTC on the 22nd) it is
    // still usable there; in UTC it is not.
    const late = new Date('2026-11-22T04:30:00Z');
    const expiring = pack('partner-on-premises-20', { expiresOn: '2026-11-22' });
    expect(packCovers(expiring, ticket, { at: late, timeZone: 'America/New_York' })).toEqual({
      covers: true,
    });
    expect(packCovers(expiring, ticket, { at: late, timeZone: 'UTC' })).toMatchObject({
      reason: 'expired',
      overridable: false,
    });
  });
});
