import type { shellEn } from './shell.en';

/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellFr: Record<keyof typeof shellEn, string> = {
  'shell.sidePanel.open': 'Panneau latéral',
  'shell.draft.restored': 'Votre brouillon non enregistré est revenu.',
  'shell.draft.discard': 'Abandonner le brouillon',
};
