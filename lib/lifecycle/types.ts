/** A calendar date, `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

export type Policy = 'fixed' | 'modern';

/**
 * `fixed`: mainstream then extended support. `fixed-mainstream-only`: LTSC releases, no extended
 * phase. `modern-on-prem`: kept current by updates, supported until a retirement date if any.
 * `modern-online`: a cloud service.
 */
/** Facts a row may have derived rather than read from its source (see `LifecycleRow.inferred`). */
export type InferableField =
  | 'releaseDate'
  | 'mainstreamEnd'
  | 'extendedEnd'
  | 'retirementDate'
  | 'esuEnd'
  | 'earliestPossibleEndOfSupport';

export type PolicySubtype = 'fixed' | 'fixed-mainstream-only' | 'modern-on-prem' | 'modern-online';

/**
 * One product version from `test/fixtures/reference/lifecycle.json` (domain.md §6). End dates are
 * the last day of their phase. Nullable dates are unknown or not applicable: the generator checks
 * that they are consistent with the policy, so the rules can rely on it.
 */
export interface LifecycleRow {
  product: string;
  version: string;
  /** Null when the release date is not known: such a row counts as not released. */
  releaseDate: IsoDate | null;
  mainstreamEnd: IsoDate | null;
  extendedEnd: IsoDate | null;
  policy: Policy;
  policySubtype: PolicySubtype;
  /** The reference marks some subtypes as `assumed` or `inferred` rather than read from Microsoft. */
  policySubtypeCertainty?: 'assumed' | 'inferred';
  /** Last supported day of a modern-policy product that Microsoft has scheduled to retire. */
  retirementDate?: IsoDate;
  /** Paid security updates only: never counted as support. */
  esuEnd?: IsoDate;
  esuSource?: string;
  /** A floor Microsoft has promised, not an end date: support goes on while the product is current. */
  earliestPossibleEndOfSupport?: IsoDate;
  notes?: string;
  /**
   * The facts of this row that were derived rather than read (e.g. a release date taken from the
   * product's sibling release), so a verdict built on them is known to rest on an inference.
   */
  inferred?: InferableField[];
  source: string;
}
