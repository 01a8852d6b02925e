import type { lifecycleEn } from './lifecycle.en';

export const lifecycleFr: Record<keyof typeof lifecycleEn, string> = {
  'reason.kept-current-modern':
    'Maintenu à jour selon la Politique de cycle de vie moderne : pris en charge tant qu’il est tenu à jour.',
};
