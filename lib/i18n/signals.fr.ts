import type { signalsEn } from './signals.en';

/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsFr: Record<keyof typeof signalsEn, string> = {
  'signals.badge.overdue': '{count} en retard',
  'signals.badge.soon': '{count} à échéance sous {minutes} min',
  'signals.badge.next': 'prochaine échéance {time}',
  'signals.badge.none': 'rien en attente de Microsoft',
  'signals.button.responded': 'Marquer comme répondu',
  'signals.button.snooze': 'Rappeler dans {minutes} min',
};
