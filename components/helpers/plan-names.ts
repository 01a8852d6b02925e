import { fold } from '../../lib/dom/labels';
import type { PlanId } from '../../lib/rules/plans';

/**
 * The names Support for business gives the plans it lists (Microsoft's wording, EN and FR as seen
 * in the purchase workflow and the partner benefits pages), mapped to our PlanIds. Longest first,
 * so "Partner support Gold 20pack" is not read as a bare "Gold".
 */
const NAMES: [string, PlanId][] = [
  ['Partner On-premises Support 20', 'partner-on-premises-20'],
  ['Support local du partenaire 20', 'partner-on-premises-20'],
  ['Partner support Gold 20pack', 'partner-gold-20pack'],
  ['Gold 20pack', 'partner-gold-20pack'],
  ['Gold 20', 'partner-gold-20pack'],
  ['Partner support Silver 15pack', 'partner-silver-15pack'],
  ['Silver 15pack', 'partner-silver-15pack'],
  ['Silver 15', 'partner-silver-15pack'],
  ['MAPS 10pack', 'partner-maps-10pack'],
  ['MAPS 10', 'partner-maps-10pack'],
  ['Signature Cloud Support', 'partner-cloud-support'],
  ['Partner Cloud Support', 'partner-cloud-support'],
  ['Advanced Support for Partners', 'advanced-support-partners'],
  ['Support avancé pour les partenaires', 'advanced-support-partners'],
  ['Premier', 'premier-unified'],
  ['Unified', 'premier-unified'],
  ['Pay-per-incident', 'pay-per-incident'],
  ['Pay per incident', 'pay-per-incident'],
  ['Paiement à l’incident', 'pay-per-incident'],
  ['Paiement par incident', 'pay-per-incident'],
  ['Professional support', 'pay-per-incident'],
  ['Support professionnel', 'pay-per-incident'],
];

const FOLDED = NAMES.map(([name, id]) => [fold(name), id] as const).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The plan a listed name stands for, or null. */
export function planOfName(text: string): PlanId | null {
  const f = ` ${fold(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  for (const [name, id] of FOLDED) {
    const n = name.replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ');
    if (f.includes(` ${n} `)) return id;
  }
  return null;
}
