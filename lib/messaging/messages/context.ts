import { defineMessage } from '../define';
import { literal, nullable, obj, optional, tenantId } from '../schema';

export interface TabContext {
  tenantId: string;
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
    request: obj({
      tenantId: tenantId(),
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
