import type { LedgerPack, PackSummary } from '../../lib/history/types';
import type { Eligibility, ProductMatch } from '../../lib/lifecycle';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import { sfbSignedInAccount } from '../../lib/portals/sfb-account';
import { incidentsLeft, packDay } from '../../lib/rules/packs';
import type { PlanId } from '../../lib/rules/plans';
import { type BuyerCheck, checkBuyers, everyFivePackElsewhere } from '../../lib/sfb/covers';
import {
  type EligibilityAnswer,
  heldPlans,
  type PlanVerdict,
  verdictsOf,
} from '../../lib/sfb/eligibility';
import { type Proposal, reconcilePacks } from '../../lib/sfb/pack-reconcile';
import { parsePlanRow, rowLocaleOf } from '../../lib/sfb/plan-rows';
import type { HelperState } from '../mount';
import { HelperCard } from './card';
import { useI18n } from './i18n';
import { PackSync, type PackSyncProps, type SyncOutcome } from './pack-sync';
import { planOfName } from './plan-names';
import { onStepOne, readSfbProduct, readSupportTypes, readUnavailable, rowKey } from './sfb-form';
import { SfbRules } from './sfb-rules';
import { detectionOf, removeHelpers, show } from './shared';

/**
 * Eligibility badge (Support for business, domain.md §6 and §8), beside "Types of Support": for the
 * product chosen in "Select a product" (its name carries the version), can each pack the partner
 * holds be spent on it (N-1 policy, lifecycle phase), with pay-per-incident as the fallback; then
 * the plans the page lists, read row by row, and an offer to add or update the matching pack in the
 * ledger, showing what will change, one click per pack. A note beside "Unavailable support plans"
 * says why each listed plan is unavailable. A row it cannot read is skipped and counted as a miss.
 * The verdicts come from the background (`rules:eligibility`), which holds the lifecycle table;
 * until it has answered for the product shown, the badge keeps what it showed.
 */

export { readUnavailable } from './sfb-form';

export function badgeState(
  product: ProductMatch | null,
  list: PlanVerdict[],
  buyers: readonly BuyerCheck[] = [],
): HelperState {
  if (!product) return 'unknown';
  const held = list.filter((v) => v.held > 0);
  if (list.some((v) => v.eligibility.reason === 'unknown-product')) return 'unknown';
  // A held pack that can be spent from this sign-in. The 5-packs (pay-per-incident) count only
  // when one of them was not bought with another account than the one signed in here.
  const spendable = held.filter(
    (v) =>
      v.eligibility.status === 'eligible' &&
      !(v.plan === 'pay-per-incident' && everyFivePackElsewhere(buyers)),
  );
  if (spendable.length > 0) return 'ok';
  if (held.some((v) => v.eligibility.status === 'eligible')) return 'warning';
  if (list.some((v) => v.eligibility.phase === 'out-of-support')) return 'warning';
  if (held.length) return 'warning';
  return 'unknown';
}

function Verdict({ v }: { v: PlanVerdict }) {
  const { t } = useI18n();
  const e = v.eligibility;
  return (
    <li>
      <strong>{t(`plan.${v.plan}`)}</strong>
      {v.held > 0 ? ` (${t('eligibility.held', { count: v.held })})` : ''}
      {t('eligibility.labelEnd')}
      {t(`status.${e.status}`)}. {t(`reason.${e.reason}`)}
      {e.phase && <span class="pcx-muted"> {t(`phase.${e.phase}`)}.</span>}
      {e.status === 'not-eligible' && e.alternatives.length > 0 && (
        <span>
          {' '}
          {t('eligibility.instead', {
            plans: e.alternatives.map((p) => t(`plan.${p}`)).join(', '),
          })}
        </span>
      )}
    </li>
  );
}

export function EligibilityBadge({
  product,
  list,
  sync,
  buyers = [],
}: {
  product: ProductMatch | null;
  list: PlanVerdict[];
  sync?: PackSyncProps | null;
  /** The usable 5-packs against the account the page shows signed in (lib/sfb/covers). */
  buyers?: readonly BuyerCheck[];
}) {
  const { t } = useI18n();
  const state = badgeState(product, list, buyers);
  return (
    <HelperCard
      state={state}
      why="n-1"
      live="none"
      title={
        product
          ? t('eligibility.title', { product: `${product.product} ${product.version}` })
          : t('eligibility.unknownProduct')
      }
    >
      <div role="status">
        {product && (
          <>
            {!list.some((v) => v.held > 0) && <p class="pcx-muted">{t('eligibility.noPacks')}</p>}
            <ul>
              {list.map((v) => (
                <Verdict key={v.plan} v={v} />
              ))}
            </ul>
          </>
        )}
      </div>
      {sync && <PackSync {...sync} />}
      <SfbRules checks={buyers} />
    </HelperCard>
  );
}

