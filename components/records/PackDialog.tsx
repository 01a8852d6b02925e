import type { PackRecord } from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import {
  expiryRule,
  incidentsFor,
  PACK_KINDS,
  type PackKind,
  packExpiry,
} from '../../lib/rules/packs';
import { useI18n } from '../i18n';
import { Button } from '../ui/Button';
import { DateInput } from '../ui/DateFields';
import { Dialog } from '../ui/Dialog';
import { Field, FormError, NotesField, SelectField, TextField } from '../ui/Field';
import { errorMessage, formatCalendarDate } from '../ui/format';
import { DraftNotice } from './DraftNotice';
import { useDraft } from './useDraft';

interface PackDraft {
  kind: PackKind;
  label: string;
  purchasedOn: string;
  expiresOn: string;
  incidents: string;
  account: '' | 'msa' | 'entra';
  buyer: string;
  orderNumber: string;
  contractId: string;
  notes: string;
}

/** Adds or edits a pack; the expiry follows the kind's rule (lib/rules/packs) unless typed. */
export function PackDialog({
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
    buyer: pack?.buyer ?? '',
    orderNumber: pack?.orderNumber ?? '',
    contractId: pack?.contractId ?? '',
    notes: pack?.notes ?? '',
  });
  const { draft, setDraft, set, errors, setErrors, saveError, setSaveError, restored, discard } =
    useDraft(open, pack?.id, initial, 'pack');

  const rule = expiryRule(draft.kind);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.purchasedOn);
  const computedExpiry =
    rule === 'one-year' && validDate ? packExpiry(draft.kind, draft.purchasedOn) : null;
  const contract = incidentsFor(draft.kind) === null;
  // Microsoft's professional FAQ: a 5-pack's incidents can be used only when signed in with the
  // account that bought it, and its order confirmation number proves the purchase if that person
  // has left. The buyer field is the 5-pack's (kept on any pack that already has one).
  const fivePack = draft.kind === 'pay-per-incident-5pack';
  const showBuyer = fivePack || draft.buyer.trim() !== '';

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
      buyer: draft.buyer.trim() || null,
      orderNumber: draft.orderNumber.trim() || null,
      contractId: draft.contractId.trim() || null,
      notes: draft.notes,
    };
    try {
      if (pack) await ask('packs:update', { id: pack.id, pack: input });
      else await ask('packs:add', input);
      discard();
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
        <DraftNotice restored={restored} onDiscard={() => discard(true)} />
        <SelectField
          label={t('app.pack.kind')}
          value={draft.kind}
          options={PACK_KINDS}
          labelOf={(k) => t(`plan.${k}`)}
          onChange={onKind}
        />
        <TextField
          label={t('app.pack.label')}
          hint={t('app.pack.labelHint')}
          value={draft.label}
          maxLength={120}
          onInput={(value) => set('label', value)}
        />
        <div class="pcx-grid-2">
          <Field label={t('app.pack.purchasedOn')} error={errors.purchasedOn}>
            {(p) => (
              <DateInput {...p} value={draft.purchasedOn} onChange={(v) => set('purchasedOn', v)} />
            )}
          </Field>
          {rule === 'user-entered' ? (
            <Field
              label={t('app.pack.expiresOn')}
              error={errors.expiresOn}
              hint={t('app.pack.expiresOnHint')}
            >
              {(p) => (
                <DateInput {...p} value={draft.expiresOn} onChange={(v) => set('expiresOn', v)} />
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
          <Field label={t('app.pack.account')} hint={t('covers.pack.accountKindHint')}>
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
          {showBuyer && (
            <TextField
              label={t('covers.pack.buyer')}
              hint={t('covers.pack.buyerHint')}
              value={draft.buyer}
              maxLength={254}
              onInput={(value) => set('buyer', value)}
            />
          )}
          <TextField
            label={t('app.pack.orderNumber')}
            hint={fivePack ? t('covers.pack.orderHint') : t('app.optional')}
            value={draft.orderNumber}
            maxLength={64}
            onInput={(value) => set('orderNumber', value)}
          />
          <TextField
            label={t('app.pack.contractId')}
            hint={t('app.optional')}
            value={draft.contractId}
            maxLength={64}
            onInput={(value) => set('contractId', value)}
          />
        </div>
        <NotesField
          label={t('app.notes')}
          value={draft.notes}
          onInput={(value) => set('notes', value)}
        />
        <FormError message={saveError} />
      </form>
    </Dialog>
  );
}
