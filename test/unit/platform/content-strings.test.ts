import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentCatalog } from '../../../lib/i18n/content-catalog';

/**
 * A content script carries no catalog: it reads its language's strings from what the background
 * published. Fresh modules per test, so no string is loaded before the test loads it.
 */
async function freshModules() {
  vi.resetModules();
  const content = await import('../../../lib/i18n/content');
  const loader = await import('../../../lib/platform/content-strings');
  const publisher = await import('../../../lib/background/content-strings');
  return { ...content, ...loader, ...publisher };
}

const version = () => '1.2.3';
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('helper strings published by the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'PCX',
      version: version(),
    });
  });

  it('loads only the language asked for, once the background has published it', async () => {
    const m = await freshModules();
    await m.publishContentStrings(version());
    m.loadContentStrings('fr');
    await flush();
    expect(m.hasContentStrings('fr')).toBe(true);
    expect(m.hasContentStrings('en')).toBe(false);
    expect(m.createContentTranslator('fr')('state.ok')).toBe(contentCatalog('fr')['state.ok']);
  });

  it('waits for a background that has not published yet, and wakes it', async () => {
    const m = await freshModules();
    const pinged = vi.fn(() => ({ ok: true, data: { version: version() } }));
    fakeBrowser.runtime.onMessage.addListener(pinged);
    const ready = vi.fn();
    m.whenContentStrings('en', ready);
    m.loadContentStrings('en');
    await flush();
    expect(ready).not.toHaveBeenCalled();
    expect(pinged).toHaveBeenCalledWith({ type: 'ping', payload: {} }, expect.anything());
    await m.publishContentStrings(version());
    await flush();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(m.createContentTranslator('en')('state.ok')).toBe('OK');
  });

  it('ignores strings of another version (a tab opened before an update)', async () => {
    const m = await freshModules();
    await m.publishContentStrings('0.0.1-old');
    m.loadContentStrings('en');
    await flush();
    expect(m.hasContentStrings('en')).toBe(false);
    await m.publishContentStrings(version());
    await flush();
    expect(m.hasContentStrings('en')).toBe(true);
  });

  it('refuses an entry that is not strings', async () => {
    const { parsePublishedStrings } = await import('../../../lib/platform/storage');
    const v = version();
    expect(parsePublishedStrings(null)).toBeUndefined();
    expect(parsePublishedStrings({ version: v, strings: {} })).toBeUndefined();
    expect(parsePublishedStrings({ version: v, strings: { a: 1 } })).toBeUndefined();
    expect(parsePublishedStrings({ version: 1, strings: { a: 'b' } })).toBeUndefined();
    expect(parsePublishedStrings({ version: v, strings: { a: 'b' } })).toEqual({
      version: v,
      strings: { a: 'b' },
    });
  });

  it('a damaged entry leaves the helpers waiting, then the published one is taken', async () => {
    const m = await freshModules();
    await fakeBrowser.storage.local.set({
      'contentStrings:en': { version: version(), strings: 7 },
    });
    m.loadContentStrings('en');
    await flush();
    expect(m.hasContentStrings('en')).toBe(false);
    await m.publishContentStrings(version());
    await flush();
    expect(m.hasContentStrings('en')).toBe(true);
  });

  it('writes only what changed', async () => {
    const m = await freshModules();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await m.publishContentStrings(version());
    expect(set).toHaveBeenCalledTimes(2);
    await m.publishContentStrings(version());
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('answers keys as themselves until the strings are here (never a crash)', async () => {
    const m = await freshModules();
    const t = m.createContentTranslator('fr');
    expect(t('state.ok')).toBe('state.ok');
    m.provideContentStrings('fr', contentCatalog('fr'));
    expect(t('state.ok')).toBe(contentCatalog('fr')['state.ok']);
  });
});
