import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldRenderProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

/**
 * A labelled control with its hint and its error right below it. The control is rendered by the
 * caller through `children(props)` so any input, select or textarea gets the id and ARIA wiring.
 */
export function Field({
  label,
  hint,
  error,
  warning,
  children,
  class: cls,
}: {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  warning?: string | null;
  children: (props: FieldRenderProps) => ComponentChildren;
  class?: string;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`, warning && `${id}-warning`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={['pcx-field', cls].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': 'true' as const } : {}),
      })}
      {hint && (
        <span id={`${id}-hint`} class="pcx-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="pcx-error">
          {error}
        </span>
      )}
      {warning && (
        <span id={`${id}-warning`} class="pcx-warning">
          {warning}
        </span>
      )}
    </div>
  );
}

/**
 * A labelled select over one of the domain's lists (lib/vocabulary): the choices are the list, in
 * its order, each named by `labelOf` (a translation), so a new value appears everywhere at once.
 */
export function SelectField<T extends string>({
  label,
  hint,
  value,
  options,
  labelOf,
  onChange,
}: {
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: T;
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label} hint={hint}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label to the right. */
export function Check({
  label,
  checked,
  onChange,
  hint,
  disabled,
}: {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="pcx-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <div id={`${id}-hint`} class="pcx-hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: ComponentChildren;
  name: string;
  value: T;
  options: { value: T; label: ComponentChildren; hint?: ComponentChildren }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset class="pcx-fieldset">
      <legend>{legend}</legend>
      <div class="pcx-stack pcx-stack--tight">
        {options.map((o) => (
          <div class="pcx-check" key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={`${name}-${id}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <div>
              <label for={`${id}-${o.value}`}>{o.label}</label>
              {o.hint && <div class="pcx-hint">{o.hint}</div>}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The free-text notes of a record (ticket, pack): one spelling, one length cap. */
export function NotesField({
  label,
  value,
  onInput,
}: {
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(p) => (
        <textarea
          {...p}
          value={value}
          maxLength={5000}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** Why a dialog's save failed, announced at once; nothing when it did not. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="pcx-error" role="alert">
      {message}
    </p>
  );
}

/** A labelled one-line text input: the common case of `Field`. */
export function TextField({
  label,
  hint,
  error,
  value,
  maxLength,
  type = 'text',
  onInput,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  maxLength: number;
  type?: 'text' | 'url' | 'email' | 'tel';
  onInput: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error ?? undefined}>
      {(p) => (
        <input
          {...p}
          type={type}
          value={value}
          maxLength={maxLength}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/**
 * A one-line text input with suggestions (a `<datalist>`): free text, with the known values
 * offered as one types. `dir="auto"` lets a name written right to left set its own direction.
 */
export function SuggestField({
  label,
  hint,
  value,
  maxLength,
  suggestions,
  dir,
  onInput,
}: {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  suggestions: readonly string[];
  dir?: 'auto';
  onInput: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint}>
      {(p) => (
        <>
          <input
            {...p}
            list={`${p.id}-list`}
            value={value}
            dir={dir}
            maxLength={maxLength}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <datalist id={`${p.id}-list`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
