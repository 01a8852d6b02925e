// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  azureDirectory,
  contextKindOf,
  decideTenant,
  isOwnDirectory,
  isOwnTenant,
  m365Directory,
  programFor,
} from '../../../lib/portals';

const FABRIKAM = 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5';
const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const profile = {
  name: 'Litware Partner',
  ownTenants: ['litwarepartner.onmicrosoft.com', FABRIKAM],
  ownDomains: ['litware.com'],
};
const none = { url: { kind: 'unknown' as const }, tab: null, directory: null };

describe('the own tenant, defined once', () => {
  it('is a tenant whose id or one of whose domains the profile lists, as tenant or as domain', () => {
    expect(isOwnTenant({ domain: 'litwarepartner.onmicrosoft.com' }, profile)).toBe(true);
    expect(isOwnTenant({ tenantId: FABRIKAM.toUpperCase() }, profile)).toBe(true);
    expect(isOwnTenant({ domain: 'LITWARE.com' }, profile)).toBe(true);
    expect(isOwnTenant({ tenantId: CONTOSO, domains: ['litware.com'] }, profile)).toBe(true);
    expect(isOwnTenant({ tenantId: CONTOSO, domain: 'contoso.onmicrosoft.com' }, profile)).toBe(
      false,
    );
    expect(isOwnTenant({ tenantId: null, domain: null }, profile)).toBe(false);
    expect(isOwnTenant({ domain: 'litware.com' }, { ownTenants: [], ownDomains: [] })).toBe(false);
  });

  it('recognises the own directory by its domain, else by the profile’s organisation name', () => {
    expect(isOwnDirectory({ name: null, domain: 'litware.com' }, profile)).toBe(true);
    expect(isOwnDirectory({ name: 'LITWARE PARTNER', domain: null }, profile)).toBe(true);
    expect(isOwnDirectory({ name: 'Contoso Ltd', domain: null }, profile)).toBe(false);
    expect(
      isOwnDirectory({ name: 'LITWARE PARTNER', domain: null }, { ...profile, name: '' }),
    ).toBe(false);
  });

  it('maps a URL’s tenant hint to a kind', () => {
    expect(
      contextKindOf({ kind: 'customer', tenantId: null, domain: 'contoso.com' }, profile),
    ).toBe('customer');
    expect(contextKindOf({ kind: 'customer', tenantId: FABRIKAM, domain: null }, profile)).toBe(
      'own',
    );
    expect(contextKindOf({ kind: 'own' }, profile)).toBe('own');
    expect(contextKindOf({ kind: 'unknown' }, profile)).toBe('unknown');
  });
});

