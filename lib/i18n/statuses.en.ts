/** Statuses read from the portals' request lists and details, and the first-response record. */
export const statusesEn = {} as const;
