import type { rulesEn } from './rules.en';

export const rulesFr: Record<keyof typeof rulesEn, string> = {
  'severity.A.name': 'Gravité A',
  'severity.A.impact':
    'Critique : la production est arrêtée ou fortement dégradée ; l’activité est bloquée.',
  'severity.B.name': 'Gravité B',
  'severity.B.impact': 'Modérée : la production fonctionne mais est en partie touchée.',
  'severity.C.name': 'Gravité C',
  'severity.C.impact':
    'Minimale : le service fonctionne encore, ou seuls des environnements hors production sont touchés.',

  'program.csp': 'Fournisseur de solutions Cloud (pour un client)',
  'program.professional': 'Support professionnel (votre propre organisation)',
  'program.unknown': 'Inconnu : la page n’a pas indiqué de quel locataire il s’agit',

  'service.azure': 'Azure',
  'service.office-365': 'Office 365 / Microsoft 365',
  'service.dynamics-crm-online': 'Dynamics CRM Online',
  'service.ems': 'Enterprise Mobility Suite',
  'service.on-premises': 'Produit sur site',

  'clock.around-the-clock': '24 h/24',
  'clock.business-hours': 'heures ouvrées',
  'duration.minutes': '{hours} h',
  'duration.businessDays': '{days, plural, one {# jour ouvré} other {# jours ouvrés}}',

  'rule.csp-non-break-fix':
    'CSP, hors incident bloquant (conseil ou question d’usage) : jusqu’à un jour ouvré.',
  'rule.local-language':
    'Le support en langue locale est assuré aux heures ouvrées : le délai de la gravité ne compte que les heures ouvrées.',
  'rule.csp-severity': 'Réponse initiale CSP pour cette gravité (guide de l’Espace partenaires).',
  'rule.professional-severity':
    'Réponse initiale du support professionnel (paiement à l’incident) pour cette gravité et cette couverture.',

  'caveat.sev-a-needs-24x7-staff':
    'Gravité A 24 h/24 : votre propre équipe doit aussi être joignable 24 h/24, sinon Microsoft peut abaisser la gravité.',
  'caveat.local-language-business-hours':
    'Les délais de réponse initiale valent pour l’anglais ; le support en langue locale est assuré aux heures ouvrées.',
  'caveat.csp-bc-as-written':
    'CSP B et C lus tels qu’écrits : 4 et 8 heures d’horloge (modifiable dans les options).',
  'caveat.csp-bc-business-hours':
    'CSP B et C comptés en heures ouvrées (votre choix dans les options ; le guide indique 4 et 8 heures).',

  'phase.mainstream': 'Support standard',
  'phase.extended': 'Support étendu',
  'phase.modern': 'Cycle de vie moderne (pris en charge tant qu’il est à jour)',
  'phase.out-of-support': 'Hors support',
  'phase.not-released': 'Pas encore publié à cette date',

  'status.eligible': 'Éligible',
  'status.not-eligible': 'Non éligible',
  'status.unknown': 'Inconnu',

  'reason.current-version': 'Version actuelle (N), en support standard.',
  'reason.previous-version-in-mainstream': 'Version précédente (N-1), encore en support standard.',
  'reason.older-than-n-1':
    'Plus ancienne que N-1 : les incidents des programmes partenaires ne couvrent que la version actuelle et la précédente.',
  'reason.mainstream-ended':
    'Le support standard est terminé : les incidents des programmes partenaires ne sont plus utilisables.',
  'reason.cloud-product':
    'Produit cloud : les packs des programmes partenaires ne le couvrent pas ; utilisez le support cloud.',
  'reason.on-premises-product':
    'Produit sur site : les formules de support cloud ne le couvrent pas.',
  'reason.in-lifecycle': 'Encore dans son cycle de support (standard ou étendu).',
  'reason.out-of-support': 'Fin de support dépassée : aucun incident payant ne le couvre.',
  'reason.not-released': 'Cette version n’était pas publiée à cette date.',
  'reason.unknown-product': 'Produit ou version inconnus : pas de verdict.',

  'plan.partner-gold-20pack': 'Pack Gold 20 incidents (support partenaire)',
  'plan.partner-silver-15pack': 'Pack Silver 15 incidents (support partenaire)',
  'plan.partner-maps-10pack': 'Pack MAPS 10 incidents',
  'plan.partner-on-premises-20': 'Partner On-premises Support 20',
  'plan.partner-cloud-support': 'Partner / Signature Cloud Support',
  'plan.advanced-support-partners': 'Advanced Support for Partners',
  'plan.premier-unified': 'Premier / Unified',
  'plan.pay-per-incident': 'Paiement à l’incident',
  'plan.pay-per-incident-5pack': 'Paiement à l’incident, pack de 5',

  'packWarning.entra-sign-in':
    'Acheté avec un compte professionnel (Entra) : le paiement à l’incident peut ne pas apparaître avec une connexion professionnelle (KB 4490370). Utilisez le compte Microsoft personnel qui l’a acheté.',
  'packWarning.expires-within-30-days': 'Expire dans moins de 30 jours.',
  'packWarning.expires-within-7-days': 'Expire dans moins de 7 jours.',
  'packWarning.expired': 'Expiré : il n’est plus utilisable.',
  'packWarning.no-incidents-left': 'Plus aucun incident disponible.',
  'packWarning.on-premises-only': 'Produits sur site uniquement, selon la règle N-1.',
  'packWarning.not-for-cloud': 'Inutilisable pour les produits cloud.',
  'packWarning.cloud-only':
    'Produits cloud uniquement : les produits sur site demandent un pack sur site ou le paiement par incident.',
  'packWarning.not-for-on-premises':
    'Inutilisable pour les produits sur site : un plan de support cloud ne couvre que les produits cloud.',

  'scope.feature-request':
    'Ressemble à une demande de fonctionnalité : ce n’est pas un incident de support (passez par les retours produit).',
  'scope.on-site': 'L’intervention sur site ne fait pas partie d’un incident de support.',
  'scope.root-cause-analysis':
    'L’analyse de cause racine n’est pas couverte par un incident de support.',
  'scope.unsupported-product': 'Mentionne une version de produit hors support à cette date.',
  'scope.custom-code': 'L’écriture ou la revue de code personnalisé n’est pas couverte.',
  'scope.developer-api':
    'Le support développeur (compléments Office, API, Microsoft Graph) n’est pas couvert par un incident de support.',
  'scope.several-problems':
    'Cette demande semble décrire plusieurs problèmes : chacun qui se traite seul est un incident distinct.',
};
