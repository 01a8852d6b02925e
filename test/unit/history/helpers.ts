import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHistoryRepo } from '../../../lib/history/repo';
import { openHistoryDb } from '../../../lib/history/schema';
import type { RequestOf } from '../../../lib/messaging/protocol';
import type { SenderInfo } from '../../../lib/messaging/router';

/** A fresh, isolated IndexedDB for one test. */
export const freshFactory = () => new IDBFactory();

export function clock(start = '2026-11-21T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

let counter = 0;
export const sequentialIds =
  (prefix = 'id') =>
  () =>
    `${prefix}-${String(++counter).padStart(6, '0')}`;

export async function openRepo(factory = freshFactory(), c = clock()) {
  const db = await openHistoryDb({ factory });
  const repo = createHistoryRepo({ db, now: c.now, timeZone: () => 'UTC' });
  return { db, repo, factory, clock: c };
}

export function ticketInput(
  overrides: Partial<RequestOf<'tickets:add'>> = {},
): RequestOf<'tickets:add'> {
  return {
    number: '2611210010000001',
    portal: 'azure',
    portalLink: 'https://portal.azure.com/#view/req/2611210010000001',
    customerId: '11111111-2222-3333-4444-555555555555',
    customerName: 'Contoso',
    service: 'azure',
    product: null,
    title: 'VM does not start',
    severity: 'B',
    program: 'csp',
    breakFix: true,
    supportLanguage: 'english',
    filedAt: '2026-11-21T09:00:00.000Z',
    dueAt: '2026-11-21T13:00:00.000Z',
    rule: 'csp-severity',
    clock: 'around-the-clock',
    caveats: [],
    contact: { name: 'Ann', email: 'ann@contoso.com', phone: null },
    ...overrides,
  };
}

/**
 * A ticket a partner pack covers (domain.md §8): professional support for an on-premises product
 * version that passes N-1 on its filing day (Windows Server 2025, N in November 2026). The
 * default `ticketInput` is a CSP request, which costs no incident.
 */
export function spendableTicketInput(
  overrides: Partial<RequestOf<'tickets:add'>> = {},
): RequestOf<'tickets:add'> {
  return ticketInput({
    portal: 'support-for-business',
    portalLink: null,
    customerId: null,
    customerName: null,
    service: 'on-premises',
    product: 'Windows Server',
    version: '2025',
    program: 'professional',
    rule: 'professional-severity',
    ...overrides,
  });
}

/** A content script's capture: what the page showed, with its number; no notes, no pack. */
export function captureInput(
  overrides: Partial<RequestOf<'tickets:capture'>> = {},
): RequestOf<'tickets:capture'> {
  const { notes: _notes, packId: _packId, ...fields } = ticketInput();
  return { ...fields, number: '2611210010000001', ...overrides };
}

export function packInput(overrides: Partial<RequestOf<'packs:add'>> = {}): RequestOf<'packs:add'> {
  return {
    kind: 'partner-gold-20pack',
    label: 'FY26 benefit',
    purchasedOn: '2026-07-01',
    expiresOn: '2027-06-30',
    incidents: 20,
    account: null,
    orderNumber: 'ORD-1',
    contractId: null,
    notes: '',
    ...overrides,
  };
}

export const page = { surface: 'page' as const };
export const content = { surface: 'content' as const };

/** Extension storage in memory, as the history service's pending queue uses it. */
export function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

/** The extension as the router sees it, and the popup as a sender. */
export const env = { extensionId: 'pcx', extensionOrigin: 'chrome-extension://pcx/' };
export const popup: SenderInfo = { id: 'pcx', url: 'chrome-extension://pcx/popup.html' };
