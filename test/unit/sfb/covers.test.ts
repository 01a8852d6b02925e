import { describe, expect, it } from 'vitest';
import type { LedgerPack } from '../../../lib/history/types';
import { coversEn } from '../../../lib/i18n/covers.en';
import { coversFr } from '../../../lib/i18n/covers.fr';
import { helpersEn } from '../../../lib/i18n/helpers.en';
import { helpersFr } from '../../../lib/i18n/helpers.fr';
import {
  ACCOUNT_SITE_URL,
  COVER_RULES,
  checkBuyers,
  everyFivePackElsewhere,
  rulesAt,
  sameAccount,
  TAX_EXEMPT_URL,
} from '../../../lib/sfb/covers';

const TODAY = '2026-12-02';
const pack = (over: Partial<LedgerPack>): LedgerPack => ({
  id: 'p1',
  kind: 'pay-per-incident-5pack',
  label: '5-pack 2026',
  purchasedOn: '2026-03-01',
  expiresOn: '2027-03-01',
  incidents: 5,
  used: 1,
  account: 'msa',
  buyer: 'Buyer@Outlook.com',
  contractId: null,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

describe('the rules Microsoft states, and where PCX shows them', () => {
  it('lists every rule of the issue once, each on the page that lists them all', () => {
    expect(COVER_RULES.map((r) => r.id).sort()).toEqual(
      [
        'csp-billing',
        'csp-no-phone',
        'csp-own-subscriptions',
        'pro-buyer-left',
        'pro-credit-card',
        'pro-same-account',
        'pro-tax-exempt',
      ].sort(),
    );
    for (const rule of COVER_RULES) expect(rule.places).toContain('covers-page');
  });

  it('puts the CSP rules on the context banner and the professional ones on Support for business', () => {
    expect(rulesAt('context-banner').map((r) => r.id)).toEqual([
      'csp-billing',
      'csp-no-phone',
      'csp-own-subscriptions',
    ]);
    expect(rulesAt('eligibility-badge').map((r) => r.id)).toEqual([
      'pro-same-account',
      'pro-buyer-left',
      'pro-credit-card',
      'pro-tax-exempt',
    ]);
    expect(rulesAt('pack-dialog').map((r) => r.id)).toEqual(['pro-same-account', 'pro-buyer-left']);
  });

  it('points credit-card billing to the Microsoft account site and tax exemption to Microsoft’s page', () => {
    expect(COVER_RULES.find((r) => r.id === 'pro-credit-card')?.link).toBe(ACCOUNT_SITE_URL);
    expect(new URL(ACCOUNT_SITE_URL).hostname).toBe('account.microsoft.com');
    expect(COVER_RULES.find((r) => r.id === 'pro-tax-exempt')?.link).toBe(TAX_EXEMPT_URL);
    expect(new URL(TAX_EXEMPT_URL).hostname).toBe('learn.microsoft.com');
    expect(TAX_EXEMPT_URL).toMatch(/tax-exempt/);
  });

  it('says each rule in English and French, as the sources state it', () => {
    for (const rule of COVER_RULES) {
      expect(coversEn[rule.key].length).toBeGreaterThan(20);
      expect(coversFr[rule.key].length).toBeGreaterThan(20);
      expect(coversFr[rule.key]).not.toBe(coversEn[rule.key]);
    }
    // Seed 000: "litiges de facturation, ou en cas de fraudes"; "pas proposé pour ce programme".
    expect(coversEn['covers.csp.billing']).toMatch(/billing problems, billing disputes and fraud/);
    expect(coversFr['covers.csp.billing']).toMatch(/litiges de facturation.*fraude/);
    expect(coversEn['covers.csp.noPhone']).toMatch(/phone support is not offered/);
    expect(coversFr['covers.csp.noPhone']).toMatch(/support téléphonique n’est pas proposé/);
    // Seed 003: same account; order confirmation number as proof; account.microsoft.com.
    expect(coversEn['covers.pro.sameAccount']).toMatch(/same Microsoft account/);
    expect(coversFr['covers.pro.sameAccount']).toMatch(/même compte Microsoft/);
    expect(coversEn['covers.pro.buyerLeft']).toMatch(
      /order confirmation number as proof of purchase/,
    );
    expect(coversFr['covers.pro.buyerLeft']).toMatch(
      /numéro de confirmation de commande comme preuve d’achat/,
    );
    expect(coversEn['covers.pro.creditCard']).toMatch(/credit-card/);
    expect(coversFr['covers.pro.creditCard']).toMatch(/carte de crédit/);
    expect(coversEn['covers.pro.taxExempt']).toMatch(/sent separately/);
    expect(coversFr['covers.pro.taxExempt']).toMatch(/s’envoient à part/);
  });

  it('words the own-subscription rule as the CSP guide does: proof of a support entitlement, for example MPN, Premier or an Azure plan', () => {
    // Seed 000: "vous devez fournir un justificatif de droit au support. Il peut s'agir par
    // exemple d'un ID contrat MPN, Premier ou d'une formule d'assistance Azure."
    for (const [body, contract, premier, plan] of [
      [
        helpersEn['banner.own.body'],
        helpersEn['banner.own.proof.contract'],
        helpersEn['banner.own.proof.premier'],
        helpersEn['banner.own.proof.plan'],
      ],
      [
        helpersFr['banner.own.body'],
        helpersFr['banner.own.proof.contract'],
        helpersFr['banner.own.proof.premier'],
        helpersFr['banner.own.proof.plan'],
      ],
    ]) {
      expect(body).toMatch(/for example:$|par exemple :$/);
      expect(contract).toMatch(/MPN/);
      expect(premier).toMatch(/Premier/);
      expect(premier).not.toMatch(/Unified/);
      expect(plan).toMatch(/Azure/);
    }
    expect(coversEn['covers.csp.own']).toMatch(/proof of a support entitlement, for example/);
  });
});

describe('a 5-pack and the account signed in', () => {
  it('matches the buyer whatever the case or spaces', () => {
    expect(sameAccount('Buyer@Outlook.com', ' buyer@outlook.com ')).toBe(true);
    expect(sameAccount('+33 6 12 34 56 78', '+33612345678')).toBe(true);
    expect(sameAccount('buyer@outlook.com', 'other@outlook.com')).toBe(false);
    expect(sameAccount('', '')).toBe(false);
  });

  it('warns when another account is signed in, says so when it is the buyer', () => {
    const [mismatch] = checkBuyers([pack({})], 'someone.else@outlook.com', TODAY);
    expect(mismatch).toMatchObject({
      kind: 'mismatch',
      buyer: 'Buyer@Outlook.com',
      signedIn: 'someone.else@outlook.com',
    });
    const [match] = checkBuyers([pack({})], 'buyer@outlook.com', TODAY);
    expect(match?.kind).toBe('match');
  });

  it('says when the page’s account could not be read, and when nobody recorded the buyer', () => {
    expect(checkBuyers([pack({})], null, TODAY)[0]?.kind).toBe('unread');
    expect(checkBuyers([pack({ buyer: null })], 'a@b.com', TODAY)[0]?.kind).toBe('no-buyer');
    expect(checkBuyers([pack({ buyer: undefined })], 'a@b.com', TODAY)[0]?.kind).toBe('no-buyer');
    expect(checkBuyers([pack({ buyer: '  ' })], 'a@b.com', TODAY)[0]?.kind).toBe('no-buyer');
  });

  it('looks only at 5-packs that can still be spent today', () => {
    const packs = [
      pack({ id: 'expired', expiresOn: TODAY }),
      pack({ id: 'empty', used: 5 }),
      pack({ id: 'gold', kind: 'partner-gold-20pack', incidents: 20 }),
      pack({ id: 'live' }),
    ];
    expect(checkBuyers(packs, 'x@y.com', TODAY).map((c) => c.pack.id)).toEqual(['live']);
  });

  it('leaves no 5-pack to spend only when every usable one was bought elsewhere', () => {
    const a = pack({ id: 'a', buyer: 'a@outlook.com' });
    const b = pack({ id: 'b', buyer: 'b@outlook.com' });
    expect(everyFivePackElsewhere(checkBuyers([a, b], 'c@outlook.com', TODAY))).toBe(true);
    expect(everyFivePackElsewhere(checkBuyers([a, b], 'b@outlook.com', TODAY))).toBe(false);
    expect(everyFivePackElsewhere(checkBuyers([a], null, TODAY))).toBe(false);
    expect(everyFivePackElsewhere([])).toBe(false);
  });
});
