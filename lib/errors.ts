/**
 * The refusals every layer shares. A leaf: the history, the background and the router all throw
 * or answer with these codes, and none of them needs the others to do so.
 */

/** A refusal's code; the UI translates it (`error.<code>`). The router's own codes are named. */
export type ErrorCode =
  | 'foreign-sender'
  | 'unknown-type'
  | 'forbidden-for-sender'
  | 'too-large'
  | 'invalid-payload'
  | 'incognito'
  | 'no-handler'
  | 'handler-failed'
  | (string & {});

/** A refusal with a code the UI translates (`error.<code>`). Handlers throw it for known cases. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'RequestError';
  }
}
