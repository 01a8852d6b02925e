// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useDraft } from '../../../components/records/useDraft';

// The dialog draft kept in session storage: closing the dialog (or the popup) and opening it
// again brings back what the agent typed; saving or discarding forgets it.
type Draft = { number: string; urgent: boolean };
let latest: ReturnType<typeof useDraft<Draft>>;
let root: HTMLElement;

function Probe({ open, id }: { open: boolean; id?: string }) {
  latest = useDraft<Draft>(open, id, () => ({ number: '', urgent: false }), 'ticket');
  return null;
}
const flush = () => act(() => new Promise((r) => setTimeout(r, 10)));
const stored = async () => (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useDraft', () => {
  it('keeps what the agent typed across a close and a new popup, then forgets it on save', async () => {
    await act(() => render(<Probe open />, root));
    await flush();
    expect(await stored()).toEqual({}); // nothing typed: nothing kept
    await act(() => latest.set('number', '2612030010000042'));
    await flush();
    expect(Object.keys(await stored())).toEqual(['draft:ticket:new']);

    // The popup closes (the component goes) and opens again.
    render(null, root);
    await act(() => render(<Probe open />, root));
    await flush();
    expect(latest.draft).toEqual({ number: '2612030010000042', urgent: false });
    expect(latest.restored).toBe(true);

    await act(() => latest.discard());
    await flush();
    expect(await stored()).toEqual({});
    expect(latest.restored).toBe(false);
  });

  it('keys drafts by record, takes back only known fields, and discards back to the initial form', async () => {
    await fakeBrowser.storage.session.set({
      'draft:ticket:t1': {
        at: 1,
        value: { number: '42', urgent: true, injected: 'x', nested: {} },
      },
    });
    await act(() => render(<Probe open id="t2" />, root));
    await flush();
    expect(latest.restored).toBe(false);
    await act(() => render(<Probe open id="t1" />, root));
    await flush();
    expect(latest.draft).toEqual({ number: '42', urgent: true });
    await act(() => latest.discard(true));
    await flush();
    expect(latest.draft).toEqual({ number: '', urgent: false });
    expect(await stored()).toEqual({});
  });

  it('ignores a stored value that is not a draft', async () => {
    await fakeBrowser.storage.session.set({ 'draft:ticket:new': 'not a draft' });
    await act(() => render(<Probe open />, root));
    await flush();
    expect(latest.restored).toBe(false);
    expect(latest.draft).toEqual({ number: '', urgent: false });
  });
});
