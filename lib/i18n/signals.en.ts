/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsEn = {} as const;
