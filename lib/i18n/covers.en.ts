/** What Microsoft support covers: the rules of the source documents, where the agent needs them, and the page that lists them. */
export const coversEn = {} as const;
