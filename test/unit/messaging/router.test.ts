import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../lib/errors';
import { createRouter, type SenderInfo } from '../../../lib/messaging/router';

const env = { extensionId: 'pcx-id', extensionOrigin: 'chrome-extension://pcx-id/' };
const content: SenderInfo = {
  id: 'pcx-id',
  url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/view/x',
  tab: { incognito: false },
};
const page: SenderInfo = { id: 'pcx-id', url: 'chrome-extension://pcx-id/popup.html' };
const pageInTab: SenderInfo = { ...page, tab: { incognito: false } };

const route = createRouter(
  {
    ping: () => ({ version: '1.2.3' }),
    'misses:record': ({ count }) => ({ total: count }),
    'misses:get': () => ({ 'plan-check': 2 }),
  },
  env,
);

describe('message router', () => {
  it('answers a valid message from a content script and from a page', async () => {
    expect(await route({ type: 'ping', payload: {} }, content)).toEqual({
      ok: true,
      data: { version: '1.2.3' },
    });
    expect(await route({ type: 'ping', payload: {} }, page)).toMatchObject({ ok: true });
  });

  it('classifies an extension page opened in a tab as a page, not a content script', async () => {
    expect(await route({ type: 'misses:get', payload: {} }, pageInTab)).toMatchObject({ ok: true });
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...content, id: 'evil' }],
    ['no id', { url: content.url }],
    ['a non-portal web page', { id: 'pcx-id', url: 'https://evil.example/' }],
    ['a look-alike host', { id: 'pcx-id', url: 'https://portal.azure.com.evil.example/' }],
    ['plain http on a portal host', { id: 'pcx-id', url: 'http://portal.azure.com/' }],
    ['another extension origin', { id: 'pcx-id', url: 'chrome-extension://other/popup.html' }],
    ['no url at all', { id: 'pcx-id' }],
  ])('refuses a forged sender: %s', async (_name, sender) => {
    expect(await route({ type: 'ping', payload: {} }, sender)).toEqual({
      ok: false,
      error: { code: 'foreign-sender' },
    });
  });

  it('refuses a type the sender kind may not use', async () => {
    const reply = await route({ type: 'misses:get', payload: {} }, content);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-for-sender' } });
  });

  it.each([
    ['not an object', 'ping'],
    ['unknown type', { type: 'tickets:nuke', payload: {} }],
    ['prototype type', { type: 'toString', payload: {} }],
    ['no type', { payload: {} }],
  ])('refuses unknown messages: %s', async (_n, message) => {
    expect(await route(message, content)).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
  });

  it('refuses payloads that do not match the schema', async () => {
    for (const payload of [
      { helper: 'plan-check' },
      { helper: 'plan-check', count: 1.5 },
      { helper: 'Plan Check', count: 1 },
      { helper: 'plan-check', count: 1, extra: true },
      // Ids become keys of the counters: a prototype name is never an id.
      { helper: 'constructor', count: 1 },
      JSON.parse('{"helper":"plan-check","count":1,"__proto__":{"x":1}}'),
    ]) {
      const reply = await route({ type: 'misses:record', payload }, content);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    const extraKey = await route({ type: 'ping', payload: {}, evil: 1 }, content);
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('counts nothing from a private window', async () => {
    const privateTab: SenderInfo = { ...content, tab: { incognito: true } };
    const reply = await route(
      { type: 'misses:record', payload: { helper: 'plan-check', count: 1 } },
      privateTab,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'incognito' } });
  });

  it('refuses oversized messages before parsing them', async () => {
    const reply = await route({ type: 'ping', payload: { pad: 'x'.repeat(10_000) } }, content);
    expect(reply).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('turns handler failures into envelopes', async () => {
    const failing = createRouter(
      {
        ping: () => {
          throw new RequestError('storage-full', 'quota');
        },
        'misses:get': () => {
          throw new Error('boom');
        },
      },
      env,
    );
    expect(await failing({ type: 'ping', payload: {} }, content)).toEqual({
      ok: false,
      error: { code: 'storage-full', detail: 'quota' },
    });
    expect(await failing({ type: 'misses:get', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'handler-failed', detail: 'boom' },
    });
    expect(
      await failing({ type: 'misses:record', payload: { helper: 'x', count: 1 } }, content),
    ).toMatchObject({ ok: false, error: { code: 'no-handler' } });
  });

  it('works with Firefox extension origins', async () => {
    const ff = createRouter(
      { ping: () => ({ version: '1' }) },
      {
        extensionId: 'pcx@x',
        extensionOrigin: 'moz-extension://1234-uuid/',
      },
    );
    expect(
      await ff(
        { type: 'ping', payload: {} },
        { id: 'pcx@x', url: 'moz-extension://1234-uuid/popup.html' },
      ),
    ).toMatchObject({ ok: true });
  });
});
