// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextBanner } from '../../../components/helpers/context-banner';
import { badgeState, EligibilityBadge } from '../../../components/helpers/eligibility-badge';
import { HelperI18nProvider, makeHelperI18n } from '../../../components/helpers/i18n';
import { mountHelper } from '../../../components/mount';
import type { LedgerPack, PackSummary } from '../../../lib/history/types';
import { ACCOUNT_SITE_URL, checkBuyers, TAX_EXEMPT_URL } from '../../../lib/sfb/covers';
import { heldPlans, verdictsOf } from '../../../lib/sfb/eligibility';
import { eligibilityOf } from '../../../lib/sfb/eligibility-answer';

/**
 * Microsoft's rules where the agent needs them: the 5-pack's buyer and the order confirmation
 * number under the eligibility badge, credit-card billing and tax exemption there too, and the CSP
 * rules (billing, disputes and fraud by the same route; no phone) in the customer's banner.
 */

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

function render(helper: string, lang: 'en' | 'fr', tree: ComponentChild) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const controller = new AbortController();
  controllers.push(controller);
  const mounted = mountHelper({ helper, anchor, placement: 'after', signal: controller.signal })!;
  mounted.render(<HelperI18nProvider value={makeHelperI18n(lang)}>{tree}</HelperI18nProvider>);
  return {
    root: mounted.root,
    text: () => (mounted.root.textContent ?? '').replace(/\s+/g, ' '),
  };
}

