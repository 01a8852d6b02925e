// @vitest-environment happy-dom
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelperI18nProvider, makeHelperI18n } from '../../../components/helpers/i18n';
import { PackSync, type PackSyncProps } from '../../../components/helpers/pack-sync';
import { planOfName } from '../../../components/helpers/plan-names';
import { SfbPreview } from '../../../components/helpers/sfb-preview';
import { mountHelper } from '../../../components/mount';
import type { PackRecord } from '../../../lib/history/types';
import { reconcilePacks } from '../../../lib/sfb/pack-reconcile';
import { parsePlanRow } from '../../../lib/sfb/plan-rows';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

function render(lang: 'en' | 'fr', tree: ComponentChild) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const controller = new AbortController();
  controllers.push(controller);
  const mounted = mountHelper({
    helper: 'eligibility-badge',
    anchor,
    placement: 'after',
    signal: controller.signal,
  })!;
  mounted.render(<HelperI18nProvider value={makeHelperI18n(lang)}>{tree}</HelperI18nProvider>);
  return mounted.root;
}

const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');

const ROWS = {
  en: [
    'Partner On-premises Support 20 - Access Id: 208811452 / Start Date (7/1/26), End Date (6/30/27), 17 incidents remaining',
    'Partner support MAPS 10pack - Access Id: 174194363 / Start Date (12/23/25), End Date (12/19/26), 10 incidents remaining',
    'Partner support Silver 15pack - Access Id: ••••••• / Start Date (pending)',
  ],
  fr: [
    'Partner On-premises Support 20 - ID d’accès : 208811452 / Date de début (01/07/26), Date de fin (30/06/27), 17 incidents restants',
    'Partner support MAPS 10pack - ID d’accès : 174194363 / Date de début (23/12/25), Date de fin (19/12/26), 10 incidents restants',
    'Partner support Silver 15pack - ID d’accès : ••••••• / Date de début (en attente)',
  ],
};

const MAPS_IN_LEDGER: PackRecord = {
  id: 'p1',
  kind: 'partner-maps-10pack',
  label: 'MAPS',
  purchasedOn: '2025-12-23',
  expiresOn: '2026-12-20',
  incidents: 12,
  used: 0,
  account: null,
  orderNumber: null,
  contractId: '174194363',
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function props(lang: 'en' | 'fr', over: Partial<PackSyncProps> = {}): PackSyncProps {
  const rows = ROWS[lang].map((t) => ({ text: t, row: parsePlanRow(t, lang) }));
  const plan = reconcilePacks(rows, [MAPS_IN_LEDGER], planOfName);
  return {
    ledgerRead: true,
    proposals: plan.proposals,
    unreadable: plan.skipped.length,
    unknownPlans: 0,
    outcomes: new Map(),
    busy: [],
    onApply: vi.fn(),
    onDecline: vi.fn(),
    ...over,
  };
}

describe('the ledger offer', () => {
  it.each(['en', 'fr'] as const)(
    'shows an add, an update with its changes, and the skipped row (%s)',
    async (lang) => {
      const p = props(lang);
      const root = render(lang, <PackSync {...p} />);
      const shown = text(root);
      if (lang === 'en') {
        expect(shown).toContain(
          'Not in PCX yet: Partner On-premises Support 20 (Access Id 208811452)',
        );
        expect(shown).toContain('17 incidents left');
        expect(shown).toContain('Incidents left: 12 → 10');
        expect(shown).toContain('1 row of this list could not be read: skipped.');
      } else {
        expect(shown).toContain(
          'Pas encore dans PCX : Partner On-premises Support 20 (ID d’accès 208811452)',
        );
        expect(shown).toContain('17 incidents restants');
        expect(shown).toContain('Incidents restants : 12 → 10');
        expect(shown).toContain('1 ligne de cette liste illisible : ignorée.');
      }
      const buttons = [...root.querySelectorAll('button')];
      // One apply and one decline per offer, each named after its pack.
      expect(buttons).toHaveLength(4);
      buttons[0]!.click();
      expect(p.onApply).toHaveBeenCalledWith(p.proposals[0]);
      buttons[3]!.click();
      expect(p.onDecline).toHaveBeenCalledWith(p.proposals[1]);
      const result = await axe.run(root.host as Element, {
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(
        result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      ).toEqual([]);
    },
  );

  it('reads an Access Id the page names like a prototype member as an id, nothing more', () => {
    const line =
      'Partner On-premises Support 20 - Access Id: constructor / Start Date (7/1/26), End Date (6/30/27), 17 incidents remaining';
    const rows = [{ text: line, row: parsePlanRow(line, 'en') }];
    const plan = reconcilePacks(rows, [], planOfName);
    expect(plan.proposals.map((p) => p.row.accessId)).toEqual(['constructor']);
    const shown = text(render('en', <PackSync {...props('en', { proposals: plan.proposals })} />));
    expect(shown).toContain('Partner On-premises Support 20');
    expect(shown).not.toContain('packSync.');
  });

  it('isolates the plan names read from the page', () => {
    const root = render('en', <PackSync {...props('en')} />);
    const names = [...root.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(names).toContain('Partner On-premises Support 20');
    expect(names).toContain('Partner support MAPS 10pack');
  });

  it('says what was done instead of offering it again, and offers nothing without the ledger', () => {
    const p = props('en', {
      outcomes: new Map([
        ['208811452', { kind: 'added' }],
        ['174194363', { kind: 'declined' }],
      ]),
    });
    const done = text(render('en', <PackSync {...p} />));
    expect(done).toContain('Added to your packs: Partner On-premises Support 20.');
    expect(done).toContain('Left as it is: Partner support MAPS 10pack.');
    const none = text(render('en', <PackSync {...props('en', { ledgerRead: false })} />));
    expect(none).toContain('PCX could not read your packs');
    expect(none).not.toContain('Add ');
  });

  it('previews nothing until a severity is chosen', () => {
    const root = render(
      'fr',
      <SfbPreview severity={null} preview={null} dueHere={null} agentZone="Europe/Paris" />,
    );
    expect(text(root)).toContain('Choisissez une gravité');
  });
});
