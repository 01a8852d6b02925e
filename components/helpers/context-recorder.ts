import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import { detectPartnerCenter } from '../../lib/portals/partner-center';

/**
 * The context hand-off (domain.md §2): Partner Center records the customer the agent works on;
 * the admin center's delegated entry remembers its tenant for the tab before redirecting. Runs under
 * the context banner's toggle: the banner is what uses it.
 */

const sent = new WeakMap<AbortSignal, string>();

/**
 * After this long without a readable name, the tenant is recorded without one (and a miss is
 * counted). Partner Center shows skeleton rows and late sections first (portals.md): give it time.
 */
const NAME_WAIT_MS = 6000;
const NAME_POLL_MS = 400;

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
  // The page named the tenant but showed no readable name (breadcrumb and heading absent).
  if (!d.customerName) env.miss('name');
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
    // Partner Center's current pages render inside shadow roots, whose changes the document's
    // mutation observer does not see: look again at intervals until the name shows.
    const poll = setInterval(() => {
      if (!env.signal.aborted && !sent.has(env.signal)) record(env, false);
    }, NAME_POLL_MS);
    env.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        clearInterval(poll);
      },
      { once: true },
    );
    setTimeout(() => clearInterval(poll), NAME_WAIT_MS);
  },
  scan,
};
