// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPartnerCenter } from '../../../lib/portals';

const ID = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';

function page(lang: 'en' | 'fr', name: string) {
  const t =
    lang === 'en'
      ? {
          home: 'Home',
          customers: 'Customers',
          list: 'Customer list',
          section: 'Service management',
          bc: 'Breadcrumb',
        }
      : {
          home: 'Accueil',
          customers: 'Clients',
          list: 'Liste des clients',
          section: 'Gestion des services',
          bc: "Fil d'Ariane",
        };
  document.documentElement.lang = lang;
  document.body.innerHTML = `
    <nav aria-label="${t.bc}"><ol>
      <li><a href="/${lang}-us/dashboard/home">${t.home}</a></li>
      <li><a href="/${lang}-us/dashboard/commerce2/customers/list?lang=${lang}">${t.customers}</a></li>
      <li><a href="/${lang}-us/dashboard/commerce2/customers/list">${t.list}</a></li>
      <li><span aria-current="page"></span></li>
    </ol></nav>
    <nav aria-label="menu"><ul><li><a aria-current="page" href="#">${t.section}</a></li></ul></nav>
    <main><h1></h1>
      <section><h2>Administer services</h2>
        <a href="https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade">Azure</a>
        <a href="https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${ID}&amp;CSDEST=o365admincenter">M365</a>
      </section>
    </main>`;
  // Page text is set as text, never parsed as HTML (the hostile-name case).
  document.querySelector('[aria-current="page"]')!.textContent = name;
  document.querySelector('h1')!.textContent = `${name} | ${t.section}`;
  return document;
}

describe('Partner Center customer facts from the page', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`reads the customer name and domains (${lang})`, () => {
      const doc = page(lang, 'Contoso Ltd');
      const found = detectPartnerCenter(
        new URL(
          `https://partner.microsoft.com/${lang}-fr/dashboard/commerce2/customers/${ID}/servicemanagement`,
        ),
        doc,
      );
      expect(found?.page).toBe('service-management');
      expect(found?.customerName).toBe('Contoso Ltd');
      expect(found?.domains).toEqual(['contoso.onmicrosoft.com']);
    });
  }

  it('falls back to the "{Customer} | {Section}" heading when the breadcrumb is missing', () => {
    const doc = page('en', 'Fabrikam, Inc.');
    doc.querySelector('nav')!.remove();
    const found = detectPartnerCenter(
      new URL(
        `https://partner.microsoft.com/dashboard/commerce2/customers/${ID}/servicemanagement`,
      ),
      doc,
    );
    expect(found?.customerName).toBe('Fabrikam, Inc.');
  });

  it('keeps a hostile name as plain text', () => {
    const doc = page('en', '<img src=x onerror=alert(1)>');
    const found = detectPartnerCenter(
      new URL(`https://partner.microsoft.com/dashboard/commerce2/customers/${ID}/account`),
      doc,
    );
    expect(found?.customerName).toBe('<img src=x onerror=alert(1)>');
  });

  it('does not name a customer on the list page', () => {
    const doc = page('en', 'Contoso Ltd');
    const found = detectPartnerCenter(
      new URL('https://partner.microsoft.com/dashboard/commerce2/customers/list'),
      doc,
    );
    expect(found?.customerName).toBeNull();
    expect(found?.domains).toEqual([]);
  });

  it('reads the name and domains through nested open shadow roots (the v2 pages)', () => {
    // Web components as the current Partner Center renders them (portals.md): the breadcrumb,
    // the heading and the "Administer services" links all live in shadow roots, two levels deep.
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<pc-app></pc-app>';
    const app = document.querySelector('pc-app')!.attachShadow({ mode: 'open' });
    app.innerHTML =
      '<pc-breadcrumb></pc-breadcrumb><main><pc-header></pc-header><pc-services></pc-services></main>';
    const bc = app.querySelector('pc-breadcrumb')!.attachShadow({ mode: 'open' });
    bc.innerHTML = `<nav aria-label="Breadcrumb"><ol>
      <li><a href="/dashboard/home">Home</a></li>
      <li><a href="/dashboard/v2/customers/list">Customer list</a></li>
      <li><span aria-current="page"></span></li></ol></nav>`;
    bc.querySelector('[aria-current]')!.textContent = 'Northwind Traders';
    const header = app.querySelector('pc-header')!.attachShadow({ mode: 'open' });
    header.innerHTML =
      '<h1 role="heading" aria-level="1">Northwind Traders | Service management</h1>';
    const services = app.querySelector('pc-services')!.attachShadow({ mode: 'open' });
    services.innerHTML = `<fluent-link href="https://portal.azure.com/#@northwindtraders.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV4Blade">Azure</fluent-link>
      <fluent-link href="https://admin.microsoft.com/?delegatedOrg=northwind.example#/homepage">Microsoft 365</fluent-link>`;
    const url = new URL(
      `https://partner.microsoft.com/dashboard/v2/customers/${ID}/servicemanagementpage`,
    );
    expect(document.querySelector('nav')).toBeNull();
    const found = detectPartnerCenter(url, document);
    expect(found?.page).toBe('service-management');
    expect(found?.customerName).toBe('Northwind Traders');
    expect(found?.domains).toEqual(['northwindtraders.onmicrosoft.com', 'northwind.example']);
    // Without the breadcrumb, the heading inside its own shadow root names the customer.
    bc.innerHTML = '';
    expect(detectPartnerCenter(url, document)?.customerName).toBe('Northwind Traders');
  });
});