describe('the tenant rule', () => {
  it('lets the URL decide when it names a tenant, whatever the tab remembers', () => {
    const v = decideTenant(
      {
        url: { kind: 'customer', tenantId: null, domain: 'Contoso.onmicrosoft.com' },
        tab: { tenantId: FABRIKAM, domain: null },
        directory: { name: 'LITWARE PARTNER', domain: null },
      },
      profile,
    );
    expect(v).toMatchObject({ kind: 'customer', domain: 'contoso.onmicrosoft.com', source: 'url' });
    expect(
      decideTenant(
        { ...none, url: { kind: 'customer', tenantId: null, domain: 'litware.com' } },
        profile,
      ),
    ).toMatchObject({ kind: 'own', source: 'url' });
  });

  it('keeps the customer the tab was opened for when the URL loses its @', () => {
    const v = decideTenant(
      {
        ...none,
        tab: { tenantId: null, domain: 'contoso.onmicrosoft.com' },
        directory: { name: 'LITWARE PARTNER', domain: null },
      },
      profile,
    );
    expect(v).toMatchObject({ kind: 'customer', domain: 'contoso.onmicrosoft.com', source: 'tab' });
  });

  it('then reads the directory of the account menu: own, a known customer, or unplaced', () => {
    expect(
      decideTenant({ ...none, directory: { name: 'LITWARE PARTNER', domain: null } }, profile),
    ).toMatchObject({ kind: 'own', source: 'directory', directoryName: 'LITWARE PARTNER' });
    expect(
      decideTenant(
        {
          ...none,
          directory: { name: 'CONTOSO LTD', domain: null },
          customers: [null, { tenantId: CONTOSO, name: 'Contoso Ltd', domains: [] }],
        },
        profile,
      ),
    ).toMatchObject({ kind: 'customer', tenantId: CONTOSO, source: 'directory' });
    expect(
      decideTenant(
        {
          ...none,
          directory: { name: 'Contoso', domain: 'contoso.onmicrosoft.com' },
          customers: [
            { tenantId: CONTOSO, name: 'Other name', domains: ['contoso.onmicrosoft.com'] },
          ],
        },
        profile,
      ),
    ).toMatchObject({ kind: 'customer', tenantId: CONTOSO, domain: 'contoso.onmicrosoft.com' });
    const unplaced = decideTenant(
      { ...none, directory: { name: 'NORTHWIND TRADERS', domain: null } },
      profile,
    );
    expect(unplaced).toMatchObject({
      kind: 'unknown',
      source: 'none',
      directoryName: 'NORTHWIND TRADERS',
    });
  });

  it('says unknown when nothing tells, and never "own" for a missing @', () => {
    expect(decideTenant(none, profile)).toEqual({
      kind: 'unknown',
      tenantId: null,
      domain: null,
      source: 'none',
      directoryName: null,
    });
    expect(decideTenant({ ...none, tab: { tenantId: null, domain: null } }, profile).kind).toBe(
      'unknown',
    );
  });

  it('gives the program from the verdict (customer → CSP, own → the options, unknown → none)', () => {
    expect(programFor('azure', 'customer', { ownTenantProgram: 'professional' })).toBe('csp');
    expect(programFor('azure', 'own', { ownTenantProgram: 'professional' })).toBe('professional');
    expect(programFor('azure', 'own', { ownTenantProgram: 'csp' })).toBe('csp');
    expect(programFor('azure', 'unknown', { ownTenantProgram: 'csp' })).toBeNull();
    expect(programFor('m365-admin', 'unknown', { ownTenantProgram: 'csp' })).toBeNull();
    expect(programFor('support-for-business', 'own', { ownTenantProgram: 'csp' })).toBe(
      'professional',
    );
  });
});

describe('the directory a portal shows', () => {
  const azureHeader = (lang: 'en' | 'fr', open: boolean) => {
    document.documentElement.lang = lang;
    const label = lang === 'en' ? 'Account manager for' : 'Gestionnaire de compte pour';
    const dir = lang === 'en' ? 'Directory' : 'Annuaire';
    document.body.innerHTML = `<header role="banner">
      <button aria-label="Help">?</button>
      <div><button type="button" aria-label="${label} agent@litware.com" aria-haspopup="dialog">
        <div><div>agent@litware.com</div><div>CONTOSO LTD</div></div>
        <div aria-hidden="true">LA</div></button>
      ${open ? `<div role="dialog"><div><span>${dir} : </span><span>Contoso Ltd (contoso.onmicrosoft.com)</span></div></div>` : ''}
      </div></header><main></main>`;
  };

  it('reads Azure’s account menu button, then its open dialog with the domain (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      azureHeader(lang, false);
      expect(azureDirectory(document), lang).toEqual({ name: 'CONTOSO LTD', domain: null });
      azureHeader(lang, true);
      expect(azureDirectory(document), lang).toEqual({
        name: 'Contoso Ltd',
        domain: 'contoso.onmicrosoft.com',
      });
    }
  });

  it('finds nothing without an account menu (silent, no guess)', () => {
    document.body.innerHTML =
      '<header role="banner"><button aria-label="Settings">x</button></header>';
    expect(azureDirectory(document)).toBeNull();
    document.body.innerHTML = '<main><div>agent@litware.com CONTOSO LTD</div></main>';
    expect(azureDirectory(document)).toBeNull();
  });

  it('reads the admin center’s organization in the header', () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML =
      '<header role="banner"><div aria-label="Organisation"><span>Contoso Ltd</span><span>Géré par Litware</span></div></header>';
    expect(m365Directory(document)).toEqual({ name: 'Contoso Ltd', domain: null });
    document.body.innerHTML = '<header role="banner"><span>Contoso Ltd</span></header>';
    expect(m365Directory(document)).toBeNull();
  });
});
