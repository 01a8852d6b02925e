import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import { type LockKey, type Managed, NO_POLICY } from '../../lib/managed';
import { loadManaged, watchManaged } from '../../lib/platform/settings-store';
import { useI18n } from '../i18n';

const ManagedContext = createContext<Managed>(NO_POLICY);

/** The policy the partner's IT set (lib/managed.ts), live: a policy pushed while options are open. */
export function ManagedProvider({ children }: { children: ComponentChildren }) {
  const [managed, setManaged] = useState<Managed>(NO_POLICY);
  useEffect(() => {
    let alive = true;
    const stop = watchManaged((next) => alive && setManaged(next));
    void loadManaged().then((loaded) => alive && setManaged(loaded));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return <ManagedContext.Provider value={managed}>{children}</ManagedContext.Provider>;
}

export const useManaged = () => useContext(ManagedContext);

/** A padlock drawn, not an emoji: every machine has the font for it. */
function LockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z"
      />
    </svg>
  );
}

/**
 * The fields of `by` as the agent sees them when IT sets them by policy: disabled (a disabled
 * fieldset disables every control inside, the calendar and file buttons too), named "Set by your
 * organisation" for screen readers, with the hint beside them. Unlocked, the fields as they are.
 */
export function Locked({ by, children }: { by: LockKey | LockKey[]; children: ComponentChildren }) {
  const { t } = useI18n();
  const { locks } = useManaged();
  const id = useId();
  const keys = Array.isArray(by) ? by : [by];
  if (!keys.some((k) => locks.has(k))) return <>{children}</>;
  return (
    <fieldset class="pcx-locked" disabled data-locked={keys.join(' ')} aria-describedby={id}>
      <legend class="pcx-locked__legend">
        <LockIcon />
        {t('app.managed.locked')}
      </legend>
      <p id={id} class="pcx-hint pcx-flush">
        {t('app.managed.lockedHint')}
      </p>
      {children}
    </fieldset>
  );
}

/** At the top of options: how many settings IT sets, and the policy entries that could not apply. */
export function ManagedSummary() {
  const { t } = useI18n();
  const { locks, problems } = useManaged();
  if (locks.size === 0 && problems.length === 0) return null;
  return (
    <div class="pcx-stack" data-testid="managed-summary">
      {locks.size > 0 && (
        <p class="pcx-banner" role="status">
          <LockIcon /> {t('app.managed.summary', { n: locks.size })}
        </p>
      )}
      {problems.length > 0 && (
        <p class="pcx-warning" role="alert">
          {t('app.managed.problems', {
            list: problems
              .map((p) => t(`app.managed.reason.${p.reason}`, { policy: p.policy }))
              .join(' · '),
          })}
        </p>
      )}
    </div>
  );
}
