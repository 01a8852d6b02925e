import type { Language } from './translate';

/**
 * The one text shown when the extension is gone from under an open tab (updated or reloaded):
 * it is bundled into every content script, because by then nothing can be asked or read.
 */
export const UPDATE_NOTICE: Record<Language, { text: string; dismiss: string }> = {
  en: {
    text: 'PCX was updated, reload this tab to use it again.',
    dismiss: 'Dismiss this notice',
  },
  fr: {
    text: 'PCX a été mis à jour : rechargez cet onglet pour vous en servir à nouveau.',
    dismiss: 'Fermer cet avis',
  },
};
