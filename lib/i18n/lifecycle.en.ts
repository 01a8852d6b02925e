/** Lifecycle verdict wording that came with the complete lifecycle data. */
export const lifecycleEn = {} as const;
