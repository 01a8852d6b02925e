import type { Feature } from '../../lib/platform/content-runtime';
import { detectSupportForBusiness } from '../../lib/portals/support-for-business';
import { eligibilityBadge } from './eligibility-badge';
import { sfbPreview } from './sfb-preview';
import type { PortalBinding } from './shared';

/**
 * Support for business: the N-1 eligibility badge with the ledger offer for "Types of Support",
 * the note on unavailable plans, and the professional first-response preview (the only script
 * with lifecycle data).
 */
export const supportForBusinessFeatures: Feature[] = [eligibilityBadge, sfbPreview];

/** The one portal this script detects (see `bindPortal`). */
export const supportForBusinessPortal: PortalBinding = { detect: detectSupportForBusiness };
