import { useEffect, useState } from 'preact/hooks';
import type { PackRecord } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import { incidentsLeft, packWarnings } from '../../lib/rules/packs';
import { useI18n } from '../i18n';
import { EntityLog } from '../records/EntityLog';
import { PackDialog } from '../records/PackDialog';
import { useNow, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { daysBetweenDates, errorMessage, formatCalendarDate, todayIn } from '../ui/format';
import { StatusBanner } from '../ui/StatusBanner';

/** Packs held: incidents left, days to expiry and the rules' warnings (lib/rules/packs). */
export function PacksTab({
  packs,
  error,
  focusId,
  onChanged,
}: {
  /** Null while loading. */
  packs: PackRecord[] | null;
  error: unknown;
  focusId: string | null;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const now = useNow(60_000);
  const today = todayIn(settings.schedule.timeZone, now);
  const [editing, setEditing] = useState<PackRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PackRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`pack-${focusId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [focusId, packs]);

  const remove = async () => {
    if (!deleting) return;
    try {
      await ask('packs:delete', { id: deleting.id });
      setDeleting(null);
      setNotice(t('app.packs.deleted'));
      onChanged();
    } catch (e) {
      setDeleteError(errorMessage(t, e));
    }
  };

  return (
    <section aria-labelledby="packs-heading" class="pcx-stack">
      <div class="pcx-row">
        <h2 id="packs-heading" class="pcx-grow pcx-flush">
          {t('app.packs.heading')}
        </h2>
        <Button variant="primary" small onClick={() => setEditing('new')}>
          {t('app.packs.add')}
        </Button>
      </div>
      {notice && (
        <p role="status" class="pcx-small">
          {notice}
        </p>
      )}
      {Boolean(error) && (
        <StatusBanner tone="error" title={t('app.packs.loadFailed')}>
          {errorMessage(t, error)}
        </StatusBanner>
      )}
      {packs?.length === 0 && !error && <p class="pcx-muted">{t('app.packs.empty')}</p>}
      <ul class="pcx-list" data-testid="pack-list">
        {(packs ?? []).map((pack) => {
          const left = incidentsLeft(pack);
          const warnings = packWarnings(pack, today);
          const days = pack.expiresOn ? daysBetweenDates(today, pack.expiresOn) : null;
          const name = t(`plan.${pack.kind}`);
          return (
            <li
              key={pack.id}
              id={`pack-${pack.id}`}
              tabIndex={-1}
              class={`pcx-card${pack.id === focusId ? ' pcx-card--highlight' : ''}`}
              data-pack-id={pack.id}
            >
              <div class="pcx-row pcx-row--between">
                <div class="pcx-strong">{pack.label || name}</div>
                <span
                  class={`pcx-badge ${left === 0 ? 'pcx-badge--danger' : 'pcx-badge--ok'}`}
                  data-testid="incidents-left"
                >
                  {left === null
                    ? t('app.packs.contract')
                    : t('app.packs.left', { left, total: pack.incidents ?? 0 })}
                </span>
              </div>
              {pack.label && <div class="pcx-muted pcx-small">{name}</div>}
              {pack.buyer && (
                <div class="pcx-muted pcx-small pcx-anywhere">
                  {t('covers.pack.buyer')}: <bdi>{pack.buyer}</bdi>
                </div>
              )}
              <div class="pcx-small">
                {!pack.expiresOn
                  ? t('app.packs.noExpiry')
                  : days === null
                    ? t('app.packs.expiryUnreadable', { date: pack.expiresOn })
                    : days <= 0
                      ? t('app.packs.expiredOn', {
                          date: formatCalendarDate(pack.expiresOn!, locale),
                        })
                      : t('app.packs.expiresIn', {
                          days,
                          date: formatCalendarDate(pack.expiresOn!, locale),
                        })}
              </div>
              {warnings.length > 0 && (
                <ul class="pcx-small pcx-bullets">
                  {warnings.map((w) => (
                    <li
                      key={w}
                      class={
                        w === 'expired' || w === 'no-incidents-left' ? 'pcx-error' : 'pcx-warning'
                      }
                      data-warning={w}
                    >
                      {t(`packWarning.${w}`)}
                    </li>
                  ))}
                </ul>
              )}
              <div class="pcx-row pcx-mt-6">
                <Button
                  small
                  onClick={() => setEditing(pack)}
                  aria-label={t('app.packs.editFor', { name: pack.label || name })}
                >
                  {t('app.edit')}
                </Button>
                <Button
                  small
                  variant="danger"
                  onClick={() => {
                    setDeleteError(null);
                    setDeleting(pack);
                  }}
                  aria-label={t('app.packs.deleteFor', { name: pack.label || name })}
                >
                  {t('app.delete')}
                </Button>
              </div>
              <EntityLog entity="pack" id={pack.id} label={t('app.log.packHistory')} />
            </li>
          );
        })}
      </ul>
      <PackDialog
        pack={editing === 'new' ? null : editing}
        open={editing !== null}
        today={today}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice(t('app.saved'));
          onChanged();
        }}
      />
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('app.packs.deleteTitle')}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>{t('app.cancel')}</Button>
            <Button variant="danger" onClick={() => void remove()}>
              {t('app.delete')}
            </Button>
          </>
        }
      >
        <p>
          {t('app.packs.deleteBody', {
            name: deleting ? deleting.label || t(`plan.${deleting.kind}`) : '',
          })}
        </p>
        {deleteError && (
          <p class="pcx-error" role="alert">
            {deleteError}
          </p>
        )}
      </Dialog>
    </section>
  );
}