export function EligibilityNote({
  rows,
}: {
  rows: { name: string; plan: PlanId | null; eligibility: Eligibility | null }[];
}) {
  const { t } = useI18n();
  return (
    <HelperCard state="ok" title={t('eligibility.note.title')} why="n-1">
      <ul>
        {rows.map((r) => (
          <li key={r.name}>
            <strong>{r.plan ? t(`plan.${r.plan}`) : r.name}</strong>
            {t('eligibility.labelEnd')}
            {r.eligibility
              ? t(`reason.${r.eligibility.reason}`)
              : t('eligibility.note.unknownPlan')}
          </li>
        ))}
      </ul>
    </HelperCard>
  );
}

/** What the badge keeps per navigation: the ledger, and what the agent did with each offer. */
interface BadgeMemory {
  ledger: LedgerPack[] | null;
  outcomes: Map<string, SyncOutcome>;
  busy: Set<string>;
  /** Rows already counted as misses (a scan runs after every DOM change). */
  missed: Set<string>;
  /** The background's verdicts by question (label, plans, day); null while it is asked. */
  answers: Map<string, EligibilityAnswer | null>;
}
const memories = new WeakMap<AbortSignal, BadgeMemory>();

function memoryOf(env: FeatureEnv): BadgeMemory {
  let m = memories.get(env.signal);
  if (!m) {
    m = {
      ledger: null,
      outcomes: new Map(),
      busy: new Set(),
      missed: new Set(),
      answers: new Map(),
    };
    memories.set(env.signal, m);
  }
  return m;
}

/** Every pack of the ledger (the background pages them; a partner holds a handful). */
async function loadLedger(): Promise<LedgerPack[] | null> {
  const reply = await request('packs:ledger', {});
  return reply.ok ? reply.data : null;
}

/**
 * The background's verdicts for a label and plans: the stored answer, or undefined after asking
 * (the badge scans again once it is here). An unanswered question is asked again on a later scan.
 */
function answerFor(
  env: FeatureEnv,
  label: string,
  plans: PlanId[],
  day: string,
): EligibilityAnswer | undefined {
  const { answers } = memoryOf(env);
  const key = JSON.stringify([label, plans, day]);
  const known = answers.get(key);
  if (known) return known;
  if (known === null) return undefined;
  answers.set(key, null);
  void request('rules:eligibility', { label, plans }).then((reply) => {
    if (env.signal.aborted) return;
    if (reply.ok) answers.set(key, reply.data);
    else answers.delete(key);
    if (reply.ok) scanBadge(env);
  });
  return undefined;
}

const summaryOf = (p: LedgerPack): PackSummary => ({
  id: p.id,
  kind: p.kind,
  incidentsLeft: incidentsLeft(p),
  expiresOn: p.expiresOn,
});

/** The key an offer is remembered by within a navigation: its row's Access Id. */
const offerKey = (p: Proposal) => p.row.accessId.toLowerCase();

async function apply(env: FeatureEnv, proposal: Proposal) {
  const memory = memoryOf(env);
  const key = offerKey(proposal);
  if (proposal.action === 'same' || memory.busy.has(key)) return;
  memory.busy.add(key);
  scanBadge(env);
  const reply =
    proposal.action === 'add'
      ? await request('packs:sync-add', proposal.input)
      : await request('packs:sync-update', { id: proposal.packId, set: proposal.set });
  memory.busy.delete(key);
  if (env.signal.aborted) return;
  if (reply.ok) {
    memory.outcomes.set(key, { kind: proposal.action === 'add' ? 'added' : 'updated' });
    memory.ledger = (await loadLedger()) ?? memory.ledger;
  } else {
    memory.outcomes.set(key, { kind: 'failed', code: reply.error.code });
  }
  if (!env.signal.aborted) scanBadge(env);
}

function decline(env: FeatureEnv, proposal: Proposal) {
  memoryOf(env).outcomes.set(offerKey(proposal), { kind: 'declined' });
  scanBadge(env);
}

