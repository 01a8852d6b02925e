// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContextBanner } from '../../components/helpers/context-banner';
import { HelperI18nProvider, makeHelperI18n } from '../../components/helpers/i18n';
import { CustomersTab } from '../../components/popup/CustomersTab';
import { TicketsTab } from '../../components/popup/TicketsTab';
import { AppFrame } from '../../components/ui/app';
import { cleanText } from '../../lib/dom/controls/text';
import { textOf } from '../../lib/dom/fields';
import type { Customer, Ticket } from '../../lib/history/types';
import { lookalikeIds, nameKey } from '../../lib/lookalikes';
import { cleanName, stripInvisible } from '../../lib/names';
import { azureDirectory } from '../../lib/portals/azure-portal';
import { m365Directory } from '../../lib/portals/m365-admin';
import { partnerCenterCustomerName } from '../../lib/portals/partner-center';
import { defaultSettings, SETTINGS_KEY } from '../../lib/settings';

/** Every character the names must lose, one by one. */
const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u00AD'];

describe('names taken from pages', () => {
  it.each([...BIDI, ...ZERO_WIDTH])('drops U+%s', (char) => {
    expect(cleanName(`Con${char}toso${char} Ltd`)).toBe('Contoso Ltd');
    expect(stripInvisible(`a${char}b`)).toBe('ab');
  });

  it('keeps what a person reads, collapses white space, caps without splitting a pair', () => {
    expect(cleanName('  Tailspin\u00a0Toys\n(FR)\tSARL ')).toBe('Tailspin Toys (FR) SARL');
    expect(cleanName('Émilie – 株式会社 – شركة')).toBe('Émilie – 株式会社 – شركة');
    expect(cleanName('Bell\u0007 Ltd')).toBe('Bell Ltd');
    expect(cleanName(`${'a'.repeat(199)}😀`)).toBe('a'.repeat(199));
    expect(cleanName(null)).toBe('');
  });

  it('reads an overridden name the way the page would have had it read, then stops lying', () => {
    // "\u202Edtl osotnoC" is displayed as "Contoso ltd" in a page: once cleaned, what is stored
    // is the real order of the characters, shown as such.
    expect(cleanName('\u202Edtl osotnoC')).toBe('dtl osotnoC');
  });

  it('gives lookalike names one key: case, accents, spacing, punctuation, Cyrillic letters', () => {
    const key = nameKey('Contoso Ltd');
    for (const alike of [
      'CONTOSO LTD.',
      'Contoso  Ltd',
      'Contoso\u200BLtd',
      'Cоntоsо Ltd', // Cyrillic о
      'Ｃｏｎｔｏｓｏ Ltd', // full width
      'Cöntoso Ltd',
      'Contoso\u202E Ltd',
    ])
      expect(nameKey(alike), alike).toBe(key);
    expect(nameKey('Fabrikam, Inc.')).not.toBe(key);
    expect(nameKey('Contoso Pharma')).not.toBe(key);
  });

  it('lists the ids whose names look like another one', () => {
    expect(
      lookalikeIds([
        { id: 'a', name: 'Contoso Ltd' },
        { id: 'b', name: 'Cоntoso Ltd.' },
        { id: 'c', name: 'Fabrikam, Inc.' },
        { id: 'c', name: 'Fabrikam Inc' }, // the same customer twice is not a lookalike
        { id: 'd', name: null },
      ]),
    ).toEqual(new Set(['a', 'b']));
  });

  it('strips them where page text is read: textOf, cleanText', () => {
    const el = document.createElement('h2');
    el.textContent = 'New\u200B support\u202E request';
    expect(textOf(el)).toBe('New support request');
    expect(cleanText('Sever\u2066ity\u2069 (Required)')).toBe('Severity');
  });

  it('strips them from the names the portal detectors read', () => {
    document.body.innerHTML = `
      <nav><a href="/dashboard/v2/customers/list">Customers</a>
        <ol><li><span aria-current="page">\u202EContoso\u200B Ltd\u202C</span></li></ol></nav>
      <header><div aria-label="Organization"><span>Fab\u2067rikam\u2069, Inc.</span></div></header>`;
    expect(partnerCenterCustomerName(document)).toBe('Contoso Ltd');
    expect(m365Directory(document)?.name).toBe('Fabrikam, Inc.');
    document.body.innerHTML = `<div role="dialog"><p>Directory: North\u200Dwind\u202E Traders (northwind.onmicrosoft.com)</p></div>`;
    expect(azureDirectory(document)).toEqual({
      name: 'Northwind Traders',
      domain: 'northwind.onmicrosoft.com',
    });
  });
});

