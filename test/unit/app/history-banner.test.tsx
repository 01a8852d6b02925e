// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HistoryBanner } from '../../../components/popup/HistoryBanner';
import { AppFrame } from '../../../components/ui/app';
import type { HistoryStatus } from '../../../lib/history/types';
import { defaultSettings, SETTINGS_KEY } from '../../../lib/settings';

// The background's side of the contract (history:status / history:retry), answered the way the
// router answers: an envelope. The banner is the unit under test, not the history.
let status: HistoryStatus;
const asked: string[] = [];
let root: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

beforeEach(async () => {
  fakeBrowser.reset();
  asked.length = 0;
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { ...defaultSettings('Europe/Paris'), uiLanguage: 'en' },
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push((message as { type: string }).type);
    const type = (message as { type: string }).type;
    if (type === 'history:retry') status = { ...status, state: 'ok', pending: 0 };
    return Promise.resolve({ ok: true, data: status });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const mount = async () => {
  await act(() =>
    render(
      <AppFrame titleKey="app.popup.title">
        <HistoryBanner />
      </AppFrame>,
      root,
    ),
  );
  await flush();
};

describe('HistoryBanner', () => {
  it('is silent while the history is fine', async () => {
    status = { state: 'ok', pending: 0, detail: null, schemaVersion: 1 };
    await mount();
    expect(asked).toEqual(['history:status']);
    expect(root.textContent).toBe('');
  });

  it('says what happened, how much waits, and retries', async () => {
    status = { state: 'storage-full', pending: 3, detail: 'QuotaExceededError', schemaVersion: 1 };
    await mount();
    expect(root.querySelector('[data-history-state="storage-full"]')).not.toBeNull();
    expect(root.textContent).toMatch(/Storage full/);
    expect(root.textContent).toMatch(/3 waiting/);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Retry')!;
    await act(() => retry.click());
    await flush();
    expect(asked).toEqual(['history:status', 'history:retry']);
    expect(root.textContent).toBe('');
  });

  it('a damaged history says how to repair it, in an alert, with Retry and Export', async () => {
    status = { state: 'damaged', pending: 1, detail: 'ConstraintError', schemaVersion: 2 };
    await mount();
    const banner = root.querySelector('[data-history-state="damaged"] [role="alert"]');
    expect(banner?.textContent).toMatch(/History needs a repair/);
    expect(banner?.textContent).toMatch(/1 waiting/);
    expect(banner?.textContent).toMatch(/Replace the current history/);
    const labels = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Retry', 'Export']));
  });
});
