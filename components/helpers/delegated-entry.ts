import { request } from '../../lib/platform/messages';
import { detectM365Admin } from '../../lib/portals/m365-admin';

/**
 * Called at document_start on the admin center: `BeginClientSession.aspx?CTID=…` (on
 * portal.office.com or admin.microsoft.com) redirects at once, so the tenant is remembered before
 * anything else (no settings read first). The GDAP-era `?delegatedOrg={domain}` is remembered too:
 * the hash routes keep it, but a link or a reload inside the admin center may not.
 */
export function rememberDelegatedEntry(href: string): void {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return;
  }
  const d = detectM365Admin(url);
  if (d?.tenant.kind !== 'customer') return;
  const { tenantId, domain } = d.tenant;
  if (d.page !== 'delegated-entry' && !domain) return;
  if (!tenantId && !domain) return;
  void request('context:remember-tab', {
    ...(tenantId ? { tenantId } : {}),
    ...(domain ? { domain } : {}),
    service: d.service === 'on-premises' ? null : d.service,
  });
}
