import type { coversEn } from './covers.en';

export const coversFr: Record<keyof typeof coversEn, string> = {};
