// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showUpdateNotice } from '../../../components/helpers/update-notice';
import { mountHelper } from '../../../components/mount';
import { type Feature, runFeatures } from '../../../lib/platform/content-runtime';

/** A feature that shows one helper on every page, like the context banner does. */
const banner: Feature = {
  id: 'context-banner',
  include: () => true,
  scan(env) {
    const mounted = mountHelper({
      helper: 'context-banner',
      anchor: env.document.body,
      placement: 'prepend',
      signal: env.signal,
    });
    mounted?.setState('ok');
    env.found();
  },
};

const noticeText = () =>
  document.querySelector('pcx-update-notice')?.shadowRoot?.querySelector('[role=status]')
    ?.textContent ?? null;

async function started(lang: 'en' | 'fr' = 'en') {
  await fakeBrowser.storage.local.set({ settings: { version: 1, uiLanguage: lang } });
  const ctx = new ContentScriptContext('azure-portal');
  await runFeatures(ctx, { features: [banner], onStale: showUpdateNotice });
  await vi.waitFor(() => expect(document.querySelector('pcx-context-banner')).not.toBeNull());
  return ctx;
}

/** What Chrome does to an open tab's script when the extension is updated or reloaded. */
function extensionGoesAway() {
  // The runtime loses its id, and the storage API throws from then on.
  fakeBrowser.runtime.id = undefined as unknown as string;
  vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
}

describe('a portal tab whose extension went away', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  beforeEach(() => {
    fakeBrowser.reset();
    // `reset` leaves the id a previous test took away.
    fakeBrowser.runtime.id = 'test-extension-id';
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.body.innerHTML = '';
  });

  it('removes the helpers, shows the notice, and lets no error reach the page', async () => {
    const ctx = await started();
    extensionGoesAway();
    // The first DOM change or navigation reads `isInvalid`, which is how the script learns it.
    expect(() => ctx.isInvalid).not.toThrow();
    expect(ctx.isInvalid).toBe(true);
    expect(document.querySelector('pcx-context-banner')).toBeNull();
    expect(noticeText()).toContain('PCX was updated, reload this tab to use it again');
    expect(document.querySelector('pcx-update-notice')?.getAttribute('data-pcx')).toBe('');
    expect(errors).toEqual([]);
  });

  it('stays stopped: a later navigation starts no helper again', async () => {
    const ctx = await started();
    extensionGoesAway();
    void ctx.isInvalid;
    history.pushState(null, '', '#view/own-tenant');
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 60));
    expect(document.querySelector('pcx-context-banner')).toBeNull();
    expect(document.querySelectorAll('pcx-update-notice')).toHaveLength(1);
  });

  it('speaks French, and the notice can be dismissed', async () => {
    const ctx = await started('fr');
    extensionGoesAway();
    void ctx.isInvalid;
    expect(noticeText()).toContain('PCX a été mis à jour');
    const close = document
      .querySelector('pcx-update-notice')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('button');
    expect(close?.getAttribute('aria-label')).toBe('Fermer cet avis');
    close?.click();
    expect(document.querySelector('pcx-update-notice')).toBeNull();
  });

  it('shows no notice when a newer copy of the script took over (the extension is still there)', async () => {
    const ctx = await started();
    ctx.notifyInvalidated();
    expect(document.querySelector('pcx-context-banner')).toBeNull();
    expect(document.querySelector('pcx-update-notice')).toBeNull();
  });
});
