import type { ScopeHints } from '../../rules/scope';
import { literal, obj, optional, str } from '../../schema';
import { defineMessage } from '../define';

/** Longest text a scope check reads; the helper sends no more. */
export const SCOPE_TEXT_MAX = 8000;

/**
 * Rules computed in the background so that their data stays out of the content scripts: the scope
 * hints need the product-lifecycle table (for "this version is out of support"), which would
 * otherwise weigh on every Azure and admin-center page.
 */
export const rulesMessages = {
  'rules:scope': defineMessage<ScopeHints>()({
    senders: ['content', 'page'],
    request: obj({ text: str({ max: SCOPE_TEXT_MAX }), lang: optional(literal('en', 'fr')) }),
    // Each character may be escaped in JSON (\uXXXX: 6 characters).
    maxBytes: SCOPE_TEXT_MAX * 6 + 256,
  }),
};
