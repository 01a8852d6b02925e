import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../lib/platform/messages';
import { useI18n } from '../i18n';
import { ExternalLink } from '../ui/Button';
import { Section } from './section';

/** The version running, and where the privacy notice and the source live. */
export function AboutSection() {
  const { t } = useI18n();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void ask('ping', {})
      .then((r) => setVersion(r.version))
      .catch(() => setVersion(null));
  }, []);
  return (
    <Section id="about" title={t('app.options.about')}>
      <p>
        {t('app.name')} — {t('app.tagline')}
        {version && ` · ${t('app.about.version', { version })}`}
      </p>
      <p>{t('app.about.privacy')}</p>
      <p>
        <a href="covers.html" target="_blank" rel="noopener noreferrer">
          {t('covers.link')}
        </a>
        {' · '}
        <a href="reports.html" target="_blank" rel="noopener noreferrer">
          {t('reports.link')}
        </a>
      </p>
      <h3>{t('app.about.credits')}</h3>
      <ul data-testid="credits">
        <li>
          <ExternalLink href="https://github.com/commenthol/date-holidays">
            date-holidays
          </ExternalLink>{' '}
          — {t('app.about.dateHolidays')}
        </li>
        <li>
          <ExternalLink href="https://preactjs.com/">Preact</ExternalLink> — {t('app.about.mit')}
        </li>
        <li>
          <ExternalLink href="https://github.com/jakearchibald/idb">idb</ExternalLink> —{' '}
          {t('app.about.isc')}
        </li>
      </ul>
      <p class="pcx-hint">{t('app.about.trademarks')}</p>
    </Section>
  );
}
