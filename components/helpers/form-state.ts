import type { ContactUsed, Program, Severity } from '../../lib/history/types';
import type { PageContext } from './shared';

/**
 * The last-read state of a request form, kept in memory by the content script of the frame that
 * shows the form. The Azure wizard replaces its form with a confirmation (and a navigation to the
 * request's details): capture needs what the form said just before. Never persisted, never posted
 * anywhere but to the background, with the capture.
 */
export interface FormSnapshot {
  context: PageContext;
  title: string | null;
  severity: Severity | null;
  breakFix: boolean;
  supportLanguage: 'english' | 'local' | null;
  coverage: 'around-the-clock' | 'business-hours' | null;
  contact: ContactUsed | null;
  /**
   * The program the agent gave where the page did not tell whose tenant the request is for (the
   * severity picker asks); null = nobody said, and the capture records 'unknown'.
   */
  programChosen: Program | null;
  /** `Date.now()` of the last update: a stale snapshot is not a confirmation's form. */
  updatedAt: number;
}

let snapshot: FormSnapshot | null = null;
/** Request numbers this frame already captured (the background deduplicates too). */
const captured = new Set<string>();

export function updateForm(context: PageContext, patch: Partial<Omit<FormSnapshot, 'context'>>) {
  const base: FormSnapshot =
    snapshot && snapshot.context.detection.portal === context.detection.portal
      ? snapshot
      : {
          context,
          title: null,
          severity: null,
          breakFix: true,
          supportLanguage: null,
          coverage: null,
          contact: null,
          programChosen: null,
          updatedAt: 0,
        };
  // Fields of other wizard tabs are not in the page any more: keep what was read before.
  const kept = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== null && v !== undefined),
  );
  snapshot = { ...base, ...kept, context, updatedAt: Date.now() };
}

export function currentForm(maxAgeMs = 30 * 60 * 1000): FormSnapshot | null {
  if (!snapshot || Date.now() - snapshot.updatedAt > maxAgeMs) return null;
  return snapshot;
}

export function clearForm() {
  snapshot = null;
}

export function wasCaptured(number: string): boolean {
  return captured.has(number);
}

export function markCaptured(number: string) {
  captured.add(number);
}
