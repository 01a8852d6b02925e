/**
 * The rules behind the helpers' verdicts, as topics of the extension's rules page (covers.html):
 * a helper's "Why?" names one, the background opens the page at it. One topic per rule a verdict
 * rests on (domain.md), not one per helper: the Azure severity picker and the Support for business
 * preview share the first-response rule.
 */
export const WHY_TOPICS = [
  'first-response',
  'plan',
  'contact',
  'context',
  'n-1',
  'scope',
  'packs',
] as const;

export type WhyTopic = (typeof WHY_TOPICS)[number];

/** The fragment of the rules page where a topic is explained. */
export const whyAnchor = (topic: WhyTopic): string => `why-${topic}`;
