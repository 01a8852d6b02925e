import { describe, expect, it } from 'vitest';
import type { Customer, Ticket } from '../../../lib/history/types';
import {
  adminCenterSupportLink,
  azureSupportLink,
  customerIdFromText,
  serviceManagementLink,
  tenantOf,
  ticketLink,
} from '../../../lib/portals/links';

const TENANT = '3f2b8a51-6c1e-4d2a-9f0b-7e5d4c3b2a19';
const customer: Customer = {
  id: TENANT,
  tenantId: TENANT,
  name: 'Contoso',
  domains: ['contoso.onmicrosoft.com'],
  lastSeen: '2026-11-20T10:00:00.000Z',
  selectedAt: null,
  ownTenant: false,
};

describe('portal links', () => {
  it('builds the three per-customer links', () => {
    const t = tenantOf(customer.id, customer);
    expect(serviceManagementLink(t)).toBe(
      `https://partner.microsoft.com/dashboard/v2/customers/${TENANT}/servicemanagementpage`,
    );
    expect(azureSupportLink(t)).toBe(
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
    );
    expect(adminCenterSupportLink(t)).toBe(
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT}&CSDEST=Support`,
    );
  });

  it('works from the customer id alone, and says nothing when it cannot', () => {
    expect(tenantOf(TENANT.toUpperCase())).toEqual({ tenantId: TENANT, domain: null });
    expect(tenantOf('domain:fabrikam.com')).toEqual({ tenantId: null, domain: 'fabrikam.com' });
    const domainOnly = tenantOf('domain:fabrikam.com');
    expect(azureSupportLink(domainOnly)).toContain('#@fabrikam.com/');
    expect(adminCenterSupportLink(domainOnly)).toBeNull();
    expect(serviceManagementLink(domainOnly)).toBeNull();
    expect(azureSupportLink(tenantOf(null))).toBeNull();
    expect(tenantOf('domain:not a domain')).toEqual({ tenantId: null, domain: null });
  });

  it('opens a ticket in its own link, else in the portal it was filed in', () => {
    const base = { portalLink: null, customerId: TENANT, portal: 'azure' } as Ticket;
    expect(ticketLink({ ...base, portalLink: 'https://portal.azure.com/#x' } as Ticket)).toBe(
      'https://portal.azure.com/#x',
    );
    expect(ticketLink(base, customer)).toContain('portal.azure.com/#@contoso.onmicrosoft.com/');
    expect(ticketLink({ ...base, portal: 'm365-admin' } as Ticket)).toContain(`CTID=${TENANT}`);
    expect(ticketLink({ ...base, customerId: null } as Ticket)).toBeNull();
  });

  it('reads a typed customer as a tenant or a domain, never a name', () => {
    expect(customerIdFromText(` ${TENANT.toUpperCase()} `)).toBe(TENANT);
    expect(customerIdFromText('Contoso.com')).toBe('domain:contoso.com');
    expect(customerIdFromText('Contoso Pharma')).toBeNull();
  });
});
