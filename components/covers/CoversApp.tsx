import { useEffect } from 'preact/hooks';
import { WHY_TOPICS, type WhyTopic, whyAnchor } from '../../lib/rules/why';
import { COVER_RULES, type CoverRuleId, PROFESSIONAL_FAQ_URL } from '../../lib/sfb/covers';
import { useI18n } from '../i18n';
import { AppFrame } from '../ui/app';
import { ExternalLink } from '../ui/Button';

/**
 * "What Microsoft support covers": the rules of Microsoft's CSP partner guide and professional
 * support FAQ that PCX applies, on one short page (opened from the popup and the options). Every
 * rule of lib/sfb/covers is listed here, with Microsoft's own page where the rule points to one.
 */
export function CoversApp() {
  return (
    <AppFrame titleKey="covers.title">
      <CoversPage />
    </AppFrame>
  );
}

const CSP_ORDER: readonly CoverRuleId[] = ['csp-billing', 'csp-no-phone', 'csp-own-subscriptions'];
const PRO_ORDER: readonly CoverRuleId[] = [
  'pro-same-account',
  'pro-buyer-left',
  'pro-credit-card',
  'pro-tax-exempt',
];

function Rule({ id }: { id: CoverRuleId }) {
  const { t } = useI18n();
  const rule = COVER_RULES.find((r) => r.id === id);
  if (!rule) return null;
  return (
    <li data-rule={rule.id}>
      {t(rule.key)}
      {rule.id === 'pro-credit-card' && rule.link && (
        <>
          {' '}
          <ExternalLink href={rule.link}>account.microsoft.com</ExternalLink>
        </>
      )}
      {rule.id === 'pro-tax-exempt' && rule.link && (
        <>
          {' '}
          <ExternalLink href={rule.link}>{t('covers.pro.taxExemptLink')}</ExternalLink>
        </>
      )}
    </li>
  );
}

/** The topic a helper's "Why?" opened the page at (`#why-<topic>`), if any. */
function topicOf(hash: string): WhyTopic | null {
  return WHY_TOPICS.find((topic) => `#${whyAnchor(topic)}` === hash) ?? null;
}

/**
 * Opened at a topic: that rule is brought into view and focused (the page renders after the
 * browser looked for the fragment, so its own scroll found nothing), and marked as current.
 */
function useTopicFromHash() {
  useEffect(() => {
    const go = () => {
      const topic = topicOf(location.hash);
      const section = topic ? document.getElementById(whyAnchor(topic)) : null;
      for (const el of document.querySelectorAll('[data-why-topic]'))
        el.toggleAttribute('data-current', el === section);
      if (!section) return;
      section.scrollIntoView({ block: 'start' });
      section.focus({ preventScroll: true });
    };
    go();
    addEventListener('hashchange', go);
    return () => removeEventListener('hashchange', go);
  }, []);
}

function WhyTopics() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="covers-why">
      <h2 id="covers-why">{t('why.heading')}</h2>
      <p>{t('why.intro')}</p>
      {WHY_TOPICS.map((topic) => (
        <section
          key={topic}
          id={whyAnchor(topic)}
          class="pcx-why"
          data-why-topic={topic}
          tabIndex={-1}
          aria-labelledby={`${whyAnchor(topic)}-title`}
        >
          <h3 id={`${whyAnchor(topic)}-title`}>{t(`why.${topic}.title`)}</h3>
          <p>{t(`why.${topic}.body`)}</p>
          {topic === 'first-response' && <p>{t('why.first-response.how')}</p>}
        </section>
      ))}
    </section>
  );
}

export function CoversPage() {
  const { t } = useI18n();
  useTopicFromHash();
  return (
    <div class="pcx-covers">
      <header class="pcx-covers__header">
        <h1 class="pcx-flush">{t('covers.title')}</h1>
        <p class="pcx-muted">{t('app.name')}</p>
      </header>
      <main>
        <p>{t('covers.intro')}</p>
        <WhyTopics />
        <section aria-labelledby="covers-csp">
          <h2 id="covers-csp">{t('covers.csp.heading')}</h2>
          <ul>
            <li>{t('covers.csp.route')}</li>
            <li>{t('covers.csp.contact')}</li>
            {CSP_ORDER.map((id) => (
              <Rule key={id} id={id} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="covers-pro">
          <h2 id="covers-pro">{t('covers.pro.heading')}</h2>
          <ul>
            <li>{t('covers.pro.incident')}</li>
            {PRO_ORDER.slice(0, 2).map((id) => (
              <Rule key={id} id={id} />
            ))}
            <li>{t('covers.pro.expiry')}</li>
            {PRO_ORDER.slice(2).map((id) => (
              <Rule key={id} id={id} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="covers-not">
          <h2 id="covers-not">{t('covers.notCovered.heading')}</h2>
          <ul>
            <li>{t('covers.notCovered.features')}</li>
            <li>{t('covers.notCovered.onsite')}</li>
            <li>{t('covers.notCovered.rca')}</li>
            <li>{t('covers.notCovered.lifecycle')}</li>
            <li>{t('covers.notCovered.code')}</li>
            <li>{t('covers.notCovered.developer')}</li>
          </ul>
        </section>
        <section aria-labelledby="covers-where">
          <h2 id="covers-where">{t('covers.where.heading')}</h2>
          <ul>
            <li>{t('covers.where.banner')}</li>
            <li>{t('covers.where.sfb')}</li>
            <li>{t('covers.where.pack')}</li>
          </ul>
        </section>
        <section aria-labelledby="covers-sources">
          <h2 id="covers-sources">{t('covers.sources.heading')}</h2>
          <ul>
            <li>{t('covers.sources.csp')}</li>
            <li>
              <ExternalLink href={PROFESSIONAL_FAQ_URL}>{t('covers.sources.pro')}</ExternalLink>
            </li>
          </ul>
        </section>
      </main>
    </div>
  );
}
