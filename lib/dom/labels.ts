/**
 * Visible label text of the portals, in English and French (portals.md "signals", domain.md §7).
 * Matching is case- and accent-insensitive, ignores punctuation that decorates labels (`*`, `:`,
 * numbering such as "1."), and picks the table from `document.documentElement.lang` (both tables
 * when the language is unknown). Each entry is a list of alternatives, newest wording first; an
 * older wording stays in the list (with the reason) rather than being replaced.
 */

export type LabelLanguage = 'en' | 'fr';

export const LABELS = {
  // Azure wizard tab holding the plan, severity and contact fields (portals.md, 2025 docs);
  // older wizards called it "Details".
  additionalDetailsTab: {
    en: ['Additional details', 'Details'],
    fr: ['Informations supplémentaires', 'Détails'],
  },
  // Azure wizard, "Additional details" (learn.microsoft.com, create-a-support-request, 2025).
  supportPlan: { en: ['Support plan'], fr: ["Formule d'assistance", 'Plan de support'] },
  cspPlanOption: { en: ['Cloud Solution Provider'], fr: ['Fournisseur de solutions Cloud'] },
  severity: { en: ['Severity'], fr: ['Gravité', 'Niveau de gravité'] },
  // FR: Microsoft's French docs say "Informations de contact" (portals.md); "Coordonnées" elsewhere.
  contactInfo: {
    en: ['Contact info', 'Contact information', 'Contact details'],
    fr: ['Informations de contact', 'Coordonnées'],
  },
  firstName: { en: ['First name'], fr: ['Prénom'] },
  lastName: { en: ['Last name'], fr: ['Nom de famille', 'Nom'] },
  email: {
    en: ['Email', 'E-mail', 'Email address', 'Primary email', 'Primary email address'],
    fr: ['E-mail', 'Adresse e-mail', 'Adresse e-mail principale', 'Courrier électronique'],
  },
  // [guess] for the French: portals.md lists the English field only.
  additionalEmail: {
    en: ['Additional email', 'Additional email addresses'],
    fr: ['Adresse e-mail supplémentaire', 'Adresses e-mail supplémentaires'],
  },
  phone: {
    en: ['Phone', 'Phone number', 'Contact number'],
    fr: ['Téléphone', 'Numéro de téléphone', 'Numéro de contact'],
  },
  country: { en: ['Country/region', 'Country'], fr: ['Pays/région', 'Pays'] },
  timeZone: { en: ['Time zone'], fr: ['Fuseau horaire'] },
  supportLanguage: {
    en: ['Preferred support language', 'Support language'],
    fr: ['Langue de support préférée', 'Langue du support', 'Langue de support'],
  },
  // Azure wizard, Additional details (portals.md: "Support method", FR "Méthode de support").
  supportMethod: { en: ['Support method'], fr: ['Méthode de support'] },
  preferredContactMethod: {
    en: ['Preferred contact method', 'Contact method'],
    fr: ['Méthode de contact préférée', 'Méthode de contact'],
  },
  // Problem details generated per support topic (portals.md: the labels vary). French [guess].
  problemDetails: { en: ['Details', 'Problem details'], fr: ['Détails', 'Détails du problème'] },
  problemStart: {
    en: ['When did the problem start?', 'Problem Start Date', 'Incident time'],
    fr: ['Quand le problème a-t-il commencé ?', 'Date de début du problème', 'Heure de l’incident'],
  },
  // French [guess]: portals.md gives these in English only.
  advancedDiagnostics: {
    en: ['Advanced diagnostic information'],
    fr: ['Informations de diagnostic avancées'],
  },
  saveContactChanges: {
    en: ['Save contact changes for future support requests'],
    fr: ['Enregistrer les modifications de contact pour les futures demandes de support'],
  },
  // Severity values (portals.md, Azure). French [guess].
  severityCritical: { en: ['A - Critical impact'], fr: ['A - Impact critique'] },
  severityModerate: { en: ['B - Moderate impact'], fr: ['B - Impact modéré'] },
  severityMinimal: { en: ['C - Minimal impact'], fr: ['C - Impact minimal'] },
  // Azure wizard tabs and buttons (portals.md, with Microsoft's French).
  problemDescriptionTab: { en: ['Problem description'], fr: ['Description du problème'] },
  recommendedSolutionTab: { en: ['Recommended solution'], fr: ['Solution recommandée'] },
  reviewCreateTab: { en: ['Review + create'], fr: ['Vérifier + créer'] },
  nextButton: { en: ['Next'], fr: ['Suivant'] },
  previousButton: { en: ['Previous'], fr: ['Précédent'] },
  createButton: { en: ['Create'], fr: ['Créer'] },
  // Microsoft 365 admin center help pane (portals.md). French [guess].
  contactSupport: { en: ['Contact support'], fr: ['Contacter le support'] },
  contactMe: { en: ['Contact me'], fr: ['Me contacter'] },
  newServiceRequest: {
    en: ['New Microsoft service request', 'New service request'],
    fr: ['Nouvelle demande de service Microsoft', 'Nouvelle demande de service'],
  },
  // Whose session a portal shows: Azure's account menu ("Account manager for {user}", its dialog
  // "Directory: {name} ({domain})"), the admin center's organization name. French: the Azure
  // portal's "Annuaire"; the rest [guess].
  accountMenu: {
    en: ['Account manager for', 'Account menu', 'Account manager'],
    fr: ['Gestionnaire de compte pour', 'Menu du compte', 'Gestionnaire de compte'],
  },
  directory: { en: ['Directory'], fr: ['Annuaire', 'Répertoire'] },
  organization: { en: ['Organization', 'Organisation'], fr: ['Organisation'] },
  availability: {
    en: ['Your availability', 'Availability', '24x7 response'],
    fr: ['Votre disponibilité', 'Disponibilité', 'Réponse 24 h/24, 7 j/7'],
  },
  summary: { en: ['Summary', 'Title'], fr: ['Résumé', 'Titre'] },
  description: { en: ['Description', 'Problem description'], fr: ['Description'] },
  // Support for business, the single-URL form (portals.md "Support for business", 2023 docs
  // screenshots). The English wordings are Microsoft's. Microsoft's French screenshots of this form
  // are not in portals.md: the French entries are our guesses at Microsoft's usual French UI
  // wording (learn.microsoft.com FR style: "Sélectionner", "support", typographic apostrophes),
  // each with a near variant, marked [guess] below. Replace them when a French capture is found.
  // "Select a product": the product's name carries its version; there is no version field.
  sfbProductFamily: {
    en: ['Select the product family', 'Product family'],
    // [guess]
    fr: [
      'Sélectionner la famille de produits',
      'Sélectionnez la famille de produits',
      'Famille de produits',
    ],
  },
  sfbProduct: {
    en: ['Select a product', 'Product'],
    // [guess]
    fr: ['Sélectionner un produit', 'Sélectionnez un produit', 'Produit'],
  },
  sfbCategory: {
    en: ['Which category best describes the issue?'],
    // [guess]
    fr: [
      'Quelle catégorie décrit le mieux le problème ?',
      'Quelle catégorie décrit le mieux votre problème ?',
    ],
  },
  sfbSupportTypes: {
    en: ['Types of Support'],
    // [guess]
    fr: ['Types de support', "Types d'assistance"],
  },
  // Newest first; "Would you like to see…" is the 2021 wording, "Want to see…" the one domain.md
  // §6/§7 quotes from the purchase workflow. The French of the latter is domain.md §7's.
  unavailablePlans: {
    en: [
      'Unavailable support plans',
      'Would you like to see unavailable support plans?',
      'Want to see unavailable support plans?',
    ],
    fr: [
      // [guess]
      'Plans de support non disponibles',
      // [guess]
      'Voulez-vous voir les plans de support non disponibles ?',
      'Souhaitez-vous voir les plans de support non disponibles ?',
    ],
  },
  sfbSeverity: {
    en: ['What is the severity of your issue?'],
    // [guess]
    fr: [
      'Quelle est la gravité de votre problème ?',
      'Quel est le niveau de gravité de votre problème ?',
    ],
  },
  sfbSupportHours: {
    en: ['When would you like to receive support?'],
    // [guess]
    fr: [
      'Quand souhaitez-vous recevoir du support ?',
      'Quand souhaitez-vous être pris en charge ?',
    ],
  },
  // Values of "When would you like to receive support?" (portals.md gives "Only during business
  // hours"; the around-the-clock choice is worded "24x7" in Microsoft's API and docs).
  sfbBusinessHoursOption: {
    en: ['Only during business hours', 'Business hours'],
    // [guess]
    fr: ['Uniquement pendant les heures ouvrables', 'Heures ouvrables'],
  },
  sfbAroundTheClockOption: {
    en: ['24x7', '24/7', '24 hours a day, 7 days a week'],
    // [guess]
    fr: ['24 h/24, 7 j/7', '24h/24, 7j/7', '24x7', '24/7'],
  },
  sfbStep1: {
    en: ['Step 1: Product and Support Type'],
    // [guess]
    fr: ['Étape 1 : Produit et type de support'],
  },
  sfbStep2: {
    en: ['Step 2: Issue Description'],
    // [guess]
    fr: ['Étape 2 : Description du problème'],
  },
  sfbStep3: {
    en: ['Step 3: Contact Details and Sharing'],
    // [guess]
    fr: ['Étape 3 : Coordonnées et partage'],
  },
  sfbCreateRequest: {
    en: ['Create a new support request'],
    // [guess]
    fr: ['Créer une demande de support', 'Créer une nouvelle demande de support'],
  },
  // Headings that name a page (used only to confirm a URL guess inside a ReactView frame).
  newSupportRequest: {
    en: ['New support request', 'Create a support request'],
    fr: ['Nouvelle demande de support', 'Créer une demande de support'],
  },
  manageSupportRequests: {
    en: ['Manage support requests', 'View service requests', 'View all support tickets'],
    fr: [
      'Gérer les demandes de support',
      'Afficher les demandes de service',
      'Afficher tous les tickets de support',
    ],
  },
  // Request lists and details (Azure's All support requests and its ReactView details, the admin
  // center's service requests): the column headers and property labels statuses are read by.
  requestIdColumn: {
    en: ['Request ID', 'Support request ID', 'Support request number', 'Request number', 'ID'],
    fr: [
      'ID de la demande',
      'ID de demande',
      'ID de demande de support',
      'Numéro de la demande',
      'Numéro de demande',
      'ID',
    ],
  },
  requestStatusColumn: { en: ['Status', 'State'], fr: ['État', 'Statut'] },
  // [guess] Where a page shows Microsoft's latest reply, its wording is not documented.
  lastReplyColumn: {
    en: [
      'Last reply from Microsoft',
      'Latest reply from Microsoft',
      'Last response from Microsoft',
      'Last Microsoft reply',
      'Microsoft last replied',
    ],
    fr: [
      'Dernière réponse de Microsoft',
      'Dernière réponse Microsoft',
      'Dernière réponse du support Microsoft',
    ],
  },
  english: { en: ['English'], fr: ['Anglais', 'English'] },
  yes: { en: ['Yes'], fr: ['Oui'] },
  no: { en: ['No'], fr: ['Non'] },
} as const satisfies Record<string, Record<LabelLanguage, readonly string[]>>;

