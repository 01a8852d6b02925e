import type { Feature } from '../../lib/platform/content-runtime';
import { eligibilityBadge } from './eligibility-badge';

/** Support for business: the N-1 eligibility badge and note (the only script with lifecycle data). */
export const supportForBusinessFeatures: Feature[] = [eligibilityBadge];
