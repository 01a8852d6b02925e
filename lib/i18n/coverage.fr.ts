import type { coverageEn } from './coverage.en';

export const coverageFr: Record<keyof typeof coverageEn, string> = {};
