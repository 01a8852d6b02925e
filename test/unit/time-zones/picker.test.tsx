// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HoursSection } from '../../../components/options/HoursSection';
import { AppFrame } from '../../../components/ui/app';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../../lib/settings';

let root: HTMLElement;
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};
const key = (el: Element, k: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const stored = async () =>
  ((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings).schedule.timeZone;

async function mount(timeZone: string, uiLanguage: 'en' | 'fr' = 'en') {
  const settings = defaultSettings(timeZone);
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...settings, uiLanguage } });
  await act(() =>
    render(
      <AppFrame titleKey="app.options.title">
        <HoursSection />
      </AppFrame>,
      root,
    ),
  );
  await flush();
  const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
  return {
    input,
    list,
    current: () => root.querySelector('[data-testid="zone-current"]')!.textContent,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ZonePicker in the business hours', () => {
  it('is a labelled combobox whose list follows the text and the arrows', async () => {
    const { input, list } = await mount('Europe/Paris');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Time zone');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await type(input, 'zurich');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const first = list.querySelector('[role="option"]')!;
    expect(first.getAttribute('data-zone')).toBe('Europe/Zurich');
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    await key(input, 'Enter');
    expect(input.value).toBe('Europe/Zurich');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(await stored()).toBe('Europe/Paris'); // a draft until Save
  });

  it('opens on the zone in use with Down, and Escape restores it after typing', async () => {
    const { input, list } = await mount('Asia/Tokyo');
    await key(input, 'ArrowDown');
    const active = root.querySelector(
      `#${CSS.escape(input.getAttribute('aria-activedescendant')!)}`,
    );
    expect(active?.getAttribute('data-zone')).toBe('Asia/Tokyo');
    expect(list.hidden).toBe(false);
    await key(input, 'Escape');
    expect(list.hidden).toBe(true);
    await type(input, 'somewhere');
    await key(input, 'Escape'); // closes the list
    await key(input, 'Escape'); // restores the zone
    expect(input.value).toBe('Asia/Tokyo');
  });

  it('takes a city or a Windows name committed without a pick, refuses the rest', async () => {
    const { input, current } = await mount('Europe/Paris');
    await type(input, 'Tokyo Standard Time');
    await key(input, 'Escape');
    await key(input, 'Enter');
    expect(input.value).toBe('Asia/Tokyo');
    expect(root.textContent).toContain('Windows zone Tokyo Standard Time: Asia/Tokyo.');
    await type(input, 'lisbon');
    await act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(input.value).toBe('Europe/Lisbon');
    await type(input, 'Atlantis');
    await key(input, 'Escape');
    await key(input, 'Enter');
    expect(root.textContent).toContain('“Atlantis” is not a time zone PCX knows');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(current()).toMatch(/^In use: Europe\/Lisbon/);
  });

  it('refuses EST typed, and converts it only on the button', async () => {
    const { input, current } = await mount('Europe/Paris');
    await type(input, 'est');
    await key(input, 'Escape');
    await key(input, 'Enter');
    const alert = root.querySelector('[role="alert"][data-testid="zone-legacy"]')!;
    expect(alert.textContent).toMatch(/^EST is a fixed UTC−05:00 all year, with no summer time/);
    expect(current()).toMatch(/^In use: Europe\/Paris/);
    await act(() => alert.querySelector('button')!.click());
    expect(input.value).toBe('America/New_York');
    expect(root.querySelector('[data-testid="zone-legacy"]')).toBeNull();
  });

  it('keeps a stored legacy zone, warns in French, and saves the place only when asked', async () => {
    const { input, current } = await mount('EST5EDT', 'fr');
    expect(input.value).toBe('EST5EDT');
    expect(current()).toMatch(/^En vigueur : EST5EDT, UTC−0[45]:00 actuellement\.$/);
    const warning = root.querySelector('[data-testid="zone-legacy"]')!;
    expect(warning.getAttribute('role')).toBeNull(); // no alert for what was there already
    expect(warning.textContent).toMatch(
      /EST5EDT est un ancien nom de règle, pas un lieu\. Vouliez-vous dire America\/New_York .*Enregistré avant que PCX ne vérifie les fuseaux/,
    );
    expect(await stored()).toBe('EST5EDT');
    await act(() => warning.querySelector('button')!.click());
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Enregistrer')!;
    await act(() => save.click());
    await flush();
    expect(await stored()).toBe('America/New_York');
  });
});
