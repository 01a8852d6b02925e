import { browser } from 'wxt/browser';
import type { Feature, FeatureEnv } from '../../lib/platform/content-runtime';
import { request } from '../../lib/platform/messages';
import {
  type RequestPortal,
  readRequestDetails,
  readRequestList,
  type StatusRow,
} from '../../lib/portals/request-status';
import { detectionOf } from './shared';

/**
 * Request statuses: on the request pages the agent opens anyway (Azure's All support requests and
 * a request's details, the admin center's service requests), read each request's number, status
 * and Microsoft's latest reply, and send them to the background (`tickets:observe-status`), which
 * writes them to the tickets it holds with those numbers. Nothing is shown on the page. A page
 * whose grid or properties are not found is a miss (the runtime counts it), never a wrong value.
 *
 * Azure renders these pages in ReactView frames: the frame's own script reads them; the top
 * document, which then holds only the frame, has nothing to read.
 */

const PAGES = new Set(['manage-requests', 'request-details']);
/** Rows per message (the message schema's cap). */
const MAX_ROWS = 100;

/** What this frame last sent, per navigation: a scan that reads the same rows sends nothing. */
let lastSent = '';
let lastUrl = '';

function readRows(env: FeatureEnv, portal: RequestPortal, page: string): StatusRow[] | null {
  const requestId = detectionOf(env)?.requestId ?? null;
  if (page === 'request-details') {
    const one = readRequestDetails(env.document, portal, requestId);
    return one ? [one] : null;
  }
  // The admin center routes a request's details under the list's path: either may be shown.
  const list = readRequestList(env.document, portal);
  if (list) return list;
  const one = portal === 'm365-admin' ? readRequestDetails(env.document, portal) : null;
  return one ? [one] : null;
}

function scan(env: FeatureEnv) {
  const d = detectionOf(env);
  if (!d || (d.portal !== 'azure' && d.portal !== 'm365-admin') || !PAGES.has(d.page)) return;
  if (d.portal === 'azure' && env.document.querySelector('iframe[name$=".ReactView"]')) {
    // The blade's body is a ReactView frame, read by the script that runs inside it.
    env.found();
    return;
  }
  const rows = readRows(env, d.portal, d.page);
  if (!rows) return;
  env.found();
  const useful = rows.filter((r) => r.status !== null || r.replyAt !== null).slice(0, MAX_ROWS);
  if (useful.length === 0) return;
  if (env.url.href !== lastUrl) {
    lastUrl = env.url.href;
    lastSent = '';
  }
  const key = JSON.stringify(useful);
  if (key === lastSent) return;
  lastSent = key;
  void request('tickets:observe-status', { portal: d.portal, rows: useful }).then((reply) => {
    // Refused on its merits (a schema the page's text broke): counted, never shown.
    if (!reply.ok && reply.error.code === 'invalid-payload') env.miss('rejected');
    // Not delivered (the worker was stopping): the next change on the page sends it again.
    if (!reply.ok && lastSent === key) lastSent = '';
  });
}

export const statusRead: Feature = {
  id: 'status-read',
  include(url, doc) {
    // Nothing is read in a private window: the background would refuse to record it anyway.
    if (browser.extension?.inIncognitoContext) return false;
    const d = detectionOf({ url, document: doc });
    return (d?.portal === 'azure' || d?.portal === 'm365-admin') && PAGES.has(d.page);
  },
  scan,
  // Grids arrive after skeletons and frames late (portals.md: ReactViews up to ~15 s).
  missAfterSeconds: 20,
};
