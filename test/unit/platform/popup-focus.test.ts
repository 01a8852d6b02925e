import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPopupFocus } from '../../../components/popup/focus';
import { leavePopupFocus, takePopupFocus } from '../../../lib/platform/popup-focus';

describe('the popup focus a notification click leaves', () => {
  const session = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'session');
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    if (session) Object.defineProperty(fakeBrowser.storage, 'session', session);
  });

  it('is taken once, from the area it was left in', async () => {
    await leavePopupFocus({ kind: 'pack', id: 'p-1' });
    expect(await readPopupFocus('')).toEqual({ kind: 'pack', id: 'p-1' });
    expect(await takePopupFocus()).toBeNull();
  });

  it('still reaches the popup in a browser without storage.session', async () => {
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    await leavePopupFocus({ kind: 'ticket', id: 't-9' });
    expect(await readPopupFocus('')).toEqual({ kind: 'ticket', id: 't-9' });
    expect((await fakeBrowser.storage.local.get('popupFocus')).popupFocus).toBeUndefined();
  });

  it('prefers the address of a popup opened in a tab, and ignores a malformed one', async () => {
    await leavePopupFocus({ kind: 'pack', id: 'p-1' });
    expect(await readPopupFocus('?ticket=t-2')).toEqual({ kind: 'ticket', id: 't-2' });
    expect(await readPopupFocus('?ticket=%3Cscript%3E')).toEqual({ kind: 'pack', id: 'p-1' });
  });
});
