import { checkEligibility, findRow, matchProduct, type Reason } from '../lifecycle/index';
import type { Service, TicketProgram } from '../vocabulary';
import { canConsume, knownZone, type Pack, packDay } from './packs';
import { PLANS } from './plans';

/**
 * Whether a pack covers a ticket: the one rule every way of spending an incident goes through
 * (domain.md §8). The repository asks it inside the transaction that spends the incident, and the
 * pages ask it to say, pack by pack, "covers this ticket" or why not — so what the link menu
 * promises is what the repository does.
 *
 * In order, the first failing check is the answer:
 * 1. program — a Cloud Solution Provider request costs no incident; a request whose program is
 *    not known cannot be judged;
 * 2. service — a cloud ticket is never covered by an on-premises (partner-program) pack nor by
 *    pay-per-incident, and a cloud-support plan never covers an on-premises product;
 * 3. product — for a partner-program pack, the ticket's product version must pass N-1 on the day
 *    the ticket was filed (no version, no verdict); for the other packs a known product version
 *    must still be in its lifecycle on that day;
 * 4. the pack itself — not expired and with incidents left on the day of spending.
 *
 * Only the first three may be overridden ("spend anyway", confirmed and logged): an expired or
 * empty pack has nothing Microsoft would accept, whatever the agent says.
 */

/** What coverage needs to know of a ticket. */
export interface CoveredTicket {
  program: TicketProgram;
  service: Service;
  /** As the lifecycle data spells it, or as written (older records: product and version in one). */
  product: string | null;
  version?: string | null;
  /** ISO instant: the day N-1 is judged on. */
  filedAt: string;
}

export type CoverageRefusal =
  /** CSP requests are free: nothing to spend. */
  | 'csp-costs-nothing'
  /** Nobody said whose tenant the request was for. */
  | 'program-unknown'
  /** A cloud service on a partner-program pack or on pay-per-incident. */
  | 'cloud-ticket'
  /** An on-premises product on a cloud-support plan. */
  | 'on-premises-ticket'
  /** A partner-program pack needs the product and version to check N-1. */
  | 'version-needed'
  /** The product version is not in our lifecycle data: N-1 cannot be checked. */
  | 'not-in-our-data'
  /** The lifecycle verdict on the filing day says no (`eligibility` says which rule). */
  | 'not-eligible'
  | 'expired'
  | 'no-incidents-left';

export type Coverage =
  | { covers: true }
  | {
      covers: false;
      reason: CoverageRefusal;
      /** May the agent spend anyway, with a confirmed and logged reason? */
      overridable: boolean;
      /** The lifecycle reason behind 'not-eligible'. */
      eligibility?: Reason;
    };

/** The refusals an agent may override: everything but a pack that cannot be spent at all. */
export const OVERRIDABLE: ReadonlySet<CoverageRefusal> = new Set<CoverageRefusal>([
  'csp-costs-nothing',
  'program-unknown',
  'cloud-ticket',
  'on-premises-ticket',
  'version-needed',
  'not-in-our-data',
  'not-eligible',
]);

const no = (reason: CoverageRefusal, eligibility?: Reason): Coverage => ({
  covers: false,
  reason,
  overridable: OVERRIDABLE.has(reason),
  ...(eligibility ? { eligibility } : {}),
});

const planOf = (pack: Pack) =>
  PLANS[pack.kind === 'pay-per-incident-5pack' ? 'pay-per-incident' : pack.kind];

const isPayPerIncident = (pack: Pack) =>
  pack.kind === 'pay-per-incident' || pack.kind === 'pay-per-incident-5pack';

/**
 * The lifecycle row a ticket names: its product and version as the data spells them, or the two
 * read together as text (a record that holds "Windows Server 2022" in `product`). Null when no
 * row fits exactly one way.
 */
export function ticketProduct(
  ticket: Pick<CoveredTicket, 'product' | 'version'>,
): { product: string; version: string } | null {
  const product = ticket.product?.trim();
  if (!product) return null;
  const version = ticket.version?.trim();
  if (version && findRow(product, version)) return { product, version };
  return matchProduct(version ? `${product} ${version}` : product);
}

export interface CoverageOptions {
  /** When the incident is spent (expiry and incidents left are judged on its calendar day). */
  at: Date;
  /** The agent's schedule zone: both days are calendar days there (UTC when unknown). */
  timeZone?: string | null;
}

/** Does `pack` cover `ticket` if an incident is spent at `options.at`? */
export function packCovers(pack: Pack, ticket: CoveredTicket, options: CoverageOptions): Coverage {
  if (ticket.program === 'csp') return no('csp-costs-nothing');
  if (ticket.program === 'unknown') return no('program-unknown');
  const plan = planOf(pack);
  const cloudTicket = ticket.service !== 'on-premises';
  if (cloudTicket && (plan.coverage === 'on-premises' || isPayPerIncident(pack))) {
    return no('cloud-ticket');
  }
  if (!cloudTicket && plan.coverage === 'cloud') return no('on-premises-ticket');
  if (!cloudTicket) {
    const named = ticketProduct(ticket);
    if (!named && plan.n1) {
      return no(
        ticket.product?.trim() && ticket.version?.trim() ? 'not-in-our-data' : 'version-needed',
      );
    }
    if (named) {
      const filed = new Date(ticket.filedAt);
      const zone = knownZone(options.timeZone);
      const verdict = checkEligibility({
        plan: plan.id,
        ...named,
        at: Number.isNaN(filed.getTime()) ? options.at : filed,
        ...(zone ? { timeZone: zone } : {}),
      });
      if (verdict.status === 'not-eligible') return no('not-eligible', verdict.reason);
      if (verdict.status === 'unknown' && plan.n1) return no('not-in-our-data', verdict.reason);
    }
  }
  const spendable = canConsume(pack, packDay(options.at, options.timeZone));
  return spendable.ok ? { covers: true } : no(spendable.reason);
}

export { refusalCode } from './refusals';
