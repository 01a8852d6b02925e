import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { updateSettings } from '../../lib/platform/settings-store';
import type { Settings } from '../../lib/settings';
import { useI18n } from '../i18n';
import { useSettings } from '../ui/app';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/format';

/** Sections with unsaved edits, so the page can warn before it closes. */
export const DirtyContext = createContext<(id: string, dirty: boolean) => void>(() => {});

export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * A section's editable copy of part of the settings. Until the user edits, it follows the saved
 * settings (another tab may change them); once edited it keeps the edits until Save or Revert,
 * whatever happens elsewhere: edits are never dropped silently.
 */
export function useDraft<T>(
  id: string,
  pick: (settings: Settings) => T,
  apply: (settings: Settings, value: T) => Settings,
) {
  const { t } = useI18n();
  const settings = useSettings();
  const [draft, setDraft] = useState<T | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const report = useContext(DirtyContext);
  const value = draft ?? pick(settings);
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(pick(settings));
  useEffect(() => report(id, dirty), [dirty]);
  const latest = useRef(value);
  latest.current = value;
  return {
    value,
    dirty,
    state,
    set: (next: T | ((current: T) => T)) => {
      setState({ kind: 'idle' });
      setDraft((current) =>
        typeof next === 'function' ? (next as (c: T) => T)(current ?? pick(settings)) : next,
      );
    },
    revert: () => {
      setDraft(null);
      setState({ kind: 'idle' });
    },
    /** Saves `override` or the draft; the caller has validated it. */
    save: async (override?: T) => {
      const toSave = override ?? latest.current;
      try {
        await updateSettings((current) => apply(current, toSave));
        setDraft(null);
        setState({ kind: 'saved' });
        return true;
      } catch (e) {
        setState({ kind: 'error', message: errorMessage(t, e) });
        return false;
      }
    },
  };
}

/** A section's frame: heading, intro, its fields, and the Save bar with the visible state. */
export function Section({
  id,
  title,
  intro,
  children,
  draft,
  invalid,
  autoSaved,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
  draft?: { dirty: boolean; state: SaveState; save: () => Promise<boolean>; revert: () => void };
  /** A message saying why Save is refused (the errors are shown next to their fields). */
  invalid?: string | null;
  autoSaved?: SaveState;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${id}-heading`} class="pcx-stack pcx-options-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="pcx-muted">{intro}</p>}
      {children}
      {draft && (
        <div class="pcx-savebar pcx-row">
          <Button
            variant="primary"
            disabled={!draft.dirty}
            onClick={() => {
              if (!invalid) void draft.save();
            }}
            aria-describedby={invalid ? `${id}-invalid` : undefined}
          >
            {t('app.save')}
          </Button>
          {draft.dirty && <Button onClick={draft.revert}>{t('app.revert')}</Button>}
          <SaveStatus id={id} dirty={draft.dirty} state={draft.state} invalid={invalid} />
        </div>
      )}
      {autoSaved && autoSaved.kind !== 'idle' && (
        <SaveStatus id={id} dirty={false} state={autoSaved} invalid={null} />
      )}
    </section>
  );
}

function SaveStatus({
  id,
  dirty,
  state,
  invalid,
}: {
  id: string;
  dirty: boolean;
  state: SaveState;
  invalid?: string | null;
}) {
  const { t } = useI18n();
  let content: ComponentChildren = null;
  if (dirty && invalid) {
    content = (
      <span id={`${id}-invalid`} class="pcx-error">
        {invalid}
      </span>
    );
  } else if (dirty) content = <span class="pcx-warning">{t('app.unsaved')}</span>;
  else if (state.kind === 'saved')
    content = (
      <span class="pcx-ok-text" data-testid="saved">
        <span aria-hidden="true">✓ </span>
        {t('app.saved')}
      </span>
    );
  else if (state.kind === 'error')
    content = <span class="pcx-error">{t('app.saveFailed', { detail: state.message })}</span>;
  return (
    <span role="status" class="pcx-small">
      {content}
    </span>
  );
}
