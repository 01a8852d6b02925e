import type { findEn } from './find.en';

/** Finding tickets: search, filters, sort, compact rows, the closed view. */
export const findFr: Record<keyof typeof findEn, string> = {};
