import type { statusesEn } from './statuses.en';

/** Statuses read from the portals' request lists and details, and the first-response record. */
export const statusesFr: Record<keyof typeof statusesEn, string> = {};