export type LabelKey = keyof typeof LABELS;

/** Lower case, no accents, typographic quotes and dashes folded, decorations and spaces trimmed. */
/** Folded texts seen lately: every scan folds the same labels again (bounded, plain cache). */
const folded = new Map<string, string>();

export function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size > 4000) folded.clear();
    out = foldNow(text);
    folded.set(text, out);
  }
  return out;
}

function foldNow(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\u00a0/g, ' ')
      .toLowerCase()
      // "(Required)" / "(obligatoire)" marks a field, it is not part of its label.
      .replace(/\(\s*(?:required|obligatoire|requis)\s*\)/g, ' ')
      .replace(/[*:]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // Icons and chevrons before a label ("▸ Want to see…"), then numbering ("1. Basics").
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/^\d+\s*[.)]\s*/, '')
  );
}

/** The label tables to try for a document: its declared language, else both. */
export function labelLanguages(doc: Document | null | undefined): LabelLanguage[] {
  const lang = (doc?.documentElement?.lang ?? '').toLowerCase();
  if (lang.startsWith('fr')) return ['fr', 'en'];
  if (lang.startsWith('en')) return ['en', 'fr'];
  return ['en', 'fr'];
}

/**
 * `exact`: the label alone; `prefix`: the label then a parenthesised remark; `value`: the label
 * then the control's current value (a Fluent name "Support plan Cloud Solution Provider", an
 * "Account manager for agent@…"); `contains`: the label anywhere, as whole words.
 */
