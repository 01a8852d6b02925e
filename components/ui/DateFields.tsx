import { useEffect, useRef, useState } from 'preact/hooks';
import {
  datePlaceholder,
  formatDateEntry,
  formatDateTimeEntry,
  formatTimeEntry,
  parseDateEntry,
  parseDateTimeEntry,
  parseTimeEntry,
  spelledDate,
  spelledDateTime,
} from '../../lib/i18n/date-entry';
import { useI18n } from '../i18n';
import type { FieldRenderProps } from './Field';

/**
 * Date, time and date-time fields in the UI language (see lib/i18n/date-entry.ts for why not the
 * native ones). Each is a text field inside a `Field`: it takes the field's id and ARIA wiring,
 * shows its value in the UI locale's order, and hands back ISO as soon as what is typed reads as
 * one, or the text itself while it does not (the form's own check then says it is not a date,
 * exactly as it did for an incomplete native field). The month is echoed in words below it. Dates
 * also offer the browser's calendar, through a native field kept out of sight and out of the tab
 * order; what it picks comes back as ISO like the rest.
 */

interface EntryProps extends Partial<FieldRenderProps> {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** A field without a `Field` label of its own (a grid of times) is named by this. */
  'aria-label'?: string;
}

interface Kind {
  format: (value: string, locale: string) => string;
  parse: (text: string, locale: string) => string | null;
  spell: (value: string, locale: string) => string;
  native?: 'date' | 'datetime-local';
  placeholder: (locale: string, t: ReturnType<typeof useI18n>['t']) => string;
  size: number;
}

const dateLetters = (t: ReturnType<typeof useI18n>['t']) => ({
  day: t('app.date.dd'),
  month: t('app.date.mm'),
  year: t('app.date.yyyy'),
});

const DATE: Kind = {
  format: formatDateEntry,
  parse: parseDateEntry,
  spell: spelledDate,
  native: 'date',
  placeholder: (locale, t) => datePlaceholder(locale, dateLetters(t)),
  size: 12,
};

const TIME: Kind = {
  format: formatTimeEntry,
  parse: (text) => parseTimeEntry(text),
  spell: () => '',
  placeholder: (_locale, t) => t('app.date.hhmm'),
  size: 8,
};

/** A closing time: midnight at the end of the day is "24:00", written as such on every clock. */
const CLOSING_TIME: Kind = {
  format: (value, locale) => (value === '24:00' ? value : formatTimeEntry(value, locale)),
  parse: (text) => (/^\s*24\s?[:.h]\s?0{0,2}\s*$/i.test(text) ? '24:00' : parseTimeEntry(text)),
  spell: () => '',
  placeholder: (_locale, t) => t('app.date.hhmm'),
  size: 8,
};

const DATE_TIME: Kind = {
  format: formatDateTimeEntry,
  parse: parseDateTimeEntry,
  spell: spelledDateTime,
  native: 'datetime-local',
  placeholder: (locale, t) => `${datePlaceholder(locale, dateLetters(t))} ${t('app.date.hhmm')}`,
  size: 18,
};

function Entry({ kind, value, onChange, disabled, ...field }: EntryProps & { kind: Kind }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState(() => kind.format(value, locale));
  const native = useRef<HTMLInputElement>(null);
  // A value set from outside (a reset, a pasted request, the calendar) replaces the text; the
  // value this field itself just handed back does not, so typing is never rewritten under the
  // cursor ("1/12/2026" stays as typed while it means 2026-12-01).
  const own = kind.parse(text, locale) ?? text;
  useEffect(() => {
    if (value !== own) setText(kind.format(value, locale));
  }, [value, locale]);

  const spelled = kind.parse(text, locale)
    ? kind.spell(kind.parse(text, locale) ?? '', locale)
    : '';
  const echoId = `${field.id ?? 'pcx-entry'}-echo`;
  const described = [field['aria-describedby'], spelled && echoId].filter(Boolean).join(' ');
  const type = (next: string) => {
    setText(next);
    onChange(next.trim() === '' ? '' : (kind.parse(next, locale) ?? next));
  };
  const openCalendar = () => {
    const input = native.current;
    if (!input) return;
    const iso = kind.parse(text, locale);
    input.value = iso ?? '';
    try {
      input.showPicker();
    } catch {
      // No picker here (an old engine, or no user gesture): the field takes typing all the same.
      input.focus();
    }
  };

  return (
    <span class="pcx-entry">
      <span class="pcx-entry__row">
        <input
          {...field}
          aria-describedby={described || undefined}
          type="text"
          class="pcx-input"
          inputMode={kind === TIME || kind === CLOSING_TIME ? 'numeric' : undefined}
          autoComplete="off"
          spellcheck={false}
          size={kind.size}
          disabled={disabled}
          placeholder={kind.placeholder(locale, t)}
          value={text}
          onInput={(e) => type(e.currentTarget.value)}
          onBlur={() => {
            // Once left, a date that reads is shown in the locale's own form ("1/12/26" → "01/12/2026").
            const iso = kind.parse(text, locale);
            if (iso) setText(kind.format(iso, locale));
          }}
        />
        {kind.native && (
          <span class="pcx-entry__calendar">
            <button
              type="button"
              class="pcx-btn pcx-btn--small"
              disabled={disabled}
              aria-label={t('app.date.calendar')}
              title={t('app.date.calendar')}
              onClick={openCalendar}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M4 1h1v2h6V1h1v2h2.5A1.5 1.5 0 0 1 16 4.5v9A1.5 1.5 0 0 1 14.5 15h-13A1.5 1.5 0 0 1 0 13.5v-9A1.5 1.5 0 0 1 1.5 3H4V1Zm-2.5 5v7.5c0 .3.2.5.5.5h12c.3 0 .5-.2.5-.5V6h-13Z"
                />
              </svg>
            </button>
            <input
              ref={native}
              type={kind.native}
              tabIndex={-1}
              aria-hidden="true"
              class="pcx-entry__native"
              onChange={(e) => {
                const picked = e.currentTarget.value;
                if (!picked) return;
                setText(kind.format(picked, locale));
                onChange(picked);
              }}
            />
          </span>
        )}
      </span>
      {spelled && (
        <span id={echoId} class="pcx-hint pcx-entry__echo">
          {spelled}
        </span>
      )}
    </span>
  );
}

/** A calendar date (`YYYY-MM-DD`) typed in the UI language's order, with a calendar button. */
export function DateInput(props: EntryProps) {
  return <Entry {...props} kind={DATE} />;
}

/** A time of day (`HH:MM`), on the UI locale's clock (24 h, or 12 h with AM/PM in en-US). */
export function TimeInput(props: EntryProps) {
  return <Entry {...props} kind={TIME} />;
}

/** A closing time (`HH:MM`, or `24:00` for the end of the day). */
export function ClosingTimeInput(props: EntryProps) {
  return <Entry {...props} kind={CLOSING_TIME} />;
}

/** A date and time (`YYYY-MM-DDTHH:MM`), as `<input type="datetime-local">` gave it. */
export function DateTimeInput(props: EntryProps) {
  return <Entry {...props} kind={DATE_TIME} />;
}
