import type { Preview } from '../../lib/sla/preview';
import { useI18n } from './i18n';

/**
 * The first-response preview as the helpers show it: due time in the agent's zone (and in the
 * request's zone when it differs), the clock and rule used, the caveats. Shared by the Azure
 * severity picker and the Support for business preview, so both read the same.
 */
export function PreviewDetails(p: {
  preview: Preview;
  dueHere: string;
  dueThere: string | null;
  requestZone: string | null;
  agentZone: string;
  /** The due time is the card's title already (the Azure preview): only its zone is said here. */
  dueInTitle?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {p.dueInTitle ? (
        <p class="pcx-muted">{t('severityPicker.yourZoneLine', { zone: p.agentZone })}</p>
      ) : (
        <p>
          <strong>{t('severityPicker.due', { due: p.dueHere })}</strong>{' '}
          <span class="pcx-muted">({t('severityPicker.yourZone', { zone: p.agentZone })})</span>
        </p>
      )}
      {p.dueThere && p.requestZone && (
        <p>{t('severityPicker.dueThere', { due: p.dueThere, zone: p.requestZone })}</p>
      )}
      <p class="pcx-muted">
        {t('severityPicker.clock', { clock: t(`clock.${p.preview.clock}`) })}{' '}
        {t(`rule.${p.preview.rule}`)}
      </p>
      {p.preview.caveats.length > 0 && (
        <ul>
          {p.preview.caveats.map((c) => (
            <li key={c}>{t(`caveat.${c}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
