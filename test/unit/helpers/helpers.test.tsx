// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmationNumber } from '../../../components/helpers/capture';
import {
  ContactCheck,
  contactState,
  emailVerdict,
  phoneVerdict,
  plannedChanges,
} from '../../../components/helpers/contact-check';
import {
  ContextBanner,
  contextBannerState,
  serviceManagementUrl,
} from '../../../components/helpers/context-banner';
import {
  badgeState,
  EligibilityBadge,
  EligibilityNote,
  readUnavailable,
} from '../../../components/helpers/eligibility-badge';
import { severityOfLabel } from '../../../components/helpers/form-reading';
import { HelperI18nProvider, makeHelperI18n } from '../../../components/helpers/i18n';
import { PlanCheck, planCheckState } from '../../../components/helpers/plan-check';
import { planOfName } from '../../../components/helpers/plan-names';
import { formatDue } from '../../../components/helpers/preview';
import { ScopeHint, scopeState } from '../../../components/helpers/scope-hint';
import { SeverityPicker } from '../../../components/helpers/severity-picker';
import { readSfbProduct } from '../../../components/helpers/sfb-form';
import { mountHelper } from '../../../components/mount';
import { controlOf } from '../../../lib/dom/controls';
import { clearQueryCache } from '../../../lib/dom/fields';
import type { PackSummary } from '../../../lib/history/types';
import { matchProduct } from '../../../lib/lifecycle';
import { defaultSettings } from '../../../lib/settings';
import { heldPlans, verdictsOf } from '../../../lib/sfb/eligibility';
import { eligibilityOf } from '../../../lib/sfb/eligibility-answer';
import { previewOrNull } from '../../../lib/sla/preview';

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

