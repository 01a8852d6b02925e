import { browser } from 'wxt/browser';
import type { Reply } from '../messaging/define';
import type { MessageType, RequestOf, ResponseOf } from '../messaging/protocol';

/**
 * Sends one message to the background and returns its envelope. Never throws: a dead context
 * (extension updated while a page is open) or a missing receiver becomes an error envelope, which
 * helpers treat as "unknown" instead of surfacing an exception into the page.
 */
export async function request<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as
      | Reply<ResponseOf<K>>
      | undefined;
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') {
      return { ok: false, error: { code: 'no-handler', detail: type } };
    }
    return reply;
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'unreachable',
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}

/** Like `request`, but resolves to the data or throws an Error carrying the code (for UIs). */
export async function ask<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await request(type, payload);
  if (reply.ok) return reply.data;
  throw Object.assign(new Error(reply.error.detail ?? reply.error.code), {
    code: reply.error.code,
  });
}
