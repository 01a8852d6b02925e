/** Records you can correct: delete, undo, a ticket's and a pack's history, capture by paste. */
export const recordsEn = {
  'app.undo': 'Undo',
  'app.undo.dismiss': 'Dismiss',
  'app.undo.status': 'Status set to {status}.',
  'app.undo.unlinked': 'Incident given back to {pack}.',
  'app.undo.deleted': 'Ticket “{title}” deleted.',
  'app.undo.restored': 'Ticket restored.',
  'app.undo.restoredNoNumber':
    'Ticket restored without its request number: another ticket has it now.',
  'app.ticket.delete': 'Delete ticket',
  'app.ticket.deleteConfirm': 'Delete for good?',
  'app.ticket.numberPasteHint': 'Optional. Paste a number or the request’s portal link.',
  'error.undo-stale': 'It changed since: nothing was undone.',
} as const;
