import type { appEn } from './app.en';

export const appFr: Record<keyof typeof appEn, string> = {};
