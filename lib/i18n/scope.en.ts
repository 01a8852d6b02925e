/** Scope hints: topics, their explanations and what the hint says of a product version. */
export const scopeEn = {} as const;
