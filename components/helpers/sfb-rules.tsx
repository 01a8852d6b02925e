import type { ComponentChild } from 'preact';
import { ACCOUNT_SITE_URL, type BuyerCheck, rulesAt, TAX_EXEMPT_URL } from '../../lib/sfb/covers';
import { withNames } from '../bidi';
import { useI18n } from './i18n';

/**
 * Under the eligibility badge on Support for business: the professional FAQ's rules the agent
 * needs before filing (domain.md §4, §5). For each 5-pack that can still be spent, whether the
 * account the page shows signed in is the one that bought it (its incidents can be used only from
 * that account), and, when it is not or nobody knows, the order confirmation number as the proof
 * of purchase; then where credit-card billing questions and tax-exemption documents go.
 */

function PackLine({ check }: { check: BuyerCheck }) {
  const { t } = useI18n();
  const pack = check.pack.label.trim() || t('plan.pay-per-incident-5pack');
  const names = ['pack', 'buyer', 'signedIn'] as const;
  let text: ComponentChild[];
  if (check.kind === 'mismatch')
    text = withNames(
      t,
      'covers.badge.mismatch',
      { pack, buyer: check.buyer, signedIn: check.signedIn },
      names,
    );
  else if (check.kind === 'match')
    text = withNames(t, 'covers.badge.match', { pack, buyer: check.buyer }, names);
  else if (check.kind === 'unread')
    text = withNames(t, 'covers.badge.unread', { pack, buyer: check.buyer }, names);
  else text = withNames(t, 'covers.badge.noBuyer', { pack }, names);
  return <li data-buyer={check.kind}>{text}</li>;
}

export function SfbRules({ checks }: { checks: readonly BuyerCheck[] }) {
  const { t } = useI18n();
  const shown = new Set(rulesAt('eligibility-badge').map((r) => r.id));
  // The order number matters as soon as the buyer's sign-in is not the one in use, or not known.
  const remindOrder = shown.has('pro-buyer-left') && checks.some((c) => c.kind !== 'match');
  return (
    <section aria-label={t('covers.badge.title')} data-testid="sfb-rules">
      <p class="pcx-title">{t('covers.badge.title')}</p>
      <ul>
        {shown.has('pro-same-account') && checks.map((c) => <PackLine key={c.pack.id} check={c} />)}
        {remindOrder && <li data-rule="pro-buyer-left">{t('covers.badge.orderNumber')}</li>}
        {shown.has('pro-credit-card') && (
          <li data-rule="pro-credit-card">
            {t('covers.pro.creditCard')}{' '}
            <a href={ACCOUNT_SITE_URL} target="_blank" rel="noopener noreferrer">
              account.microsoft.com
            </a>
          </li>
        )}
        {shown.has('pro-tax-exempt') && (
          <li data-rule="pro-tax-exempt">
            {t('covers.pro.taxExempt')}{' '}
            <a href={TAX_EXEMPT_URL} target="_blank" rel="noopener noreferrer">
              {t('covers.pro.taxExemptLink')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
