import { RequestError } from '../errors';
import type { HandlerContext, Handlers } from '../messaging/router';
import { createSerial } from '../serial';
import { type TabContexts, tabContextsItem } from './storage';

/** A remembered context older than this is stale (the agent moved on). */
const MAX_AGE_MS = 12 * 60 * 60 * 1000;
const MAX_TABS = 500;

/**
 * Every write of the tabs' contexts, one at a time: they are one stored value, and tabs entering
 * the admin center together (Partner Center's links opened side by side) remember at once; two
 * interleaved read-modify-writes would keep only one tab's customer.
 */
const writes = createSerial();

/**
 * Handlers for `context:*`. `now` is injected so tests control the clock. Tab ids come from the
 * sender, never from the payload: a page cannot ask about another tab.
 */
export function createTabContextHandlers(now: () => Date = () => new Date()): Handlers {
  // Session storage where the browser has it (see ./storage); damaged entries are dropped there.
  const read = () => tabContextsItem.getValue();
  const tabOf = (context: HandlerContext) => {
    const id = context.sender.tab?.id;
    if (typeof id !== 'number' || id < 0) throw new RequestError('no-tab');
    return String(id);
  };
  return {
    'context:remember-tab': async ({ tenantId, domain, service }, context) => {
      const tab = tabOf(context);
      if (!tenantId && !domain) throw new RequestError('invalid-payload', 'tenantId or domain');
      return writes(async () => {
        const store = await read();
        const cutoff = now().getTime() - MAX_AGE_MS;
        const kept = Object.entries(store)
          .filter(([, v]) => Date.parse(v.at) >= cutoff)
          .slice(-MAX_TABS + 1);
        const next: TabContexts = Object.fromEntries(kept);
        next[tab] = {
          tenantId: tenantId ? tenantId.toLowerCase() : null,
          domain: domain ? domain.toLowerCase() : null,
          service: service ?? null,
          at: now().toISOString(),
        };
        await tabContextsItem.setValue(next);
        return { remembered: true };
      });
    },
    'context:tab': async (_payload, context) => {
      // After the writes asked for before it: the delegated entry remembers, then redirects.
      const tab = tabOf(context);
      const entry = (await writes(read))[tab];
      if (!entry || Date.parse(entry.at) < now().getTime() - MAX_AGE_MS) return null;
      // Entries written before domains were kept have no `domain`.
      return { ...entry, domain: entry.domain ?? null };
    },
  };
}

/** Forgets a closed tab's context. */
export function forgetTab(tabId: number): Promise<void> {
  return writes(async () => {
    const store = await tabContextsItem.getValue();
    if (!(String(tabId) in store)) return;
    delete store[String(tabId)];
    await tabContextsItem.setValue(store);
  });
}
