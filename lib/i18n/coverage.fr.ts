import type { coverageEn } from './coverage.en';

export const coverageFr: Record<keyof typeof coverageEn, string> = {
  'coverage.covers': 'Couvre ce ticket',
  'error.not-covered-csp-costs-nothing':
    'Une demande Fournisseur de solutions Cloud ne coûte aucun incident : Microsoft la prend en charge au titre du contrat CSP.',
  'error.not-covered-program-unknown':
    'Nous ne savons pas dans quel locataire cette demande a été déposée. Indiquez d’abord le programme du ticket : le locataire d’un client relève du Fournisseur de solutions Cloud (aucun incident), le vôtre du support professionnel.',
  'error.not-covered-cloud-ticket':
    'Un service cloud n’est pas couvert par ce pack : les packs partenaires sur site et le paiement par incident couvrent les produits sur site. Utilisez un plan de support cloud.',
  'error.not-covered-on-premises-ticket':
    'Un plan de support cloud ne couvre pas les produits sur site. Utilisez un pack sur site ou le paiement par incident.',
  'error.not-covered-version-needed':
    'Ce pack suit la politique N-1 : indiquez le produit et la version du ticket pour qu’elle puisse être vérifiée.',
  'error.not-covered-not-in-our-data':
    'Cette version du produit ne figure pas dans nos données de cycle de vie : la règle N-1 ne peut pas être vérifiée. Consultez les pages de cycle de vie de Microsoft.',
  'error.not-covered-not-eligible':
    'Ce pack ne couvre pas cette version du produit à la date de dépôt du ticket.',
  'coverage.notEligibleBecause': 'Au {date} : {reason}',
  'coverage.spendAnyway': 'Utiliser quand même…',
  'coverage.overrideTitle': 'Utiliser un incident quand même ?',
  'coverage.overrideBody':
    'Selon les règles, ce pack ne couvre pas ce ticket. N’utilisez un de ses incidents que si Microsoft l’a accepté. Votre motif est conservé dans le journal des modifications.',
  'coverage.overrideNote': 'Pourquoi ce pack le paie',
  'coverage.overrideNoteHint': 'Au moins 3 caractères, par exemple qui chez Microsoft l’a accepté.',
  'coverage.overrideConfirm': 'Utiliser un incident',
  'coverage.overridden': 'Utilisé quand même (motif dans le journal)',
};
