// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PacksTab } from '../../../components/popup/PacksTab';
import { AppFrame } from '../../../components/ui/app';
import { daysBetweenDates, formatCalendarDate } from '../../../components/ui/format';
import { exportIcs } from '../../../lib/history/backup';
import type { PackRecord, Ticket } from '../../../lib/history/types';
import { defaultSettings, SETTINGS_KEY } from '../../../lib/settings';

/**
 * A date that is not real (stored by an older version, whose checks were a regex) must never
 * reach the screen as "NaN days", nor break the whole calendar export.
 */

const pack = (over: Partial<PackRecord>): PackRecord =>
  ({
    id: 'p1',
    kind: 'partner-gold-20pack',
    label: 'FY26 benefit',
    purchasedOn: '2026-07-01',
    expiresOn: '2027-06-30',
    incidents: 20,
    used: 3,
    account: null,
    orderNumber: null,
    contractId: null,
    notes: '',
    createdAt: '2026-07-01T00:00:00.000Z',
    updatedAt: '2026-07-01T00:00:00.000Z',
    ...over,
  }) as PackRecord;

describe('days until a date', () => {
  it('is null, not NaN, for a date that is not real', () => {
    expect(daysBetweenDates('2026-11-21', '2026-02-31')).toBeNull();
    expect(daysBetweenDates('2026-11-21', '9999-99-99')).toBeNull();
    expect(daysBetweenDates('2026-11-21', '2026-11-30')).toBe(9);
    // Not rolled over to 3 March either.
    expect(formatCalendarDate('2026-02-31', 'en-GB')).toBe('2026-02-31');
  });
});

describe('the popup with a pack whose expiry is not a real date', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...defaultSettings('Europe/Paris'), uiLanguage: 'en' },
    });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('says the date is unreadable and never shows NaN', async () => {
    await act(async () => {
      render(
        <AppFrame titleKey="app.popup.title">
          <PacksTab
            packs={[
              pack({ id: 'bad', expiresOn: '2026-02-31' }),
              pack({ id: 'worse', expiresOn: '9999-99-99' }),
              pack({ id: 'good', expiresOn: '2099-06-30' }),
            ]}
            error={null}
            focusId={null}
            onChanged={() => undefined}
          />
        </AppFrame>,
        root,
      );
    });
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    const text = root.textContent ?? '';
    expect(root.querySelectorAll('[data-pack-id]')).toHaveLength(3);
    expect(text).not.toMatch(/NaN|Invalid Date/);
    expect(root.querySelector('[data-pack-id="bad"]')?.textContent).toContain(
      'Expiry date not readable (2026-02-31)',
    );
    expect(root.querySelector('[data-pack-id="good"]')?.textContent).toMatch(
      /Expires in [\d,]+ days, on /,
    );
  });
});

describe('the calendar export', () => {
  it('leaves out what is not a real date instead of failing', () => {
    const ticket = {
      id: 't1',
      number: '2611210010000001',
      status: 'open',
      dueAt: '2026-01-01T99:99Z',
      portalLink: null,
    } as unknown as Ticket;
    const labels = { firstResponse: () => 'due', packExpiry: () => 'expires' };
    const ics = exportIcs(
      {
        tickets: [ticket, { ...ticket, id: 't2', dueAt: '2026-11-21T13:00:00.000Z' }],
        packs: [pack({ id: 'bad', expiresOn: '2026-02-31' }), pack({ id: 'good' })],
      },
      new Date('2026-11-21T10:00:00.000Z'),
      labels,
    );
    expect(ics).not.toContain('ticket-t1');
    expect(ics).toContain('ticket-t2');
    expect(ics).not.toContain('pack-bad');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270630');
    expect(ics).not.toMatch(/NaN|Invalid/);
  });
});
