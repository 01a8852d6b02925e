import type { findEn } from './find.en';

/** Finding tickets: search, filters, sort, compact rows, the closed view. */
export const findFr: Record<keyof typeof findEn, string> = {
  'app.find.label': 'Trouver des tickets',
  'app.find.search': 'Rechercher des tickets',
  'app.find.placeholder': 'Rechercher numéro, titre, client, notes',
  'app.find.customer': 'Client',
  'app.find.anyCustomer': 'Tous les clients',
  'app.find.severity': 'Gravité',
  'app.find.anySeverity': 'Toutes gravités',
  'app.find.chip.severity': 'Gravité {severity}',
  'app.find.status': 'Statut',
  'app.find.anyStatus': 'Tous les statuts',
  'app.find.pack': 'Pack',
  'app.find.anyPack': 'Tous les packs',
  'app.find.noPack': 'Sans pack',
  'app.find.overdue': 'En retard',
  'app.find.sort': 'Trier par',
  'app.find.sort.due': 'Échéance',
  'app.find.sort.filed': 'Plus récents',
  'app.find.sort.customer': 'Client',
  'app.find.sort.severity': 'Gravité',
  'app.find.active': 'Filtres actifs',
  'app.find.remove': 'Retirer le filtre : {filter}',
  'app.find.clear': 'Effacer les filtres',
  'app.find.view.closed': 'Clos',
  'app.find.noMatch': 'Aucun ticket ne correspond.',
  'app.find.emptyClosed': 'Aucun ticket clos.',
  'app.find.typed.heading': 'Saisis à la main',
  'app.find.typed.intro':
    'Les clients nommés sur des tickets saisis par vous, pas encore vus dans un portail.',
  'app.find.typed.tickets':
    '{count, plural, one {# ticket, déposé le {when}} other {# tickets, dernier déposé le {when}}}',
  'app.find.typed.loadFailed': 'Ces clients n’ont pas pu être lus.',
} as const;
