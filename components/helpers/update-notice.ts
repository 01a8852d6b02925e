import { UPDATE_NOTICE } from '../../lib/i18n/notice';
import type { StaleEnv } from '../../lib/platform/content-runtime';

/**
 * What a portal tab shows once PCX was updated (or reloaded) while it was open: Chrome does not
 * inject the new version into open tabs, and the old script can no longer reach the extension,
 * so its helpers are gone and nothing filed here is captured. One small notice says so instead
 * of stale verdicts; it can be dismissed. It needs no extension API (the context is dead), and no
 * Preact: Partner Center's script shows no other UI and stays small.
 *
 * Same isolation as every helper (components/mount.tsx): an open shadow root whose `:host` rules
 * are `!important`, so page CSS can neither hide it nor dress it up.
 */

const NOTICE_CSS =
  ':host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;' +
  'position:fixed!important;right:16px!important;bottom:16px!important;max-width:360px!important;' +
  'z-index:2147483647!important;direction:ltr!important;unicode-bidi:isolate!important;' +
  'transform:none!important;clip-path:none!important;color:#1f2328!important;' +
  'font:13px/1.45 system-ui,sans-serif!important}' +
  ':host::before,:host::after{content:none!important;display:none!important}' +
  'div{display:flex;gap:8px;border:1px solid #c8ccd1;border-left:4px solid #b35900;' +
  'border-radius:6px;background:#fff8f0;padding:8px 10px;box-shadow:0 2px 8px #0003}' +
  'button{font:inherit;color:inherit;border:1px solid #8c959f;border-radius:4px;background:#f6f8fa;cursor:pointer}';

export function showUpdateNotice(env: StaleEnv): void {
  const doc = env.document;
  const parent = doc.body ?? doc.documentElement;
  if (!parent || doc.querySelector('pcx-update-notice')) return;
  const strings = UPDATE_NOTICE[env.language];
  const host = doc.createElement('pcx-update-notice');
  host.setAttribute('data-pcx', '');
  host.setAttribute('data-state', 'warning');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const card = doc.createElement('div');
  card.setAttribute('role', 'status');
  card.lang = env.language;
  const text = doc.createElement('span');
  text.textContent = strings.text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', strings.dismiss);
  close.addEventListener('click', () => host.remove());
  card.append(text, close);
  root.append(style, card);
  parent.append(host);
}
