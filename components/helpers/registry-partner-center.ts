import type { Feature } from '../../lib/platform/content-runtime';
import { partnerCenterContext } from './context-recorder';

/** Partner Center's features (own module: each content script bundles only its portal's list). */
export const partnerCenterFeatures: Feature[] = [partnerCenterContext];
