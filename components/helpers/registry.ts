import type { Feature } from '../../lib/platform/content-runtime';

/**
 * Every in-page helper, registered per portal in one list (refined-github style). A helper is a
 * `Feature` in its own file in this folder.
 */
export const partnerCenterFeatures: Feature[] = [];
export const azurePortalFeatures: Feature[] = [];
export const m365AdminFeatures: Feature[] = [];
export const supportForBusinessFeatures: Feature[] = [];
