// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  controlOf,
  findControl,
  listOptions,
  optionMatching,
  pickValue,
  readValue,
  setText,
} from '../../../lib/dom/controls';
import {
  accessibleName,
  clearQueryCache,
  fieldRow,
  findSection,
  selectedTabIs,
} from '../../../lib/dom/fields';
import { fold, labelLanguages, matchesLabel } from '../../../lib/dom/labels';
import { ianaFromPortalZone } from '../../../lib/dom/time-zones';

describe('label matching', () => {
  it.each([
    ['Support plan', 'supportPlan', 'exact', true],
    ['  SUPPORT   PLAN *', 'supportPlan', 'exact', true],
    ['Formule d’assistance', 'supportPlan', 'exact', true],
    ["formule d'assistance", 'supportPlan', 'exact', true],
    ['FORMULE D’ASSISTANCE :', 'supportPlan', 'exact', true],
    ['Gravite', 'severity', 'exact', true],
    ['Severity (required)', 'severity', 'prefix', true],
    ['Severity of the outage', 'severity', 'prefix', false],
    ["Nom de l'organisation", 'lastName', 'prefix', false],
    ['▸ Want to see unavailable support plans?', 'unavailablePlans', 'exact', true],
    [
      'Souhaitez-vous voir les plans de support non disponibles ?',
      'unavailablePlans',
      'exact',
      true,
    ],
    ['3. Additional details', 'contactInfo', 'exact', false],
    ['Fournisseur de solutions Cloud', 'cspPlanOption', 'exact', true],
    ['Cloud Solution Provider', 'cspPlanOption', 'exact', true],
    ['Professional Direct', 'cspPlanOption', 'exact', false],
  ] as const)('%s ~ %s (%s) → %s', (text, key, mode, expected) => {
    expect(matchesLabel(text, key, ['en', 'fr'], mode)).toBe(expected);
  });

  it('folds accents, case, quotes and numbering', () => {
    expect(fold('1. Description du problème')).toBe('description du probleme');
    expect(fold('Coordonnées')).toBe('coordonnees');
  });

  it('picks the tables from the document language, both when unknown', () => {
    document.documentElement.lang = 'fr-FR';
    expect(labelLanguages(document)).toEqual(['fr', 'en']);
    document.documentElement.lang = '';
    expect(labelLanguages(document)).toEqual(['en', 'fr']);
  });
});

function form(lang: 'en' | 'fr') {
  const L =
    lang === 'en'
      ? {
          plan: 'Support plan',
          sev: 'Severity',
          contact: 'Contact info',
          email: 'Email',
          phone: 'Phone',
          csp: 'Cloud Solution Provider',
        }
      : {
          plan: 'Formule d’assistance',
          sev: 'Gravité',
          contact: 'Coordonnées',
          email: 'E-mail',
          phone: 'Téléphone',
          csp: 'Fournisseur de solutions Cloud',
        };
  document.documentElement.lang = lang;
  document.body.innerHTML = `
    <div class="row"><span id="plan-l">${L.plan}</span>
      <div id="plan" role="combobox" tabindex="0" aria-labelledby="plan-l" aria-controls="plan-list" aria-expanded="false">Select</div>
      <div id="plan-list" role="listbox" hidden>
        <div role="option" aria-selected="false">Basic</div>
        <div role="option" aria-selected="false">${L.csp}</div>
      </div>
    </div>
    <div class="row"><span id="sev-l">${L.sev}</span>
      <div role="radiogroup" aria-labelledby="sev-l">
        <input type="radio" name="s" id="a" value="critical"><label for="a">A - Critical impact</label>
        <input type="radio" name="s" id="b" value="moderate"><label for="b">B - Moderate impact</label>
      </div>
    </div>
    <section aria-labelledby="c-h"><h3 id="c-h">${L.contact}</h3>
      <label for="em">${L.email}</label><input id="em" type="email" value="admin@contoso.com">
      <label>${L.phone} <input id="ph" value=""></label>
    </section>
    <label for="lang">Support language</label>
    <select id="lang"><option value="">Choose</option><option value="en">English</option><option value="fr">Français</option></select>`;
  // The page's own framework: the listbox opens on click, an option click selects it.
  const combo = document.getElementById('plan')!;
  const list = document.getElementById('plan-list')!;
  combo.addEventListener('click', () => {
    list.hidden = false;
    combo.setAttribute('aria-expanded', 'true');
  });
  for (const option of list.querySelectorAll('[role=option]')) {
    option.addEventListener('click', () => {
      for (const o of list.querySelectorAll('[role=option]'))
        o.setAttribute('aria-selected', 'false');
      option.setAttribute('aria-selected', 'true');
      combo.textContent = option.textContent;
      list.hidden = true;
    });
  }
  return L;
}

