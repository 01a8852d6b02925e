/** Finding tickets: search, filters, sort, compact rows, the closed view. */
export const findEn = {} as const;
