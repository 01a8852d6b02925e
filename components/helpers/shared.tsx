import type { ComponentChild } from 'preact';
import { selectedTabIs } from '../../lib/dom/fields';
import type { CustomerSummary, Program } from '../../lib/history/types';
import { hasContentStrings, whenContentStrings } from '../../lib/i18n/content';
import type { Language } from '../../lib/i18n/translate';
import type { FeatureEnv } from '../../lib/platform/content-runtime';
import { loadContentStrings } from '../../lib/platform/content-strings';
import { request } from '../../lib/platform/messages';
import {
  type ContextKind,
  type DirectoryHint,
  decideTenant,
  isOwnDirectory,
  isOwnTenant,
  programFor,
  type RememberedTenant,
  type TenantSource,
} from '../../lib/portals/tenant';
import type { Detection } from '../../lib/portals/types';
import { type HelperState, type MountedHelper, mountHelper, type Placement } from '../mount';
import { CardFrameProvider } from './card';
import { HelperI18nProvider, makeHelperI18n } from './i18n';

/**
 * What the helpers share: the page's context (whose tenant, which customer, which program),
 * resolved once per navigation through the background, and a render step that only touches the
 * shadow root when what it shows has changed.
 */

export interface PageContext {
  detection: Detection;
  kind: ContextKind;
  /** What decided the kind: the URL, the tab's memory, the account menu's directory, or nothing. */
  source: TenantSource;
  /** The directory the portal shows, when it decided or could not be placed. */
  directoryName: string | null;
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

/**
 * The portal this content script serves: its detector and, where the portal shows one, how to
 * read the directory of its account menu. Each entry point binds its own (so a script carries one
 * portal's knowledge, not four); unbound, nothing is detected.
 */
export interface PortalBinding {
  detect(url: URL, doc?: Document): Detection | null;
  directory?(doc: Document): DirectoryHint | null;
}

let portal: PortalBinding = { detect: () => null };

export function bindPortal(binding: PortalBinding): void {
  portal = binding;
}

/** The detection of the current frame, computed from the URL (and page) the runtime gives. */
const detections = new WeakMap<URL, Detection | null>();

/**
 * The detection of the current frame. Cached per navigation (the runtime's URL object) for URL
 * facts; Partner Center's page facts (name, domains) are read fresh by its recorder.
 */
export function detectionOf(env: Pick<FeatureEnv, 'url' | 'document'>): Detection | null {
  if (detections.has(env.url)) return detections.get(env.url) ?? null;
  const found = portal.detect(env.url, env.document);
  // A ReactView frame names its page from headings that may come late: do not cache "other".
  if (found?.page !== 'other') detections.set(env.url, found);
  return found;
}

/** How long the resolution waits for a portal header that is not rendered yet. */
const DIRECTORY_WAIT_MS = 3000;
const DIRECTORY_POLL_MS = 250;

/** The portals whose pages can lose the tenant from their URL, where the tab's memory counts. */
const REMEMBERING_PORTALS = new Set<Detection['portal']>(['azure', 'm365-admin']);

async function lookup(query: { tenantId: string } | { domain: string }) {
  const reply = await request('customers:lookup', query);
  return reply.ok ? reply.data : null;
}

/**
 * Whose tenant, by the one rule of lib/portals/tenant.ts: the URL, else what the tab remembers,
 * else the directory the portal's account menu shows, else unknown. The evidence is gathered here
 * (messages, the page); the decision is the pure `decideTenant`.
 */
async function resolveContext(env: FeatureEnv): Promise<PageContext | null> {
  const detection = detectionOf(env);
  if (!detection) return null;
  const { profile } = env.settings;
  const top = window.top === window;
  const url = detection.tenant;
  const remembering = REMEMBERING_PORTALS.has(detection.portal);
  let tab: RememberedTenant | null = null;
  if (url.kind === 'unknown' && remembering) {
    const reply = await request('context:tab', {});
    if (reply.ok && reply.data) tab = { tenantId: reply.data.tenantId, domain: reply.data.domain };
  }
  // The account menu is read only when neither the URL nor the tab tells. The portal's header
  // may render after our first scan (scripts run at document_start): wait a little for it.
  const needDirectory = url.kind === 'unknown' && !tab && top;
  let directory = needDirectory ? (portal.directory?.(env.document) ?? null) : null;
  for (let waited = 0; needDirectory && !directory && waited < DIRECTORY_WAIT_MS; ) {
    await new Promise((r) => setTimeout(r, DIRECTORY_POLL_MS));
    waited += DIRECTORY_POLL_MS;
    if (env.signal.aborted) return null;
    directory = portal.directory?.(env.document) ?? null;
  }
  const candidates: (CustomerSummary | null)[] = [];
  if (directory && !isOwnDirectory(directory, profile)) {
    if (directory.domain) candidates.push(await lookup({ domain: directory.domain }));
    const last = await request('customers:last-selected', {});
    if (last.ok) candidates.push(last.data);
  }
  const verdict = decideTenant({ url, tab, directory, customers: candidates }, profile);
  let customer: CustomerSummary | null = null;
  let kind = verdict.kind;
  if (kind === 'customer') {
    // The directory's match was looked up already: ask the background only for what is new.
    const known =
      verdict.source === 'directory'
        ? candidates.find((c) => c && c.tenantId === verdict.tenantId)
        : null;
    customer =
      known ??
      (verdict.tenantId
        ? await lookup({ tenantId: verdict.tenantId })
        : verdict.domain
          ? await lookup({ domain: verdict.domain })
          : null);
    // The customer's recorded domains may show it is the partner's own (same rule, more facts).
    if (customer && isOwnTenant(customer, profile)) kind = 'own';
  }
  const tenantId = verdict.tenantId ?? customer?.tenantId ?? null;
  const domain = verdict.domain ?? customer?.domains[0] ?? null;
  // The URL named the tenant: the tab keeps it for the in-portal navigation that may drop it, and
  // for the frames of this tab (ReactView blades), which cannot read our URL.
  if (verdict.source === 'url' && url.kind === 'customer' && remembering && top) {
    const service = detection.portal === 'azure' ? 'azure' : 'office-365';
    if (tenantId || domain)
      void request('context:remember-tab', {
        ...(tenantId ? { tenantId } : {}),
        ...(domain ? { domain } : {}),
        service,
      });
  }
  return {
    detection,
    kind,
    source: verdict.source,
    directoryName: verdict.directoryName,
    tenantId: kind === 'unknown' ? null : tenantId,
    domain: kind === 'unknown' ? null : domain,
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
  // The strings are read while the background is asked: both are ready by the first render.
  loadContentStrings(env.language);
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
 * The helpers the agent hid for this request ("Hide for this request"), by navigation: the next
 * request (a new navigation) shows them again. Per helper, not per anchor: the portal may replace
 * a field's row, and the hidden helper must stay hidden on the new one.
 */
const hiddenBySignal = new WeakMap<AbortSignal, Set<string>>();

function isHidden(env: FeatureEnv, helper: string): boolean {
  return hiddenBySignal.get(env.signal)?.has(helper) ?? false;
}

function setHidden(env: FeatureEnv, helper: string, mounted: MountedHelper, hidden: boolean) {
  let set = hiddenBySignal.get(env.signal);
  if (!set) {
    set = new Set();
    hiddenBySignal.set(env.signal, set);
  }
  if (hidden) set.add(helper);
  else set.delete(helper);
  mounted.host.toggleAttribute('data-collapsed', hidden);
}
/**
 * Helpers waiting for their language's strings: the latest render asked, by helper, under its
 * anchor (a helper per field) or its document (one per page).
 */
interface Deferred {
  language: Language;
  run: () => void;
}
const deferred = new WeakMap<object, Map<string, Deferred>>();

export interface ShowOptions {
  /**
   * One of this helper per page (the plan check, the severity picker, the contact check): when
   * the portal re-renders and the anchor moves (a section heading that arrives late, a field row
   * replaced), the copy at the old anchor goes. Without it, one per anchor (a scope hint per field).
   */
  onePerPage?: boolean;
}

export const ONE_PER_PAGE: ShowOptions = { onePerPage: true };

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
  options: ShowOptions = {},
): MountedHelper | null {
  // The strings of this language are read at run time: until they are here, mount nothing rather
  // than keys, and render (the latest view asked for) as soon as they arrive.
  if (!hasContentStrings(env.language)) {
    const language = env.language;
    const owner = options.onePerPage ? anchor.ownerDocument : anchor;
    const pending = deferred.get(owner) ?? new Map<string, Deferred>();
    deferred.set(owner, pending);
    const waiting = pending.get(helper);
    pending.set(helper, {
      language,
      run: () => show(env, helper, anchor, placement, state, key, view, options),
    });
    if (waiting?.language !== language) {
      loadContentStrings(language);
      whenContentStrings(language, () => {
        const latest = pending.get(helper);
        if (latest?.language !== language) return;
        pending.delete(helper);
        if (!env.signal.aborted) latest.run();
      });
    }
    return null;
  }
  const mounted = mountHelper({
    helper,
    anchor,
    placement,
    signal: env.signal,
    onError: () => env.miss('render'),
  });
  if (!mounted) return null;
  if (options.onePerPage) removeHelpers(anchor.ownerDocument, helper, mounted.host);
  env.found();
  const fullKey = `${state}|${env.language}|${key}`;
  if (lastRendered.get(mounted) === fullKey) return mounted;
  lastRendered.set(mounted, fullKey);
  mounted.setState(state);
  const hidden = isHidden(env, helper);
  mounted.host.toggleAttribute('data-collapsed', hidden);
  mounted.render(
    <HelperI18nProvider value={makeHelperI18n(env.language)}>
      <CardFrameProvider
        value={{ collapsed: hidden, onCollapse: (value) => setHidden(env, helper, mounted, value) }}
      >
        {view()}
      </CardFrameProvider>
    </HelperI18nProvider>,
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

/**
 * The Azure wizard shows one of its earlier tabs (problem description, recommended solution),
 * where the plan, severity and contact fields do not exist yet: their helpers skip the search of
 * the whole page (on a large page, the largest part of a scan). An unnamed or unknown tab, or no
 * wizard at all (the admin center), searches as before.
 */
export function onEarlierWizardTab(doc: Document): boolean {
  return (
    selectedTabIs(doc, 'problemDescriptionTab') || selectedTabIs(doc, 'recommendedSolutionTab')
  );
}
