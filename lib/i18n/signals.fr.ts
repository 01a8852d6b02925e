import type { signalsEn } from './signals.en';

/** Signals outside the popup: the toolbar badge and title, notification buttons, the scheduled reminders. */
export const signalsFr: Record<keyof typeof signalsEn, string> = {
  'signals.badge.overdue': '{count} en retard',
  'signals.badge.soon': '{count} à échéance sous {minutes} min',
  'signals.badge.next': 'prochaine échéance {time}',
  'signals.badge.none': 'rien en attente de Microsoft',
  'signals.button.responded': 'Marquer comme répondu',
  'signals.button.snooze': 'Rappeler dans {minutes} min',
  'signals.test.title': 'Rappel de test PCX',
  'signals.test.body':
    'Les rappels vous parviennent : c’est ainsi qu’apparaîtra un rappel de première réponse.',
  'signals.scheduled.heading': 'Rappels programmés',
  'signals.scheduled.refresh': 'Actualiser',
  'signals.scheduled.none': 'Aucun rappel n’est programmé.',
  'signals.scheduled.when': 'Quand',
  'signals.scheduled.what': 'Rappel',
  'signals.scheduled.record': 'Ticket ou pack',
  'signals.scheduled.showAll': 'Afficher les {count}',
  'signals.test.send': 'Envoyer un rappel de test',
  'signals.test.sent':
    'Rappel de test envoyé. S’il n’est pas apparu, vérifiez que le système autorise les notifications du navigateur.',
  'signals.test.blocked':
    'Le navigateur n’a pas affiché le rappel de test : vérifiez ses réglages de notifications.',
  'signals.kind.due': 'Avant l’échéance de première réponse',
  'signals.kind.breach': 'Première réponse en retard',
  'signals.kind.snooze': 'Rappel reporté',
  'signals.kind.pack-30': 'Le pack expire dans 30 jours',
  'signals.kind.pack-7': 'Le pack expire dans 7 jours',
  'signals.kind.pack-unused': 'Incidents inutilisés avant expiration',
};
