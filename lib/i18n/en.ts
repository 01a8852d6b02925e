/**
 * English catalog: the reference set of message keys. Every user-visible string of the popup, the
 * options page and the helpers lives here and in `fr.ts` (the type of `fr` forces the same keys).
 * Placeholders are `{name}`; `t()` fills them. Keys are grouped by surface with a dotted prefix.
 */
export const en = {
  'app.name': 'PCX',
  'app.tagline': 'Support companion for Partner Center',

  'lang.browser': 'Browser default',
  'lang.en': 'English',
  'lang.fr': 'French',

  'state.ok': 'OK',
  'state.warning': 'Check this',
  'state.unknown': 'Cannot tell',

  'error.generic': 'Something went wrong: {detail}',
  'error.foreign-sender': 'Message refused: it does not come from this extension.',
  'error.unknown-type': 'Message refused: unknown request.',
  'error.forbidden-for-sender': 'Message refused: this page may not ask for that.',
  'error.too-large': 'Message refused: it is too large.',
  'error.invalid-payload': 'Message refused: malformed content ({detail}).',
  'error.incognito': 'Nothing is recorded from private windows.',
  'error.no-handler': 'This request is not available yet.',
  'error.handler-failed': 'The request failed: {detail}',
} as const;

export type MessageKey = keyof typeof en;
