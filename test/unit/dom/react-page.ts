// Renders a real React tree (Microsoft's Fluent UI under React 18 `createRoot`) into happy-dom for
// the control-family tests, and waits until React has applied its effects.
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

let root: Root | null = null;

/** Until the page stops changing for two ticks in a row (effects, portals, late state). */
export async function settle() {
  let last = '';
  let quiet = 0;
  for (let i = 0; i < 50 && quiet < 2; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const now = document.body.innerHTML;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

export async function renderPage(tree: ReactElement, lang = 'en') {
  document.documentElement.lang = lang;
  const host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  root.render(tree);
  await settle();
}

export function unmountPage() {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
}
