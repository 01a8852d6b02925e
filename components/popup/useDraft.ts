import { useEffect, useState } from 'preact/hooks';

/**
 * A dialog's form state: the draft, its field errors and the save error, all reset to `initial()`
 * whenever the dialog opens (or opens on another record).
 */
export function useDraft<D extends object>(
  open: boolean,
  recordId: string | undefined,
  initial: () => D,
  /** Which dialog this is (`ticket`, `pack`): the key its unsaved draft is kept under. */
  _kind?: string,
) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof D, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setDraft(initial());
      setErrors({});
      setSaveError(null);
    }
  }, [open, recordId]);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, setDraft, set, errors, setErrors, saveError, setSaveError };
}
