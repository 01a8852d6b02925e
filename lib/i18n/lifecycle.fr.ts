import type { lifecycleEn } from './lifecycle.en';

export const lifecycleFr: Record<keyof typeof lifecycleEn, string> = {};