const controllers: AbortController[] = [];
afterEach(() => {
  clearQueryCache();
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

/** Mounts a view the way the features do: a pcx-* host, open shadow root, Preact inside. */
function render(helper: string, lang: 'en' | 'fr', tree: ComponentChild) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const controller = new AbortController();
  controllers.push(controller);
  const mounted = mountHelper({ helper, anchor, placement: 'after', signal: controller.signal })!;
  mounted.render(<HelperI18nProvider value={makeHelperI18n(lang)}>{tree}</HelperI18nProvider>);
  const text = () =>
    (mounted.root.querySelector('.pcx-card')?.textContent ?? '').replace(/\s+/g, ' ');
  return { mounted, text, root: mounted.root };
}

async function noSeriousViolations(root: ShadowRoot) {
  const result = await axe.run(root.host as Element, {
    // Layout-dependent rules cannot run without a rendering engine: the e2e suite runs them.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const PROFILE = {
  ...defaultSettings('UTC').profile,
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille@litware.com',
  phone: '+33 1 23 45 67 89',
  ownDomains: ['litware.com'],
};

describe('context banner', () => {
  it('is ok in a customer tenant with the name, in EN and FR', async () => {
    const en = render(
      'context-banner',
      'en',
      <ContextBanner kind="customer" name="Contoso Ltd" tenant={null} lastSelected={null} />,
    );
    expect(en.text()).toContain('Filing in Contoso Ltd’s tenant');
    const fr = render(
      'context-banner',
      'fr',
      <ContextBanner kind="customer" name="Contoso Ltd" tenant={null} lastSelected={null} />,
    );
    expect(fr.text()).toContain('Demande dans le client Contoso Ltd');
    expect(await noSeriousViolations(en.root)).toEqual([]);
  });

  it('warns in the own tenant and links back to the last selected customer', async () => {
    const last = {
      id: 'x',
      tenantId: '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318',
      name: 'Contoso Ltd',
      domains: [],
      ownTenant: false,
    };
    const { root, text } = render(
      'context-banner',
      'en',
      <ContextBanner kind="own" name={null} tenant={null} lastSelected={last} />,
    );
    expect(text()).toContain('own tenant');
    expect(root.querySelector('a')?.getAttribute('href')).toBe(serviceManagementUrl(last.tenantId));
    expect(contextBannerState('own')).toBe('warning');
    expect(contextBannerState('unknown')).toBe('unknown');
    expect(contextBannerState('pending')).toBe('unknown');
    expect(await noSeriousViolations(root)).toEqual([]);
  });

  it('renders a hostile name as text', () => {
    const { root, text } = render(
      'context-banner',
      'en',
      <ContextBanner
        kind="customer"
        name={'<img src=x onerror="window.__pwned=1">'}
        tenant={null}
        lastSelected={null}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('<img src=x');
  });
});

describe('plan check', () => {
  it.each([
    ['customer-csp', 'ok'],
    ['customer-other', 'warning'],
    ['own-csp', 'warning'],
    ['own-other', 'ok'],
    ['unknown', 'unknown'],
  ] as const)('%s → %s', (which, state) => {
    expect(planCheckState(which)).toBe(state);
    const fr = render('plan-check', 'fr', <PlanCheck which={which} />);
    const en = render('plan-check', 'en', <PlanCheck which={which} />);
    expect(fr.text()).not.toBe(en.text());
  });

  it('offers to choose CSP for a customer', async () => {
    let chosen = 0;
    const { root } = render(
      'plan-check',
      'en',
      <PlanCheck which="customer-other" onChooseCsp={() => chosen++} />,
    );
    root.querySelector('button')!.click();
    expect(chosen).toBe(1);
    expect(await noSeriousViolations(root)).toEqual([]);
  });
});

describe('severity picker', () => {
  const settings = defaultSettings('Europe/Paris');
  const at = new Date('2026-11-24T10:00:00Z'); // Tuesday 11:00 in Paris

  it('reads the severity letter of the portal’s labels in EN and FR', () => {
    expect(severityOfLabel('A - Critical impact')).toBe('A');
    expect(severityOfLabel('A - Impact critique - Urgence')).toBe('A');
    expect(severityOfLabel('B - Impact modéré')).toBe('B');
    expect(severityOfLabel('Critical')).toBeNull();
  });

  it('computes the preview through lib/sla (CSP non break-fix: one business day)', () => {
    const p = previewOrNull(settings, {
      program: 'csp',
      severity: 'A',
      breakFix: false,
      supportLanguage: 'english',
      coverage: 'business-hours',
      filedAt: at,
    });
    expect(p?.rule).toBe('csp-non-break-fix');
    expect(p?.dueAt.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    const b = previewOrNull(settings, {
      program: 'csp',
      severity: 'B',
      breakFix: true,
      supportLanguage: 'english',
      coverage: 'business-hours',
      filedAt: at,
    });
    expect(b?.rule).toBe('csp-severity');
    expect(b?.dueAt.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    // Professional requests have no non-break-fix rule.
    const pro = previewOrNull(settings, {
      program: 'professional',
      severity: 'B',
      breakFix: false,
      supportLanguage: 'english',
      coverage: 'business-hours',
      filedAt: at,
    });
    expect(pro?.rule).toBe('professional-severity');
    expect(
      previewOrNull(
        { ...settings, schedule: { ...settings.schedule, timeZone: 'Mars/Olympus' } },
        {
          program: 'csp',
          severity: 'B',
          breakFix: true,
          supportLanguage: 'english',
          coverage: 'business-hours',
          filedAt: at,
        },
      ),
    ).toBeNull();
  });

  it('renders buttons, impact, rule, caveats and both zones; picking calls back', async () => {
    const preview = previewOrNull(settings, {
      program: 'csp',
      severity: 'B',
      breakFix: true,
      supportLanguage: 'local',
      coverage: 'business-hours',
      filedAt: at,
    })!;
    const { root, text } = render(
      'severity-picker',
      'fr',
      <SeverityPicker
        severity="B"
        program="csp"
        breakFix
        preview={preview}
        dueHere={formatDue(preview.dueAt, 'Europe/Paris', 'fr-FR')}
        dueThere={formatDue(preview.dueAt, 'America/New_York', 'fr-FR')}
        requestZone="America/New_York"
        agentZone="Europe/Paris"
        askWhose={false}
        onBreakFix={() => {}}
        onWhose={() => {}}
      />,
    );
    expect(text()).toContain('Première réponse attendue');
    expect(text()).toContain('America/New_York');
    expect(root.querySelectorAll('li').length).toBe(preview.caveats.length);
    // One line: the severity the portal holds and its due time; no second A/B/C control.
    expect(root.querySelector('.pcx-title')?.textContent).toMatch(
      /^Gravité B · Première réponse attendue au plus tard le /,
    );
    expect(root.querySelector('[aria-pressed]')).toBeNull();
    expect(root.querySelector('[data-why]')?.getAttribute('data-why')).toBe('first-response');
    expect(root.querySelector('input[type=checkbox]')).not.toBeNull();
    expect(await noSeriousViolations(root)).toEqual([]);
  });

  it('asks whose tenant it is when the page does not say, and shows no due time until told', async () => {
    const whose: string[] = [];
    const { root, text } = render(
      'severity-picker',
      'en',
      <SeverityPicker
        severity="A"
        program={null}
        askWhose
        breakFix
        preview={null}
        dueHere={null}
        dueThere={null}
        requestZone={null}
        agentZone="Europe/Paris"
        onBreakFix={() => {}}
        onWhose={(kind) => whose.push(kind)}
      />,
    );
    expect(text()).toContain('Whose tenant is this request for?');
    expect(text()).toContain('recorded with no due time');
    expect(text()).not.toContain('First response due');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain('A customer’s (Cloud Solution Provider)');
    (
      [...root.querySelectorAll('button')].find(
        (b) => b.textContent === 'Our own',
      ) as HTMLButtonElement
    ).click();
    expect(whose).toEqual(['own']);
    expect(await noSeriousViolations(root)).toEqual([]);
  });
});

describe('contact check', () => {
  it('judges e-mails and phones', () => {
    const profile = { ...PROFILE };
    expect(
      emailVerdict('admin@contoso.onmicrosoft.com', ['contoso.onmicrosoft.com'], profile),
    ).toBe('customer');
    expect(emailVerdict('someone@fabrikam.com', [], profile)).toBe('customer');
    expect(emailVerdict('support@eu.litware.com', [], profile)).toBe('partner');
    expect(
      emailVerdict('someone@fabrikam.com', [], { ...profile, ownDomains: [], email: '' }),
    ).toBe('unknown');
    expect(emailVerdict('admin@contoso.com', ['contoso.com'], { ...profile, ownDomains: [] })).toBe(
      'customer',
    );
    expect(phoneVerdict('01 23 45 67 89', profile)).toBe('partner');
    expect(phoneVerdict('+1 555 0100', profile)).toBe('customer');
    expect(phoneVerdict('', profile)).toBe('unknown');
    expect(contactState('partner', 'partner')).toBe('ok');
    expect(contactState('partner', 'customer')).toBe('warning');
    expect(contactState('unknown', 'unknown')).toBe('unknown');
  });

  it('shows what filling will change, fills only on click, and says where to set the profile', async () => {
    document.body.innerHTML = '<input id="e" value="admin@contoso.com"><input id="p" value="">';
    const fields = {
      section: null,
      firstName: null,
      lastName: null,
      email: controlOf(document.getElementById('e')),
      phone: controlOf(document.getElementById('p')),
    };
    const changes = plannedChanges(fields, PROFILE);
    expect(changes.map((c) => c.field)).toEqual(['email', 'phone']);
    let filled = 0;
    const { root, text } = render(
      'contact-check',
      'en',
      <ContactCheck
        state="warning"
        email="customer"
        phone="unknown"
        changes={changes}
        profileEmpty={false}
        fillFailed={false}
        onFill={() => filled++}
      />,
    );
    expect(text()).toContain('admin@contoso.com → camille@litware.com');
    expect(filled).toBe(0);
    root.querySelector<HTMLButtonElement>('.pcx-card__body button')!.click();
    expect(filled).toBe(1);
    expect(await noSeriousViolations(root)).toEqual([]);
    const empty = render(
      'contact-check',
      'fr',
      <ContactCheck
        state="unknown"
        email="unknown"
        phone="unknown"
        changes={[]}
        profileEmpty
        fillFailed={false}
        onFill={() => {}}
      />,
    );
    expect(empty.text()).toContain('Options → Profil du partenaire');
    // Nothing to fill: only the card's own controls (why, hide).
    expect(empty.root.querySelector('.pcx-card__body button')).toBeNull();
  });
});

describe('scope hint', () => {
  it('warns with topics, else says all is well (EN/FR)', async () => {
    const hints = { topics: ['root-cause-analysis' as const], severalProblems: true };
    expect(scopeState(hints)).toBe('warning');
    expect(scopeState({ topics: [], severalProblems: false })).toBe('ok');
    const en = render('scope-hint', 'en', <ScopeHint hints={hints} />);
    expect(en.root.querySelectorAll('li').length).toBe(2);
    const fr = render(
      'scope-hint',
      'fr',
      <ScopeHint hints={{ topics: [], severalProblems: false }} />,
    );
    expect(fr.text()).toContain('Rien d’hors périmètre');
    expect(await noSeriousViolations(en.root)).toEqual([]);
  });
});

describe('eligibility badge and note', () => {
  const at = new Date('2026-11-21T12:00:00Z');
  const product = { product: 'Windows Server', version: '2025' };
  const pack = (
    kind: PackSummary['kind'],
    left: number | null = 5,
    expiresOn: string | null = '2027-06-30',
  ): PackSummary => ({
    id: kind,
    kind,
    incidentsLeft: left,
    expiresOn,
  });

  it('ok when a held pack can be spent, warning when none can, unknown without packs or product', () => {
    const held = verdicts(product, [pack('partner-on-premises-20')], at);
    expect(held.map((v) => v.plan)).toEqual(['partner-on-premises-20', 'pay-per-incident']);
    expect(badgeState(product, held)).toBe('ok');
    const cloudOnly = verdicts(product, [pack('partner-cloud-support')], at);
    expect(badgeState(product, cloudOnly)).toBe('warning');
    const usedUp = verdicts(product, [pack('partner-on-premises-20', 0)], at);
    expect(badgeState(product, usedUp)).toBe('unknown');
    expect(badgeState(null, [])).toBe('unknown');
  });

  it('renders reasons and alternatives in EN and FR', async () => {
    const list = verdicts(product, [pack('partner-cloud-support')], at);
    const en = render(
      'eligibility-badge',
      'en',
      <EligibilityBadge product={product} list={list} />,
    );
    expect(en.text()).toContain('Windows Server 2025');
    expect(en.text()).toContain('Instead:');
    const fr = render('eligibility-badge', 'fr', <EligibilityBadge product={null} list={[]} />);
    expect(fr.text()).toContain('Produit ou version inconnu');
    expect(await noSeriousViolations(en.root)).toEqual([]);
  });

  it('reads the product from the page and maps listed plan names', () => {
    // Fluent v8's Dropdown, as Microsoft's form renders "Select a product" (portals.md): named by
    // its label and its value, its text ending with the caret glyph U+E70D.
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<main><section aria-labelledby="s1"><h2 id="s1">Étape 1 : Produit et type de support</h2>
      <label id="d-label">Sélectionner un produit (Obligatoire)</label>
      <div role="combobox" tabindex="0" aria-expanded="false" aria-labelledby="d-label d-option"><span id="d-option">Windows Server 2025 Datacenter</span><span><i aria-hidden="true">\uE70D</i></span></div>
      <button aria-controls="u" aria-expanded="true"><span aria-hidden="true">▾</span>Souhaitez-vous voir les plans de support non disponibles ?</button>
      <ul id="u"><li><div>Partner Cloud Support</div><div role="note">Indisponible</div></li><li><div>Paiement à l’incident</div></li></ul></section></main>`;
    expect(matchProduct(readSfbProduct(document)?.label ?? '')).toEqual({
      product: 'Windows Server',
      version: '2025',
    });
    expect(readUnavailable(document)?.names.map(planOfName)).toEqual([
      'partner-cloud-support',
      'pay-per-incident',
    ]);
    expect(planOfName('Partner support Silver 15pack')).toBe('partner-silver-15pack');
    expect(planOfName('Something else')).toBeNull();
    const note = render(
      'eligibility-note',
      'en',
      <EligibilityNote
        rows={[
          {
            name: 'Partner Cloud Support',
            plan: 'partner-cloud-support',
            eligibility: {
              status: 'not-eligible',
              reason: 'on-premises-product',
              alternatives: [],
            },
          },
        ]}
      />,
    );
    expect(note.text()).toContain('cloud support plans do not cover it');
  });
});

describe('capture', () => {
  it('finds the request number of a confirmation', () => {
    document.body.innerHTML =
      '<div role="status">Support request 2611210040001234 was created.</div>';
    expect(confirmationNumber(document, 'azure')).toBe('2611210040001234');
    document.body.innerHTML =
      '<div role="status">Request 12345 created</div><p>2611210040001234</p>';
    expect(confirmationNumber(document, 'azure')).toBeNull();
    document.body.innerHTML =
      '<div role="status"><h3>Reçu</h3><p>Votre numéro de demande est 2611210040005678. Contact : +1 555 0100.</p></div>';
    expect(confirmationNumber(document, 'm365-admin')).toBe('2611210040005678');
  });
});
