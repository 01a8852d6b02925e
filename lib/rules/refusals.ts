import type { CoverageRefusal } from './coverage';

/**
 * A refusal as the error code the surfaces translate (`error.<code>`): `pack-expired` and
 * `pack-empty` as for any spending, `not-covered-<reason>` for the rest.
 */
export function refusalCode(reason: CoverageRefusal): string {
  if (reason === 'expired') return 'pack-expired';
  if (reason === 'no-incidents-left') return 'pack-empty';
  return `not-covered-${reason}`;
}
