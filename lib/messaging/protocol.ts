import type { MessageDef } from './define';
import { contextMessages } from './messages/context';
import { coreMessages } from './messages/core';
import { findMessages } from './messages/find';
import { historyMessages } from './messages/history';
import { recordsMessages } from './messages/records';
import { reportsMessages } from './messages/reports';
import { rulesMessages } from './messages/rules';
import { signalsMessages } from './messages/signals';
import { statusesMessages } from './messages/statuses';

/**
 * The one message protocol of the extension. Each domain declares its messages in
 * `messages/<domain>.ts`; this object is the union the router validates against.
 */
export const MESSAGES = {
  ...coreMessages,
  ...historyMessages,
  ...contextMessages,
  ...rulesMessages,
  ...signalsMessages,
  ...findMessages,
  ...statusesMessages,
  ...recordsMessages,
  ...reportsMessages,
} as const;

export type MessageType = keyof typeof MESSAGES;
type DefOf<K extends MessageType> = (typeof MESSAGES)[K];
export type RequestOf<K extends MessageType> =
  DefOf<K> extends MessageDef<infer Req, unknown> ? Req : never;
export type ResponseOf<K extends MessageType> =
  DefOf<K> extends MessageDef<unknown, infer Res> ? Res : never;

export type Message<K extends MessageType = MessageType> = { type: K; payload: RequestOf<K> };

/** The messages that change the history (`writes: true`): the background's mutations. */
export type WriteType = {
  [K in MessageType]: DefOf<K> extends { writes: true } ? K : never;
}[MessageType];

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type);
}
