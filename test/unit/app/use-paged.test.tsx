// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Paged, usePaged } from '../../../components/popup/usePaged';
import type { Page } from '../../../lib/history/types';

// The hook under test, driven by a fake page source whose replies the test releases by hand.
type Item = { id: string };
interface Pending {
  key: string;
  cursor: string | null;
  resolve: (page: Page<Item>) => void;
  reject: (e: unknown) => void;
}
let pending: Pending[];
let latest: Paged<Item>;
let root: HTMLElement;

function Probe({ view }: { view: string }) {
  latest = usePaged<Item>(
    (cursor) =>
      new Promise((resolve, reject) => pending.push({ key: view, cursor, resolve, reject })),
    view,
  );
  return null;
}
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const page = (ids: string[], next: string | null, total: number): Page<Item> => ({
  items: ids.map((id) => ({ id })),
  next,
  total,
});

beforeEach(() => {
  pending = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('usePaged', () => {
  it('reads the first page, appends the next one, then has no more', async () => {
    await act(() => render(<Probe view="open" />, root));
    expect(latest.items).toBeNull();
    expect(pending.map((p) => p.cursor)).toEqual([null]);
    pending[0]!.resolve(page(['a', 'b'], 'c2', 3));
    await flush();
    expect(latest.items?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(latest.hasMore).toBe(true);
    expect(latest.total).toBe(3);
    await act(() => void latest.loadMore());
    expect(pending[1]!.cursor).toBe('c2');
    pending[1]!.resolve(page(['c'], null, 3));
    await flush();
    expect(latest.items?.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(latest.hasMore).toBe(false);
  });

  it('drops the reply of a view left behind, even when it arrives last', async () => {
    await act(() => render(<Probe view="open" />, root));
    await act(() => render(<Probe view="all" />, root));
    expect(pending.map((p) => p.key)).toEqual(['open', 'all']);
    pending[1]!.resolve(page(['all-1'], null, 1));
    await flush();
    pending[0]!.resolve(page(['open-1'], null, 1));
    await flush();
    expect(latest.items?.map((i) => i.id)).toEqual(['all-1']);
  });

  it('keeps the error for the list to show, with an empty list, and clears it on success', async () => {
    await act(() => render(<Probe view="open" />, root));
    pending[0]!.reject(new Error('unreachable'));
    await flush();
    expect(latest.items).toEqual([]);
    expect(String(latest.error)).toContain('unreachable');
    await act(() => void latest.reload());
    pending[1]!.resolve(page(['a'], null, 1));
    await flush();
    expect(latest.error).toBeNull();
    expect(latest.items?.map((i) => i.id)).toEqual(['a']);
  });

  it('puts a returned record in place without reading again', async () => {
    await act(() => render(<Probe view="open" />, root));
    pending[0]!.resolve(page(['a', 'b'], null, 2));
    await flush();
    await act(() => latest.replace({ id: 'b', extra: true } as Item));
    expect(latest.items?.[1]).toEqual({ id: 'b', extra: true });
    expect(pending).toHaveLength(1);
  });
});
