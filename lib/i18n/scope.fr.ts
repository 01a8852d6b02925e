import type { scopeEn } from './scope.en';

export const scopeFr: Record<keyof typeof scopeEn, string> = {};
