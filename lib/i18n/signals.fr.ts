import type { signalsEn } from './signals.en';

/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsFr: Record<keyof typeof signalsEn, string> = {};
