import type { coversEn } from './covers.en';

/** Ce que couvre le support Microsoft : les règles des documents sources, là où l’agent en a besoin. */
export const coversFr: Record<keyof typeof coversEn, string> = {
  'covers.title': 'Ce que couvre le support Microsoft',
  'covers.link': 'Ce que couvre le support Microsoft',
  'covers.intro':
    'Les règles de Microsoft pour les demandes que vous déposez, telles que les énoncent son guide partenaire CSP et la FAQ du support professionnel. PCX vous rappelle chacune là où vous en avez besoin.',
  'covers.csp.heading': 'Demande au nom d’un client (Fournisseur de solutions Cloud)',
  'covers.csp.route':
    'Déposez la demande depuis l’Espace partenaires : Clients, le client, Gestion des services, puis le service concerné. L’Espace partenaires vous envoie vers le portail Azure ou le Centre d’administration Microsoft 365, dans le locataire du client.',
  'covers.csp.billing':
    'La même voie sert aussi aux problèmes et litiges de facturation et aux cas de fraude : déposez-les comme une demande de service pour le client.',
  'covers.csp.noPhone':
    'Pas de demande par téléphone : le support téléphonique n’est pas proposé pour le programme CSP. Déposez la demande en ligne.',
  'covers.csp.contact': 'Indiquez vos propres coordonnées, pas celles du client.',
  'covers.csp.own':
    'Votre droit au support CSP ne comprend pas le support de vos propres abonnements partenaire. Pour ceux-ci, vous devez fournir un justificatif de droit au support, par exemple un ID de contrat MPN (programme partenaire), un ID de contrat Premier ou une formule d’assistance Azure.',
  'covers.pro.heading': 'Support professionnel (paiement par incident) et packs de 5 incidents',
  'covers.pro.incident':
    'Un incident est un problème de support unique, qui ne peut pas être divisé. Un problème qui se divise en plusieurs compte pour plusieurs incidents.',
  'covers.pro.sameAccount':
    'Pour soumettre un incident d’un pack de 5, connectez-vous avec le même compte Microsoft que celui qui a servi à acheter le pack.',
  'covers.pro.buyerLeft':
    'Si la personne qui a acheté le pack de 5 a quitté l’entreprise et que vous n’avez pas accès à ce compte, contactez Microsoft avec le numéro de confirmation de commande comme preuve d’achat pour accéder aux incidents restants.',
  'covers.pro.expiry': 'Les incidents d’un pack de 5 expirent un an après l’achat.',
  'covers.pro.creditCard':
    'Les questions de facturation d’un achat par carte de crédit se posent sur le site du compte Microsoft, pas au support :',
  'covers.pro.taxExempt':
    'Client exonéré d’impôts ? Les documents d’exonération fiscale s’envoient à part, comme l’explique Microsoft :',
  'covers.pro.taxExemptLink':
    'Comment fournir des documents d’exonération fiscale au support Microsoft',
  'covers.notCovered.heading': 'Ce que le support professionnel ne couvre pas',
  'covers.notCovered.features': 'les propositions de fonctionnalités du produit ;',
  'covers.notCovered.onsite': 'le support sur place ;',
  'covers.notCovered.rca': 'l’analyse des causes initiales ;',
  'covers.notCovered.lifecycle': 'les produits qui ne bénéficient plus d’un support ;',
  'covers.notCovered.code': 'la rédaction ou l’examen de code personnalisé ;',
  'covers.notCovered.developer':
    'le support des développeurs pour les compléments Office 365, les API, etc., y compris Microsoft Graph.',
  'covers.where.heading': 'Où PCX vous le rappelle',
  'covers.where.banner':
    'Portail Azure et Centre d’administration Microsoft 365 : le bandeau de contexte (facturation, litiges et fraude ; pas de téléphone ; vos propres abonnements).',
  'covers.where.sfb':
    'Support pour les entreprises : sous le badge d’éligibilité (le compte qui a acheté un pack de 5, le numéro de confirmation de commande, la facturation par carte, l’exonération fiscale).',
  'covers.where.pack':
    'Fenêtre de l’extension, Packs : la fiche d’un pack enregistre le compte qui l’a acheté et son numéro de confirmation de commande.',
  'covers.sources.heading': 'Sources',
  'covers.sources.pro':
    'Microsoft : FAQ du support pour les entreprises (support professionnel, paiement par incident)',
  'covers.sources.csp':
    'Le guide partenaire CSP de Microsoft « Signaler des problèmes au nom d’un client » (documentation de l’Espace partenaires).',

  'covers.pack.accountKindHint':
    'Le paiement par incident n’est pas proposé aux connexions professionnelles (Microsoft Entra) à cause d’un problème connu (KB 4490370) : Microsoft indique d’utiliser un compte Microsoft personnel.',
  'covers.pack.buyer': 'Compte Microsoft qui l’a acheté',
  'covers.pack.buyerHint':
    'Les incidents d’un pack de 5 ne s’utilisent que connecté avec le compte qui l’a acheté. PCX vous prévient sur le Support pour les entreprises quand un autre compte est connecté.',
  'covers.pack.orderHint':
    'La preuve d’achat : si l’acheteur quitte l’entreprise, Microsoft demande ce numéro pour accéder aux incidents restants.',

  'covers.badge.title': 'Avant de déposer la demande',
  'covers.badge.mismatch':
    'Cette page indique {signedIn} comme compte connecté, mais {pack} a été acheté avec {buyer}. Ses incidents ne s’utilisent que connecté avec ce même compte Microsoft.',
  'covers.badge.match': '{pack} a été acheté avec {buyer}, le compte connecté ici.',
  'covers.badge.unread':
    '{pack} a été acheté avec {buyer} : ses incidents ne s’utilisent que connecté avec ce compte. PCX ne peut pas lire quel compte est connecté sur cette page.',
  'covers.badge.noBuyer':
    '{pack} : PCX ne sait pas quel compte Microsoft l’a acheté. Ses incidents ne s’utilisent que connecté avec ce compte : enregistrez-le avec le pack (fenêtre de l’extension, Packs).',
  'covers.badge.orderNumber':
    'Si l’acheteur a quitté l’entreprise et que vous n’avez pas accès à ce compte, contactez Microsoft avec le numéro de confirmation de commande du pack (conservé avec le pack dans PCX) comme preuve d’achat.',
};
