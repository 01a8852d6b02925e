import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardScriptStartedEvent, STARTING_KEY } from '../../../scripts/wxt-start-guard.mjs';

// The installed WXT's ContentScriptContext, the file the build patches.
const WXT_CONTEXT = new URL(
  '../../../node_modules/wxt/dist/utils/content-script-context.mjs',
  import.meta.url,
);
const original = readFileSync(WXT_CONTEXT, 'utf8');

describe('the guard against forged "newer script started" events', () => {
  it('patches the installed WXT: start registered in the world-private set, check requires it', () => {
    const patched = guardScriptStartedEvent(original);
    expect(patched).toContain(`globalThis.${STARTING_KEY} ??= new Set()`);
    expect(patched).toMatch(/pcxStarting\.add\(this\.id\);\s*try \{\s*document\.dispatchEvent/);
    expect(patched).toMatch(/finally \{\s*pcxStarting\.delete\(this\.id\);/);
    expect(patched).toContain('return isSameContentScript && !isFromSelf && isFromThisWorld;');
  });

  it.each([
    [
      'the dispatch',
      'document.dispatchEvent(new CustomEvent(',
      'document.dispatch(new CustomEvent(',
    ],
    ['the check', 'return isSameContentScript && !isFromSelf;', 'return isSameContentScript;'],
    ['the listener', '!this.verifyScriptStartedEvent(event)', '!event.detail'],
  ])('fails the build when %s changed shape', (_what, from, to) => {
    expect(original).toContain(from);
    expect(() => guardScriptStartedEvent(original.replace(from, to))).toThrow(
      /WXT content-script-context changed/,
    );
  });
});
