import { calendarDate } from '../lifecycle/calendar-date';
import { findProductMentions, findRow, lifecyclePhase } from '../lifecycle/index';
import { findUnlistedVersions, normalise, type ProductMatch } from '../lifecycle/match-product';
import { detectLanguage } from './language';
import { matchesRule, type StemmedText, stemText } from './scope-cues';
import { COMPILED, DEVELOPER_MARKERS, SEVERAL_EXTRA } from './scope-rules';
import type { Lang } from './stem';

/**
 * Hints that a request may be outside what a support incident covers (domain.md §4, seed 003): not
 * covered are feature requests, on-site support, root-cause analysis, products out of support,
 * writing or reviewing custom code, developer support for Office add-ins / APIs / Microsoft Graph;
 * and one incident is one problem, so a request describing several is several incidents.
 *
 * These are hints shown to the agent, so precision matters more than recall: every pattern needs
 * the *request* (someone to come, code to review, an analysis to write), not just the word ("the
 * feature stopped working", "error code 0x80070005", "root folder", "API Management gateway").
 * Tuned on the 'tune' half of test/fixtures/scope-corpus.json; the test measures the other half.
 */

export const SCOPE_TOPICS = [
  'feature-request',
  'on-site',
  'root-cause-analysis',
  'unsupported-product',
  'custom-code',
  'developer-api',
] as const;

export type ScopeTopic = (typeof SCOPE_TOPICS)[number];

export interface ScopeHints {
  topics: ScopeTopic[];
  severalProblems: boolean;
  /**
   * Tracked products named with a version our lifecycle data lacks: neither in nor out of support
   * as far as we know, so the hint says so rather than nothing. Always set by `scopeHints`.
   */
  unlisted?: ProductMatch[];
}

export type Patterns = Partial<Record<Lang | 'any', RegExp[]>>;

// Patterns run on normalised text: lower case, no accents, apostrophes and hyphens as spaces
// ("n'est", "add-in", "pouvez-vous" → "n est", "add in", "pouvez vous").
const PERSON_EN = '(?:engineer|technician|someone|somebody|consultant|tech)';
const PERSON_FR = '(?:technicien|ingenieur|quelqu un|consultant|intervenant)';
const WORDS = (max: number) => `(?:[^\\s]+ ){0,${max}}`;
/** Someone being asked for: "send an engineer", "need someone", "is an engineer available". */
const ASKED_PERSON_EN = `(?:(?:send|need|needs|require|requires|request|requests|dispatch|ask for|asks for|want|wants) ${WORDS(3)}${PERSON_EN}|${PERSON_EN} ${WORDS(2)}available)`;
const OUR_EN = '(?:our|my|their|us a|a|this)';
const OUR_FR = '(?:notre|nos|mon|leur|leurs|un|une|ce|cette)';
/** Up to `max` words before "code"/"script", none of them "error" ("check this error code"). */
const CODE_WORDS = (max: number) =>
  `(?:(?!error\\b|erreur\\b|status\\b|exit\\b)[^\\s]+ ){0,${max}}`;

