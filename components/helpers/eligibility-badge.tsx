import { accessibleName, fieldRow, findField, readControl, textOf } from '../../lib/dom/fields';
import { labelLanguages, matchesLabel } from '../../lib/dom/labels';
import type { PackSummary } from '../../lib/history/types';
import {
  calendarDate,
  checkEligibility,
  type Eligibility,
  matchProduct,
  type ProductMatch,
} from '../../lib/lifecycle';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import type { PlanId } from '../../lib/rules/plans';
import type { HelperState } from '../mount';
import { useI18n } from './i18n';
import { planOfName } from './plan-names';
import { detectionOf, show } from './shared';

/**
 * Eligibility badge (Support for business, domain.md §6): for the product version chosen, can each
 * pack the partner holds be spent on it (N-1 policy, lifecycle phase), and pay-per-incident as the
 * fallback. And a note beside the "unavailable support plans" list saying why each is unavailable.
 */

export interface PlanVerdict {
  plan: PlanId;
  /** Held packs of that plan (0 for the pay-per-incident line shown as the fallback). */
  held: number;
  eligibility: Eligibility;
}

export function planOfPack(pack: Pick<PackSummary, 'kind'>): PlanId {
  return pack.kind === 'pay-per-incident-5pack' ? 'pay-per-incident' : pack.kind;
}

/** Packs that can still be spent today: incidents left (or a contract) and not expired. */
export function usablePacks(packs: PackSummary[], today: string): PackSummary[] {
  return packs.filter(
    (p) =>
      (p.incidentsLeft === null || p.incidentsLeft > 0) &&
      (p.expiresOn === null || p.expiresOn > today),
  );
}

export function verdicts(product: ProductMatch, packs: PackSummary[], at: Date): PlanVerdict[] {
  const held = new Map<PlanId, number>();
  for (const p of usablePacks(packs, calendarDate(at)))
    held.set(planOfPack(p), (held.get(planOfPack(p)) ?? 0) + 1);
  const plans = [...held.keys()];
  if (!plans.includes('pay-per-incident')) plans.push('pay-per-incident');
  return plans.map((plan) => ({
    plan,
    held: held.get(plan) ?? 0,
    eligibility: checkEligibility({ plan, product: product.product, version: product.version, at }),
  }));
}

export function badgeState(product: ProductMatch | null, list: PlanVerdict[]): HelperState {
  if (!product) return 'unknown';
  const held = list.filter((v) => v.held > 0);
  if (list.some((v) => v.eligibility.reason === 'unknown-product')) return 'unknown';
  if (held.some((v) => v.eligibility.status === 'eligible')) return 'ok';
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
}: {
  product: ProductMatch | null;
  list: PlanVerdict[];
}) {
  const { t } = useI18n();
  const state = badgeState(product, list);
  return (
    <div class="pcx-card" data-state={state} role="status">
      <p class="pcx-title">
        {product
          ? t('eligibility.title', { product: `${product.product} ${product.version}` })
          : t('eligibility.unknownProduct')}
      </p>
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
  );
}

