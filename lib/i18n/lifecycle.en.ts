/** Lifecycle verdict wording that came with the complete lifecycle data. */
export const lifecycleEn = {
  'reason.kept-current-modern':
    'Kept current under the Modern Lifecycle Policy: supported while it is kept up to date.',
} as const;
