// Build-time patch of WXT's ContentScriptContext (wxt/dist/utils/content-script-context.mjs).
//
// WXT stops an older copy of a content script when a newer one starts: the newer one dispatches a
// CustomEvent named `<extension id>:<script>:wxt:content-script-started` on `document`, and every
// older copy that hears it with another id invalidates itself. The page shares `document`: any
// page script that knows the (public) extension id can dispatch the same event and switch PCX off.
//
// The patch keeps the real case and refuses the forged one. A starting copy writes its id into a
// set held by the content scripts' own global object (their isolated world, which page scripts
// cannot read or write) for the time of its synchronous dispatch, and an older copy accepts the
// event only when its id is in that set. An id seen earlier cannot be replayed: it leaves the set
// as soon as its dispatch returns. (A page listener runs during that dispatch and could re-send
// the id then, but that only stops the older copies the genuine event is stopping anyway.)
//
// If WXT's code changes shape, the patch throws and the build fails here, instead of shipping an
// unguarded context (test/unit/platform/start-guard.test.ts runs it on the installed WXT).

/** The world-private set of the ids whose start event is being dispatched right now. */
export const STARTING_KEY = '__pcxScriptsStarting';

const DISPATCH =
  /document\.dispatchEvent\(new CustomEvent\(ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,\s*\{\s*detail:\s*\{[^}]*\bmessageId:\s*this\.id\b[^}]*\}\s*\}\)\);/;
const VERIFY =
  /const isFromSelf = event\.detail\?\.messageId === this\.id;\s*return isSameContentScript && !isFromSelf;/;
const LISTENER =
  /if \(!\(event instanceof CustomEvent\) \|\| !this\.verifyScriptStartedEvent\(event\)\) return;\s*this\.notifyInvalidated\(\);/;

/** Returns the patched module text; throws when WXT's code is not the one this patch knows. */
export function guardScriptStartedEvent(code) {
  const missing = [
    ['the start event dispatch', DISPATCH],
    ['the start event check', VERIFY],
    ['the listener that stops older scripts', LISTENER],
  ].filter(([, pattern]) => !pattern.test(code));
  if (missing.length) {
    throw new Error(
      `pcx: WXT content-script-context changed (${missing.map(([what]) => what).join(', ')} not found); re-check the guard against forged start events`,
    );
  }
  return code
    .replace(
      DISPATCH,
      (dispatch) =>
        `const pcxStarting = (globalThis.${STARTING_KEY} ??= new Set());\n\t\tpcxStarting.add(this.id);\n\t\ttry {\n\t\t\t${dispatch}\n\t\t} finally {\n\t\t\tpcxStarting.delete(this.id);\n\t\t}`,
    )
    .replace(
      VERIFY,
      `const isFromSelf = event.detail?.messageId === this.id;\n\t\tconst isFromThisWorld = globalThis.${STARTING_KEY}?.has(event.detail?.messageId) === true;\n\t\treturn isSameContentScript && !isFromSelf && isFromThisWorld;`,
    );
}
