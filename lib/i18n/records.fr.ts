import type { recordsEn } from './records.en';

/** Records you can correct: delete, undo, a ticket's and a pack's history, capture by paste. */
export const recordsFr: Record<keyof typeof recordsEn, string> = {
  'app.undo': 'Annuler',
  'app.undo.dismiss': 'Fermer',
};
