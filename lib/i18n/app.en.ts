/** Strings of the popup and options pages. */
export const appEn = {} as const;
