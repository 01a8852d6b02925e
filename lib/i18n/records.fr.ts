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
};