describe('finding and driving fields', () => {
  for (const lang of ['en', 'fr'] as const) {
    describe(lang, () => {
      let L: ReturnType<typeof form>;
      beforeEach(() => {
        clearQueryCache();
        L = form(lang);
      });

      it('finds fields by aria-labelledby, label[for] and wrapping label', () => {
        expect(findControl(document, 'supportPlan')?.element.id).toBe('plan');
        expect(findControl(document, 'severity')?.element.getAttribute('role')).toBe('radiogroup');
        expect(findControl(document, 'email')?.element.id).toBe('em');
        expect(findControl(document, 'phone')?.element.id).toBe('ph');
        expect(accessibleName(document.getElementById('ph')!)).toContain(L.phone);
        expect(fieldRow(findControl(document, 'supportPlan')!.element).className).toBe('row');
      });

      it('finds a section by its heading, and fields inside it', () => {
        const found = findSection(document, 'contactInfo');
        expect(found?.heading.textContent).toBe(L.contact);
        expect(findControl(document, 'email', { within: found!.section })?.element.id).toBe('em');
      });

      it('reads and picks options in a combobox, a radio group and a select', async () => {
        const plan = findControl(document, 'supportPlan')!;
        expect(plan.family).toBe('aria-combobox');
        expect(readValue(plan)).toBeNull();
        expect(await pickValue(plan, optionMatching([L.csp]))).toEqual({ ok: true, value: L.csp });
        expect(readValue(controlOf(plan.element)!)).toBe(L.csp);
        const sev = findControl(document, 'severity')!;
        expect(sev.family).toBe('radio-group');
        expect(readValue(sev)).toBeNull();
        expect(await listOptions(sev)).toEqual(['A - Critical impact', 'B - Moderate impact']);
        expect((await pickValue(sev, optionMatching(['B - Moderate impact']))).ok).toBe(true);
        expect(readValue(sev)).toBe('B - Moderate impact');
        const select = controlOf(document.getElementById('lang'))!;
        expect(select.family).toBe('native-select');
        let changed = 0;
        select.element.addEventListener('change', () => changed++);
        expect((await pickValue(select, optionMatching(['English']))).ok).toBe(true);
        expect((select.element as HTMLSelectElement).value).toBe('en');
        expect(changed).toBe(1);
        expect(await pickValue(select, optionMatching(['Klingon']))).toEqual({
          ok: false,
          reason: 'no-option',
        });
      });

      it('sets a field with the events a framework listens to, and refuses a read-only one', async () => {
        const input = document.getElementById('em') as HTMLInputElement;
        const seen: string[] = [];
        input.addEventListener('input', () => seen.push(`input:${input.value}`));
        input.addEventListener('change', () => seen.push(`change:${input.value}`));
        expect((await setText(controlOf(input)!, 'me@litware.com')).ok).toBe(true);
        expect(seen).toEqual(['input:me@litware.com', 'change:me@litware.com']);
        input.readOnly = true;
        expect(await setText(controlOf(input)!, 'x@y.z')).toEqual({
          ok: false,
          reason: 'disabled',
        });
      });

      it('reports a popup that never opens instead of pretending', async () => {
        const plan = findControl(document, 'supportPlan')!;
        // A page whose combobox ignores clicks: the list never appears.
        const inert = plan.element.cloneNode(true) as HTMLElement;
        plan.element.replaceWith(inert);
        document.getElementById('plan-list')!.remove();
        expect(
          await pickValue(controlOf(inert)!, optionMatching([L.csp]), { popupTimeoutMs: 200 }),
        ).toEqual({ ok: false, reason: 'no-popup' });
      });
    });
  }

  it('returns null for absent fields instead of throwing', () => {
    document.body.innerHTML = '<p>Nothing here</p>';
    expect(findControl(document, 'supportPlan')).toBeNull();
    expect(findSection(document, 'contactInfo')).toBeNull();
  });
});

describe('portal time zones', () => {
  it.each([
    ['Romance Standard Time', 'Europe/Paris'],
    ['(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', 'Europe/Paris'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['UTC', 'UTC'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Somewhere Standard Time', null],
  ])('%s → %s', (value, zone) => {
    expect(ianaFromPortalZone(value)).toBe(zone);
  });
});

describe('selectedTabIs (the wizard tab that holds the plan, severity and contact fields)', () => {
  const tabs = (lang: string, names: string[], selected: number) => {
    clearQueryCache();
    document.documentElement.lang = lang;
    document.body.innerHTML = `<div role="tablist">${names
      .map((n, i) => `<button role="tab" aria-selected="${i === selected}">${n}</button>`)
      .join('')}</div>`;
    return document;
  };
  const EN = [
    '1. Problem description',
    '2. Recommended solution',
    '3. Additional details',
    '4. Review + create',
  ];
  const FR = [
    '1. Description du problème',
    '2. Solution recommandée',
    '3. Informations supplémentaires',
    '4. Vérifier + créer',
  ];

  it('is true when the Additional details tab is selected, in English and French', () => {
    expect(selectedTabIs(tabs('en', EN, 2), 'additionalDetailsTab')).toBe(true);
    expect(selectedTabIs(tabs('fr', FR, 2), 'additionalDetailsTab')).toBe(true);
  });

  it('is false on the other tabs and when no tab list exists', () => {
    for (const i of [0, 1, 3])
      expect(selectedTabIs(tabs('en', EN, i), 'additionalDetailsTab')).toBe(false);
    clearQueryCache();
    document.body.innerHTML = '<h2>Additional details</h2>';
    expect(selectedTabIs(document, 'additionalDetailsTab')).toBe(false);
  });

  it('knows the older wizard, whose tab was called Details', () => {
    expect(
      selectedTabIs(
        tabs('en', ['Basics', 'Solutions', 'Details', 'Review + create'], 2),
        'additionalDetailsTab',
      ),
    ).toBe(true);
  });
});
