import type { shellEn } from './shell.en';

/** The side panel, the first-run setup, drafts that survive closing, the keyboard. */
export const shellFr: Record<keyof typeof shellEn, string> = {
  'shell.sidePanel.open': 'Panneau latéral',
  'shell.draft.restored': 'Votre brouillon non enregistré est revenu.',
  'shell.draft.discard': 'Abandonner le brouillon',
  'shell.setup.heading': 'Configurer PCX',
  'shell.setup.intro':
    'Trois étapes, quelques minutes : elles rendent justes pour votre société l’alerte de contexte, chaque échéance et chaque vérification de pack. Tout se modifie ensuite dans ces options.',
  'shell.setup.stepOf': 'Étape {n} sur {total} :',
  'shell.setup.step.profile': 'votre profil partenaire, vos domaines et tenants',
  'shell.setup.step.hours': 'heures ouvrées et jours fériés',
  'shell.setup.step.packs': 'les packs de support achetés',
  'shell.setup.back': 'Retour',
  'shell.setup.next': 'Suivant',
  'shell.setup.finish': 'Terminer la configuration',
  'shell.setup.skip': 'Plus tard',
  'shell.setup.packs.heading': 'Packs de support',
  'shell.setup.packs.intro':
    'Les packs d’incidents de support achetés par votre société (paiement à l’incident, avantages partenaire) : PCX indique sur lequel un ticket peut être imputé et vous prévient avant leur expiration.',
  'shell.setup.packs.none':
    'Aucun pack pour l’instant. Ajoutez-en un maintenant, ou plus tard depuis la fenêtre PCX.',
  'shell.setup.packs.add': 'Ajouter un pack',
  'shell.setup.packs.left':
    '{left, plural, one {# sur {total} restant} other {# sur {total} restants}}',
  'shell.setup.popup':
    'PCX n’est pas encore configuré : votre profil, vos heures ouvrées et vos packs rendent chaque verdict juste.',
  'shell.setup.popupLink': 'Terminer la configuration',
};
