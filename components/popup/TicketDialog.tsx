import { useMemo, useState } from 'preact/hooks';
import type {
  Customer,
  PortalKind,
  Service,
  Severity,
  SupportLanguage,
  Ticket,
  TicketProgram,
} from '../../lib/history/types';
import type { ResponseOf } from '../../lib/messaging/protocol';
import { ask } from '../../lib/platform/messages';
import { customerIdFromText, tenantOf } from '../../lib/portals/links';
import { ticketProduct } from '../../lib/rules/coverage';
import { previewWithSettings } from '../../lib/sla/preview';
import { SERVICE_IDS } from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { DraftNotice } from '../records/DraftNotice';
import { EntityLog } from '../records/EntityLog';
import { useDraft } from '../records/useDraft';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field, FormError, NotesField, SelectField, SuggestField, TextField } from '../ui/Field';
import { errorMessage, fromDateTimeLocal, toDateTimeLocal } from '../ui/format';
import { PreviewResult } from '../ui/Preview';
import { normaliseRequestNumber, type PastedRequest } from './paste';
import { ProductFields } from './product-fields';
import {
  BreakFixCheck,
  FiledAtField,
  ProgramField,
  RequestNumberField,
  SeverityField,
  SupportLanguageField,
} from './ticket-fields';

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
  /** Where the request was filed: kept from the record, or said by a pasted portal URL. */
  portal: PortalKind | null;
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
  onDeleted?: (ticket: Ticket, restore: () => Promise<ResponseOf<'tickets:restore'>>) => void;
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
    portal: ticket?.portal ?? null,
    notes: ticket?.notes ?? '',
  });
  const { draft, setDraft, set, errors, setErrors, saveError, setSaveError, restored, discard } =
    useDraft(open, ticket?.id, initial, 'ticket');
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
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

  /**
   * A pasted number or portal URL: the number always; the portal, service, tenant and link only
   * where the URL names them, and never over what the agent typed already (but the portal, which
   * an existing record keeps as it was filed).
   */
  const pasted = (p: PastedRequest) => {
    setDraft((d) => {
      const next = { ...d, number: p.number ?? d.number };
      if (!ticket && p.portal) next.portal = p.portal;
      if (p.service && !ticket) next.service = p.service;
      if (p.link && !d.portalLink.trim()) next.portalLink = p.link;
      if ((p.tenantId || p.domain) && !d.customer.trim()) {
        const known = customers.find((c) => {
          const ref = tenantOf(c.id, c);
          return (
            (p.tenantId !== null && ref.tenantId === p.tenantId) ||
            (p.domain !== null && c.domains.includes(p.domain))
          );
        });
        next.customer = known ? label(known) : (p.domain ?? p.tenantId ?? '');
      }
      return next;
    });
  };

  /** Deletes the ticket (its incident goes back to its pack); the list offers the Undo. */
  const remove = async () => {
    if (!ticket) return;
    setBusy(true);
    setSaveError(null);
    try {
      await ask('tickets:delete', { id: ticket.id });
      const held = ticket;
      setConfirmDelete(false);
      discard();
      onDeleted?.(held, () => ask('tickets:restore', { ticket: held }));
    } catch (e) {
      setSaveError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const validate = () => {
    const e: Partial<Record<keyof Draft, string>> = {};
    if (!draft.title.trim()) e.title = t('app.form.required');
    if (draft.number.trim() && !normaliseRequestNumber(draft.number))
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
      number: normaliseRequestNumber(draft.number),
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
        discard();
        onSaved(saved, false);
      } else {
        const saved = await ask('tickets:add', {
          ...fields,
          ...sla,
          portal: draft.portal,
          contact: null,
          packId: null,
        });
        // Saved: the kept draft of a new ticket must not come back in the next one.
        discard();
        onSaved(saved, true);
      }
    } catch (e) {
      setSaveError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const formId = 'ticket-form';
  const numberField = (
    <RequestNumberField
      value={draft.number}
      error={errors.number}
      onInput={(value) => set('number', value)}
      onPasted={pasted}
    />
  );
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(ticket ? 'app.ticket.editTitle' : 'app.ticket.addTitle')}
      footer={
        <>
          {ticket && onDeleted && (
            <Button
              variant={confirmDelete ? 'danger' : 'default'}
              // Apart from Cancel and Save, at the start of the footer.
              style={{ marginInlineEnd: 'auto' }}
              disabled={busy}
              onClick={() => (confirmDelete ? void remove() : setConfirmDelete(true))}
            >
              {t(confirmDelete ? 'app.ticket.deleteConfirm' : 'app.ticket.delete')}
            </Button>
          )}
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {t('app.save')}
          </Button>
        </>
      }
    >
      <form id={formId} class="pcx-stack" onSubmit={save} noValidate>
        <DraftNotice restored={restored} onDiscard={() => discard(true)} />
        {/* A new ticket starts with its number: pasting it (or the request's URL) fills the rest. */}
        {!ticket && numberField}
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
          {ticket && numberField}
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
      {/* Outside the form: opening the history never submits or dirties the draft. */}
      {ticket && <EntityLog entity="ticket" id={ticket.id} label={t('app.log.ticketHistory')} />}
    </Dialog>
  );
}
