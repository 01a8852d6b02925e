import { useMemo, useState } from 'preact/hooks';
import type {
  Customer,
  Service,
  Severity,
  SupportLanguage,
  Ticket,
  TicketProgram,
} from '../../lib/history/types';
import { ask } from '../../lib/platform/messages';
import { customerIdFromText } from '../../lib/portals/links';
import { ticketProduct } from '../../lib/rules/coverage';
import { previewWithSettings } from '../../lib/sla/preview';
import { SERVICE_IDS } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field, FormError, NotesField, SelectField, SuggestField, TextField } from '../ui/Field';
import { errorMessage, fromDateTimeLocal, toDateTimeLocal } from '../ui/format';
import { PreviewResult } from '../ui/Preview';
import { ProductFields } from './product-fields';
import {
  BreakFixCheck,
  FiledAtField,
  ProgramField,
  SeverityField,
  SupportLanguageField,
} from './ticket-fields';
import { useDraft } from './useDraft';

const NUMBER = /^[A-Za-z0-9-]{4,32}$/;

interface Draft {
  title: string;
  number: string;
  customer: string;
  service: Service;
  product: string;
  version: string;
  severity: Severity | '';
  program: TicketProgram;
  breakFix: boolean;
  supportLanguage: SupportLanguage;
  filedAt: string;
  portalLink: string;
  notes: string;
}

/**
 * The product and version a ticket names. An older record holds both in `product` ("Windows
 * Server 2022"): read apart when the lifecycle data knows them, so saving keeps them apart.
 */
function productOf(ticket: Ticket | null): { product: string; version: string } {
  if (!ticket?.product) return { product: '', version: ticket?.version ?? '' };
  if (ticket.version) return { product: ticket.product, version: ticket.version };
  return ticketProduct(ticket) ?? { product: ticket.product, version: '' };
}

const label = (c: Customer) => c.name ?? c.domains[0] ?? c.tenantId ?? c.id;

/**
 * Adds or edits a ticket by hand. The due time is the rules' (previewInitialResponse with the
 * current settings), shown with its rule before saving; on edit it is recomputed only when a field
 * it depends on changed, since a due time is fixed at filing.
 */
