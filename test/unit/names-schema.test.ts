import { describe, expect, it } from 'vitest';
import { historyMessages } from '../../lib/messaging/messages/history';

// Names reach the background from content scripts and our pages: the message schema cleans them
// (lib/names.ts), so every sender is covered, whatever it read from a page.
describe('names in messages', () => {
  it('are cleaned by the message schema, whoever sends them (customers:seen, tickets:capture)', () => {
    const seen = historyMessages['customers:seen'].request.parse(
      { tenantId: null, name: '\u202EContoso\u2066 Ltd', domains: [], selected: false },
      'payload',
    );
    expect(seen).toMatchObject({ ok: true, value: { name: 'Contoso Ltd' } });
    const capture = historyMessages['tickets:capture'].request.parse(
      {
        number: '2612010040001234',
        portal: 'azure',
        portalLink: null,
        customerId: null,
        customerName: 'Con\u200Btoso\u202D Ltd',
        service: 'azure',
        product: null,
        title: 'VM does not start',
        severity: 'B',
        program: 'csp',
        breakFix: true,
        supportLanguage: 'english',
        filedAt: '2026-12-01T10:00:00Z',
        dueAt: null,
        rule: null,
        clock: null,
        caveats: [],
        contact: { name: 'Cam\u202Eille', email: null, phone: null },
      },
      'payload',
    );
    expect(capture).toMatchObject({
      ok: true,
      value: { customerName: 'Contoso Ltd', contact: { name: 'Camille' } },
    });
  });
});