describe('names shown in helpers and pages', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    const settings = defaultSettings('Europe/Paris');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...settings, uiLanguage: 'en' } });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('the context banner isolates the name and shows the tenant beside it', () => {
    render(
      <HelperI18nProvider value={makeHelperI18n('en')}>
        <ContextBanner
          kind="customer"
          name="שלום Contoso"
          tenant="contoso.onmicrosoft.com"
          lastSelected={null}
          source="url"
        />
      </HelperI18nProvider>,
      root,
    );
    const title = root.querySelector('.pcx-title');
    expect(title?.querySelector('bdi')?.textContent).toBe('שלום Contoso');
    expect(title?.textContent).toBe(
      'Filing in שלום Contoso’s tenant (Cloud Solution Provider). (contoso.onmicrosoft.com)',
    );
  });

  const customer = (id: string, name: string, domain: string): Customer => ({
    id,
    tenantId: id,
    name,
    domains: [domain],
    lastSeen: '2026-12-01T09:00:00Z',
    selectedAt: null,
    ownTenant: false,
  });
  const flush = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  };

  it('the popup shows the domain beside lookalike customer names, and only there', async () => {
    const customers = [
      customer('2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318', 'Contoso Ltd', 'contoso.onmicrosoft.com'),
      customer('7c0e2d1a-1111-4e59-a1c4-6d0e9b27f318', 'Cоntoso Ltd.', 'contoso-ltd.com'),
      customer('b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5', 'Fabrikam, Inc.', 'fabrikam.com'),
    ];
    await act(() =>
      render(
        <AppFrame titleKey="app.popup.title">
          <CustomersTab customers={customers} error={null} hasMore={false} onLoadMore={() => {}} />
        </AppFrame>,
        root,
      ),
    );
    await flush();
    const rows = [...root.querySelectorAll('[data-customer-id]')].map((li) => ({
      names: [...li.querySelectorAll('bdi')].map((b) => b.textContent),
      lookalike: li.querySelector('[data-lookalike]')?.textContent?.trim() ?? null,
    }));
    expect(rows).toEqual([
      { names: ['Contoso Ltd', 'contoso.onmicrosoft.com'], lookalike: '(contoso.onmicrosoft.com)' },
      { names: ['Cоntoso Ltd.', 'contoso-ltd.com'], lookalike: '(contoso-ltd.com)' },
      { names: ['Fabrikam, Inc.'], lookalike: null },
    ]);
  });

  it('the ticket list shows the domain beside lookalike customer names, and only there', async () => {
    const customers = [
      customer('2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318', 'Contoso Ltd', 'contoso.onmicrosoft.com'),
      customer('7c0e2d1a-1111-4e59-a1c4-6d0e9b27f318', 'Contoso\u00a0LTD', 'contoso-ltd.com'),
      customer('b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5', 'Fabrikam, Inc.', 'fabrikam.com'),
    ];
    const ticket = (id: string, c: Customer): Ticket => ({
      id,
      number: `261201004000${id}`,
      portal: 'azure',
      portalLink: null,
      customerId: c.id,
      customerName: c.name,
      service: 'azure',
      product: null,
      title: `Request ${id}`,
      severity: 'B',
      program: 'csp',
      breakFix: true,
      supportLanguage: 'english',
      filedAt: '2026-12-01T09:00:00Z',
      dueAt: null,
      rule: null,
      clock: null,
      caveats: [],
      contact: null,
      status: 'open',
      statusAt: {},
      portalStatus: null,
      portalStatusSeenAt: null,
      packId: null,
      notes: '',
      source: 'captured',
      createdAt: '2026-12-01T09:00:00Z',
      updatedAt: '2026-12-01T09:00:00Z',
    });
    const items = customers.map((c, i) => ticket(String(1000 + i), c));
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string } | null)?.type === 'tickets:list'
        ? Promise.resolve({ ok: true, data: { items, next: null, total: items.length } })
        : undefined,
    );
    await act(() =>
      render(
        <AppFrame titleKey="app.popup.title">
          <TicketsTab
            packs={[]}
            customers={customers}
            focusId={null}
            onPackChanged={() => {}}
            onReady={() => {}}
          />
        </AppFrame>,
        root,
      ),
    );
    await flush();
    const shown = [...root.querySelectorAll('[data-ticket-id] [data-customer]')].map((el) =>
      [...el.querySelectorAll('bdi')].map((b) => b.textContent),
    );
    expect(shown).toEqual([
      ['Contoso Ltd', 'contoso.onmicrosoft.com'],
      ['Contoso\u00a0LTD', 'contoso-ltd.com'],
      ['Fabrikam, Inc.'],
    ]);
  });
});
