/** Scope hints: topics, their explanations and what the hint says of a product version. */
export const scopeEn = {
  'scope.unlisted': '{product} {version}: not in our data — check its lifecycle yourself.',
} as const;
