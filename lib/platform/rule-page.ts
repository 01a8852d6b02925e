import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/router';
import { whyAnchor } from '../rules/why';

/**
 * `rules:why`: opens the rules page (covers.html) at a verdict's topic, in a new tab right after
 * the portal's tab and in its window, so closing it brings the agent back to the request.
 */
export function createRulePageHandlers(): Handlers {
  return {
    'rules:why': async ({ topic }, context) => {
      const tab = context.sender.tab;
      await browser.tabs.create({
        url: browser.runtime.getURL(`/covers.html#${whyAnchor(topic)}`),
        ...(typeof tab?.index === 'number' ? { index: tab.index + 1 } : {}),
        ...(typeof tab?.windowId === 'number' ? { windowId: tab.windowId } : {}),
        ...(typeof tab?.id === 'number' && tab.id >= 0 ? { openerTabId: tab.id } : {}),
      });
      return { opened: true };
    },
  };
}
