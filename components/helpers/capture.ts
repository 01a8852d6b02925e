import { browser } from 'wxt/browser';
import { queryAll, textOf } from '../../lib/dom/fields';
import { createCaptureQueue } from '../../lib/platform/capture-queue';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import { captureQueueItems, type QueuedCapture } from '../../lib/platform/storage';
import { azureRequestLink } from '../../lib/portals';
import { previewOrNull } from '../../lib/sla/preview';
import { readCoverage, readSeverity, readSupportLanguage, readTitle } from './form-reading';
import {
  clearForm,
  currentForm,
  type FormSnapshot,
  markCaptured,
  updateForm,
  wasCaptured,
} from './form-state';
import { detectionOf, pageContext } from './shared';

/**
 * Capture: when the portal confirms a new request, record it (tickets:capture) with what the form
 * said and the due time from the same preview code the picker showed. Once per number: this frame
 * remembers what landed, and the background deduplicates by number too. A capture goes through
 * the capture queue (extension storage), which resends it until the background answers: the
 * worker may be stopped at that very moment. Every portal page's first navigation sends what an
 * earlier page left in the queue.
 *
 * A confirmation is a live region (`role=status|alert`, a dialog) that states a request number,
 * shown while this frame holds a form it read in the last minutes. The Azure wizard then navigates
 * to the request's details (the number ends its id); the admin center shows the number in place.
 */

const NUMBER = /(?<![\d-])(\d{15,16})(?![\d-])/;
const M365_NUMBER = /(?<![\d-])(\d{7,16})(?![\d-])/;
const FRESH_MS = 10 * 60 * 1000;

export function confirmationNumber(doc: Document, portal: 'azure' | 'm365-admin'): string | null {
  const pattern = portal === 'azure' ? NUMBER : M365_NUMBER;
  for (const region of queryAll(
    doc,
    '[role=status],[role=alert],[role=dialog],[role=alertdialog],[aria-live]',
  )) {
    const m = pattern.exec(textOf(region));
    if (m) return m[1]!;
  }
  return null;
}

/** Reads the form's fields that the other helpers do not keep (summary on the wizard's first tab). */
function readForm(env: FeatureEnv) {
  const ctx = pageContext(env, () => {});
  if (!ctx) return;
  const title = readTitle(env.document);
  const severity = readSeverity(env.document);
  // Language and coverage sit beside the severity (same wizard tab): not worth a look without it.
  updateForm(ctx, {
    title: title?.text || null,
    severity: severity?.severity ?? null,
    supportLanguage: severity ? readSupportLanguage(env.document) : null,
    coverage: severity ? readCoverage(env.document) : null,
  });
}

function ticketFrom(
  env: FeatureEnv,
  form: FormSnapshot,
  number: string,
  detailsUrl: string | null,
  at: Date,
) {
  const { context } = form;
  // Never a silent default (domain.md §8): the page's context, else what the agent said, else
  // 'unknown' — and then no due time, since none was shown.
  const program = context.program ?? form.programChosen ?? 'unknown';
  const supportLanguage = form.supportLanguage ?? env.settings.supportLanguage;
  const coverage = form.coverage ?? env.settings.coverage;
  const preview =
    form.severity && program !== 'unknown'
      ? previewOrNull(env.settings, {
          program,
          severity: form.severity,
          breakFix: form.breakFix,
          supportLanguage,
          coverage,
          filedAt: at,
        })
      : null;
  const portal = context.detection.portal === 'azure' ? 'azure' : 'm365-admin';
  const tenant = context.domain ?? context.tenantId;
  const portalLink = portal === 'azure' ? (detailsUrl ?? azureRequestLink(tenant, number)) : null;
  return {
    number,
    portal,
    portalLink: portalLink && portalLink.length <= 2048 ? portalLink : null,
    customerId:
      context.kind === 'customer' ? (context.customer?.id ?? context.tenantId ?? null) : null,
    customerName: context.kind === 'customer' ? (context.name?.slice(0, 200) ?? null) : null,
    service: context.detection.service ?? (portal === 'azure' ? 'azure' : 'office-365'),
    product: null,
    title: (form.title ?? '').slice(0, 300),
    severity: form.severity,
    program,
    breakFix: program === 'csp' ? form.breakFix : true,
    supportLanguage,
    filedAt: at.toISOString(),
    dueAt: preview ? preview.dueAt.toISOString() : null,
    rule: preview?.rule ?? null,
    clock: preview?.clock ?? null,
    caveats: preview?.caveats ?? [],
    contact: form.contact
      ? {
          name: form.contact.name?.slice(0, 200) ?? null,
          email: form.contact.email?.slice(0, 254) ?? null,
          phone: form.contact.phone?.slice(0, 40) ?? null,
        }
      : null,
  } as const;
}

/** Where the frame's miss counters go: the env of the current navigation. */
let missTo: FeatureEnv | null = null;
type Captured = ReturnType<typeof ticketFrom>;
let queue: ReturnType<typeof createCaptureQueue<QueuedCapture>> | null = null;

function captureQueue() {
  queue ??= createCaptureQueue<QueuedCapture>({
    // Never the page's storage; nothing at all in a private window.
    area: browser.extension?.inIncognitoContext ? null : captureQueueItems,
    // What an earlier page stored is checked by the background (the `tickets:capture` schema).
    send: (ticket) => request('tickets:capture', ticket as Captured),
    alive: () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    onLanded: markCaptured,
    onDropped: (_number, code) => missTo?.miss(code === 'queue-full' ? 'queue-full' : 'rejected'),
  });
  return queue;
}

const CAPTURE_PAGES = new Set(['new-request', 'request-details', 'manage-requests']);
let flushed = false;

function setup(env: FeatureEnv) {
  missTo = env;
  if (flushed) return;
  flushed = true;
  // One frame per tab is enough to send what is left (Azure runs in every ReactView frame too).
  if (window.top === window) void captureQueue().flush();
}

function scan(env: FeatureEnv) {
  const d = detectionOf(env);
  if (!d || (d.portal !== 'azure' && d.portal !== 'm365-admin')) return;
  if (!CAPTURE_PAGES.has(d.page ?? '')) return;
  if (d.page === 'new-request') readForm(env);
  const form = currentForm(FRESH_MS);
  // No request is created without a title: until one was typed, no confirmation can be ours.
  if (!form?.title) return;
  let number = confirmationNumber(env.document, d.portal);
  let detailsUrl: string | null = null;
  if (d.portal === 'azure' && d.page === 'request-details' && d.requestId) {
    // The wizard navigated to the new request's details: its id ends with the number.
    const fromId = /(\d{15,16})$/.exec(d.requestId)?.[1] ?? null;
    if (number && fromId && number !== fromId) return;
    number = number ?? (Date.now() - form.updatedAt < 60_000 ? fromId : null);
    detailsUrl = env.url.href;
  }
  if (!number || wasCaptured(number)) return;
  env.found();
  missTo = env;
  const ticket = ticketFrom(env, form, number, detailsUrl, new Date());
  clearForm();
  // Marked captured when it lands (`onLanded`); queued once per number meanwhile.
  void captureQueue().enqueue(ticket);
}

export const capture: Feature = {
  id: 'capture',
  // Every Azure and admin center page, so that a page opened after a failure sends the queue;
  // `scan` looks for confirmations only on the request pages.
  include(url, doc) {
    const d = detectionOf({ url, document: doc });
    return d?.portal === 'azure' || d?.portal === 'm365-admin';
  },
  setup,
  scan,
  // Nothing to find until the agent files a request.
  missAfterSeconds: null,
};
