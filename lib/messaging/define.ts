import type { ErrorCode } from '../errors';
import type { Schema } from '../schema';

/**
 * Who may send a message:
 * - `content`: a content script running on one of the portal hosts;
 * - `page`: one of our own extension pages (popup, options), whether opened as a popup or in a tab
 *   (an extension page in a tab has `sender.tab` set, so the tab is never used to classify).
 */
export type SenderKind = 'content' | 'page';

export interface MessageDef<Req, Res> {
  readonly senders: readonly SenderKind[];
  readonly request: Schema<Req>;
  /** Cap on the JSON size of the whole message, in characters. */
  readonly maxBytes: number;
  /** True when the handler records anything (history, counters): refused from private tabs. */
  readonly records?: boolean;
  /**
   * True when the message changes the history: the background performs it through its table of
   * mutations, and keeps it aside when the database refuses it (replayed by `history:retry`).
   */
  readonly writes?: boolean;
  /** Phantom field carrying the response type; never set at run time. */
  readonly response?: Res;
}

/**
 * `defineMessage<Response>()({ … })`: the response type is written, the request type is inferred
 * from its schema, so the two can never drift apart.
 */
export function defineMessage<Res>() {
  return <Req, const W extends boolean = false>(def: {
    senders: readonly SenderKind[];
    request: Schema<Req>;
    maxBytes?: number;
    records?: boolean;
    writes?: W;
  }): MessageDef<Req, Res> & { readonly writes: W } =>
    ({ maxBytes: 4096, writes: false, ...def }) as MessageDef<Req, Res> & { readonly writes: W };
}

/** The envelope every handler answers with. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
export interface ReplyError {
  code: ErrorCode;
  /** Technical detail for the developer console or an error message placeholder; never HTML. */
  detail?: string;
}
