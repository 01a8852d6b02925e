import type { whyEn } from './why.en';

/** Les sujets « Pourquoi ? » de la page des règles : la règle derrière le verdict de chaque assistant. */
export const whyFr: Record<keyof typeof whyEn, string> = {
  'why.heading': 'Pourquoi PCX le dit',
  'why.intro':
    'Chaque assistant sur les pages de Microsoft s’appuie sur l’une de ces règles. Son « Pourquoi ? » ouvre la règle ici.',
  'why.first-response.title': 'Quand la première réponse est attendue',
  'why.first-response.body':
    'La gravité est votre propre évaluation de l’impact sur l’activité au moment du dépôt. Pour la demande d’un client (Fournisseur de solutions Cloud), la première réponse de Microsoft est attendue sous 2, 4 ou 8 heures pour les gravités A, B ou C. Pour votre propre organisation (support professionnel), A est attendue sous 2 heures, comptées 24 h/24 ou en heures ouvrées selon votre choix, B et C sous 4 et 8 heures ouvrées. Une question CSP qui n’est pas une panne (conseil, question pratique) peut attendre jusqu’à un jour ouvré, et le support dans une autre langue que l’anglais n’a lieu qu’en heures ouvrées.',
  'why.first-response.how':
    'PCX compte les heures ouvrées avec les horaires, le fuseau et les jours fériés de ses options, et nomme la règle appliquée à côté de chaque échéance.',
  'why.plan.title': 'Quelle formule d’assistance',
  'why.plan.body':
    'Une demande déposée dans le locataire d’un client relève de la formule Fournisseur de solutions Cloud : votre droit CSP la couvre. Le droit CSP ne couvre pas vos propres abonnements : dans votre propre locataire, choisissez une autre formule et préparez la preuve d’un autre droit (numéro de contrat du programme partenaire, contrat Premier ou Unified, plan de support Azure).',
  'why.contact.title': 'Quelles coordonnées',
  'why.contact.body':
    'Sur la demande d’un client, indiquez vos propres coordonnées, pas celles du client : vous êtes son premier niveau de support, et c’est à vous que Microsoft répond. PCX les remplit depuis le profil du partenaire de ses options, et seulement quand vous cliquez.',
  'why.context.title': 'Dans quel locataire vous êtes',
  'why.context.body':
    'Pour déposer une demande pour un client, ouvrez le portail Azure ou le centre d’administration Microsoft 365 depuis l’Espace partenaires (Clients, le client, Gestion des services) : le portail s’ouvre alors dans le locataire du client. Ouvert directement, il montre votre propre locataire, ce qui ne convient qu’à vos propres abonnements. PCX lit le locataire dans l’adresse, dans ce que l’onglet a retenu depuis que l’Espace partenaires l’a ouvert, ou dans l’annuaire affiché par le portail ; quand rien ne l’indique, il demande au lieu de deviner.',
  'why.n-1.title': 'Quelles versions un pack partenaire couvre (N-1)',
  'why.n-1.body':
    'Les packs du programme partenaire (Partner On-premises Support 20, Gold, Silver, MAPS) ne couvrent que des produits locaux, et seulement la version actuelle (N) et la précédente (N-1), chacune tant que dure son support standard. Les versions plus anciennes et les produits en support étendu demandent un support payant, comme le paiement par incident, qui couvre un produit en support standard ou étendu. Ces packs ne couvrent jamais les produits cloud. PCX calcule le verdict à partir des dates de cycle de vie de Microsoft, au jour concerné.',
  'why.scope.title': 'Ce que couvre un incident',
  'why.scope.body':
    'Un incident est un problème de support unique, qui ne peut pas être divisé : un problème fait de plusieurs est compté comme plusieurs incidents. Ne sont pas couverts : les demandes de fonctionnalité, le support sur site, l’analyse de cause première, les produits hors support, l’écriture ou la revue de code personnalisé, et le support développeur des compléments Office, des API et de Microsoft Graph. PCX signale ces cas dans le titre et la description d’une demande : une indication, jamais un refus.',
  'why.packs.title': 'Quand un pack consomme un incident',
  'why.packs.body':
    'Un ticket consomme un incident d’un pack seulement quand ce pack le couvre : une demande de support professionnel (les demandes CSP ne coûtent aucun incident), un produit local pour les packs du programme partenaire et le paiement par incident, et une version qui passe la règle N-1 pour les packs partenaires. Un pack de 5 ne s’utilise qu’avec le compte Microsoft qui l’a acheté, et seulement les jours qui précèdent son expiration, un an après l’achat. PCX compte ces jours dans le fuseau de vos heures ouvrées.',
} as const;
