import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { HandlerContext } from '../../../lib/messaging/router';
import { createTabContextHandlers, forgetTab } from '../../../lib/platform/tab-context';

const CONTOSO = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
const from = (tab: number): HandlerContext => ({
  kind: 'content',
  sender: {
    id: 'pcx',
    url: 'https://portal.azure.com/',
    tab: { id: tab },
  } as HandlerContext['sender'],
  portalHost: 'portal.azure.com',
});

describe('what a tab remembers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a tenant named by its domain only (#@contoso.com, delegatedOrg=), per tab', async () => {
    let now = new Date('2026-12-01T10:00:00Z');
    const h = createTabContextHandlers(() => now);
    const remember = h['context:remember-tab']!;
    const read = h['context:tab']!;
    await remember({ domain: 'Contoso.onmicrosoft.com', service: 'azure' }, from(7));
    await remember({ tenantId: CONTOSO.toUpperCase(), service: 'office-365' }, from(8));
    expect(await read({}, from(7))).toMatchObject({
      tenantId: null,
      domain: 'contoso.onmicrosoft.com',
      service: 'azure',
    });
    expect(await read({}, from(8))).toMatchObject({ tenantId: CONTOSO, domain: null });
    expect(await read({}, from(9))).toBeNull();
    // Stale after twelve hours; forgotten when the tab closes.
    now = new Date('2026-12-01T22:00:01Z');
    expect(await read({}, from(7))).toBeNull();
    await forgetTab(8);
    expect(await read({}, from(8))).toBeNull();
  });

  it('keeps every tab when several remember at the same moment, and reads after the writes', async () => {
    const h = createTabContextHandlers();
    const remember = h['context:remember-tab']!;
    const read = h['context:tab']!;
    const tabs = [11, 12, 13, 14, 15];
    const reading = Promise.all([
      ...tabs.map((tab) => remember({ tenantId: CONTOSO, service: 'office-365' }, from(tab))),
      forgetTab(12),
    ]).then(() => null);
    // Asked while the writes are under way, as the admin center's page does after the redirect.
    const early = read({}, from(15));
    await reading;
    expect(await early).toMatchObject({ tenantId: CONTOSO });
    for (const tab of [11, 13, 14, 15])
      expect(await read({}, from(tab)), `tab ${tab}`).toMatchObject({ tenantId: CONTOSO });
    expect(await read({}, from(12))).toBeNull();
  });

  it('refuses a payload that names no tenant', async () => {
    const h = createTabContextHandlers();
    await expect(h['context:remember-tab']!({ service: 'azure' }, from(7))).rejects.toThrow();
  });
});
