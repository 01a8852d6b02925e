// @vitest-environment happy-dom
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ContextBanner,
  contextBannerState,
  serviceManagementUrl,
} from '../../../components/helpers/context-banner';
import { HelperI18nProvider, makeHelperI18n } from '../../../components/helpers/i18n';
import { mountHelper } from '../../../components/mount';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
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
    helper: 'context-banner',
    anchor,
    placement: 'after',
    signal: controller.signal,
  })!;
  mounted.render(<HelperI18nProvider value={makeHelperI18n(lang)}>{tree}</HelperI18nProvider>);
  return {
    root: mounted.root,
    text: (mounted.root.querySelector('.pcx-card')?.textContent ?? '').replace(/\s+/g, ' '),
  };
}

describe('context banner under the tenant rule', () => {
  it('asks, and never says "own tenant", when nothing tells (EN, FR)', () => {
    const last = {
      id: CONTOSO,
      tenantId: CONTOSO,
      name: 'Contoso Ltd',
      domains: [],
      ownTenant: false,
    };
    const en = render(
      'en',
      <ContextBanner
        kind="unknown"
        name={null}
        tenant={null}
        lastSelected={last}
        source="none"
        directoryName="NORTHWIND TRADERS"
      />,
    );
    expect(en.text).toMatch(/Whose tenant is this\?/);
    expect(en.text).toMatch(/NORTHWIND TRADERS/);
    expect(en.text).not.toMatch(/your own tenant, not a customer/);
    expect(en.root.querySelector('a')?.getAttribute('href')).toBe(serviceManagementUrl(CONTOSO));
    const fr = render(
      'fr',
      <ContextBanner kind="unknown" name={null} tenant={null} lastSelected={null} />,
    );
    expect(fr.text).toMatch(/Dans quel locataire êtes-vous/);
    expect(fr.text).not.toMatch(/propre client/);
    expect(contextBannerState('unknown')).toBe('unknown');
  });

  it('says what decided when it was not the URL', () => {
    const tab = render(
      'en',
      <ContextBanner
        kind="customer"
        name="Contoso Ltd"
        tenant={null}
        lastSelected={null}
        source="tab"
      />,
    );
    expect(tab.text).toMatch(/Remembered for this tab/);
    const dir = render(
      'fr',
      <ContextBanner
        kind="own"
        name={null}
        tenant={null}
        lastSelected={null}
        source="directory"
        directoryName="LITWARE PARTNER"
      />,
    );
    expect(dir.text).toMatch(/menu du compte : LITWARE PARTNER/);
    const url = render(
      'en',
      <ContextBanner
        kind="customer"
        name="Contoso Ltd"
        tenant={null}
        lastSelected={null}
        source="url"
      />,
    );
    expect(url.text).not.toMatch(/Remembered|account menu/);
  });

  it('links to the Service management page on Partner Center’s current route', () => {
    expect(serviceManagementUrl(CONTOSO)).toBe(
      `https://partner.microsoft.com/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`,
    );
  });
});
