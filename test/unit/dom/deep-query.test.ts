// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  deepClosest,
  deepQuery,
  deepQueryAll,
  deepText,
  shadowRoots,
} from '../../../lib/dom/deep-query';

/** Two levels of open shadow roots, a closed one, and slotted light-DOM text. */
function build() {
  document.body.innerHTML = '<main><x-page></x-page><p id="light">light</p></main>';
  const page = document.querySelector('x-page')!;
  const outer = page.attachShadow({ mode: 'open' });
  outer.innerHTML =
    '<nav aria-label="Breadcrumb"><ol><li><x-item></x-item></li></ol></nav><x-grid></x-grid>';
  const item = outer.querySelector('x-item')!;
  item.textContent = 'slotted name';
  item.attachShadow({ mode: 'open' }).innerHTML = '<span aria-current="page"><slot></slot></span>';
  const grid = outer.querySelector('x-grid')!;
  const inner = grid.attachShadow({ mode: 'open' });
  inner.innerHTML =
    '<table><tr role="row" id="row-1"><td><a href="https://portal.azure.com/#@a.onmicrosoft.com/x">Administer</a></td></tr></table><x-secret></x-secret>';
  inner.querySelector('x-secret')!.attachShadow({ mode: 'closed' }).innerHTML =
    '<tr role="row" id="row-hidden"></tr>';
  return { page, outer, inner, item };
}

describe('deep queries through open shadow roots', () => {
  it('finds elements at every depth of open roots, never inside closed ones', () => {
    build();
    expect(document.querySelectorAll('tr[role=row]').length).toBe(0);
    expect(deepQueryAll(document, 'tr[role=row]').map((r) => r.id)).toEqual(['row-1']);
    expect(deepQuery(document, '[aria-current="page"]')).not.toBeNull();
    expect(deepQuery(document, '#row-hidden')).toBeNull();
    expect(deepQueryAll(document, 'p').map((p) => p.id)).toEqual(['light']);
  });

  it('lists each open root once, in document order', () => {
    const { outer, inner } = build();
    const roots = shadowRoots(document);
    expect(roots[0]).toBe(document);
    expect(roots).toContain(outer);
    expect(roots).toContain(inner);
    expect(new Set(roots).size).toBe(roots.length);
    expect(roots.indexOf(outer)).toBeLessThan(roots.indexOf(inner));
  });

  it('reads the text a person sees: shadow content and slotted children', () => {
    const { page, item } = build();
    expect(deepText(item)).toBe('slotted name');
    expect(deepText(page)).toContain('Administer');
    expect(deepText(null)).toBe('');
  });

  it('walks up across shadow boundaries', () => {
    build();
    const current = deepQuery(document, '[aria-current="page"]')!;
    expect(deepClosest(current, 'li')?.tagName).toBe('LI');
    expect(deepClosest(current, 'main')?.tagName).toBe('MAIN');
    expect(deepClosest(current, 'table')).toBeNull();
  });
});
