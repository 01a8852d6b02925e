/**
 * The control-family API (issue: "read and drive the controls Microsoft really renders"). A helper
 * never touches a portal's control directly: it finds it by label, reads it, lists its options and
 * picks through the family that rendered it. A new UI library means one new family module.
 */

export type FamilyId =
  | 'native-select'
  | 'radio-group'
  | 'aria-combobox'
  | 'ibiza-dropdown'
  | 'checkable'
  | 'text-input';

/** A control found on the page, with the family that knows how to drive it. */
export interface Control {
  readonly family: FamilyId;
  readonly element: HTMLElement;
}

/** Chooses one option among the labels a control offers: its index, or -1 for none. */
export type OptionChooser = (labels: readonly string[]) => number;

export type PickFailure =
  /** The control is disabled or read-only. */
  | 'disabled'
  /** No option the chooser accepts. */
  | 'no-option'
  /** The popup that holds the options did not appear in time. */
  | 'no-popup'
  /** The gesture was made but the portal's own value did not change. */
  | 'unchanged'
  /** The page navigated (or the control left the page) while picking. */
  | 'navigated'
  /** The caller gave up (its signal aborted). */
  | 'aborted';

export type PickResult = { ok: true; value: string | null } | { ok: false; reason: PickFailure };

export interface DriveOptions {
  signal?: AbortSignal;
  /** How long to wait for a popup that opens asynchronously (default 3 s: some open 2 s late). */
  popupTimeoutMs?: number;
  /** How long to wait for the portal's own value to change after the gesture (default 1.5 s). */
  confirmTimeoutMs?: number;
}

/** What a family module provides. `claims` decides which family a found element belongs to. */
export interface ControlFamily {
  readonly id: FamilyId;
  /** Is this element (already known to be a labelled, visible candidate) one of ours? */
  claims(el: Element): boolean;
  /** The value a person sees, from the value element or the ARIA state, never decoration. */
  read(el: HTMLElement): string | null;
  /** The option labels, opening and closing the list when the library renders it only while open. */
  options(el: HTMLElement, options: DriveOptions): Promise<string[]>;
  /** Picks an option with the gestures a person makes, and confirms the portal's value changed. */
  pick(el: HTMLElement, choose: OptionChooser, options: DriveOptions): Promise<PickResult>;
}