export function EligibilityNote({
  rows,
}: {
  rows: { name: string; plan: PlanId | null; eligibility: Eligibility | null }[];
}) {
  const { t } = useI18n();
  return (
    <div class="pcx-card" data-state="ok">
      <p class="pcx-title">{t('eligibility.note.title')}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.name}>
            <strong>{r.plan ? t(`plan.${r.plan}`) : r.name}</strong>:{' '}
            {r.eligibility
              ? t(`reason.${r.eligibility.reason}`)
              : t('eligibility.note.unknownPlan')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The product version the page shows: its product/version fields, a labelled value, a heading. */
export function readProduct(
  doc: Document,
): { product: ProductMatch | null; anchor: Element } | null {
  const version = findField(doc, 'productVersion');
  const product = findField(doc, 'product');
  if (version || product) {
    const label = [product && readControl(product), version && readControl(version)]
      .filter(Boolean)
      .join(' ');
    const anchor = fieldRow((version ?? product)!);
    return { product: label ? matchProduct(label) : null, anchor };
  }
  const languages = labelLanguages(doc);
  for (const term of doc.querySelectorAll('dt,th')) {
    if (!matchesLabel(textOf(term), 'product', languages, 'prefix')) continue;
    const value = term.nextElementSibling;
    if (value)
      return { product: matchProduct(textOf(value)), anchor: term.closest('dl,table,tr') ?? value };
  }
  // "Product: Windows Server 2025 Datacenter" written as one line of text.
  for (const el of doc.querySelectorAll('main p,main span,main div,main dd,p,dd')) {
    if (el.childElementCount > 0) continue;
    const text = textOf(el);
    const colon = text.indexOf(':');
    if (colon <= 0 || colon > 40) continue;
    if (!matchesLabel(text.slice(0, colon), 'product', languages)) continue;
    const rest = text.slice(colon + 1).trim();
    if (rest) return { product: matchProduct(rest), anchor: el };
  }
  for (const heading of doc.querySelectorAll('h1,h2,h3,[role=heading]')) {
    const match = matchProduct(textOf(heading));
    if (match) return { product: match, anchor: heading };
  }
  return null;
}

/** The "unavailable support plans" expander and the plan names it lists. */
export function readUnavailable(doc: Document): { anchor: Element; names: string[] } | null {
  const languages = labelLanguages(doc);
  const toggles = doc.querySelectorAll('button,summary,[role=button],h2,h3,h4,legend');
  for (const toggle of toggles) {
    const name =
      toggle.tagName === 'BUTTON' || toggle.getAttribute('role') === 'button'
        ? accessibleName(toggle) || textOf(toggle)
        : textOf(toggle);
    if (!matchesLabel(name, 'unavailablePlans', languages, 'prefix')) continue;
    const controlled = toggle.getAttribute('aria-controls');
    const region =
      (controlled ? doc.getElementById(controlled) : null) ??
      toggle.closest('details') ??
      toggle.closest('section,[role=region]') ??
      toggle.nextElementSibling;
    if (!region || region.hasAttribute('hidden')) return { anchor: toggle, names: [] };
    const items = [...region.querySelectorAll('li,[role=listitem],[role=row]')];
    const names = items
      // The plan's name is the item's heading, or its first block (details and errors follow).
      .map((li) =>
        textOf(li.querySelector('h3,h4,strong,b,[role=heading]') ?? li.firstElementChild ?? li),
      )
      .filter(Boolean);
    return { anchor: toggle, names };
  }
  return null;
}

const packsBySignal = new WeakMap<AbortSignal, PackSummary[] | null>();

function scanBadge(env: FeatureEnv) {
  const read = readProduct(env.document);
  if (!read) return;
  const packs = packsBySignal.get(env.signal) ?? [];
  const at = new Date();
  const list = read.product ? verdicts(read.product, packs, at) : [];
  const state = badgeState(read.product, list);
  show(
    env,
    'eligibility-badge',
    read.anchor,
    'after',
    state,
    JSON.stringify([read.product, list]),
    () => <EligibilityBadge product={read.product} list={list} />,
  );
  const unavailable = readUnavailable(env.document);
  if (unavailable && read.product && unavailable.names.length) {
    const product = read.product;
    const rows = unavailable.names.map((name) => {
      const plan = planOfName(name);
      return {
        name: name.slice(0, 120),
        plan,
        eligibility: plan
          ? checkEligibility({ plan, product: product.product, version: product.version, at })
          : null,
      };
    });
    show(env, 'eligibility-note', unavailable.anchor, 'after', 'ok', JSON.stringify(rows), () => (
      <EligibilityNote rows={rows} />
    ));
  }
}

export const eligibilityBadge: Feature = {
  id: 'eligibility-badge',
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'support-for-business' && d.page !== 'other';
  },
  async setup(env) {
    const reply = await request('packs:summary', {});
    packsBySignal.set(env.signal, reply.ok ? reply.data : null);
  },
  scan: scanBadge,
};
