/**
 * Every in-page helper, registered per portal in one list (refined-github style). A helper is a
 * `Feature` in its own file in this folder. Each portal's list lives in its own module so that a
 * content script imports (and bundles) only its own helpers: the entrypoints import those modules
 * directly; this file gathers them for anything that needs the whole picture (docs, demo).
 */
export { azurePortalFeatures } from './registry-azure-portal';
export { m365AdminFeatures } from './registry-m365-admin';
export { partnerCenterFeatures } from './registry-partner-center';
export { supportForBusinessFeatures } from './registry-support-for-business';
