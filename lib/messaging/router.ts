import { type ErrorCode, RequestError } from '../errors';
import { portalOf } from '../portals/hosts';
import { isPlainObject } from '../schema';
import type { Reply, SenderKind } from './define';
import {
  isMessageType,
  MESSAGES,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from './protocol';

/** What the router needs to know about a sender: the subset of `runtime.MessageSender` it reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Chrome sets `origin` for content scripts and pages; Firefox does not. */
  origin?: string;
  tab?: { id?: number; index?: number; windowId?: number; incognito?: boolean } | undefined;
}

export interface RouterEnv {
  extensionId: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://abc/` or `moz-extension://uuid/`. */
  extensionOrigin: string;
}

export interface HandlerContext {
  kind: SenderKind;
  sender: SenderInfo;
  /** The portal host of a content-script sender, for the record. */
  portalHost: string | null;
}

export type Handler<K extends MessageType> = (
  payload: RequestOf<K>,
  context: HandlerContext,
) => Promise<ResponseOf<K>> | ResponseOf<K>;

export type Handlers = { [K in MessageType]?: Handler<K> };

function urlOf(sender: SenderInfo): URL | null {
  try {
    return sender.url ? new URL(sender.url) : sender.origin ? new URL(sender.origin) : null;
  } catch {
    return null;
  }
}

/**
 * Classifies a sender, or returns null for anything that is not us. The origin of the sending
 * document decides, never `sender.tab`: our own pages opened in a tab have a tab too.
 */
function classifySender(sender: SenderInfo, env: RouterEnv): SenderKind | null {
  if (!sender || sender.id !== env.extensionId) return null;
  const url = urlOf(sender);
  if (!url) return null;
  // `URL.origin` is "null" for non-special schemes (chrome-extension:, moz-extension:), so the
  // scheme and host are compared instead.
  const own = new URL(env.extensionOrigin);
  if (url.protocol === own.protocol && url.host === own.host && own.host !== '') return 'page';
  if (url.protocol === 'https:' && portalOf(url.hostname)) return 'content';
  return null;
}

const refuse = (code: ErrorCode, detail?: string): Reply<never> => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Validates an incoming message against the protocol, then calls its handler. Every refusal is an
 * envelope, never a throw: the caller (the background's onMessage listener) returns it as is.
 */
export function createRouter(handlers: Handlers, env: RouterEnv) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const kind = classifySender(sender, env);
    if (!kind) return refuse('foreign-sender');
    if (!isPlainObject(raw) || !isMessageType(raw.type)) return refuse('unknown-type');
    const type = raw.type;
    const def = MESSAGES[type];
    if (!def.senders.includes(kind)) return refuse('forbidden-for-sender', type);
    if (sizeOf(raw) > def.maxBytes) return refuse('too-large', type);
    for (const key of Object.keys(raw)) {
      if (key !== 'type' && key !== 'payload')
        return refuse('invalid-payload', `unexpected key ${key}`);
    }
    const parsed = def.request.parse(raw.payload ?? {}, 'payload');
    if (!parsed.ok) return refuse('invalid-payload', parsed.error);
    if (def.records && kind === 'content' && sender.tab?.incognito) return refuse('incognito');
    const handler = handlers[type] as Handler<typeof type> | undefined;
    if (!handler) return refuse('no-handler', type);
    const context: HandlerContext = {
      kind,
      sender,
      portalHost: kind === 'content' ? (urlOf(sender)?.hostname ?? null) : null,
    };
    try {
      const data = await handler(parsed.value as never, context);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof RequestError) return refuse(error.code, error.message);
      return refuse('handler-failed', error instanceof Error ? error.message : String(error));
    }
  };
}
