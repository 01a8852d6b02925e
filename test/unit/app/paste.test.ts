import { describe, expect, it } from 'vitest';
import {
  normaliseRequestNumber,
  readPastedRequest,
  requestFromUrl,
} from '../../../components/popup/paste';
import { azureRequestLink } from '../../../lib/portals';

const GUID = '3f2b9c71-64ad-4e1b-8a0f-d5c7e2169b43';
const REQ = `/subscriptions/${GUID}/providers/Microsoft.Support/supportTickets/2612030000001234`;

describe('a request number pasted as agents copy it', () => {
  it.each([
    ['#2612030000001234', '2612030000001234'],
    ['# 2612-0300-0000-1234', '2612030000001234'],
    ['  2612 0300 0000 1234 ', '2612030000001234'],
    ['2612\u00a00300\u00a00000\u00a01234', '2612030000001234'],
    ['##2612-0300', '26120300'],
    ['TrackingID#2612', null],
    ['ABC-1234', 'ABC-1234'],
    ['12', null],
    ['not a number', null],
    ['2612 0300 0000 1234 5678 9012 3456 7890 1', null],
  ])('%j → %j', (text, expected) => {
    expect(normaliseRequestNumber(text)).toBe(expected);
  });
});

describe('a portal URL of a request', () => {
  it('reads the number, the tenant and the link of an Azure details URL (as the links build it)', () => {
    const link = azureRequestLink('contoso.onmicrosoft.com', REQ);
    expect(requestFromUrl(link)).toEqual({
      number: '2612030000001234',
      portal: 'azure',
      service: 'azure',
      tenantId: null,
      domain: 'contoso.onmicrosoft.com',
      link,
    });
    const byGuid = requestFromUrl(azureRequestLink(GUID.toUpperCase(), '2612030000001234'));
    expect(byGuid).toMatchObject({ number: '2612030000001234', tenantId: GUID, domain: null });
  });

  it('gives the tenant of an admin center URL, which names no number', () => {
    const url = `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${GUID}&CSDEST=Support`;
    expect(requestFromUrl(url)).toEqual({
      number: null,
      portal: 'm365-admin',
      service: 'office-365',
      tenantId: GUID,
      domain: null,
      link: null,
    });
  });

  it('is not read from other pages, other hosts or lookalike hosts', () => {
    expect(requestFromUrl('https://portal.azure.com/#home')).toBeNull();
    expect(requestFromUrl('https://example.com/2612030000001234')).toBeNull();
    expect(
      requestFromUrl(
        'https://portal.azure.com.evil.test/#view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/2612030000001234',
      ),
    ).toBeNull();
    expect(requestFromUrl('http://portal.azure.com/#@contoso.com/')).toBeNull();
  });

  it('a paste is a URL first, then a number, else left alone', () => {
    expect(readPastedRequest(azureRequestLink(null, '2612030000001234'))?.number).toBe(
      '2612030000001234',
    );
    expect(readPastedRequest('#2612-0300-0000-1234')).toEqual({
      number: '2612030000001234',
      portal: null,
      service: null,
      tenantId: null,
      domain: null,
      link: null,
    });
    expect(readPastedRequest('Hello world')).toBeNull();
  });
});
