import { describe, expect, it } from 'vitest';
import {
  azureRequestLink,
  DETECTORS,
  detect,
  detectAzurePortal,
  detectM365Admin,
  detectPartnerCenter,
  detectSupportForBusiness,
} from '../../../lib/portals';
import { AZURE_TEST_URLS } from '../../../lib/portals/azure-portal';
import { PORTAL_HOST_PERMISSIONS } from '../../../lib/portals/hosts';
import { M365_TEST_URLS } from '../../../lib/portals/m365-admin';
import { PARTNER_CENTER_TEST_URLS } from '../../../lib/portals/partner-center';
import { SUPPORT_FOR_BUSINESS_TEST_URLS } from '../../../lib/portals/support-for-business';
import { EXPECTED_HOSTS } from '../../gates/checks.mjs';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const REQ =
  '/subscriptions/3f2b9c71-64ad-4e1b-8a0f-d5c7e2169b43/providers/Microsoft.Support/supportTickets/2611140040000417';

/** Each detector's positive URLs, kept beside it in its module (current and older routes). */
const POSITIVE = {
  'partner-center': PARTNER_CENTER_TEST_URLS,
  azure: AZURE_TEST_URLS,
  'm365-admin': M365_TEST_URLS,
  'support-for-business': SUPPORT_FOR_BUSINESS_TEST_URLS.map((url) => ({ url })),
} as const;

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
  'https://office.com/Partner/BeginClientSession.aspx?CTID=2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318',
  'https://admin.microsoft.com.evil.example/?delegatedOrg=contoso.onmicrosoft.com#/support',
];

describe('portal detectors', () => {
  for (const [portal, rows] of Object.entries(POSITIVE)) {
    const detector = DETECT[portal as keyof typeof DETECT];
    it.each(rows as readonly { url: string; page?: string; tenant?: unknown }[])(
      `${portal}: $url`,
      (row) => {
        const found = detector(new URL(row.url));
        expect(found?.portal).toBe(portal);
        if ('page' in row) expect(found?.page).toBe(row.page);
        if ('tenant' in row) expect(found?.tenant).toEqual(row.tenant);
      },
    );
  }

  it('every detector rejects every other detector’s URLs and foreign URLs', () => {
    for (const [portal, rows] of Object.entries(POSITIVE)) {
      for (const [other, detector] of Object.entries(DETECT)) {
        if (other === portal) continue;
        for (const { url } of rows) expect(detector(new URL(url)), `${other} on ${url}`).toBeNull();
      }
    }
    for (const url of NOBODY) for (const d of DETECTORS) expect(d(new URL(url)), url).toBeNull();
  });

  it('recognises the create route of any wizard version, never a look-alike blade', () => {
    for (const n of [1, 3, 4, 5, 10, 42]) {
      const url = `https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV${n}Blade/issueType/technical`;
      expect(detectAzurePortal(new URL(url))?.page, url).toBe('new-request');
    }
    for (const rest of [
      'view/Microsoft_Azure_Support/NewSupportRequestVxBlade',
      'view/Microsoft_Azure_Support/NewSupportRequestV4BladeLookalike',
      'view/Microsoft_Azure_Billing/NewSupportRequestV4Blade',
    ])
      expect(detectAzurePortal(new URL(`https://portal.azure.com/#${rest}`))?.page, rest).toBe(
        'other',
      );
  });

  it('never reads "own tenant" from an Azure URL without a tenant', () => {
    for (const { url, tenant } of AZURE_TEST_URLS) expect(tenant.kind, url).not.toBe('own');
    for (const { url } of AZURE_TEST_URLS)
      expect(detectAzurePortal(new URL(url))?.tenant.kind, url).not.toBe('own');
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

  describe('hosts and the manifest', () => {
    const permissionHosts = PORTAL_HOST_PERMISSIONS.map((p) =>
      new URL(p.replace('*.', 'x.')).hostname.replace(/^x\./, '*.'),
    );
    const covers = (pattern: string, host: string) =>
      pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
    const allUrls = Object.values(POSITIVE).flatMap((rows) => rows.map((r) => r.url));

    it('the manifest asks for exactly the hosts the release gate expects', () => {
      expect([...PORTAL_HOST_PERMISSIONS].sort()).toEqual(EXPECTED_HOSTS);
    });

    it('every host a detector recognises is in the manifest’s host permissions', () => {
      for (const url of allUrls) {
        const host = new URL(url).hostname;
        expect(
          permissionHosts.some((p) => covers(p, host)),
          url,
        ).toBe(true);
      }
    });

    it('every host in the manifest belongs to a detector', () => {
      for (const pattern of permissionHosts) {
        const claimed = allUrls.filter((u) => covers(pattern, new URL(u).hostname));
        expect(claimed.length, `${pattern}: no detector lists a URL on it`).toBeGreaterThan(0);
        for (const u of claimed) expect(detect(new URL(u)), u).not.toBeNull();
      }
    });
  });
});
