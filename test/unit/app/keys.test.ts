// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { keyActionOf, performKey } from '../../../components/popup/keys';

const key = (k: string, init: KeyboardEventInit = {}, target: Element = document.body) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

beforeEach(() => {
  document.body.innerHTML = `
    <input data-key="search" />
    <button data-key="new">Add</button>
    <ul>
      <li data-ticket-id="a" tabindex="-1">a</li>
      <li data-ticket-id="b" tabindex="-1">b</li>
      <li data-ticket-id="c" tabindex="-1">c</li>
    </ul>
    <div hidden><li data-ticket-id="hidden" tabindex="-1">x</li></div>`;
});

describe('popup keys', () => {
  it('maps / n j k, and nothing else', () => {
    expect(['/', 'n', 'j', 'k', 'x'].map((k) => keyActionOf(key(k)))).toEqual([
      'search',
      'new',
      'next',
      'previous',
      null,
    ]);
  });

  it('never fires while typing, with a modifier, or under an open dialog', () => {
    expect(keyActionOf(key('n', {}, document.querySelector('input')!))).toBeNull();
    expect(keyActionOf(key('n', { ctrlKey: true }))).toBeNull();
    expect(keyActionOf(key('j', { metaKey: true }))).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<dialog open></dialog>');
    expect(keyActionOf(key('j'))).toBeNull();
  });

  it('j and k walk the visible rows and stop at the ends; / focuses search; n clicks new', () => {
    const focused = () => document.activeElement?.getAttribute('data-ticket-id');
    performKey('next');
    expect(focused()).toBe('a');
    performKey('previous');
    expect(focused()).toBe('a');
    performKey('next');
    performKey('next');
    performKey('next');
    expect(focused()).toBe('c');
    performKey('previous');
    expect(focused()).toBe('b');
    performKey('search');
    expect(document.activeElement?.getAttribute('data-key')).toBe('search');
    let clicked = 0;
    document.querySelector('button')!.addEventListener('click', () => clicked++);
    expect(performKey('new')).toBe(true);
    expect(clicked).toBe(1);
  });
});
