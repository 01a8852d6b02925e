import type { PreviewOutcome } from '../../lib/sla/preview';
import { useI18n } from '../i18n';
import { errorMessage, formatDateTime } from './format';

/** Due time, the rule that gave it and the caveats: shown wherever a deadline is computed. */
export function PreviewResult({ result, timeZone }: { result: PreviewOutcome; timeZone: string }) {
  const { t, locale } = useI18n();
  if (!result.ok) {
    return (
      <p class="pcx-error" role="alert">
        {t('app.preview.failed', { detail: errorMessage(t, result.error) })}
      </p>
    );
  }
  const p = result.preview;
  return (
    <div class="pcx-banner" data-testid="preview" data-due={p.dueAt.toISOString()}>
      <div class="pcx-banner__title">
        {t('app.preview.due', { when: formatDateTime(p.dueAt, locale, timeZone) })}
      </div>
      <div class="pcx-small">
        {t('app.preview.counted', {
          duration:
            'minutes' in p.duration
              ? t('duration.minutes', { hours: p.duration.minutes / 60 })
              : t('duration.businessDays', { days: p.duration.businessDays }),
          clock: t(`clock.${p.clock}`),
        })}
      </div>
      <div class="pcx-small">{t(`rule.${p.rule}`)}</div>
      {p.caveats.length > 0 && (
        <ul class="pcx-small pcx-bullets">
          {p.caveats.map((c) => (
            <li key={c} class="pcx-warning">
              {t(`caveat.${c}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
