/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsEn = {
  'signals.badge.overdue': '{count} overdue',
  'signals.badge.soon': '{count} due within {minutes} min',
  'signals.badge.next': 'next due {time}',
  'signals.badge.none': 'nothing awaiting Microsoft',
  'signals.button.responded': 'Mark responded',
  'signals.button.snooze': 'Snooze {minutes} min',
} as const;