export type MatchMode = 'exact' | 'prefix' | 'value' | 'contains';

const foldedAlternatives = new Map<string, string[]>();

/** The alternatives of a label in the given languages, folded (computed once per combination). */
function labelAlternatives(key: LabelKey, languages: LabelLanguage[]): string[] {
  const cacheKey = `${key}|${languages.join(',')}`;
  let out = foldedAlternatives.get(cacheKey);
  if (!out) {
    const all: string[] = [];
    for (const lang of languages) for (const alt of LABELS[key][lang]) all.push(fold(alt));
    out = [...new Set(all)];
    foldedAlternatives.set(cacheKey, out);
  }
  return out;
}

/**
 * Does a visible text match a label? `exact` compares folded texts; `prefix` accepts a label
 * followed by a parenthesised remark ("Severity (required)"); `contains` accepts it anywhere as whole words.
 */
export function matchesLabel(
  text: string | null | undefined,
  key: LabelKey,
  languages: LabelLanguage[] = ['en', 'fr'],
  mode: MatchMode = 'exact',
): boolean {
  if (!text) return false;
  const folded = fold(text);
  if (!folded) return false;
  for (const alt of labelAlternatives(key, languages)) {
    if (folded === alt) return true;
    // Only a parenthesised remark may follow ("Severity (required)"): "Nom de l'organisation"
    // must not pass for "Nom".
    if (mode === 'prefix' && (folded.startsWith(`${alt} (`) || folded.startsWith(`${alt}(`)))
      return true;
    if (mode === 'value' && (folded.startsWith(`${alt} `) || folded.startsWith(`${alt}(`)))
      return true;
    if (mode === 'contains' && ` ${folded} `.includes(` ${alt} `)) return true;
  }
  return false;
}
