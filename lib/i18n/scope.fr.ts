import type { scopeEn } from './scope.en';

export const scopeFr: Record<keyof typeof scopeEn, string> = {
  'scope.unlisted':
    '{product} {version} : absent de nos données — vérifiez vous-même son cycle de vie.',
};
