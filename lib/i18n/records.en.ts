/** Records you can correct: delete, undo, a ticket's and a pack's history, capture by paste. */
export const recordsEn = {
  'app.undo': 'Undo',
  'app.undo.dismiss': 'Dismiss',
} as const;
