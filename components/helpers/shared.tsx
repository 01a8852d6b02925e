import type { ComponentChild } from 'preact';
import { selectedTabIs } from '../../lib/dom/fields';
import type { CustomerSummary, Program } from '../../lib/history/types';
import type { FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import {
  type ContextKind,
  contextKindOf,
  type Detection,
  detect,
  isOwnTenant,
  programFor,
} from '../../lib/portals';
import { type HelperState, type MountedHelper, mountHelper, type Placement } from '../mount';
import { HelperI18nProvider, makeHelperI18n } from './i18n';

/**
 * What the helpers share: the page's context (whose tenant, which customer, which program),
 * resolved once per navigation through the background, and a render step that only touches the
 * shadow root when what it shows has changed.
 */

export interface PageContext {
  detection: Detection;
  kind: ContextKind;
  tenantId: string | null;
  domain: string | null;
  /** The customer's name when known (Partner Center recorded it, or the page shows it). */
  name: string | null;
  customer: CustomerSummary | null;
  program: Program | null;
}

interface Pending {
  settled: boolean;
  value: PageContext | null;
  waiting: (() => void)[];
}

/**
 * Keyed by the navigation's URL object, which the runtime creates once per navigation and hands
 * to every feature: one resolution (one round of messages) per navigation, shared.
 */
const contexts = new WeakMap<URL, Pending>();

/** The detection of the current frame, computed from the URL (and page) the runtime gives. */
const detections = new WeakMap<URL, Detection | null>();

/**
 * The detection of the current frame. Cached per navigation (the runtime's URL object) for URL
 * facts; Partner Center's page facts (name, domains) are read fresh by its recorder.
 */
export function detectionOf(env: Pick<FeatureEnv, 'url' | 'document'>): Detection | null {
  if (detections.has(env.url)) return detections.get(env.url) ?? null;
  const found = detect(env.url, env.document);
  // A ReactView frame names its page from headings that may come late: do not cache "other".
  if (found?.page !== 'other') detections.set(env.url, found);
  return found;
}

async function resolveContext(env: FeatureEnv): Promise<PageContext | null> {
  const detection = detectionOf(env);
  if (!detection) return null;
  const { profile } = env.settings;
  let tenant = detection.tenant;
  let remembered = false;
  if (tenant.kind === 'unknown' && detection.portal !== 'partner-center') {
    // The admin center after the delegated redirect, or a ReactView frame: the URL does not name
    // the tenant; the tab's remembered context (set before the redirect, or by the top frame) does.
    const reply = await request('context:tab', {});
    if (reply.ok && reply.data) {
      tenant = { kind: 'customer', tenantId: reply.data.tenantId, domain: null };
      remembered = true;
    } else if (detection.portal === 'm365-admin' && reply.ok) {
      // No delegated entry in this tab: the admin center was opened directly (domain.md §2).
      tenant = { kind: 'own' };
    }
  }
  let customer: CustomerSummary | null = null;
  if (tenant.kind === 'customer' && !isOwnTenant(tenant, profile)) {
    const query = tenant.tenantId ? { tenantId: tenant.tenantId } : { domain: tenant.domain! };
    const reply = await request('customers:lookup', query);
    if (reply.ok) customer = reply.data;
    const tenantId = tenant.tenantId ?? customer?.tenantId ?? null;
    // Frames of this tab (ReactView blades) cannot read our URL: leave the tenant with the tab.
    if (detection.portal === 'azure' && !remembered && tenantId && window.top === window)
      void request('context:remember-tab', { tenantId, service: 'azure' });
  }
  let kind = contextKindOf(tenant, profile);
  if (customer?.ownTenant) kind = 'own';
  return {
    detection,
    kind,
    tenantId: tenant.kind === 'customer' ? (tenant.tenantId ?? customer?.tenantId ?? null) : null,
    domain: tenant.kind === 'customer' ? (tenant.domain ?? customer?.domains[0] ?? null) : null,
    name: customer?.name ?? null,
    customer,
    program: programFor(detection.portal, kind, env.settings),
  };
}

/**
 * The page context for this navigation: `undefined` while the background is asked (then
 * `onReady` runs once it is known), `null` when the page is not one we know.
 */
export function pageContext(env: FeatureEnv, onReady: () => void): PageContext | null | undefined {
  const entry = contexts.get(env.url);
  const wait = () => {
    if (!env.signal.aborted) onReady();
  };
  if (entry) {
    if (!entry.settled) entry.waiting.push(wait);
    return entry.settled ? entry.value : undefined;
  }
  const created: Pending = { settled: false, value: null, waiting: [wait] };
  contexts.set(env.url, created);
  void resolveContext(env)
    .catch(() => null)
    .then((value) => {
      created.settled = true;
      created.value = value;
      for (const fn of created.waiting.splice(0)) fn();
    });
  return undefined;
}

const lastRendered = new WeakMap<MountedHelper, string>();

/**
 * Mounts (once per anchor) and renders a helper. `key` summarises what the view shows: when it did
 * not change since the last scan, nothing is rendered again (scans run after every DOM change).
 */
export function show(
  env: FeatureEnv,
  helper: string,
  anchor: Element,
  placement: Placement,
  state: HelperState,
  key: string,
  view: () => ComponentChild,
): MountedHelper | null {
  const mounted = mountHelper({
    helper,
    anchor,
    placement,
    signal: env.signal,
    onError: () => env.miss('render'),
  });
  if (!mounted) return null;
  env.found();
  const fullKey = `${state}|${env.language}|${key}`;
  if (lastRendered.get(mounted) === fullKey) return mounted;
  lastRendered.set(mounted, fullKey);
  mounted.setState(state);
  mounted.render(
    <HelperI18nProvider value={makeHelperI18n(env.language)}>{view()}</HelperI18nProvider>,
  );
  return mounted;
}

/** Removes every host of a helper in this document (e.g. its anchor moved away). */
export function removeHelpers(doc: Document, helper: string, except?: Element | null) {
  for (const el of doc.querySelectorAll(`pcx-${helper}`)) if (el !== except) el.remove();
}

/** Calls `fn` after `ms` of quiet; cancelled by the signal. */
export function debounce(signal: AbortSignal, ms: number, fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    clearTimeout(timer);
    if (!signal.aborted) timer = setTimeout(() => !signal.aborted && fn(), ms);
  };
}

/**
 * The plan, severity and contact fields live on the Azure wizard's "Additional details" tab: when
 * that tab is shown and a helper still has no field, its miss clock starts (a renamed or removed
 * field is then counted, while the other tabs count nothing).
 */
export function expectOnDetailsTab(env: FeatureEnv) {
  if (selectedTabIs(env.document, 'additionalDetailsTab')) env.expect();
}
