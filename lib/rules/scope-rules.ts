import type { Patterns, ScopeTopic } from './scope';
import { type CueRule, compileRules } from './scope-cues';
import type { Lang } from './stem';

/**
 * The scope topics' cue rules (see scope-cues.ts) and the markers that need no stemming. Cue words
 * are written as people write them and stemmed when this module loads. Tuned on the 'tune' half of
 * test/fixtures/scope-corpus.json only.
 */

// biome-ignore format: word lists
const ASK_EN = ['want', 'wants', 'need', 'needs', 'ask', 'asks', 'asking', 'request', 'requests', 'requires', 'expects', 'like', 'possible', 'could', 'would', 'please', 'can you', 'chance', 'insists'];
// biome-ignore format: word lists
const ASK_FR = ['veut', 'veulent', 'voudrait', 'besoin', 'demande', 'demandent', 'exige', 'attend', 'souhaite', 'souhaiterait', 'possible', 'pourriez', 'pouvez', 'pourrait', 'merci', 'faut', 'insiste', 'aimerait', 'aimerions', 'réclame', 'envisageable'];

// biome-ignore format: one rule a line reads better than one word a line
const CUE_RULES: Record<Exclude<ScopeTopic, 'unsupported-product'>, Record<Lang, CueRule[]>> = {
  'feature-request': {
    en: [
      { groups: [['add', 'adding', 'added', 'implement', 'introduce', 'consider', 'change', 'make', 'extend', 'build', 'allow', 'let'], ['microsoft', 'product', 'roadmap', 'engineering', 'future']], within: 8 },
      { groups: [['enhancement', 'suggestion', 'roadmap', 'product feedback', 'feature request', 'change request', 'design change', 'improvement', 'wish']], within: 0 },
      { groups: [['love', 'great', 'nice'], ['would', 'if']], within: 3 },
      { groups: [['new', 'add', 'adding', 'added'], ['setting', 'option', 'capability', 'feature', 'column', 'button', 'way'], ASK_EN], within: 8 },
      { groups: [['way'], ['could', 'should', 'would', 'wants', 'want']], within: 4, unless: ['error', 'fail', 'fails'] },
    ],
    fr: [
      { groups: [['ajoute', 'ajouter', 'ajoutera', 'implémenter', 'intègre', 'intégrer', 'proposer', 'permettre', 'permette'], ['microsoft', 'produit', 'équipe produit', 'groupe produit']], within: 8 },
      { groups: [["demande d évolution", 'demande de fonctionnalité', 'suggestion', 'suggérons', 'retour produit', 'amélioration', 'idée']], within: 0 },
      { groups: [['nouvelle', 'ajouter', 'ajouté'], ['fonctionnalité', 'option', 'possibilité', 'colonne', 'bouton', 'thème', 'mode'], ASK_FR], within: 8 },
      { groups: [['aimerait', 'souhaiterait', 'voudrait', 'souhaitons', 'espère', 'réclame', 'réclament', 'demande que'], ['permette', 'intègre', 'gère', 'personnalisable', 'possible', 'pouvoir']], within: 8 },
      { groups: [['serait'], ['bien', 'possible', 'utile'], ['que']], within: 4 },
      { groups: [['devrait'], ['permettre', 'accepter', 'proposer', 'gérer']], within: 2 },
    ],
  },
  'on-site': {
    en: [
      { groups: [['engineer', 'engineers', 'technician', 'someone', 'somebody', 'anyone', 'consultant', 'specialist', 'person', 'microsoft'], ['come', 'visit', 'travel', 'send', 'dispatch', 'present', 'attend', 'go', 'arrange', 'inspect', 'be at'], ['office', 'offices', 'site', 'premises', 'datacenter', 'data center', 'headquarters', 'building', 'plant', 'factory', 'warehouse', 'hospital', 'room', 'in person', 'branch']], within: 14 },
      { groups: [['on site', 'onsite', 'in person', 'face to face', 'physically'], [...ASK_EN, 'visit', 'assistance', 'expects']], within: 8 },
      { groups: [['engineer', 'someone'], ['at their office', 'at the client', 'at the customer']], within: 3 },
    ],
    fr: [
      { groups: [['ingénieur', 'technicien', 'quelqu un', 'consultant', 'spécialiste', 'personne', 'microsoft'], ['venir', 'vienne', 'déplace', 'déplacement', 'rendre', 'rende', 'envoyer', 'dépêcher', 'passer', 'présent', 'présentiel', 'organiser', 'inspecter'], ['locaux', 'site', 'place', 'bureau', 'bureaux', 'siège', 'usine', 'datacenter', 'chez', 'agence', 'bâtiment', 'hôpital', 'personne', 'salles']], within: 14 },
      { groups: [['sur site', 'sur place', 'en présentiel', 'en personne', 'présent physiquement'], [...ASK_FR, 'intervention', 'visite', 'assistance', 'avoir']], within: 8 },
      { groups: [['ingénieur', 'quelqu un'], ['dans ses bureaux', 'dans ses locaux', 'chez le client', 'terrain']], within: 4 },
    ],
  },
  'root-cause-analysis': {
    en: [
      { groups: [['root cause', 'rca', 'postmortem', 'post mortem', 'post incident', 'incident report', 'what caused', 'what went wrong', 'why it happened'], ['want', 'wants', 'need', 'needs', 'provide', 'request', 'requests', 'ask', 'asks', 'send', 'give', 'write', 'document', 'documented', 'produce', 'expects', 'require', 'requires', 'report', 'explain', 'analysis', 'obtain', 'get', 'investigation', 'review', 'could you', 'rca', 'identify']], within: 10 },
      { groups: [['report', 'explanation', 'explaining', 'written', 'writing', 'document', 'documented'], ['why', 'caused', 'cause', 'happened', 'wrong']], within: 6 },
    ],
    fr: [
      { groups: [['cause racine', 'cause première', 'cause profonde', 'rca', 'post mortem', 'post incident', "rapport d incident", 'origine du problème', 'analyse des causes', 'analyse complète des causes', 'ce qui a provoqué', 'ce qui s est passé', 'ce qui a désalloué'], ['exige', 'demande', 'veut', 'besoin', 'fournir', 'envoyer', 'documenter', 'rédiger', 'produire', 'transmettre', 'obtenir', 'attend', 'rapport', 'explication', 'expliquer', 'analyse', 'enquête', 'revue', 'pourriez', 'identifier', 'savoir', 'rca', 'document']], within: 10 },
      { groups: [['rapport', 'explication', 'document', 'écrit', 'écrite'], ['pourquoi', 'cause', 'provoqué', 'origine', 'raison', 'passé', 'coupure']], within: 6 },
    ],
  },
  'custom-code': {
    en: [
      { groups: [['review', 'debug', 'debugging', 'fix', 'check', 'rewrite', 'correct', 'optimise', 'optimize', 'validate', 'write', 'writing', 'build', 'develop', 'look over', 'have a look', 'go through', 'help'], ['script', 'code', 'macro', 'template', 'query', 'function', 'playbook', 'measure', 'flow', 'app', 'tool', 'procedure', 'logic app', 'web part', 'bicep', 'terraform'], ['our', 'customer', 'their', 'we', 'wrote', 'written', 'custom', 'house', 'homemade', 'own', 'contractor', 'developer', 'us', 'them']], within: 12, unless: ['error', 'exit', 'status', 'verification', 'activation'], awayFrom: ['add in', 'add ins', 'manifest'] },
      { groups: [['code review']], within: 0 },
    ],
    fr: [
      { groups: [['relire', 'relisiez', 'revoir', 'revue', 'déboguer', 'corriger', 'corrigions', 'corrige', 'écrire', 'vérifier', 'optimiser', 'optimise', 'réécrire', 'valider', 'développer', 'créer', 'regarder', 'parcourir'], ['script', 'code', 'macro', 'modèle', 'requête', 'fonction', 'playbook', 'mesure', 'flux', 'application', 'outil', 'fichiers', 'procédure'], ['notre', 'nos', 'client', 'leur', 'écrit', 'écrite', 'développée', 'maison', 'prestataire', 'développeur', 'nous', 'son', 'sa']], within: 14, unless: ['erreur', 'sortie', 'état', 'vérification', 'activation'], awayFrom: ['complément', 'manifeste'] },
      { groups: [['revue de code']], within: 0 },
    ],
  },
  'developer-api': {
    en: [
      { groups: [['add in', 'add ins'], ['manifest', 'developing', 'develop', 'built', 'building', 'writing', 'wrote', 'custom functions']], within: 8 },
      { groups: [['graph'], ['sdk', 'endpoint', 'delta query', 'webhook']], within: 4 },
    ],
    fr: [
      { groups: [['complément'], ['manifeste', 'développons', 'développé', 'développer', 'écrit', 'créé']], within: 8 },
      { groups: [['graph'], ['sdk', 'point de terminaison', 'requête delta', 'webhook']], within: 4 },
    ],
  },
};

