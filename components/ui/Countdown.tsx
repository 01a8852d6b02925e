import { useI18n } from '../i18n';
import { formatDuration } from './format';

/**
 * Time left before a due instant, or how late it is. Overdue is said in words and with an icon,
 * not with colour alone. Not a live region: the list announces state changes once, not each tick.
 */
export function Countdown({ dueAt, now }: { dueAt: string; now: number }) {
  const { t } = useI18n();
  const left = Date.parse(dueAt) - now;
  if (Number.isNaN(left)) return null;
  const overdue = left <= 0;
  return (
    <span
      class={`pcx-badge ${overdue ? 'pcx-badge--danger' : left < 3_600_000 ? 'pcx-badge--warn' : ''}`}
      data-overdue={overdue ? 'true' : 'false'}
    >
      {overdue ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {t('app.countdown.overdue', { duration: formatDuration(left, t) })}
        </>
      ) : (
        t('app.countdown.left', { duration: formatDuration(left, t) })
      )}
    </span>
  );
}
