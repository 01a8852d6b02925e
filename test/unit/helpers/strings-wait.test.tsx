// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { contentCatalog } from '../../../lib/i18n/content-catalog';
import type { FeatureEnv } from '../../../lib/platform/content-runtime';

/**
 * A content script carries no catalog: a helper asked to show before its language's strings are
 * loaded mounts nothing (never keys), then renders the latest view it was asked for, once.
 * Fresh modules, so that no string is loaded yet.
 */
describe('a helper waiting for its strings', () => {
  it('mounts nothing, then renders the latest view once the strings arrive', async () => {
    vi.resetModules();
    const { provideContentStrings } = await import('../../../lib/i18n/content');
    const { show } = await import('../../../components/helpers/shared');
    const { useI18n } = await import('../../../components/helpers/i18n');
    const View = ({ n }: { n: number }) => {
      const { t } = useI18n();
      return (
        <p class="pcx-card">
          {t('state.warning')} {n}
        </p>
      );
    };
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const controller = new AbortController();
    const found = vi.fn();
    const env = {
      signal: controller.signal,
      language: 'fr',
      found,
      miss: vi.fn(),
    } as unknown as FeatureEnv;
    expect(show(env, 'scope-hint', anchor, 'after', 'warning', '1', () => <View n={1} />)).toBe(
      null,
    );
    expect(show(env, 'scope-hint', anchor, 'after', 'warning', '2', () => <View n={2} />)).toBe(
      null,
    );
    expect(document.querySelector('pcx-scope-hint')).toBeNull();
    expect(found).not.toHaveBeenCalled();

    provideContentStrings('fr', contentCatalog('fr'));
    const hosts = document.querySelectorAll('pcx-scope-hint');
    expect(hosts).toHaveLength(1);
    const text = hosts[0]?.shadowRoot?.querySelector('.pcx-card')?.textContent;
    expect(text).toBe(`${contentCatalog('fr')['state.warning']} 2`);
    expect(hosts[0]?.getAttribute('data-state')).toBe('warning');
    controller.abort();
  });

  it('keeps one copy of a one-per-page helper when its anchor moves, while waiting for the strings and after', async () => {
    vi.resetModules();
    document.body.replaceChildren();
    const { provideContentStrings } = await import('../../../lib/i18n/content');
    const { show, ONE_PER_PAGE } = await import('../../../components/helpers/shared');
    const controller = new AbortController();
    const env = {
      signal: controller.signal,
      language: 'en',
      found: vi.fn(),
      miss: vi.fn(),
    } as unknown as FeatureEnv;
    const [first, second, third] = [0, 1, 2].map((i) => {
      const el = document.createElement('div');
      el.id = `anchor-${i}`;
      document.body.append(el);
      return el as HTMLElement;
    });
    // A field row first, then the section heading that the portal renders later.
    show(env, 'contact-check', first!, 'after', 'ok', 'a', () => <p>a</p>, ONE_PER_PAGE);
    show(env, 'contact-check', second!, 'after', 'ok', 'b', () => <p>b</p>, ONE_PER_PAGE);
    provideContentStrings('en', contentCatalog('en'));
    let hosts = [...document.querySelectorAll('pcx-contact-check')];
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.previousElementSibling?.id).toBe('anchor-1');
    // With the strings here: the copy at the old anchor goes when the anchor moves again.
    show(env, 'contact-check', third!, 'after', 'ok', 'c', () => <p>c</p>, ONE_PER_PAGE);
    hosts = [...document.querySelectorAll('pcx-contact-check')];
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.previousElementSibling?.id).toBe('anchor-2');
    // Another helper is not touched, and a helper per field (a scope hint) keeps one per anchor.
    show(env, 'plan-check', first!, 'after', 'ok', 'p', () => <p>p</p>, ONE_PER_PAGE);
    show(env, 'scope-hint', first!, 'after', 'ok', 'title', () => <p>title</p>);
    show(env, 'scope-hint', second!, 'after', 'ok', 'description', () => <p>description</p>);
    expect(document.querySelectorAll('pcx-contact-check')).toHaveLength(1);
    expect(document.querySelectorAll('pcx-plan-check')).toHaveLength(1);
    expect(document.querySelectorAll('pcx-scope-hint')).toHaveLength(2);
    controller.abort();
  });
});
