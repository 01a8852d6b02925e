import { useEffect, useState } from 'preact/hooks';
import type { PackRecord } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import {
  expiryRule,
  incidentsFor,
  incidentsLeft,
  PACK_KINDS,
  type PackKind,
  packExpiry,
  packWarnings,
} from '../../lib/rules/packs';
import { useI18n } from '../i18n';
import { useNow, useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field, SelectField } from '../ui/Field';
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
      <ul class="pcx-list pcx-list--long" data-testid="pack-list">
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

interface PackDraft {
  kind: PackKind;
  label: string;
  purchasedOn: string;
  expiresOn: string;
  incidents: string;
  account: '' | 'msa' | 'entra';
  orderNumber: string;
  contractId: string;
  notes: string;
}

function PackDialog({
  pack,
  open,
  today,
  onClose,
  onSaved,
}: {
  pack: PackRecord | null;
  open: boolean;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const initial = (): PackDraft => ({
    kind: pack?.kind ?? 'pay-per-incident-5pack',
    label: pack?.label ?? '',
    purchasedOn: pack?.purchasedOn ?? today,
    expiresOn: pack?.expiresOn ?? '',
    incidents: pack
      ? pack.incidents === null
        ? ''
        : String(pack.incidents)
      : String(incidentsFor('pay-per-incident-5pack') ?? ''),
    account: pack?.account ?? '',
    orderNumber: pack?.orderNumber ?? '',
    contractId: pack?.contractId ?? '',
    notes: pack?.notes ?? '',
  });
  const [draft, setDraft] = useState<PackDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof PackDraft, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setDraft(initial());
      setErrors({});
      setSaveError(null);
    }
  }, [open, pack?.id]);
  const set = <K extends keyof PackDraft>(key: K, value: PackDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const rule = expiryRule(draft.kind);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.purchasedOn);
  const computedExpiry =
    rule === 'one-year' && validDate ? packExpiry(draft.kind, draft.purchasedOn) : null;
  const contract = incidentsFor(draft.kind) === null;

  const onKind = (kind: PackKind) => {
    // The incident count follows the kind unless the user typed their own for this pack.
    setDraft((d) => ({
      ...d,
      kind,
      incidents:
        d.incidents === '' || d.incidents === String(incidentsFor(d.kind) ?? '')
          ? String(incidentsFor(kind) ?? '')
          : d.incidents,
    }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const e: Partial<Record<keyof PackDraft, string>> = {};
    if (!validDate) e.purchasedOn = t('app.form.badDate');
    if (rule === 'user-entered') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresOn)) e.expiresOn = t('app.form.required');
      else if (validDate && draft.expiresOn <= draft.purchasedOn)
        e.expiresOn = t('app.pack.expiryBeforePurchase');
    }
    const incidents = draft.incidents.trim() === '' ? null : Number(draft.incidents);
    if (
      !contract &&
      (incidents === null || !Number.isInteger(incidents) || incidents < 0 || incidents > 1000)
    ) {
      e.incidents = t('app.pack.badIncidents');
    }
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const input = {
      kind: draft.kind,
      label: draft.label.trim(),
      purchasedOn: draft.purchasedOn,
      expiresOn: rule === 'user-entered' ? draft.expiresOn : computedExpiry,
      incidents: contract ? incidents : incidents,
      account: draft.account || null,
      orderNumber: draft.orderNumber.trim() || null,
      contractId: draft.contractId.trim() || null,
      notes: draft.notes,
    };
    try {
      if (pack) await ask('packs:update', { id: pack.id, pack: input });
      else await ask('packs:add', input);
      onSaved();
    } catch (err) {
      setSaveError(errorMessage(t, err));
    }
  };

  const formId = 'pack-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(pack ? 'app.pack.editTitle' : 'app.pack.addTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId}>
            {t('app.save')}
          </Button>
        </>
      }
    >
      <form id={formId} class="pcx-stack" onSubmit={save} noValidate>
        <SelectField
          label={t('app.pack.kind')}
          value={draft.kind}
          options={PACK_KINDS}
          labelOf={(k) => t(`plan.${k}`)}
          onChange={onKind}
        />
        <Field label={t('app.pack.label')} hint={t('app.pack.labelHint')}>
          {(p) => (
            <input
              {...p}
              value={draft.label}
              maxLength={120}
              onInput={(e) => set('label', e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="pcx-grid-2">
          <Field label={t('app.pack.purchasedOn')} error={errors.purchasedOn}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.purchasedOn}
                onInput={(e) => set('purchasedOn', e.currentTarget.value)}
              />
            )}
          </Field>
          {rule === 'user-entered' ? (
            <Field
              label={t('app.pack.expiresOn')}
              error={errors.expiresOn}
              hint={t('app.pack.expiresOnHint')}
            >
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={draft.expiresOn}
                  onInput={(e) => set('expiresOn', e.currentTarget.value)}
                />
              )}
            </Field>
          ) : (
            <div class="pcx-field">
              <span class="pcx-legend">{t('app.pack.expiresOn')}</span>
              <output data-testid="computed-expiry">
                {rule === 'none'
                  ? t('app.packs.noExpiry')
                  : computedExpiry
                    ? t('app.pack.oneYear', { date: formatCalendarDate(computedExpiry, locale) })
                    : '—'}
              </output>
            </div>
          )}
          <Field
            label={t('app.pack.incidents')}
            error={errors.incidents}
            hint={contract ? t('app.pack.contractHint') : undefined}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={1000}
                step={1}
                inputMode="numeric"
                value={draft.incidents}
                onInput={(e) => set('incidents', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t('app.pack.account')} hint={t('app.pack.accountHint')}>
            {(p) => (
              <select
                {...p}
                value={draft.account}
                onChange={(e) => set('account', e.currentTarget.value as PackDraft['account'])}
              >
                <option value="">{t('app.pack.account.unknown')}</option>
                <option value="msa">{t('app.pack.account.msa')}</option>
                <option value="entra">{t('app.pack.account.entra')}</option>
              </select>
            )}
          </Field>
          <Field label={t('app.pack.orderNumber')} hint={t('app.optional')}>
            {(p) => (
              <input
                {...p}
                value={draft.orderNumber}
                maxLength={64}
                onInput={(e) => set('orderNumber', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t('app.pack.contractId')} hint={t('app.optional')}>
            {(p) => (
              <input
                {...p}
                value={draft.contractId}
                maxLength={64}
                onInput={(e) => set('contractId', e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('app.notes')}>
          {(p) => (
            <textarea
              {...p}
              value={draft.notes}
              maxLength={5000}
              onInput={(e) => set('notes', e.currentTarget.value)}
            />
          )}
        </Field>
        {saveError && (
          <p class="pcx-error" role="alert">
            {saveError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
