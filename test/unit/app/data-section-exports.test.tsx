// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DataSection } from '../../../components/options/DataSection';
import { AppFrame } from '../../../components/ui/app';
import { defaultSettings, SETTINGS_KEY } from '../../../lib/settings';

// The Data page's side of the exports and of a backup's settings; the background's answers are
// given as the router gives them, and what the page asks is recorded.
let fileSettings: 'none' | 'restore' = 'restore';
let asked: { type: string; payload: Record<string, unknown> }[] = [];
let root: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 8; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => 'blob:x';
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; payload: Record<string, unknown> };
    asked.push(m);
    if (m.type === 'history:export') {
      return Promise.resolve({
        ok: true,
        data: { filename: 'pcx-tickets.csv', mime: 'text/csv', text: '\uFEFF"ID"\r\n' },
      });
    }
    if (m.type !== 'history:import') return Promise.resolve({ ok: true, data: null });
    return Promise.resolve({
      ok: true,
      data: {
        dryRun: m.payload.dryRun,
        mode: m.payload.mode,
        counts: { customers: 0, tickets: 1, packs: 0, events: 0 },
        changes: { added: 1, updated: 0, unchanged: 0, removed: 0, skippedDeleted: 0 },
        settings: fileSettings === 'none' ? 'none' : (m.payload.settings ?? 'restore'),
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

async function open(language: 'en' | 'fr') {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { ...defaultSettings('Europe/Paris'), uiLanguage: language },
  });
  await act(() =>
    render(
      <AppFrame titleKey="app.options.title">
        <DataSection />
      </AppFrame>,
      root,
    ),
  );
  await flush();
}

const radio = (value: string) =>
  root.querySelector(`input[type="radio"][value="${value}"]`) as HTMLInputElement;
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

async function chooseFile() {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['{"format":"pcx-backup"}'], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  return root.querySelector('[data-testid="import-summary"]') as HTMLElement;
}

describe('Data page: the CSV separator', () => {
  it('French: `;` by default, sent with the page’s language; a choice is remembered', async () => {
    await open('fr');
    expect(radio(';').checked).toBe(true);
    await act(() => button('Tickets (CSV)').click());
    await flush();
    expect(asked.find((m) => m.type === 'history:export')?.payload).toEqual({
      format: 'csv-tickets',
      language: 'fr',
      separator: ';',
    });
    await act(() => radio(',').click());
    await flush();
    expect((await fakeBrowser.storage.local.get('csvSeparator')).csvSeparator).toBe(',');
    // The backup takes no separator.
    await act(() => button('Sauvegarde (JSON)').click());
    await flush();
    expect(asked.filter((m) => m.type === 'history:export').at(-1)?.payload).toEqual({
      format: 'json',
      language: 'fr',
    });
  });

  it('English: `,` by default, unless another was chosen before', async () => {
    await open('en');
    expect(radio(',').checked).toBe(true);
    render(null, root);
    await fakeBrowser.storage.local.set({ csvSeparator: ';' });
    await open('en');
    expect(radio(';').checked).toBe(true);
  });
});

describe('Data page: a backup’s settings', () => {
  it('says they will be restored; unticked, says they are kept, and the import keeps them', async () => {
    fileSettings = 'restore';
    await open('en');
    const summary = await chooseFile();
    expect(summary.textContent).toMatch(/Settings: those of the backup will replace yours/);
    const box = [...summary.querySelectorAll('input[type="checkbox"]')][0] as HTMLInputElement;
    expect(box.checked).toBe(true);
    await act(() => box.click());
    await flush();
    expect(summary.textContent).toMatch(/Settings: yours are kept/);
    await act(() => button('Import and merge').click());
    await flush();
    const real = asked.filter((m) => m.type === 'history:import').at(-1)?.payload;
    expect(real).toMatchObject({ dryRun: false, settings: 'keep' });
    expect(root.textContent).not.toMatch(/Settings restored/);
  });

  it('restored by default, and said so once imported', async () => {
    fileSettings = 'restore';
    await open('en');
    await chooseFile();
    await act(() => button('Import and merge').click());
    await flush();
    expect(asked.filter((m) => m.type === 'history:import').at(-1)?.payload).toMatchObject({
      dryRun: false,
      settings: 'restore',
    });
    expect(root.textContent).toMatch(/Settings restored from the backup/);
  });

  it('a backup without settings says so, with nothing to choose', async () => {
    fileSettings = 'none';
    await open('fr');
    const summary = await chooseFile();
    expect(summary.textContent).toMatch(/cette sauvegarde n’en contient pas/);
    expect(summary.querySelector('input[type="checkbox"]')).toBeNull();
  });
});
