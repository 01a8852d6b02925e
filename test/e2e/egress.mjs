// The zero-egress watcher, attached to a launched browser (harness.mjs `launch`). It sees:
// - every request of every page in the context (extension pages and portal pages): only the
//   extension's own files, data:/blob: URLs and the replica portal hosts are allowed;
// - the replica router's refusals: a request to any other host from a portal page is egress;
// - Content-Security-Policy violations reported by extension pages (an attempt the CSP stopped
//   is still an attempt);
// - inside the service worker, every network API (fetch, XMLHttpRequest, WebSocket,
//   EventSource, sendBeacon) and CSP violation, from the moment the watcher attaches.
// Used by test/e2e/zero-egress.test.mjs (extension pages) and by the walk over every replica page
// in test/e2e/helpers-portals.test.mjs, so each page is walked once and watched all the same.

export const REPLICA_HOST =
  /^https:\/\/(partner\.microsoft\.com|portal\.azure\.com|ms\.portal\.azure\.com|[a-z0-9-]+\.reactblade\.portal\.azure\.net|admin\.microsoft\.com|portal\.office\.com|support\.serviceshub\.microsoft\.com|support\.microsoft\.com)\//;

/** Observes network attempts inside the extension's service worker (test instrumentation). */
export async function instrumentWorker(worker) {
  await worker.evaluate(() => {
    if (self.__egress) return;
    const seen = [];
    self.__egress = seen;
    const wrap = (owner, name, describe) => {
      const original = owner[name];
      if (typeof original !== 'function') return;
      owner[name] = function (...args) {
        seen.push(`${name} ${describe(args)}`);
        return original.apply(this, args);
      };
    };
    wrap(self, 'fetch', (a) => String(a[0]?.url ?? a[0]));
    if (self.XMLHttpRequest) wrap(XMLHttpRequest.prototype, 'open', (a) => String(a[1]));
    if (self.navigator?.sendBeacon) wrap(navigator, 'sendBeacon', (a) => String(a[0]));
    for (const name of ['WebSocket', 'EventSource']) {
      const Original = self[name];
      if (!Original) continue;
      self[name] = (url, ...rest) => {
        seen.push(`${name} ${url}`);
        return new Original(url, ...rest);
      };
    }
    self.addEventListener('securitypolicyviolation', (e) => seen.push(`csp ${e.blockedURI}`));
  });
}

/**
 * Starts watching `h` (before anything is opened). `egress` fills as attempts are seen;
 * `attempts()` adds what the service workers saw, without their reads of their own files.
 */
export async function watchEgress(h) {
  const own = `chrome-extension://${h.extensionId}/`;
  const egress = [];
  h.context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (REPLICA_HOST.test(url)) return;
    egress.push(`request ${url} from ${request.frame()?.url() ?? 'a worker'}`);
  });
  h.context.on('console', (message) => {
    if (/Content Security Policy|Refused to connect/i.test(message.text())) {
      egress.push(`csp ${message.text()}`);
    }
  });
  // Observe what reaches the replica router, and what it refuses (any other host).
  await h.context.route('**/*', (route) => {
    const url = route.request().url();
    if (!REPLICA_HOST.test(url) && !url.startsWith(own)) egress.push(`refused ${url}`);
    return route.fallback();
  });
  const watch = async (worker) => {
    if (!worker.url().startsWith(own)) return;
    await instrumentWorker(worker).catch(() => {});
  };
  h.context.on('serviceworker', watch);
  for (const worker of h.context.serviceWorkers()) await watch(worker);
  return {
    egress,
    async attempts() {
      const seen = [...egress];
      for (const worker of h.context.serviceWorkers()) {
        if (!worker.url().startsWith(own)) continue;
        const inside = (await worker.evaluate(() => self.__egress ?? []).catch(() => [])) ?? [];
        // The worker reading its own packaged files (e.g. the notification icon) is not egress.
        seen.push(...inside.filter((a) => !a.includes(own)));
      }
      return seen;
    },
  };
}