async function noSeriousViolations(root: ShadowRoot) {
  const result = await axe.run(root.host as Element, {
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const TODAY = '2026-11-21';
const at = new Date(`${TODAY}T12:00:00Z`);
const product = { product: 'Windows Server', version: '2025' };
const fivePack = (over: Partial<LedgerPack> = {}): LedgerPack => ({
  id: 'five',
  kind: 'pay-per-incident-5pack',
  label: 'Litware 5-pack',
  purchasedOn: '2026-03-01',
  expiresOn: '2027-03-01',
  incidents: 5,
  used: 2,
  account: 'msa',
  buyer: 'former.buyer@outlook.com',
  contractId: null,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});
const summary = (p: LedgerPack): PackSummary => ({
  id: p.id,
  kind: p.kind,
  incidentsLeft: p.incidents === null ? null : p.incidents - p.used,
  expiresOn: p.expiresOn,
});
const verdictsFor = (packs: LedgerPack[]) => {
  const { held, plans } = heldPlans(packs.map(summary), at);
  return verdictsOf(held, eligibilityOf(product, plans, at));
};

describe('the buyer of a 5-pack on Support for business', () => {
  it('warns when the page shows another account signed in, and reminds of the order number (EN)', async () => {
    const packs = [fivePack()];
    const list = verdictsFor(packs);
    const buyers = checkBuyers(packs, 'someone.else@outlook.com', TODAY);
    // The 5-pack is eligible for the product, but not from this sign-in.
    expect(badgeState(product, list)).toBe('ok');
    expect(badgeState(product, list, buyers)).toBe('warning');
    const en = render(
      'eligibility-badge',
      'en',
      <EligibilityBadge product={product} list={list} buyers={buyers} />,
    );
    expect(en.root.querySelector('.pcx-card')?.getAttribute('data-state')).toBe('warning');
    expect(en.text()).toContain(
      'This page shows someone.else@outlook.com signed in, but Litware 5-pack was bought with former.buyer@outlook.com.',
    );
    expect(en.text()).toContain('order confirmation number');
    expect(en.root.querySelectorAll('[data-buyer=mismatch] bdi').length).toBe(3);
    expect(await noSeriousViolations(en.root)).toEqual([]);
  });

  it('says so when the buyer is signed in, without the order-number reminder (FR)', () => {
    const packs = [fivePack()];
    const buyers = checkBuyers(packs, 'Former.Buyer@outlook.com', TODAY);
    const list = verdictsFor(packs);
    expect(badgeState(product, list, buyers)).toBe('ok');
    const fr = render(
      'eligibility-badge',
      'fr',
      <EligibilityBadge product={product} list={list} buyers={buyers} />,
    );
    expect(fr.text()).toContain('Litware 5-pack a été acheté avec former.buyer@outlook.com');
    expect(fr.root.querySelector('[data-rule=pro-buyer-left]')).toBeNull();
  });

  it('asks to record the buyer when nobody did, and says when the page’s account cannot be read', () => {
    const noBuyer = checkBuyers([fivePack({ buyer: null, label: '' })], 'a@b.com', TODAY);
    const en = render(
      'eligibility-badge',
      'en',
      <EligibilityBadge product={product} list={verdictsFor([fivePack()])} buyers={noBuyer} />,
    );
    // An unlabelled pack is named by its kind.
    expect(en.text()).toMatch(/does not know which Microsoft account bought it/);
    expect(en.root.querySelector('[data-rule=pro-buyer-left]')).not.toBeNull();
    const unread = checkBuyers([fivePack()], null, TODAY);
    const fr = render(
      'eligibility-badge',
      'fr',
      <EligibilityBadge product={product} list={verdictsFor([fivePack()])} buyers={unread} />,
    );
    expect(fr.text()).toContain('PCX ne peut pas lire quel compte est connecté');
    expect(fr.root.querySelector('[data-rule=pro-buyer-left]')).not.toBeNull();
  });

  it('keeps the badge ok when another held pack can be spent from any sign-in', () => {
    const packs = [
      fivePack(),
      fivePack({ id: 'ops', kind: 'partner-on-premises-20', incidents: 20, buyer: null }),
    ];
    const buyers = checkBuyers(packs, 'someone.else@outlook.com', TODAY);
    expect(badgeState(product, verdictsFor(packs), buyers)).toBe('ok');
  });
});

describe('billing and tax exemption on Support for business', () => {
  it('sends credit-card billing to the Microsoft account site and links the tax-exemption page (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const view = render(
        'eligibility-badge',
        lang,
        <EligibilityBadge product={null} list={[]} buyers={[]} />,
      );
      const card = view.root.querySelector('[data-rule=pro-credit-card] a');
      expect(card?.getAttribute('href')).toBe(ACCOUNT_SITE_URL);
      const tax = view.root.querySelector('[data-rule=pro-tax-exempt] a');
      expect(tax?.getAttribute('href')).toBe(TAX_EXEMPT_URL);
      expect(tax?.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const fr = render('eligibility-badge', 'fr', <EligibilityBadge product={null} list={[]} />);
    expect(fr.text()).toContain('carte de crédit');
    expect(fr.text()).toContain('exonération fiscale');
  });
});

describe('the CSP rules in the customer’s banner', () => {
  it('says billing problems, disputes and fraud go the same way, and that there is no phone filing (EN, FR)', async () => {
    const en = render(
      'context-banner',
      'en',
      <ContextBanner kind="customer" name="Contoso Ltd" tenant="contoso.com" lastSelected={null} />,
    );
    expect(en.root.querySelector('[data-rule=csp-billing]')?.textContent).toMatch(
      /billing problems, billing disputes and fraud/,
    );
    expect(en.root.querySelector('[data-rule=csp-no-phone]')?.textContent).toMatch(
      /No filing by phone/,
    );
    expect(await noSeriousViolations(en.root)).toEqual([]);
    const fr = render(
      'context-banner',
      'fr',
      <ContextBanner kind="customer" name="Contoso Ltd" tenant="contoso.com" lastSelected={null} />,
    );
    expect(fr.text()).toContain('litiges de facturation');
    expect(fr.text()).toContain('Pas de demande par téléphone');
  });

  it('asks your own subscriptions for proof of a support entitlement, with Microsoft’s examples', () => {
    const en = render(
      'context-banner',
      'en',
      <ContextBanner kind="own" name={null} tenant={null} lastSelected={null} />,
    );
    expect(en.text()).toContain('proof of a support entitlement, for example');
    expect(en.text()).toContain('an MPN (partner program) contract ID');
    expect(en.text()).toContain('a Premier contract ID');
    expect(en.text()).toContain('an Azure support plan');
    // Only the customer's banner carries the CSP filing rules.
    expect(en.root.querySelector('[data-rule=csp-billing]')).toBeNull();
  });
});
