import type { coreEn } from './core.en';

export const coreFr: Record<keyof typeof coreEn, string> = {
  'app.name': 'PCX',
  'app.tagline': 'Compagnon de support pour l’Espace partenaires',

  'lang.browser': 'Langue du navigateur',
  'lang.en': 'Anglais',
  'lang.fr': 'Français',

  'state.ok': 'OK',
  'state.warning': 'À vérifier',
  'state.unknown': 'Impossible à déterminer',

  'error.generic': 'Un problème est survenu : {detail}',
  'error.foreign-sender': 'Message refusé : il ne provient pas de cette extension.',
  'error.unknown-type': 'Message refusé : demande inconnue.',
  'error.forbidden-for-sender': 'Message refusé : cette page ne peut pas demander cela.',
  'error.too-large': 'Message refusé : il est trop volumineux.',
  'error.invalid-payload': 'Message refusé : contenu mal formé ({detail}).',
  'error.incognito': 'Rien n’est enregistré depuis les fenêtres de navigation privée.',
  'error.no-handler': 'Cette demande n’est pas encore disponible.',
  'error.handler-failed': 'La demande a échoué : {detail}',
};
