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
});
