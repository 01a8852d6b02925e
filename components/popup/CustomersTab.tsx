import { useEffect, useState } from 'preact/hooks';
import type { TypedCustomer } from '../../lib/history/repo-find';
import type { Customer } from '../../lib/history/types';
import { lookalikeIds } from '../../lib/lookalikes';
import { ask } from '../../lib/platform/messages';
import {
  adminCenterSupportLink,
  azureSupportLink,
  serviceManagementLink,
  tenantOf,
} from '../../lib/portals/links';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button, ExternalLink } from '../ui/Button';
import { errorMessage, formatDateTime } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';

/** Customers seen lately in the portals, with the three places an agent goes for them. */
export function CustomersTab({
  customers,
  error,
  hasMore,
  onLoadMore,
}: {
  customers: Customer[];
  error: unknown;
  hasMore: boolean;
  onLoadMore: () => void;
}) {
  const { t, locale } = useI18n();
  const zone = useSettings().schedule.timeZone;
  // Two customers whose names look alike (case, accents, spacing, Cyrillic letters…) are told
  // apart by their domain, shown beside each name.
  const lookalikes = lookalikeIds(customers);
  // Customers typed by hand on tickets (no record of their own): asked for when the tab opens.
  const [typed, setTyped] = useState<TypedCustomer[] | null>(null);
  const [typedError, setTypedError] = useState<unknown>(null);
  useEffect(() => {
    void ask('customers:typed', {}).then(setTyped, setTypedError);
  }, []);
  return (
    <section aria-labelledby="customers-heading" class="pcx-stack">
      <h2 id="customers-heading" class="pcx-flush">
        {t('app.customers.heading')}
      </h2>
      {Boolean(error) && (
        <StatusBanner tone="error" title={t('app.customers.loadFailed')}>
          {errorMessage(t, error)}
        </StatusBanner>
      )}
      {customers.length === 0 && !error && <p class="pcx-muted">{t('app.customers.empty')}</p>}
      <ul class="pcx-list" data-testid="customer-list">
        {customers.map((c) => {
          const tenant = tenantOf(c.id, c);
          const name = c.name ?? c.domains[0] ?? c.tenantId ?? c.id;
          const which = lookalikes.has(c.id) ? (c.domains[0] ?? shortTenant(c.tenantId)) : null;
          const label = which ? `${name} (${which})` : name;
          const links = [
            [serviceManagementLink(tenant), 'app.customers.serviceManagement'],
            [azureSupportLink(tenant), 'app.customers.azure'],
            [adminCenterSupportLink(tenant), 'app.customers.admin'],
          ] as const;
          return (
            <li key={c.id} class="pcx-card" data-customer-id={c.id}>
              <div class="pcx-strong">
                <bdi>{name}</bdi>
                {which && (
                  <span class="pcx-muted" data-lookalike="">
                    {' '}
                    (<bdi>{which}</bdi>)
                  </span>
                )}{' '}
                {c.ownTenant && <span class="pcx-badge">{t('app.customers.own')}</span>}
              </div>
              <div class="pcx-muted pcx-small pcx-anywhere">
                {[c.domains.slice(0, 2).join(', '), c.tenantId].filter(Boolean).join(' · ')}
              </div>
              <div class="pcx-muted pcx-small">
                {t('app.customers.lastSeen', { when: formatDateTime(c.lastSeen, locale, zone) })}
              </div>
              <div class="pcx-row pcx-mt-6">
                {links.map(([href, key]) =>
                  href ? (
                    <ExternalLink key={key} href={href} button aria-label={`${t(key)} — ${label}`}>
                      {t(key)}
                    </ExternalLink>
                  ) : null,
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {hasMore && <Button onClick={onLoadMore}>{t('app.loadMore')}</Button>}
      {Boolean(typedError) && (
        <StatusBanner tone="error" title={t('app.find.typed.loadFailed')}>
          {errorMessage(t, typedError)}
        </StatusBanner>
      )}
      {typed && typed.length > 0 && (
        <section aria-labelledby="typed-heading" class="pcx-stack">
          <h3 id="typed-heading" class="pcx-flush">
            {t('app.find.typed.heading')}
          </h3>
          <p class="pcx-muted pcx-small">{t('app.find.typed.intro')}</p>
          <ul class="pcx-list" data-testid="typed-customers">
            {typed.map((c) => (
              <li key={c.name} class="pcx-card">
                <div class="pcx-strong">
                  <bdi>{c.name}</bdi>
                </div>
                <div class="pcx-muted pcx-small">
                  {t('app.find.typed.tickets', {
                    count: c.tickets,
                    when: formatDateTime(c.lastFiledAt, locale, zone),
                  })}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** A tenant id's first group, enough to tell two customers apart at a glance. */
function shortTenant(tenantId: string | null): string | null {
  return tenantId ? `${tenantId.slice(0, 8)}…` : null;
}
