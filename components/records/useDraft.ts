import { useEffect, useRef, useState } from 'preact/hooks';
import { draftItems } from '../../lib/platform/storage';

/**
 * A dialog's form state: the draft, its field errors and the save error, all reset to `initial()`
 * whenever the dialog opens (or opens on another record).
 *
 * With a `kind`, the draft is also kept in session storage at every change the agent makes, so
 * that closing the popup (a click on the portal to copy a number) or pressing Esc never loses it:
 * the next opening of the same dialog on the same record (or a new one) brings it back, says so
 * (`restored`), and offers `discard`. A saved dialog calls `discard` too. Only the fields of
 * `initial()` are taken back, so a draft from an older version cannot add fields.
 */
export function useDraft<D extends object>(
  open: boolean,
  recordId: string | undefined,
  initial: () => D,
  /** Which dialog this is (`ticket`, `pack`): the key its unsaved draft is kept under. */
  kind?: string,
) {
  const [draft, setDraftState] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof D, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const key = kind ? `${kind}:${recordId ?? 'new'}` : null;
  // Whether the agent changed something since the dialog opened (only then is a draft kept).
  const touched = useRef(false);
  useEffect(() => {
    if (!open) return;
    const fresh = initial();
    setDraftState(fresh);
    setErrors({});
    setSaveError(null);
    setRestored(false);
    touched.current = false;
    if (!key) return;
    let live = true;
    void draftItems
      .item(key)
      .getValue()
      .then((kept) => {
        if (!live || !kept || touched.current) return;
        const back = { ...fresh };
        for (const field of Object.keys(fresh) as (keyof D)[]) {
          const value = kept.value[field as string];
          if (value !== undefined && (value === null || typeof value !== 'object')) {
            back[field] = value as D[keyof D];
          }
        }
        setDraftState(back);
        setRestored(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [open, recordId]);

  useEffect(() => {
    if (!open || !key || !touched.current) return;
    void draftItems
      .setValue(key, { at: Date.now(), value: { ...draft } as Record<string, unknown> })
      .catch(() => {});
  }, [draft]);

  const setDraft = (next: D | ((d: D) => D)) => {
    touched.current = true;
    setDraftState(next);
  };
  const set = <K extends keyof D>(field: K, value: D[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  /** Forgets the kept draft (saved, or thrown away); with `reset`, the form goes back too. */
  const discard = (reset = false) => {
    touched.current = false;
    setRestored(false);
    if (reset) setDraftState(initial());
    if (key) void draftItems.removeValue(key).catch(() => {});
  };
  return { draft, setDraft, set, errors, setErrors, saveError, setSaveError, restored, discard };
}