const TOPIC_PATTERNS: Record<Exclude<ScopeTopic, 'unsupported-product'>, Patterns> = {
  'feature-request': {
    en: [
      /\bfeature (?:request|suggestion)s?\b/,
      /\b(?:enhancement|improvement|design change|product) (?:request|suggestion)s?\b/,
      /\b(?:please|could you|can you|would you|(?:we d|we would|would) like (?:microsoft )?to|ask(?:s|ing)? microsoft to|wish microsoft would) (?:add|introduce|implement|provide) (?:an? |the )?(?:new )?(?:option|possibility|ability|feature|setting|support for|way to)\b/,
      /\brequest (?:this|a|the|that) (?:feature|improvement|enhancement)\b/,
    ],
    fr: [
      /\bdemandes? (?:d evolution|de fonctionnalite|d amelioration)\b/,
      /\b(?:merci d|possible d|pourriez vous|pouvez vous) (?:ajouter|proposer|integrer) (?:une |la |un |le )?(?:nouvelle )?(?:option|possibilite|fonctionnalite|prise en charge|gestion|parametre|moyen)\b/,
      /\bque microsoft (?:ajoute|propose|integre)\b/,
      /\b(?:aimerait|aimerions|aimerais|souhaite|souhaitons|souhaiterait|voudrait|voudrions) que\b.{0,60}\b(?:ajoute|propose|integre|permette)\b/,
      /\bremonter (?:cette|une|la|notre) (?:suggestion|idee|demande)\b/,
    ],
  },
  'on-site': {
    en: [
      new RegExp(`\\b${ASKED_PERSON_EN}\\b.{0,40}\\b(?:on ?site|in person)\\b`),
      /\bon ?site (?:support|visit|intervention|assistance|presence)\b/,
      new RegExp(
        `\\b${ASKED_PERSON_EN}\\b.{0,40}\\b(?:come|travel|go) to (?:our|the|their|the customer s|your) (?:office|offices|site|premises|datacenter|data center|building)\\b`,
      ),
    ],
    fr: [
      new RegExp(
        `\\b(?:intervention|presence|deplacement|visite|(?:besoin d|envoyer|demande|demandons) ${WORDS(2)}${PERSON_FR})\\b.{0,40}\\b(?:sur site|sur place|dans (?:nos|vos|les|leurs) locaux)\\b`,
      ),
      new RegExp(`\\b${PERSON_FR}\\b.{0,30}\\b(?:se deplacer|venir)\\b`),
    ],
  },
  'root-cause-analysis': {
    any: [/\brca\b/],
    en: [
      /\broot cause analys[ie]s\b/,
      /\bpost ?(?:incident|mortem|outage) (?:report|review|analysis)\b/,
      /\bpostmortem\b/,
      /\b(?:analy[sz]e|analysis of|report on|explain|written explanation of) (?:the )?root cause\b/,
      /\broot cause (?:report|document|explanation)\b/,
    ],
    fr: [
      /\banalyse (?:des|de la|de|la|les) causes?\b/,
      /\b(?:rapport|compte rendu) (?:post incident|d incident|post mortem)\b/,
      /\bpost mortem\b/,
      /\b(?:analyse|rapport|expliqu\w*)\b.{0,30}\bcauses? (?:racines?|premieres?|profondes?)\b/,
    ],
  },
  'custom-code': {
    en: [
      new RegExp(
        `\\b(?:review|debug|fix|write|check|rewrite|correct|optimi[sz]e) ${OUR_EN} ${CODE_WORDS(2)}(?:code|script|scripts|macro|macros|query|web part)\\b`,
      ),
      /\bcode reviews?\b/,
      new RegExp(`\\breview of (?:our|my|their) ${CODE_WORDS(2)}(?:code|script|scripts)\\b`),
      new RegExp(
        `\\b(?:help|assistance|guidance) (?:with|on) (?:our|my|their) ${CODE_WORDS(3)}(?:code|script|scripts|macro)\\b`,
      ),
      /\b(?:our|my|their) (?:custom|in house|own|homemade) (?:code|script|scripts|macro)\b/,
    ],
    fr: [
      new RegExp(
        `\\b(?:relire|revoir|deboguer|debugger|debuguer|corriger|ecrire|verifier|optimiser|reecrire) ${OUR_FR} ${CODE_WORDS(2)}(?:code|script|scripts|macro|requete)\\b`,
      ),
      /\brevues? de (?:notre |du |nos )?code\b/,
      new RegExp(
        `\\b(?:aide|assistance) (?:sur|avec|pour) (?:notre|nos|mon|leur) ${CODE_WORDS(3)}(?:code|script|scripts|macro)\\b`,
      ),
      /\b(?:notre|nos) (?:code|script)s? (?:personnalise|maison|interne)s?\b/,
    ],
  },
  'developer-api': {
    any: [
      /\boffice\.?js\b/,
      /\bgraph (?:api|sdk|rest)\b/,
      /\b(?:api|sdk) (?:microsoft )?graph\b/,
      /\bmicrosoft graph\b[^.]{0,40}\b(?:api|endpoint|sdk|webhooks?)\b/,
    ],
    en: [
      /\boffice javascript api\b/,
      /\b(?:calls?|calling|queries|querying) (?:the )?(?:microsoft )?graph\b/,
      new RegExp(
        `\\b(?:develop|developing|developed|build|building|built|writing|wrote) (?:an|a|our|the) ${WORDS(2)}add ins?\\b`,
      ),
      /\badd ins? (?:that |which )?we (?:built|developed|wrote|created|are building|are developing)\b/,
    ],
    fr: [
      /\bapi javascript office\b/,
      new RegExp(
        `\\b(?:developpons|developper|avons developpe|creons) (?:un|une|notre|le|des) ${WORDS(2)}complements?\\b`,
      ),
      /\bcomplements? (?:[^\s]+ ){0,3}(?:que nous avons|developpe par nous|que nous developpons)\b/,
    ],
  },
};

