import type { helpersEn } from './helpers.en';

export const helpersFr: Record<keyof typeof helpersEn, string> = {};
