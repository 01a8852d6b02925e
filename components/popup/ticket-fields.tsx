import type { Severity, SupportLanguage, TicketProgram } from '../../lib/history/types';
import {
  PROGRAM_IDS,
  SEVERITY_IDS,
  SUPPORT_LANGUAGES,
  TICKET_PROGRAMS,
} from '../../lib/vocabulary';
import { useI18n } from '../i18n';
import { DateTimeInput } from '../ui/DateFields';
import { Check, Field, SelectField } from '../ui/Field';
import { type PastedRequest, readPastedRequest } from './paste';

/**
 * The fields a first-response due time depends on, shared by the calculator and the ticket
 * dialog so both ask the same questions with the same words.
 */

/**
 * The support program. A ticket's dialog also offers "not known" (`allowUnknown`): a request
 * captured where the page did not tell whose tenant it was for keeps that until someone says.
 */
export function ProgramField({
  value,
  onChange,
  allowUnknown = false,
}: {
  value: TicketProgram;
  onChange: (program: TicketProgram) => void;
  allowUnknown?: boolean;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('app.ticket.program')}
      value={value}
      options={allowUnknown ? TICKET_PROGRAMS : PROGRAM_IDS}
      labelOf={(p) => t(`program.${p}`)}
      hint={value === 'unknown' ? t('app.ticket.programUnknownHint') : undefined}
      onChange={onChange}
    />
  );
}

/**
 * Severity, with what it means below when one is chosen. `allowUnknown` adds "not known yet"
 * (a ticket written down before the portal said): its value is ''.
 */
export function SeverityField({
  value,
  onChange,
  allowUnknown = false,
}: {
  value: Severity | '';
  onChange: (severity: Severity | '') => void;
  allowUnknown?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Field
      label={t('app.ticket.severity')}
      hint={value && !allowUnknown ? t(`severity.${value}.impact`) : undefined}
    >
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value as Severity | '')}
        >
          {SEVERITY_IDS.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}.name`)}
            </option>
          ))}
          {allowUnknown && <option value="">{t('app.ticket.severityUnknown')}</option>}
        </select>
      )}
    </Field>
  );
}

export function SupportLanguageField({
  value,
  onChange,
}: {
  value: SupportLanguage;
  onChange: (language: SupportLanguage) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('app.ticket.language')}
      value={value}
      options={SUPPORT_LANGUAGES}
      labelOf={(l) => t(`app.supportLanguage.${l}`)}
      onChange={onChange}
    />
  );
}

/** When the ticket was (or would be) filed, a local date and time in the schedule's zone. */
export function FiledAtField({
  value,
  timeZone,
  error,
  onChange,
}: {
  value: string;
  timeZone: string;
  error?: string | null;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('app.ticket.filedAt', { zone: timeZone })} error={error}>
      {(p) => <DateTimeInput {...p} value={value} onChange={onChange} />}
    </Field>
  );
}

export function BreakFixCheck({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <Check
      label={t('app.ticket.breakFix')}
      hint={t('app.ticket.breakFixHint')}
      checked={checked}
      onChange={onChange}
    />
  );
}

/**
 * Microsoft's request number. A paste is read (`readPastedRequest`): a number copied as
 * `#2612 0300…` or with dashes comes in normalised, a portal URL of a request hands what it
 * names to `onPasted` (number, portal, tenant); any other text is pasted as is.
 */
export function RequestNumberField({
  value,
  error,
  onInput,
  onPasted,
}: {
  value: string;
  error?: string | null;
  onInput: (value: string) => void;
  onPasted: (pasted: PastedRequest) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('app.ticket.number')} hint={t('app.ticket.numberPasteHint')} error={error}>
      {(p) => (
        <input
          {...p}
          value={value}
          maxLength={32}
          inputMode="text"
          data-testid="ticket-number"
          onInput={(e) => onInput(e.currentTarget.value)}
          onPaste={(e) => {
            const pasted = readPastedRequest(e.clipboardData?.getData('text/plain') ?? '');
            if (!pasted) return;
            e.preventDefault();
            onPasted(pasted);
          }}
        />
      )}
    </Field>
  );
}