/** Markers of a second, independent problem anywhere in the request. */
const SEVERAL_PATTERNS: Patterns = {
  en: [
    /\b(?:two|three|four|2|3|4) (?:separate |different |distinct |unrelated )?(?:issues|problems|questions)\b/,
    /\b(?:several|multiple|a few|two|three|four) (?:separate |different |distinct |unrelated )?(?:issues|problems|things|topics)\b[^.]{0,30}:/,
    /\b(?:second|another|unrelated) (?:issue|problem)\b/,
  ],
  fr: [
    /\b(?:deux|trois|quatre|2|3|4) (?:problemes|soucis|sujets|questions|incidents)\b/,
    /\bplusieurs (?:problemes|soucis|sujets|points)\b[^.]{0,30}:/,
    /(?<!\b(?:aucun|pas d|sans|aucune) )\b(?:deuxieme|second|autre) (?:probleme|souci|sujet)\b/,
  ],
};

/**
 * "Additionally to the failing migration, the customer cannot …" introduces a second matter, but
 * "In addition to Outlook, Teams fails with the same error" extends one: the sentence must not say
 * "same".
 */
const IN_ADDITION_TO: Patterns = {
  en: [/(?:^|[.;] )(?:additionally to|in addition to)\b[^.]{0,80}, [^.]*/],
  fr: [/(?:^|[.;] )en plus (?:de|du|des)\b[^.]{0,80}, [^.]*/],
};
const SAME = /\b(?:same|meme|memes)\b/;

/**
 * A request opening with "Another issue with the same customer: …" refers to an earlier request:
 * that opener is not a second problem in this one.
 */
const FOLLOW_UP_OPENER = /^(?:another|second|autre|deuxieme|encore un)\b[^:]{0,60}:/;

/**
 * Openers of a later clause that start a new matter ("… . Also, separately, …", "Par ailleurs, …"),
 * unless what follows points back to the same problem ("Also, the same error …").
 */
const CLAUSE_OPENERS: Patterns = {
  en: [/^(?:also|additionally|in addition|separately|on a separate note|unrelated(?:ly)?)\b/],
  fr: [/^(?:par ailleurs|en outre|autre chose|egalement|aussi)\b/],
};
const REFERS_BACK =
  /^[^.]{0,40}\b(?:it|this|that|same|the (?:error|issue|problem)|ce probleme|cette erreur|la meme|le meme|l erreur|cela)\b/;

/**
 * "… and also Teams won't start": "and also" followed by a new subject that fails in its own way.
 * "it happens on web and also on mobile", "crashes and also freezes", "and also it…" stay one.
 */
const AND_ALSO_NEW_FAILURE =
  /\b(?:and|et) (?:also|aussi),? (?!it |this |that |il |elle |ils |elles |cela |ca )(?:(?:the|our|their|an?|le|la|les|l|un|une|nos|notre|leurs?) )?[a-z0-9]+(?: [a-z0-9]+){0,2} (?:won t|cannot|can t|does not|doesn t|is not|isn t|are not|fails?|crash\w*|no longer|ne|n|plante\w*|echoue\w*)\b/;

/** Numbered items 1) … 2) …, unless they are reproduction steps. */
const NUMBERED_LIST = /(?:^|[\s:;])(?:\(1\)|1\)|1\.)\s.+[\s,;.](?:\(2\)|2\)|2\.)\s/;
const STEPS = /\b(?:steps|to reproduce|repro|etapes|pour reproduire|procedure)\b/;

