import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import { detectM365Admin, detectPartnerCenter } from '../../lib/portals';

/**
 * The context hand-off (domain.md §2): Partner Center records the customer the agent works on;
 * the admin center's delegated entry remembers its tenant for the tab before redirecting. Runs under
 * the context banner's toggle: the banner is what uses it.
 */

const sent = new WeakMap<AbortSignal, string>();

/** After this long without a readable name, the tenant is recorded without one. */
const NAME_WAIT_MS = 3000;

function record(env: FeatureEnv, allowNoName: boolean) {
  const d = detectPartnerCenter(env.url, env.document);
  if (d?.tenant.kind !== 'customer' || !d.tenant.tenantId) return;
  // Wait for the name (late sections); record without it only once the wait is over.
  if (!d.customerName && (!allowNoName || sent.has(env.signal))) return;
  const payload = {
    tenantId: d.tenant.tenantId,
    name: d.customerName,
    domains: d.domains,
    selected: true,
  };
  const key = JSON.stringify(payload);
  if (sent.get(env.signal) === key) return;
  sent.set(env.signal, key);
  env.found();
  void request('customers:seen', payload).then((reply) => {
    if (!reply.ok) env.miss('rejected');
  });
}

function scan(env: FeatureEnv) {
  record(env, false);
}

export const partnerCenterContext: Feature = {
  id: 'context-banner',
  include(url) {
    const d = detectPartnerCenter(url);
    return d?.tenant.kind === 'customer';
  },
  setup(env) {
    const timer = setTimeout(() => {
      if (!env.signal.aborted) record(env, true);
    }, NAME_WAIT_MS);
    env.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  },
  scan,
};

/**
 * Called at document_start on the admin center: `BeginClientSession.aspx?CTID=…` redirects at
 * once, so the tenant is remembered before anything else (no settings read first).
 */
export function rememberDelegatedEntry(href: string): void {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return;
  }
  const d = detectM365Admin(url);
  if (d?.page !== 'delegated-entry' || d.tenant.kind !== 'customer' || !d.tenant.tenantId) return;
  void request('context:remember-tab', {
    tenantId: d.tenant.tenantId,
    service: d.service === 'on-premises' ? null : d.service,
  });
}
