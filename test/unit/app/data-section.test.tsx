// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DataSection } from '../../../components/options/DataSection';
import { AppFrame } from '../../../components/ui/app';
import { defaultSettings, SETTINGS_KEY } from '../../../lib/settings';

// The background's side of history:import (a dry run), answered as the router does. The Data page
// is the unit under test: it must say what the tombstones kept out of a merge.
let skippedDeleted = 0;
let root: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 8; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { ...defaultSettings('Europe/Paris'), uiLanguage: 'en' },
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: { mode: string } };
    if (type !== 'history:import') return Promise.resolve({ ok: true, data: null });
    return Promise.resolve({
      ok: true,
      data: {
        dryRun: true,
        mode: payload.mode,
        counts: { customers: 0, tickets: 3, packs: 1, events: 0 },
        changes: { added: 1, updated: 0, unchanged: 0, removed: 0, skippedDeleted },
      },
    });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function chooseFile() {
  await act(() =>
    render(
      <AppFrame titleKey="app.options.title">
        <DataSection />
      </AppFrame>,
      root,
    ),
  );
  await flush();
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['{"format":"pcx-backup"}'], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  return root.querySelector('[data-testid="import-summary"]');
}

describe('Data page dry run', () => {
  it('says how many records of the file stay deleted', async () => {
    skippedDeleted = 2;
    const summary = await chooseFile();
    expect(summary?.querySelector('[role="status"]')?.textContent).toMatch(
      /2 records in the file were deleted here after that copy was made: they stay deleted/,
    );
  });

  it('says nothing of it when nothing was kept out', async () => {
    skippedDeleted = 0;
    const summary = await chooseFile();
    expect(summary?.textContent).toMatch(/Would add 1/);
    expect(summary?.querySelector('[data-testid="import-skipped-deleted"]')).toBeNull();
  });
});
