import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/messaging/protocol';

// docs/SECURITY.md lists what a content script may send, word for word: the list and the protocol
// must name the same messages.
describe('docs/SECURITY.md', () => {
  it('names exactly the messages a content script may send', () => {
    const doc = readFileSync(new URL('../../../docs/SECURITY.md', import.meta.url), 'utf8');
    const list = /<!-- content-messages:start -->([\s\S]*?)<!-- content-messages:end -->/.exec(doc);
    expect(list, 'the marked list is in the document').not.toBeNull();
    const named = [...(list?.[1] ?? '').matchAll(/`([a-z]+(?::[a-z-]+)?)`/g)].map((m) => m[1]);
    const allowed = Object.entries(MESSAGES)
      .filter(([, def]) => def.senders.includes('content'))
      .map(([type]) => type);
    expect([...new Set(named)].sort()).toEqual(allowed.sort());
  });
});