function scanBadge(env: FeatureEnv) {
  const doc = env.document;
  // The helpers belong to Step 1 (the step is read from the page, never the URL): on the next
  // steps the page folds Step 1 away, and what the badge said goes with it.
  if (!onStepOne(doc)) {
    removeHelpers(doc, 'eligibility-badge');
    removeHelpers(doc, 'eligibility-note');
    return;
  }
  const chosen = readSfbProduct(doc);
  const types = readSupportTypes(doc);
  if (!types) {
    removeHelpers(doc, 'eligibility-badge');
    removeHelpers(doc, 'eligibility-note');
    // The plan list is due once a product is chosen (the page then asks for the plans).
    if (chosen?.label) env.expect();
    return;
  }
  const memory = memoryOf(env);
  const at = new Date();
  const zone = env.settings.schedule.timeZone;
  const { held, plans } = heldPlans((memory.ledger ?? []).map(summaryOf), at, zone);
  const unavailable = readUnavailable(doc);
  const noted = (unavailable?.names ?? []).map((name) => ({ name, plan: planOfName(name) }));
  const asked = [...new Set([...plans, ...noted.flatMap((n) => (n.plan ? [n.plan] : []))])];
  // No product chosen (the placeholder): nothing to ask. Else wait for the background's answer.
  const answer = chosen?.label
    ? answerFor(env, chosen.label, asked, packDay(at, zone))
    : { product: null, plans: [] };
  if (!answer) return;
  const product = answer.product;
  const byPlan = new Map(answer.plans.map((p) => [p.plan, p.eligibility]));
  const list = verdictsOf(held, {
    product,
    plans: answer.plans.filter((p) => plans.includes(p.plan)),
  });
  const locale = rowLocaleOf(doc.documentElement.lang);
  const rows = types.rows.map((text) => ({ text, row: parsePlanRow(text, locale) }));
  for (const r of rows) {
    const key = rowKey(r.text);
    if (r.row === null && !memory.missed.has(key)) {
      memory.missed.add(key);
      env.miss('row');
    }
  }
  const plan = memory.ledger ? reconcilePacks(rows, memory.ledger, planOfName) : null;
  const sync: PackSyncProps | null =
    rows.length === 0
      ? null
      : {
          ledgerRead: memory.ledger !== null,
          proposals: plan?.proposals ?? [],
          unreadable: plan
            ? plan.skipped.filter((s) => s.reason !== 'unknown-plan').length
            : rows.filter((r) => r.row === null).length,
          unknownPlans: plan?.skipped.filter((s) => s.reason === 'unknown-plan').length ?? 0,
          outcomes: memory.outcomes,
          busy: [...memory.busy],
          onApply: (p) => void apply(env, p),
          onDecline: (p) => decline(env, p),
        };
  // A 5-pack's incidents can be used only from the account that bought it (professional FAQ).
  // The header is read only when there is a 5-pack to check it against.
  const fivePacks = (memory.ledger ?? []).some((p) => p.kind === 'pay-per-incident-5pack');
  const signedIn = fivePacks ? (sfbSignedInAccount(doc)?.account ?? null) : null;
  const buyers = checkBuyers(memory.ledger ?? [], signedIn, packDay(at, zone));
  const state = badgeState(product, list, buyers);
  // The render key: what the badge shows (a Map would stringify as {}, so outcomes go as pairs).
  const {
    onApply: _a,
    onDecline: _d,
    outcomes: _o,
    ...shown
  } = sync ?? {
    onApply: null,
    onDecline: null,
    outcomes: null,
  };
  const badge = show(
    env,
    'eligibility-badge',
    types.anchor,
    'after',
    state,
    JSON.stringify([product, list, shown, [...memory.outcomes], buyers]),
    () => <EligibilityBadge product={product} list={list} sync={sync} buyers={buyers} />,
  );
  // The page re-renders the list when the product changes: a badge left at an old place goes.
  removeHelpers(doc, 'eligibility-badge', badge?.host);
  if (!unavailable || !product || !unavailable.names.length) {
    removeHelpers(doc, 'eligibility-note');
  } else {
    const notes = noted.map(({ name, plan }) => ({
      name: name.slice(0, 120),
      plan,
      eligibility: plan ? (byPlan.get(plan) ?? null) : null,
    }));
    const note = show(
      env,
      'eligibility-note',
      unavailable.anchor,
      'after',
      'ok',
      JSON.stringify(notes),
      () => <EligibilityNote rows={notes} />,
    );
    removeHelpers(doc, 'eligibility-note', note?.host);
  }
}

export const eligibilityBadge: Feature = {
  id: 'eligibility-badge',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'support-for-business' && d.page === 'new-request';
  },
  async setup(env) {
    memoryOf(env).ledger = await loadLedger();
  },
  scan: scanBadge,
  // The plan list is legitimately absent until a product is chosen: `env.expect()` starts the clock.
  missAfterSeconds: null,
};
