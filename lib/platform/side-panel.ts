import { browser } from 'wxt/browser';

/**
 * Opening the side panel from the popup. Chrome and Edge (`sidePanel.open`, 116+) and Firefox
 * (`sidebarAction.open`) both want the call inside the click: the window id is read beforehand
 * (`sidePanelTarget`), so the click itself awaits nothing before asking.
 */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const api = () =>
  browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };

/** Whether this page is the side panel itself. */
export const inSidePanel = () => document.documentElement.classList.contains('pcx-surface-panel');

/** The function that opens the panel for this window, or null when the browser has none. */
export async function sidePanelOpener(): Promise<(() => Promise<void>) | null> {
  const { sidePanel, sidebarAction } = api();
  if (typeof sidebarAction?.open === 'function') return () => sidebarAction.open();
  if (typeof sidePanel?.open !== 'function') return null;
  const win = await browser.windows.getCurrent().catch(() => null);
  const windowId = win?.id;
  if (windowId === undefined) return null;
  return () => sidePanel.open({ windowId });
}