function prepare(text: string): string {
  return normalise(text).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

function patternsFor(patterns: Patterns, lang: Lang | undefined): RegExp[] {
  const langs: Lang[] = lang ? [lang] : ['en', 'fr'];
  return [...(patterns.any ?? []), ...langs.flatMap((l) => patterns[l] ?? [])];
}

function hasSeveralProblems(normalised: string, lang: Lang | undefined): boolean {
  if (NUMBERED_LIST.test(normalised) && !STEPS.test(normalised)) return true;
  if (AND_ALSO_NEW_FAILURE.test(normalised)) return true;
  const body = normalised.replace(FOLLOW_UP_OPENER, '');
  if (patternsFor(SEVERAL_PATTERNS, lang).some((re) => re.test(body))) return true;
  if (patternsFor(SEVERAL_EXTRA, lang).some((re) => re.test(body))) return true;
  for (const re of patternsFor(IN_ADDITION_TO, lang)) {
    const match = re.exec(body);
    if (match && !SAME.test(match[0])) return true;
  }
  const openers = patternsFor(CLAUSE_OPENERS, lang);
  // The first clause is skipped: "Also, …" opening a request continues an earlier one.
  const laterClauses = body.split(/[.;!?] /).slice(1);
  return laterClauses.some((clause) =>
    openers.some((re) => {
      const match = re.exec(clause.trim());
      return match !== null && !REFERS_BACK.test(clause.trim().slice(match[0].length));
    }),
  );
}

/**
 * True when the text names a product version out of support on the UTC date of `at`. A text that
 * also names a supported version of the same product ("migrated from SQL Server 2014 to 2022") is
 * about leaving the old one and is not flagged.
 */
function mentionsUnsupportedProduct(text: string, at: Date): boolean {
  const date = calendarDate(at);
  const mentions = findProductMentions(text).map(({ product, version }) => {
    const row = findRow(product, version);
    return { product, ended: row !== undefined && lifecyclePhase(row, date) === 'out-of-support' };
  });
  return mentions.some(
    (mention) =>
      mention.ended && !mentions.some((other) => other.product === mention.product && !other.ended),
  );
}

/** "This is not a feature request", "pas besoin d'analyse des causes": a negated phrase says nothing. */
const NEGATED_BEFORE =
  /\b(?:not|no|cannot|never|without|pas|aucun|aucune|sans|jamais)\b(?: [^ ]+){0,3} ?$/;

function phraseMatches(re: RegExp, normalised: string): boolean {
  const match = re.exec(normalised);
  return match !== null && !NEGATED_BEFORE.test(normalised.slice(0, match.index));
}

function matchesTopic(
  topic: Exclude<ScopeTopic, 'unsupported-product'>,
  lower: string,
  normalised: string,
  stemmed: Map<Lang, StemmedText>,
): boolean {
  if (topic === 'developer-api' && DEVELOPER_MARKERS.some((re) => re.test(lower))) return true;
  const langs = [...stemmed.keys()];
  const patterns = patternsFor(TOPIC_PATTERNS[topic], langs.length === 1 ? langs[0] : undefined);
  if (patterns.some((re) => phraseMatches(re, normalised))) return true;
  return langs.some((lang) =>
    COMPILED[lang][topic]!.some((rule) => matchesRule(stemmed.get(lang)!, rule)),
  );
}

/**
 * Scope hints for a request's text. `lang` restricts the language-specific cues; without it the
 * language is read from the text (both when the text does not tell). 'unsupported-product' needs
 * `at` (the product's lifecycle on that UTC date): without it the topic is never reported, rather
 * than read from a hidden clock.
 */
export function scopeHints(text: string, lang?: Lang, at?: Date): ScopeHints {
  const normalised = prepare(text);
  const language = lang ?? detectLanguage(text);
  const langs: Lang[] = language ? [language] : ['en', 'fr'];
  const lower = text.toLowerCase();
  const stemmed = new Map(langs.map((l) => [l, stemText(lower, l)] as const));
  const topics = SCOPE_TOPICS.filter((topic) =>
    topic === 'unsupported-product'
      ? at !== undefined && mentionsUnsupportedProduct(text, at)
      : matchesTopic(topic, lower, normalised, stemmed),
  );
  return {
    topics,
    severalProblems: hasSeveralProblems(normalised, language),
    unlisted: findUnlistedVersions(text),
  };
}
