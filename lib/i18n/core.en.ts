/** Shared strings: app name, languages, states, message errors. */
export const coreEn = {
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
