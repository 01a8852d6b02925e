import type { recordsEn } from './records.en';

/** Records you can correct: delete, undo, a ticket's and a pack's history, capture by paste. */
export const recordsFr: Record<keyof typeof recordsEn, string> = {
  'app.undo': 'Annuler',
  'app.undo.dismiss': 'Fermer',
  'app.undo.status': 'Statut passé à {status}.',
  'app.undo.unlinked': 'Incident rendu à {pack}.',
  'app.undo.deleted': 'Ticket « {title} » supprimé.',
  'app.undo.restored': 'Ticket rétabli.',
  'app.undo.restoredNoNumber':
    'Ticket rétabli sans son numéro de demande : un autre ticket le porte désormais.',
  'app.ticket.delete': 'Supprimer le ticket',
  'app.ticket.deleteConfirm': 'Supprimer définitivement ?',
  'app.ticket.numberPasteHint':
    'Facultatif. Collez un numéro ou le lien de la demande dans le portail.',
  'error.undo-stale': 'Cela a changé depuis : rien n’a été annulé.',
  'app.log.packHistory': 'Historique d’utilisation',
  'app.log.ticketHistory': 'Historique',
  'app.log.empty': 'Rien d’enregistré pour l’instant.',
  'app.log.more': 'Les entrées plus anciennes ne sont pas affichées.',
  'app.log.aTicket': 'un ticket',
  'app.log.deletedTicket': 'un ticket supprimé depuis',
  'app.log.ticketCaptured': 'Capturé depuis le portail.',
  'app.log.ticketAdded': 'Ajouté à la main.',
  'app.log.packAdded': 'Pack ajouté.',
  'app.log.edited': 'Modifié.',
  'app.log.spent':
    'Un incident consommé pour {ticket} ({used, plural, one {# utilisé} other {# utilisés}}).',
  'app.log.override': 'Consommé malgré tout : {reason}',
  'app.log.overrideNote': 'Raison donnée : « {note} ».',
  'app.log.refunded':
    'Incident rendu pour {ticket} ({used, plural, one {# utilisé} other {# utilisés}}).',
  'app.log.linked': 'Lié à un pack : un incident consommé.',
  'app.log.unlinked': 'Délié de son pack : l’incident rendu.',
  'app.log.linkRefused': 'Non lié au pack : {reason}',
  'app.log.status': 'Statut : {from} → {to}.',
  'app.log.restored': 'Restauré après une suppression.',
  'app.log.deleted': 'Supprimé.',
  'app.log.firstFromPortal': 'Première réponse {when}, lue sur le portail.',
  'app.log.portalStatus': 'Le portail l’affichait « {status} ».',
  'app.log.replyRead': 'Réponse de Microsoft du {when} lue sur le portail.',
  'app.log.replyDismissed': 'Réponse de Microsoft écartée.',
  'app.log.other': 'Modification enregistrée ({action}).',
};
