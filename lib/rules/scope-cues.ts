import { type Lang, stem, words } from './stem';

/**
 * Cues of the scope topics, matched on stems within a window of words rather than as fixed
 * phrases: "could one of your engineers, once the migration is done, come to the customer's
 * office" has its person, its verb and its place far apart, in any order. A rule is groups of
 * alternatives (words, or several words in a row); it matches when one word of each group stands
 * within `within` words of the first group's word, none of them has a negation just before it
 * ("does not need anyone to come"), and the second group's word has no `unless` word just before it
 * ("error code", "exit code").
 */

export interface CueRule {
  groups: string[][];
  within: number;
  unless?: string[];
  /** Words that cancel the rule anywhere in the window ("the add-in we developed" is not custom code). */
  awayFrom?: string[];
}

interface CompiledRule {
  groups: string[][][];
  within: number;
  unless: Set<string>;
  awayFrom: string[][];
}

const NEGATIONS = new Set([
  'not',
  'no',
  't',
  'never',
  'without',
  'pas',
  'aucun',
  'aucune',
  'sans',
  'jamais',
]);
const NEGATION_REACH = 4;

function compileAlternative(alternative: string, lang: Lang): string[] {
  return words(alternative).map((word) => stem(word, lang));
}

export function compileRules(rules: CueRule[], lang: Lang): CompiledRule[] {
  return rules.map((rule) => ({
    groups: rule.groups.map((group) => group.map((alt) => compileAlternative(alt, lang))),
    within: rule.within,
    unless: new Set((rule.unless ?? []).map((word) => stem(word, lang))),
    awayFrom: (rule.awayFrom ?? []).map((alt) => compileAlternative(alt, lang)),
  }));
}

/** Positions where an alternative (one stem or several in a row) starts. */
function positions(stems: string[], index: Map<string, number[]>, alternative: string[]): number[] {
  const starts = index.get(alternative[0]!) ?? [];
  if (alternative.length === 1) return starts;
  return starts.filter((start) =>
    alternative.every((part, offset) => stems[start + offset] === part),
  );
}

export interface StemmedText {
  stems: string[];
  index: Map<string, number[]>;
}

export function stemText(text: string, lang: Lang): StemmedText {
  const stems = words(text).map((word) => stem(word, lang));
  const index = new Map<string, number[]>();
  stems.forEach((s, i) => {
    const list = index.get(s);
    if (list) list.push(i);
    else index.set(s, [i]);
  });
  return { stems, index };
}

function negated(stems: string[], at: number): boolean {
  for (let i = Math.max(0, at - NEGATION_REACH); i < at; i++)
    if (NEGATIONS.has(stems[i]!)) return true;
  return false;
}

export function matchesRule(text: StemmedText, rule: CompiledRule): boolean {
  const { stems, index } = text;
  const [first, ...rest] = rule.groups;
  const anchors = first!.flatMap((alt) => positions(stems, index, alt));
  if (anchors.length === 0) return false;
  const others = rest.map((group, g) =>
    group
      .flatMap((alt) => positions(stems, index, alt))
      .filter((p) => !negated(stems, p))
      .filter((p) => g > 0 || !(rule.unless.has(stems[p - 1]!) || rule.unless.has(stems[p - 2]!))),
  );
  if (others.some((list) => list.length === 0)) return false;
  return anchors.some((anchor) => {
    if (negated(stems, anchor)) return false;
    if (!others.every((list) => list.some((p) => Math.abs(p - anchor) <= rule.within)))
      return false;
    return !rule.awayFrom.some((alt) =>
      positions(stems, index, alt).some((p) => Math.abs(p - anchor) <= rule.within),
    );
  });
}
