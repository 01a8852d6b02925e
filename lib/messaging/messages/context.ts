import { domainName, literal, nullable, obj, optional, tenantId } from '../../schema';
import { defineMessage } from '../define';

export interface TabContext {
  /** The tenant's id, or null when only its domain was named (`#@contoso.com`, `delegatedOrg=`). */
  tenantId: string | null;
  domain: string | null;
  service: 'azure' | 'office-365' | 'dynamics-crm-online' | 'ems' | null;
  /** When the context was remembered (ISO). */
  at: string;
}

/**
 * Per-tab memory of the customer a portal was opened for. The Microsoft 365 admin center's
 * delegated entry (`BeginClientSession.aspx?CTID=…`) names the tenant, then redirects to a URL
 * that does not: the content script remembers the tenant for its tab before the redirect and asks
 * for it afterwards. Kept in `storage.session` (memory only, gone when the browser closes).
 */
export const contextMessages = {
  'context:remember-tab': defineMessage<{ remembered: boolean }>()({
    senders: ['content'],
    records: true,
    // A tenant id, a domain, or both (the handler refuses a payload with neither).
    request: obj({
      tenantId: optional(tenantId()),
      domain: optional(domainName()),
      service: optional(nullable(literal('azure', 'office-365', 'dynamics-crm-online', 'ems'))),
    }),
    maxBytes: 512,
  }),
  'context:tab': defineMessage<TabContext | null>()({
    senders: ['content'],
    request: obj({}),
    maxBytes: 256,
  }),
};
