import type { helpersEn } from './helpers.en';

/** Textes des assistants intégrés aux portails. */
export const helpersFr: Record<keyof typeof helpersEn, string> = {
  'card.mark': 'Ajouté par PCX',
  'card.hide': 'Masquer pour cette demande',
  'card.show': 'Afficher',
  'card.why': 'Pourquoi ?',
  'card.whyLabel': 'Pourquoi ? La règle appliquée, dans un nouvel onglet',
  'card.whyFailed':
    'La page des règles ne s’est pas ouverte. Rechargez cette page, puis réessayez.',
  'banner.customer.named': 'Demande dans le client {name} (Fournisseur de solutions Cloud).',
  'banner.customer.unnamed': 'Demande dans le client {tenant} (Fournisseur de solutions Cloud).',
  'banner.customer.body':
    'Cette demande relève de votre support CSP pour ce client. Indiquez vos propres coordonnées.',
  'banner.own.title': 'Vous êtes dans votre propre client, pas dans celui d’un client.',
  'banner.own.body':
    'Le droit au support CSP ne comprend pas le support de vos propres abonnements partenaire. Pour une demande sur votre propre abonnement, vous devez fournir un justificatif de droit au support, par exemple :',
  'banner.own.proof.contract': 'un ID de contrat MPN (programme partenaire) ;',
  'banner.own.proof.premier': 'un ID de contrat Premier ;',
  'banner.own.proof.plan': 'une formule d’assistance Azure.',
  'banner.own.back':
    'Demande pour un client ? Ouvrez la page Gestion des services de {name} dans l’Espace partenaires.',
  'banner.pending': 'Vérification du client concerné…',
  'banner.unknown.title': 'Dans quel locataire êtes-vous ?',
  'banner.unknown.body':
    'Cette page ne le dit pas. Vérifiez l’annuaire dans le menu du compte du portail : dans l’annuaire d’un client, la demande relève du CSP ; dans le vôtre, il faut un autre droit. Pour une demande au nom d’un client, partez de sa page Gestion des services dans l’Espace partenaires.',
  'banner.unknown.directory':
    'Le portail affiche l’annuaire « {name} », qui n’est ni l’un de vos locataires (Options, Profil) ni un client ouvert depuis l’Espace partenaires.',
  'banner.source.tab': 'Mémorisé pour cet onglet : il a été ouvert pour ce locataire.',
  'banner.source.directory': 'D’après l’annuaire affiché dans le menu du compte : {name}.',

  'planCheck.customer-csp':
    'Bonne formule : Fournisseur de solutions Cloud pour la demande d’un client.',
  'planCheck.customer-other':
    'Pour la demande d’un client, choisissez la formule « Fournisseur de solutions Cloud ».',
  'planCheck.own-csp':
    'Vous êtes dans votre propre client : la formule Fournisseur de solutions Cloud ne couvre pas vos abonnements. Choisissez la formule de votre propre droit.',
  'planCheck.own-other':
    'Votre propre client : une formule autre que Fournisseur de solutions Cloud convient.',
  'planCheck.unknown': 'Impossible de vérifier la formule d’assistance pour l’instant.',
  'planCheck.chooseCsp': 'Choisir Fournisseur de solutions Cloud',

  'planCheck.pickFailed':
    'Le portail n’a pas pris ce choix. Choisissez « Fournisseur de solutions Cloud » dans sa liste des plans de support.',
  'severityPicker.none': 'Choisissez une gravité pour voir l’échéance de la première réponse.',
  'severityPicker.notBreakFix': 'Pas une panne (conseil ou question pratique)',
  'severityPicker.whose': 'Pour quel locataire est cette demande ? La page ne l’indique pas.',
  'severityPicker.whoseCustomer': 'Celui d’un client (Fournisseur de solutions Cloud)',
  'severityPicker.whoseOwn': 'Le nôtre',
  'severityPicker.whoseNeeded':
    'Indiquez de quel locataire il s’agit pour voir le délai de première réponse : il dépend du programme de support. D’ici là, la demande est enregistrée sans échéance.',
  'severityPicker.due': 'Première réponse attendue au plus tard le {due}',
  'severityPicker.yourZone': 'votre fuseau horaire : {zone}',
  'severityPicker.yourZoneLine': 'Votre fuseau horaire : {zone}.',
  'severityPicker.compact': '{severity} · {due}',
  'severityPicker.dueThere': 'Dans le fuseau de la demande ({zone}) : {due}',
  'severityPicker.clock': 'Décompte : {clock}.',
  'severityPicker.noPreview':
    'Pas d’estimation : vérifiez vos heures ouvrées dans les options de PCX (menu de l’extension → Options).',

  'contactCheck.ok': 'Coordonnées : les vôtres. Parfait.',
  'contactCheck.warning': 'Ces coordonnées ressemblent à celles du client.',
  'contactCheck.unknown': 'Indiquez vos propres coordonnées, pas celles du client.',
  'contactCheck.emailCustomer':
    'L’adresse e-mail n’est pas dans vos domaines : Microsoft contacterait le client au lieu de vous.',
  'contactCheck.phoneCustomer': 'Le numéro de téléphone n’est pas celui de votre profil PCX.',
  'contactCheck.noProfile':
    'Votre profil du partenaire est vide : remplissez-le dans les options de PCX (menu de l’extension → Options → Profil du partenaire) pour remplir ces champs en un clic.',
  'contactCheck.willChange': 'Remplir avec votre profil modifiera :',
  'contactCheck.field.firstName': 'Prénom',
  'contactCheck.field.lastName': 'Nom',
  'contactCheck.field.email': 'E-mail',
  'contactCheck.field.phone': 'Téléphone',
  'contactCheck.empty': '(vide)',
  'contactCheck.fill': 'Remplir avec mes coordonnées',

  'contactCheck.fillFailed':
    'Le portail n’a pas gardé tous les champs. Vérifiez les coordonnées avant de créer la demande.',
  'scopeHint.ok': 'Rien d’hors périmètre repéré.',
  'scopeHint.title': 'Avant d’envoyer :',

  'eligibility.title': 'Votre support pour {product}',
  'eligibility.unknownProduct':
    'Produit ou version inconnu : PCX ne peut pas dire lesquelles de vos formules s’appliquent.',
  'eligibility.noPacks':
    'Aucun pack enregistré dans PCX : le paiement à l’incident est indiqué comme solution de repli.',
  'eligibility.held': '{count, plural, one {# détenu} other {# détenus}}',
  /** Punctuation after a plan's name (French puts a space before the colon). */
  'eligibility.labelEnd': ' : ',
  'eligibility.instead': 'À la place : {plans}.',
  'eligibility.note.title': 'Pourquoi ces formules ne sont pas disponibles',
  'eligibility.note.unknownPlan': 'PCX ne connaît pas cette formule.',

  'sfbPreview.title': 'Première réponse (support professionnel)',
  'sfbPreview.none': 'Choisissez une gravité pour voir quand la première réponse est due.',
  'sfbPreview.coverage.title': 'Ce que ce choix signifie pour une demande de gravité {severity} :',
  'sfbPreview.coverage.business-hours':
    'Uniquement pendant les heures ouvrables : première réponse avant le {due}',
  'sfbPreview.coverage.around-the-clock': '24 h/24, 7 j/7 : première réponse avant le {due}',
  'sfbPreview.coverage.none': 'Choisissez une gravité pour comparer les deux choix.',

  'packSync.title': 'Vos packs dans PCX',
  'packSync.add': 'Pas encore dans PCX : {name} (ID d’accès {accessId}).',
  'packSync.addDetail':
    'Sera ajouté : du {start} au {end}, {left, plural, one {# incident restant} other {# incidents restants}}.',
  'packSync.addContract': 'Sera ajouté : du {start} au {end} (contrat).',
  'packSync.update': 'Dans PCX avec d’autres valeurs : {name} (ID d’accès {accessId}). Changera :',
  'packSync.same': 'À jour dans PCX : {name} (ID d’accès {accessId}).',
  'packSync.field.contractId': 'ID d’accès',
  'packSync.field.purchasedOn': 'Début',
  'packSync.field.expiresOn': 'Dernier jour utilisable',
  'packSync.field.incidentsLeft': 'Incidents restants',
  'packSync.change': '{field} : {from} → {to}',
  'packSync.empty': '(aucun)',
  'packSync.addButton': 'Ajouter {name} à mes packs',
  'packSync.updateButton': 'Mettre à jour {name} dans mes packs',
  'packSync.decline': 'Pas maintenant',
  'packSync.declineName': 'Pas maintenant : {name}',
  'packSync.added': 'Ajouté à vos packs : {name}.',
  'packSync.updated': 'Mis à jour dans vos packs : {name}.',
  'packSync.declined': 'Laissé tel quel : {name}.',
  'packSync.failed': 'PCX n’a pas pu enregistrer ce pack ({code}). Rien n’a été modifié.',
  'packSync.skipped':
    '{count, plural, one {# ligne de cette liste illisible : ignorée.} other {# lignes de cette liste illisibles : ignorées.}}',
  'packSync.unknownPlan':
    '{count, plural, one {# formule inconnue de PCX : laissée de côté.} other {# formules inconnues de PCX : laissées de côté.}}',
  'packSync.noLedger': 'PCX n’a pas pu lire vos packs : aucune modification n’est proposée.',
};
