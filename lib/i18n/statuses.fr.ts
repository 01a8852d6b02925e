import type { statusesEn } from './statuses.en';

/** Statuses read from the portals' request lists and details, and the first-response record. */
export const statusesFr: Record<keyof typeof statusesEn, string> = {
  'app.helper.status-read.name': 'Statuts des demandes',
  'app.helper.status-read.desc':
    'Lit le statut et la dernière réponse de Microsoft de vos demandes enregistrées, dans les listes et le détail des demandes des portails.',
  'app.replies.legend':
    'Quand un portail montre que Microsoft a répondu à une demande qui attend sa première réponse',
  'app.replies.propose': 'Me le proposer dans la fenêtre',
  'app.replies.proposeHint':
    'Le ticket affiche l’heure de la réponse, avec Marquer comme répondu et Ignorer.',
  'app.replies.apply': 'Marquer aussitôt le ticket comme répondu',
  'app.replies.applyHint':
    'L’heure de la réponse est enregistrée comme première réponse ; ses rappels s’arrêtent.',
  'app.replies.proposal': 'Microsoft a répondu à {when} — marquer comme répondu ?',
  'app.replies.proposalFor': 'Réponse de Microsoft à {title}',
  'app.replies.accept': 'Marquer comme répondu',
  'app.replies.acceptFor': 'Marquer {title} comme répondu à {when}',
  'app.replies.dismiss': 'Ignorer',
  'app.replies.dismissFor': 'Ignorer la réponse de Microsoft à {title}',
  'app.replies.accepted': 'Marqué comme répondu : première réponse {when}.',
  'app.replies.dismissed': 'Ignorée. Une réponse plus récente sera de nouveau proposée.',
  'app.replies.firstResponse': 'Première réponse {when}',
  'app.replies.fromPortal': 'lue sur le portail',
  'app.replies.fromAgent': 'marquée par vous',
  'app.replies.met': 'dans les délais',
  'app.replies.missed': 'en retard',
  'app.replies.portalStatus': 'Portail : {status}',
  'portalStatus.open': 'Ouverte',
  'portalStatus.closed': 'Fermée',
  'portalStatus.attention-needed': 'En attente de votre réponse',
  'error.no-reply-proposed': 'Ce ticket n’a plus de réponse à marquer comme répondue.',
};
