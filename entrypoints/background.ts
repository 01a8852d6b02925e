import { browser } from 'wxt/browser';
import { publishContentStrings } from '../lib/background/content-strings';
import { registerHistory } from '../lib/background/wiring';
import { createRouter, type Handlers } from '../lib/messaging/router';
import { createMissCounters } from '../lib/platform/miss-counters';
import { createRulePageHandlers } from '../lib/platform/rule-page';
import { createTabContextHandlers, forgetTab } from '../lib/platform/tab-context';
import { scopeHints } from '../lib/rules/scope';
import { answerEligibility } from '../lib/sfb/eligibility-answer';

/**
 * The background: the only owner of the history, the message router, alarms and notifications.
 * Every listener is registered synchronously at the top level of `main`, never after an `await`:
 * a worker woken by an event must find its listener already there.
 */
export default defineBackground(() => {
  // The helpers' strings, read by the content scripts (they carry no catalog of their own).
  void publishContentStrings(browser.runtime.getManifest().version).catch((error) =>
    console.warn('PCX strings:', error),
  );
  const misses = createMissCounters();
  // History, reminders, notifications: listeners registered synchronously inside.
  const history = registerHistory();
  const handlers: Handlers = {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    'misses:record': ({ helper, count }) => misses.add(helper, count),
    'misses:get': () => misses.get(),
    'misses:reset': () => misses.reset(),
    // Scope hints read the lifecycle table: computed here, on today's date, for the helpers.
    'rules:scope': ({ text, lang }) => scopeHints(text, lang, new Date()),
    // So does the eligibility badge's N-1 verdict, on today's date.
    'rules:eligibility': ({ label, plans }) => answerEligibility(label, plans, new Date()),
    ...createTabContextHandlers(),
    ...createRulePageHandlers(),
    ...history.handlers,
  };
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => {}));
});