/** Developer requests name an endpoint or an API object rather than "the API". */
export const DEVELOPER_MARKERS = [
  /graph\.microsoft\.com/,
  /(?:^|[\s"'(])\/(?:v1\.0|beta)\/\w/,
  /(?:^|\s)\/(?:me|users|groups|sites|teams|communications|security|reports|devicemanagement|subscriptions|applications|drives?|chats?)\/[\w{$]/,
  /\$batch\b/,
  /\/_api\//,
  /\boffice\.(?:js|context)\b/,
  /\bexcel\.run\b/,
  /\bget-mg\w+/,
];

/** Phrasings of a second matter that the clause-based reading above misses. */
export const SEVERAL_EXTRA: Patterns = {
  en: [
    /\b(?:two|three) (?:things|requests|separate problems|issues at once)\b/,
    /\bon a different note\b|\bwhile we are at it\b|\bbesides that\b|\bon top of that\b|\band then there s\b/,
    /\banother thing\b|\bthe other problem\b|\ba second issue\b|\bissue a\b[^.]*\bissue b\b/,
    /\bfirst,[^.;]*[;,] second,/,
    /\bwe also need help with\b/,
  ],
  fr: [
    /\bdeux (?:soucis|demandes|incidents)\b|\btrois problemes distincts\b/,
    /\bautre (?:sujet|chose)\b|\ben outre\b|\bde plus,|\bsans rapport\b|\bau passage\b|\ba part ca\b|\bet en plus\b|\bet puis il y a\b/,
    /\bprobleme a\b[^.]*\bprobleme b\b|\bdeuxieme souci\b|\bl autre probleme\b/,
    /\bd abord\b[^.]*\bensuite\b/,
    /\bnous avons aussi besoin d aide\b/,
  ],
};

export const COMPILED: Record<Lang, Record<string, ReturnType<typeof compileRules>>> = {
  en: Object.fromEntries(
    Object.entries(CUE_RULES).map(([topic, rules]) => [topic, compileRules(rules.en, 'en')]),
  ),
  fr: Object.fromEntries(
    Object.entries(CUE_RULES).map(([topic, rules]) => [topic, compileRules(rules.fr, 'fr')]),
  ),
};