export function TicketDialog({
  ticket,
  open,
  customers,
  onClose,
  onSaved,
  onDeleted,
}: {
  ticket: Ticket | null;
  open: boolean;
  customers: Customer[];
  onClose: () => void;
  onSaved: (ticket: Ticket, created: boolean) => void;
  /** The ticket was deleted; `restore` puts it back (the list's Undo). */
  onDeleted?: (ticket: Ticket, restore: () => Promise<void>) => void;
}) {
  const { t } = useI18n();
  const settings = useSettings();
  const zone = settings.schedule.timeZone;
  const initial = (): Draft => ({
    title: ticket?.title ?? '',
    number: ticket?.number ?? '',
    customer: ticket?.customerName ?? '',
    service: ticket?.service ?? 'azure',
    ...productOf(ticket),
    severity: ticket ? (ticket.severity ?? '') : 'B',
    program: ticket?.program ?? 'csp',
    breakFix: ticket?.breakFix ?? true,
    supportLanguage: ticket?.supportLanguage ?? settings.supportLanguage,
    filedAt: toDateTimeLocal(ticket ? new Date(ticket.filedAt) : new Date(), zone),
    portalLink: ticket?.portalLink ?? '',
    notes: ticket?.notes ?? '',
  });
  const { draft, setDraft, set, errors, setErrors, saveError, setSaveError } = useDraft(
    open,
    ticket?.id,
    initial,
    'ticket',
  );
  const [busy, setBusy] = useState(false);
  const filedAt = fromDateTimeLocal(draft.filedAt, zone);
  const result = useMemo(
    () =>
      open && draft.severity && filedAt && draft.program !== 'unknown'
        ? previewWithSettings(settings, {
            program: draft.program,
            severity: draft.severity,
            filedAt,
            supportLanguage: draft.supportLanguage,
            breakFix: draft.breakFix,
          })
        : null,
    [
      open,
      settings,
      draft.program,
      draft.severity,
      draft.filedAt,
      draft.supportLanguage,
      draft.breakFix,
    ],
  );

  const validate = () => {
    const e: Partial<Record<keyof Draft, string>> = {};
    if (!draft.title.trim()) e.title = t('app.form.required');
    if (draft.number.trim() && !NUMBER.test(draft.number.trim()))
      e.number = t('app.ticket.badNumber');
    if (!filedAt) e.filedAt = t('app.form.badDateTime');
    if (draft.portalLink.trim() && !/^https:\/\/\S+$/.test(draft.portalLink.trim()))
      e.portalLink = t('app.form.badLink');
    setErrors(e);
    return Object.keys(e).length === 0;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!validate() || !filedAt) return;
    setBusy(true);
    setSaveError(null);
    const typed = draft.customer.trim();
    const known = customers.find((c) => label(c).toLowerCase() === typed.toLowerCase());
    const customerId = known?.id ?? (typed ? customerIdFromText(typed) : null);
    const due = result?.ok ? result.preview : null;
    const sla = {
      dueAt: due ? due.dueAt.toISOString() : null,
      rule: due ? due.rule : null,
      clock: due ? due.clock : null,
      caveats: due ? [...due.caveats] : [],
    };
    const fields = {
      number: draft.number.trim() || null,
      portalLink: draft.portalLink.trim() || null,
      customerId,
      customerName: known ? label(known) : typed || null,
      service: draft.service,
      product: draft.product.trim() || null,
      version: draft.version.trim() || null,
      title: draft.title.trim(),
      severity: draft.severity || null,
      program: draft.program,
      breakFix: draft.breakFix,
      supportLanguage: draft.supportLanguage,
      filedAt: filedAt.toISOString(),
      notes: draft.notes,
    };
    try {
      if (ticket) {
        const slaChanged =
          fields.severity !== ticket.severity ||
          fields.program !== ticket.program ||
          fields.breakFix !== ticket.breakFix ||
          fields.supportLanguage !== ticket.supportLanguage ||
          fields.filedAt !== ticket.filedAt;
        const saved = await ask('tickets:update', {
          id: ticket.id,
          patch: { ...fields, ...(slaChanged ? sla : {}) },
        });
        onSaved(saved, false);
      } else {
        const saved = await ask('tickets:add', {
          ...fields,
          ...sla,
          portal: null,
          contact: null,
          packId: null,
        });
        onSaved(saved, true);
      }
    } catch (e) {
      setSaveError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const formId = 'ticket-form';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(ticket ? 'app.ticket.editTitle' : 'app.ticket.addTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {t('app.save')}
          </Button>
        </>
      }
    >
      <form id={formId} class="pcx-stack" onSubmit={save} noValidate>
        <Field label={t('app.ticket.title')} error={errors.title}>
          {(p) => (
            <input
              {...p}
              value={draft.title}
              maxLength={300}
              required
              onInput={(e) => set('title', e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="pcx-grid-2">
          <TextField
            label={t('app.ticket.number')}
            error={errors.number}
            hint={t('app.optional')}
            value={draft.number}
            maxLength={32}
            onInput={(value) => set('number', value)}
          />
          <SuggestField
            label={t('app.ticket.customer')}
            hint={t('app.ticket.customerHint')}
            value={draft.customer}
            // A customer's name may be written right to left: it sets its own direction.
            dir="auto"
            maxLength={200}
            suggestions={[...new Set(customers.map(label))]}
            onInput={(value) => set('customer', value)}
          />
          <SelectField
            label={t('app.ticket.service')}
            value={draft.service}
            options={SERVICE_IDS}
            labelOf={(s) => t(`service.${s}`)}
            onChange={(s) => set('service', s)}
          />
          <ProductFields
            product={draft.product}
            version={draft.version}
            onProduct={(value) => set('product', value)}
            onVersion={(value) => set('version', value)}
          />
          <SeverityField value={draft.severity} allowUnknown onChange={(s) => set('severity', s)} />
          <ProgramField value={draft.program} allowUnknown onChange={(p) => set('program', p)} />
          <SupportLanguageField
            value={draft.supportLanguage}
            onChange={(l) => set('supportLanguage', l)}
          />
          <FiledAtField
            value={draft.filedAt}
            timeZone={zone}
            error={errors.filedAt}
            onChange={(v) => set('filedAt', v)}
          />
        </div>
        <BreakFixCheck checked={draft.breakFix} onChange={(v) => set('breakFix', v)} />
        {result ? (
          <PreviewResult result={result} timeZone={zone} />
        ) : (
          <p class="pcx-muted pcx-small">{t('app.ticket.noDuePreview')}</p>
        )}
        <TextField
          label={t('app.ticket.portalLink')}
          error={errors.portalLink}
          hint={t('app.optional')}
          type="url"
          value={draft.portalLink}
          maxLength={2048}
          onInput={(value) => set('portalLink', value)}
        />
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
