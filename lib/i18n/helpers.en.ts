/** Strings of the in-page helpers. */
export const helpersEn = {} as const;
