import { findSection } from '../../lib/dom/fields';
import type { CustomerSummary } from '../../lib/history/types';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import type { TenantSource } from '../../lib/portals';
import { rulesAt } from '../../lib/sfb/covers';
import { withNames } from '../bidi';
import type { HelperState } from '../mount';
import { HelperCard } from './card';
import { useI18n } from './i18n';
import { detectionOf, type PageContext, pageContext, show } from './shared';

/**
 * Context banner (Azure portal and admin center support pages): whose tenant the agent is filing
 * in. A customer's tenant is right for CSP; the partner's own tenant is not covered by the CSP
 * entitlement (domain.md §2) and needs proof of another entitlement. When nothing tells (the rule
 * of lib/portals/tenant.ts), the banner asks the agent to check; it never claims "own tenant".
 */

const SUPPORT_PAGES = new Set(['new-request', 'manage-requests', 'request-details']);

/** A customer's Service management page, on Partner Center's current route (portals.md). */
export function serviceManagementUrl(tenantId: string): string {
  return `https://partner.microsoft.com/dashboard/v2/customers/${encodeURIComponent(tenantId)}/servicemanagementpage`;
}

export interface ContextBannerProps {
  kind: 'customer' | 'own' | 'unknown' | 'pending';
  name: string | null;
  tenant: string | null;
  lastSelected: CustomerSummary | null;
  /** What decided (shown when it was not the URL, so the agent can judge it). */
  source?: TenantSource;
  /** The directory the portal shows, when it decided or could not be placed. */
  directoryName?: string | null;
}

export function contextBannerState(kind: ContextBannerProps['kind']): HelperState {
  return kind === 'customer' ? 'ok' : kind === 'own' ? 'warning' : 'unknown';
}

/** "Back to {the customer selected last}": its Service management page in Partner Center. */
function BackToCustomer({ customer }: { customer: ContextBannerProps['lastSelected'] }) {
  const { t } = useI18n();
  if (!customer?.tenantId) return null;
  return (
    <p>
      <a href={serviceManagementUrl(customer.tenantId)} target="_blank" rel="noopener noreferrer">
        {withNames(t, 'banner.own.back', { name: customer.name ?? customer.tenantId }, ['name'])}
      </a>
    </p>
  );
}

export function ContextBanner({
  kind,
  name,
  tenant,
  lastSelected,
  source,
  directoryName,
}: ContextBannerProps) {
  const { t } = useI18n();
  const state = contextBannerState(kind);
  return (
    <HelperCard
      state={state}
      why="context"
      title={
        <>
          {kind === 'customer'
            ? name
              ? withNames(t, 'banner.customer.named', { name }, ['name'])
              : withNames(t, 'banner.customer.unnamed', { tenant: tenant ?? '' }, ['tenant'])
            : kind === 'own'
              ? t('banner.own.title')
              : kind === 'pending'
                ? t('banner.pending')
                : t('banner.unknown.title')}
          {/* The name is the page's; the tenant is what tells two lookalike names apart. */}
          {kind === 'customer' && name && tenant && (
            <>
              {' '}
              <span class="pcx-muted" data-tenant="">
                (<bdi>{tenant}</bdi>)
              </span>
            </>
          )}
        </>
      }
    >
      {kind === 'customer' && (
        <>
          <p class="pcx-muted">{t('banner.customer.body')}</p>
          {/* Microsoft's CSP guide: the same route for billing, disputes and fraud; no phone. */}
          <ul data-testid="csp-rules">
            {rulesAt('context-banner')
              .filter((r) => r.tenant === 'customer')
              .map((r) => (
                <li key={r.id} data-rule={r.id}>
                  {t(r.key)}
                </li>
              ))}
          </ul>
        </>
      )}
      {(kind === 'customer' || kind === 'own') && source === 'tab' && (
        <p class="pcx-muted" data-source="tab">
          {t('banner.source.tab')}
        </p>
      )}
      {(kind === 'customer' || kind === 'own') && source === 'directory' && (
        <p class="pcx-muted" data-source="directory">
          {withNames(t, 'banner.source.directory', { name: directoryName ?? tenant ?? '' }, [
            'name',
          ])}
        </p>
      )}
      {kind === 'own' && (
        <>
          <p>{t('banner.own.body')}</p>
          <ul>
            <li>{t('banner.own.proof.contract')}</li>
            <li>{t('banner.own.proof.premier')}</li>
            <li>{t('banner.own.proof.plan')}</li>
          </ul>
          <BackToCustomer customer={lastSelected} />
        </>
      )}
      {kind === 'unknown' && (
        <>
          {directoryName && (
            <p>{withNames(t, 'banner.unknown.directory', { name: directoryName }, ['name'])}</p>
          )}
          <p class="pcx-muted">{t('banner.unknown.body')}</p>
          <BackToCustomer customer={lastSelected} />
        </>
      )}
    </HelperCard>
  );
}

const lastSelectedBySignal = new WeakMap<AbortSignal, CustomerSummary | null>();

function anchorOf(doc: Document): { anchor: Element; placement: 'before' | 'prepend' } | null {
  const heading =
    findSection(doc, 'newSupportRequest')?.heading ??
    findSection(doc, 'manageSupportRequests')?.heading;
  if (heading) return { anchor: heading, placement: 'before' };
  const main = doc.querySelector('main,[role=main]');
  if (main) return { anchor: main, placement: 'prepend' };
  return null;
}

function scan(env: FeatureEnv) {
  const ctx: PageContext | null | undefined = pageContext(env, () => scan(env));
  if (ctx === null) return;
  const where = anchorOf(env.document);
  if (!where) return;
  const props: ContextBannerProps = {
    kind: ctx === undefined ? 'pending' : ctx.kind,
    name: ctx?.name ?? null,
    tenant: ctx?.domain ?? ctx?.tenantId ?? null,
    lastSelected: lastSelectedBySignal.get(env.signal) ?? null,
    source: ctx?.source,
    directoryName: ctx?.directoryName ?? null,
  };
  show(
    env,
    'context-banner',
    where.anchor,
    where.placement,
    contextBannerState(props.kind),
    JSON.stringify(props),
    () => <ContextBanner {...props} />,
  );
}

export const contextBanner: Feature = {
  id: 'context-banner',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    if (!d || (d.portal !== 'azure' && d.portal !== 'm365-admin') || !SUPPORT_PAGES.has(d.page))
      return false;
    // In a ReactView frame the top document already shows the banner, unless the frame holds the form.
    return window.top === window || d.page === 'new-request';
  },
  async setup(env) {
    const reply = await request('customers:last-selected', {});
    lastSelectedBySignal.set(env.signal, reply.ok ? reply.data : null);
  },
  scan,
};
