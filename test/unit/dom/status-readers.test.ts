// @vitest-environment happy-dom
// Request statuses read from the markup Fluent UI React v8's DetailsList really renders (the
// library itself, under React 18 `createRoot`), by column headers in EN and FR.
import { DetailsList, type IColumn, registerIcons, SelectionMode } from '@fluentui/react';
import { createElement as h } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  parsePortalTime,
  portalStatusOf,
  readRequestDetails,
  readRequestList,
} from '../../../lib/portals/request-status';
import { renderPage, unmountPage } from './react-page';

beforeAll(() => {
  registerIcons({
    icons: { CircleRing: '\uEA3A', StatusCircleCheckmark: '\uF13E', SortDown: '\uEE69' },
  });
});
afterEach(unmountPage);

const WORDS = {
  en: {
    title: 'Title',
    id: 'Request ID',
    created: 'Created on',
    status: 'Status',
    reply: 'Last reply from Microsoft',
    open: 'Open',
    closed: 'Closed',
    waiting: 'Waiting for your response',
  },
  fr: {
    title: 'Titre',
    id: 'ID de la demande',
    created: 'Créée le',
    status: 'État',
    reply: 'Dernière réponse de Microsoft',
    open: 'Ouverte',
    closed: 'Fermée',
    waiting: 'En attente de votre réponse',
  },
} as const;

/** 14 Nov 2026 10:42 in the browser's zone, as the page writes it in each language. */
const LOCAL = new Date(2026, 10, 14, 10, 42, 0);
const written = (lang: 'en' | 'fr') => LOCAL.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US');

function List({ lang, order }: { lang: 'en' | 'fr'; order?: string[] }) {
  const w = WORDS[lang];
  const all: IColumn[] = [
    { key: 'title', name: w.title, fieldName: 'title', minWidth: 200, isRowHeader: true },
    { key: 'id', name: w.id, fieldName: 'id', minWidth: 140 },
    { key: 'created', name: w.created, fieldName: 'created', minWidth: 140 },
    { key: 'status', name: w.status, fieldName: 'status', minWidth: 100, isSorted: true },
    { key: 'reply', name: w.reply, fieldName: 'reply', minWidth: 160 },
  ];
  const columns = order ? order.map((k) => all.find((c) => c.key === k)!) : all;
  const items = [
    {
      key: 'a',
      title: 'VM cannot reach on-premises network',
      id: '2611140040000417',
      created: '11/14/2026',
      status: w.open,
      reply: written(lang),
    },
    {
      key: 'b',
      title: 'Reserved instance invoice',
      id: '2610020040001875',
      created: '10/2/2026',
      status: w.closed,
      reply: '',
    },
    {
      key: 'c',
      title: 'Quota increase',
      id: '2611200040000033',
      created: '11/20/2026',
      status: w.waiting,
      reply: '',
    },
  ];
  return h(DetailsList, { items, columns, selectionMode: SelectionMode.multiple });
}

describe('request lists (Fluent v8 DetailsList)', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`reads number, status and latest reply by header (${lang})`, async () => {
      await renderPage(h(List, { lang }), lang);
      expect(readRequestList(document, 'azure')).toEqual([
        { number: '2611140040000417', status: 'open', replyAt: LOCAL.toISOString() },
        { number: '2610020040001875', status: 'closed', replyAt: null },
        { number: '2611200040000033', status: 'attention-needed', replyAt: null },
      ]);
    });
  }

  it('follows the headers when the columns move', async () => {
    await renderPage(h(List, { lang: 'en', order: ['status', 'reply', 'title', 'id'] }));
    const rows = readRequestList(document, 'azure');
    expect(rows?.map((r) => [r.number, r.status])).toEqual([
      ['2611140040000417', 'open'],
      ['2610020040001875', 'closed'],
      ['2611200040000033', 'attention-needed'],
    ]);
    expect(rows?.[0]?.replyAt).toBe(LOCAL.toISOString());
  });

  it('without a status column the page is a miss, not a guess', async () => {
    await renderPage(h(List, { lang: 'en', order: ['title', 'id', 'created'] }));
    expect(readRequestList(document, 'azure')).toBeNull();
  });
});

describe('request details (properties by label)', () => {
  function Details({ lang, number }: { lang: 'en' | 'fr'; number: string }) {
    const w = WORDS[lang];
    const prop = (k: string, v: string) => [h('dt', { key: `${k}t` }, k), h('dd', { key: k }, v)];
    return h('dl', null, [
      ...prop(w.id, number),
      ...prop(w.title, 'VM cannot reach on-premises network'),
      ...prop(w.status, w.open),
      ...prop(w.reply, written(lang)),
    ]);
  }
  it('reads the request the route names, EN and FR', async () => {
    await renderPage(h(Details, { lang: 'fr', number: '2611140040000417' }), 'fr');
    const id = '/subscriptions/x/providers/Microsoft.Support/supportTickets/2611140040000417';
    expect(readRequestDetails(document, 'azure', id)).toEqual({
      number: '2611140040000417',
      status: 'open',
      replyAt: LOCAL.toISOString(),
    });
    // Another request than the URL's (a stale blade): nothing read.
    expect(readRequestDetails(document, 'azure', `${id.slice(0, -3)}999`)).toBeNull();
  });
});

describe('portal words and times', () => {
  it('maps statuses, and leaves unknown words unknown', () => {
    expect(portalStatusOf('Open')).toBe('open');
    expect(portalStatusOf('Active')).toBe('open');
    expect(portalStatusOf('Fermée')).toBe('closed');
    expect(portalStatusOf('Resolved')).toBe('closed');
    expect(portalStatusOf('En attente de votre réponse')).toBe('attention-needed');
    expect(portalStatusOf('Attention needed')).toBe('attention-needed');
    expect(portalStatusOf('Sev B')).toBeNull();
  });
  it('reads dates as each language writes them, in the browser zone', () => {
    const at = (y: number, mo: number, d: number, hh: number, mm: number) =>
      new Date(y, mo - 1, d, hh, mm).toISOString();
    expect(parsePortalTime('11/14/2026, 10:42:00 AM', ['en'])).toBe(at(2026, 11, 14, 10, 42));
    expect(parsePortalTime('3/4/2026, 1:05 PM', ['en'])).toBe(at(2026, 3, 4, 13, 5));
    expect(parsePortalTime('03/04/2026 13:05:00', ['fr'])).toBe(at(2026, 4, 3, 13, 5));
    expect(parsePortalTime('14/11/2026 à 10:42', ['en'])).toBe(at(2026, 11, 14, 10, 42));
    expect(parsePortalTime('Nov 14, 2026, 10:42 AM')).toBe(at(2026, 11, 14, 10, 42));
    expect(parsePortalTime('14 nov. 2026 10:42', ['fr'])).toBe(at(2026, 11, 14, 10, 42));
    expect(parsePortalTime('2026-11-14T09:42:00Z')).toBe('2026-11-14T09:42:00.000Z');
    expect(parsePortalTime('2 hours ago')).toBeNull();
    expect(parsePortalTime('31/02/2026 10:00', ['fr'])).toBeNull();
  });
});
