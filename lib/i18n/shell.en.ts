/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellEn = {} as const;
