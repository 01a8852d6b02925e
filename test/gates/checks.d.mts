// Types for the parts of the release gates that TypeScript tests import.
/** The portal hosts of the manifest, sorted: what the release gate accepts and nothing else. */
export const EXPECTED_HOSTS: string[];
export const EXPECTED_PERMISSIONS: string[];
export const ALLOWED_LINK_HOSTS: string[];
