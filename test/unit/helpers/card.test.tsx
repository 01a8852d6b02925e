// @vitest-environment happy-dom
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CardFrameProvider, HelperCard } from '../../../components/helpers/card';
import { HelperI18nProvider, makeHelperI18n } from '../../../components/helpers/i18n';
import { ICONS } from '../../../components/helpers/icons.generated';
import { mountHelper } from '../../../components/mount';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

function mount(lang: 'en' | 'fr', remembered: boolean[], collapsed = false) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const controller = new AbortController();
  controllers.push(controller);
  const mounted = mountHelper({
    helper: 'plan-check',
    anchor,
    placement: 'after',
    signal: controller.signal,
  })!;
  const tree = (
    <HelperI18nProvider value={makeHelperI18n(lang)}>
      <CardFrameProvider value={{ collapsed, onCollapse: (v) => remembered.push(v) }}>
        <HelperCard state="warning" title="Choose Cloud Solution Provider" why="plan">
          <p>Details of the verdict</p>
        </HelperCard>
      </CardFrameProvider>
    </HelperI18nProvider>
  );
  mounted.render(tree);
  return { mounted, root: mounted.root };
}

describe('helper card (Fluent message bar)', () => {
  it('draws the state icon from Fluent UI System Icons, and hides and shows on request', async () => {
    const remembered: boolean[] = [];
    const { root } = mount('en', remembered);
    const card = root.querySelector('.pcx-card')!;
    expect(card.getAttribute('data-state')).toBe('warning');
    expect(card.querySelector('.pcx-state-icon path')?.getAttribute('d')).toBe(
      ICONS.warning.paths[0],
    );
    expect(card.textContent).toContain('Details of the verdict');
    const hide = root.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')!;
    expect(hide.getAttribute('aria-label')).toBe('Hide for this request');
    hide.focus();
    hide.click();
    await new Promise((r) => setTimeout(r, 0));
    // Collapsed: one line with the verdict and "Show"; the details are gone.
    const bar = root.querySelector('.pcx-card')!;
    expect(bar.hasAttribute('data-collapsed')).toBe(true);
    expect(bar.textContent).toContain('Choose Cloud Solution Provider');
    expect(bar.textContent).not.toContain('Details of the verdict');
    const show = root.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!;
    expect(show.textContent).toBe('Show');
    // The keyboard user's focus moved to the counterpart, not to the page's body.
    expect(root.activeElement).toBe(show);
    expect(remembered).toEqual([true]);
    show.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('.pcx-card')!.textContent).toContain('Details of the verdict');
    expect(remembered).toEqual([true, false]);
  });

  it('starts collapsed when the request remembers it, in French, with no serious violation', async () => {
    const { root } = mount('fr', [], true);
    expect(root.querySelector('[data-collapsed]')).not.toBeNull();
    expect(root.querySelector('button')?.textContent).toBe('Afficher');
    const result = await axe.run(root.host as Element, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });

  it('names its "Why?" for what it opens, in both languages', () => {
    const en = mount('en', []).root.querySelector('[data-why]')!;
    expect(en.textContent).toBe('Why?');
    expect(en.getAttribute('aria-label')).toBe('Why? The rule behind this, in a new tab');
    const fr = mount('fr', []).root.querySelector('[data-why]')!;
    expect(fr.textContent).toBe('Pourquoi ?');
  });
});
