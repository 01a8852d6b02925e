import { describe, expect, it } from 'vitest';
import {
  azureRequestLink,
  contextKindOf,
  DETECTORS,
  detectAzurePortal,
  detectM365Admin,
  detectPartnerCenter,
  detectSupportForBusiness,
  programFor,
} from '../../../lib/portals';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const FABRIKAM = 'b5d1e0c2-39a4-4f7e-8c62-01e4f9a6d7b5';
const REQ =
  '/subscriptions/3f2b9c71-64ad-4e1b-8a0f-d5c7e2169b43/providers/Microsoft.Support/supportTickets/2611140040000417';

type Row = [url: string, page: string, tenant: unknown];

/** Positive URLs per detector: the page kind and the tenant it must read. */
const POSITIVE: Record<string, Row[]> = {
  'partner-center': [
    [
      'https://partner.microsoft.com/dashboard/commerce2/customers/list',
      'customer-list',
      { kind: 'unknown' },
    ],
    [
      'https://partner.microsoft.com/fr-fr/dashboard/commerce2/customers/list',
      'customer-list',
      { kind: 'unknown' },
    ],
    [
      'https://partner.microsoft.com/commerce/customers/list?lang=en',
      'customer-list',
      { kind: 'unknown' },
    ],
    [
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${CONTOSO}/servicemanagement`,
      'service-management',
      { kind: 'customer', tenantId: CONTOSO, domain: null },
    ],
    [
      `https://partner.microsoft.com/dashboard/commerce2/customers/${CONTOSO.toUpperCase()}/account`,
      'customer',
      { kind: 'customer', tenantId: CONTOSO, domain: null },
    ],
    [
      `https://partner.microsoft.com/dashboard/v2/support/customers/${FABRIKAM}`,
      'customer-requests',
      { kind: 'customer', tenantId: FABRIKAM, domain: null },
    ],
    [
      `https://partner.microsoft.com/dashboard/support/csp/customers/${FABRIKAM}/tickets`,
      'customer-requests',
      { kind: 'customer', tenantId: FABRIKAM, domain: null },
    ],
    [
      'https://partner.microsoft.com/dashboard/v2/support/servicerequests',
      'own-requests',
      { kind: 'own' },
    ],
    ['https://partner.microsoft.com/dashboard/home', 'other', { kind: 'unknown' }],
  ],
  azure: [
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'new-request',
      { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'https://portal.azure.com/?lang=fr#@contoso.onmicrosoft.com/create/Microsoft.Support',
      'new-request',
      { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'https://portal.azure.com/#create/Microsoft.Support/Parameters/%7B%7D',
      'new-request',
      { kind: 'own' },
    ],
    [
      `https://portal.azure.com/#@${FABRIKAM}/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest`,
      'new-request',
      { kind: 'customer', tenantId: FABRIKAM, domain: null },
    ],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'new-request',
      { kind: 'own' },
    ],
    [
      'https://ms.portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/x',
      'new-request',
      { kind: 'own' },
    ],
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
      'manage-requests',
      { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest',
      'manage-requests',
      { kind: 'own' },
    ],
    [
      `https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(REQ)}`,
      'request-details',
      { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
    ],
    [
      'https://portal.azure.com/contoso.onmicrosoft.com',
      'other',
      { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
    ],
    ['https://portal.azure.com/#home', 'other', { kind: 'own' }],
    [
      'https://portal.azure.com/#@not a tenant!/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'new-request',
      { kind: 'unknown' },
    ],
    [
      'https://sandbox-1.reactblade.portal.azure.net/?blade=SupportRequestDetails.ReactView',
      'request-details',
      { kind: 'unknown' },
    ],
    ['https://sandbox-1.reactblade.portal.azure.net/', 'other', { kind: 'unknown' }],
  ],
  'm365-admin': [
    [
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support`,
      'delegated-entry',
      { kind: 'customer', tenantId: CONTOSO, domain: null },
    ],
    [
      `https://portal.office.com/Partner/BeginClientSession.aspx?ctid=${CONTOSO.toUpperCase()}&csdest=o365admincenter`,
      'delegated-entry',
      { kind: 'customer', tenantId: CONTOSO, domain: null },
    ],
    [
      'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=nope',
      'delegated-entry',
      { kind: 'unknown' },
    ],
    ['https://admin.microsoft.com/AdminPortal/Home#/support', 'new-request', { kind: 'unknown' }],
    [
      'https://admin.microsoft.com/AdminPortal/Home?lang=fr#/support',
      'new-request',
      { kind: 'unknown' },
    ],
    [
      'https://admin.cloud.microsoft/AdminPortal/Home#/support/requests',
      'manage-requests',
      { kind: 'unknown' },
    ],
    ['https://admin.microsoft.com/AdminPortal/Home#/homepage', 'other', { kind: 'unknown' }],
  ],
  'support-for-business': [
    [
      'https://support.serviceshub.microsoft.com/supportforbusiness/create/selectproduct',
      'select-product',
      { kind: 'own' },
    ],
    [
      'https://support.serviceshub.microsoft.com/supportforbusiness/create/supportplan?lang=fr&product=x',
      'support-plan',
      { kind: 'own' },
    ],
    ['https://support.serviceshub.microsoft.com/supportforbusiness', 'other', { kind: 'own' }],
  ],
};

const DETECT = {
  'partner-center': detectPartnerCenter,
  azure: detectAzurePortal,
  'm365-admin': detectM365Admin,
  'support-for-business': detectSupportForBusiness,
} as const;

/** URLs no detector may claim. */
const NOBODY = [
  'https://example.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  'http://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  'https://portal.azure.com.evil.example/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  'https://reactblade.portal.azure.net/',
  'https://partner.microsoft.com.example.org/dashboard/commerce2/customers/list',
  'https://support.serviceshub.microsoft.com/other/path',
  'https://learn.microsoft.com/partner-center/report-problems-with-your-account',
];

describe('portal detectors', () => {
  for (const [portal, rows] of Object.entries(POSITIVE)) {
    const detector = DETECT[portal as keyof typeof DETECT];
    it.each(rows)(`${portal}: %s → %s`, (url, page, tenant) => {
      const found = detector(new URL(url));
      expect(found?.portal).toBe(portal);
      expect(found?.page).toBe(page);
      expect(found?.tenant).toEqual(tenant);
    });
  }

  it('every detector rejects every other detector’s URLs and foreign URLs', () => {
    for (const [portal, rows] of Object.entries(POSITIVE)) {
      for (const [other, detector] of Object.entries(DETECT)) {
        if (other === portal) continue;
        for (const [url] of rows) expect(detector(new URL(url)), `${other} on ${url}`).toBeNull();
      }
    }
    for (const url of NOBODY) for (const d of DETECTORS) expect(d(new URL(url)), url).toBeNull();
  });

  it('reads the request id of an Azure details URL and builds a link back to it', () => {
    const url = `https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(REQ)}`;
    const found = detectAzurePortal(new URL(url));
    expect(found?.requestId).toBe(REQ);
    expect(azureRequestLink('contoso.onmicrosoft.com', REQ)).toBe(url);
  });

  it('names the service of the delegated entry from CSDEST', () => {
    expect(
      detectM365Admin(
        new URL(
          `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=Support`,
        ),
      )?.service,
    ).toBe('office-365');
    expect(
      detectM365Admin(
        new URL(
          `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO}&CSDEST=CRM`,
        ),
      )?.service,
    ).toBe('dynamics-crm-online');
  });

  it('treats a tenant listed in settings.profile.ownTenants as the partner’s own', () => {
    const profile = { ownTenants: ['litwarepartner.onmicrosoft.com', FABRIKAM] };
    expect(
      contextKindOf(
        { kind: 'customer', tenantId: null, domain: 'contoso.onmicrosoft.com' },
        profile,
      ),
    ).toBe('customer');
    expect(
      contextKindOf(
        { kind: 'customer', tenantId: null, domain: 'litwarepartner.onmicrosoft.com' },
        profile,
      ),
    ).toBe('own');
    expect(contextKindOf({ kind: 'customer', tenantId: FABRIKAM, domain: null }, profile)).toBe(
      'own',
    );
    expect(contextKindOf({ kind: 'own' }, profile)).toBe('own');
    expect(contextKindOf({ kind: 'unknown' }, profile)).toBe('unknown');
  });

  it('maps context to program (customer → CSP, own → the options, Support for business → professional)', () => {
    expect(programFor('azure', 'customer', { ownTenantProgram: 'professional' })).toBe('csp');
    expect(programFor('azure', 'own', { ownTenantProgram: 'professional' })).toBe('professional');
    expect(programFor('azure', 'own', { ownTenantProgram: 'csp' })).toBe('csp');
    expect(programFor('m365-admin', 'unknown', { ownTenantProgram: 'csp' })).toBeNull();
    expect(programFor('support-for-business', 'own', { ownTenantProgram: 'csp' })).toBe(
      'professional',
    );
  });
});
