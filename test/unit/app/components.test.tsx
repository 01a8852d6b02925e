// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useI18n } from '../../../components/i18n';
import { HoursSection } from '../../../components/options/HoursSection';
import { AppFrame } from '../../../components/ui/app';
import { Dialog } from '../../../components/ui/Dialog';
import { Tabs, tabPanelProps } from '../../../components/ui/Tabs';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../../lib/settings';

let root: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};
const key = (el: Element, k: string, extra: KeyboardEventInit = {}) =>
  act(() => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }),
    );
  });
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const byText = (text: string | RegExp, selector = 'button') =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );

beforeEach(async () => {
  fakeBrowser.reset();
  const settings = defaultSettings('Europe/Paris');
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...settings, uiLanguage: 'en' } });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function TabsHarness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <>
      <Tabs
        idBase="t"
        label="Sections"
        selected={selected}
        onSelect={setSelected}
        items={[
          { id: 'a', label: 'Alpha' },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ]}
      />
      {(['a', 'b', 'c'] as const).map((id) => (
        <div key={id} {...tabPanelProps('t', id, selected)}>
          panel {id}
        </div>
      ))}
    </>
  );
}

describe('Tabs (WAI-ARIA pattern)', () => {
  it('moves and selects with arrows, Home and End; one tab stop', async () => {
    await act(() => render(<TabsHarness />, root));
    const tabs = () => [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs()[0]!.focus();
    await key(tabs()[0]!, 'ArrowRight');
    expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(root.querySelector<HTMLElement>('#t-panel-b')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#t-panel-a')!.hidden).toBe(true);
    await key(tabs()[1]!, 'End');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    await key(tabs()[2]!, 'ArrowRight'); // wraps
    expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
    await key(tabs()[0]!, 'ArrowLeft');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, 0]);
  });
});

describe('Dialog', () => {
  function DialogHarness({ onClose }: { onClose: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" id="opener" onClick={() => setOpen(true)}>
          open
        </button>
        <Dialog
          open={open}
          title="Title"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
          footer={
            <button type="button" id="last">
              Last
            </button>
          }
        >
          <input id="first" />
        </Dialog>
      </>
    );
  }

  it('focuses its first field, keeps Tab inside, closes on Escape and gives focus back', async () => {
    const onClose = vi.fn();
    await act(() => render(<DialogHarness onClose={onClose} />, root));
    const opener = root.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    await act(() => opener.click());
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe(dialog.querySelector('h2')!.id);
    expect(document.activeElement?.id).toBe('first');
    root.querySelector<HTMLElement>('#last')!.focus();
    await key(document.activeElement!, 'Tab');
    expect(document.activeElement?.id).toBe('first');
    await key(document.activeElement!, 'Tab', { shiftKey: true });
    expect(document.activeElement?.id).toBe('last');
    await key(document.activeElement!, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});

describe('AppFrame', () => {
  function Probe() {
    const { t, language } = useI18n();
    return <p data-language={language}>{t('app.save')}</p>;
  }

  it('follows the interface language saved elsewhere, at once', async () => {
    await act(() =>
      render(
        <AppFrame titleKey="app.options.title">
          <Probe />
        </AppFrame>,
        root,
      ),
    );
    await flush();
    expect(root.textContent).toBe('Save');
    expect(document.documentElement.lang).toBe('en');
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    await act(() =>
      fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...stored, uiLanguage: 'fr' } }),
    );
    await flush();
    expect(root.textContent).toBe('Enregistrer');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('PCX — Options');
  });
});

describe('HoursSection', () => {
  it('shows an overlap next to the interval, refuses to save it, saves once fixed', async () => {
    await act(() =>
      render(
        <AppFrame titleKey="app.options.title">
          <HoursSection />
        </AppFrame>,
        root,
      ),
    );
    await flush();
    const monday = root.querySelector('[data-day="mon"]')!;
    await act(() => byText(/^Add hours$/)!.click()); // Monday is first
    await flush();
    const [, , open2, close2] = [
      ...monday.querySelectorAll<HTMLInputElement>('.pcx-interval input'),
    ];
    // The page's locale is en-US here: its 12-hour clock, as an en-US browser shows it.
    expect(open2!.value).toBe('6:00 PM');
    await type(open2!, '12:00');
    await flush();
    expect(monday.textContent).toMatch(/Overlaps Monday 09:00–17:00/);
    expect(open2!.getAttribute('aria-invalid')).toBe('true');
    expect(root.textContent).toMatch(/Not saved: fix the problem shown/);
    await act(() => byText('Save')!.click());
    await flush();
    let saved = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(saved.schedule.weekly.mon).toEqual([['09:00', '17:00']]);

    await type(open2!, '17:00');
    await type(close2!, '19:30');
    await flush();
    expect(monday.querySelector('[data-testid="interval-error"]')).toBeNull();
    await act(() => byText('Save')!.click());
    await flush();
    saved = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(saved.schedule.weekly.mon).toEqual([
      ['09:00', '17:00'],
      ['17:00', '19:30'],
    ]);
    expect(root.querySelector('[data-testid="saved"]')?.textContent).toMatch(/Saved/);
  });
});
