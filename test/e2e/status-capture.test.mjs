// End-to-end: statuses that keep themselves current. Tickets are seeded; the Azure replica's
// request details (EN) and All support requests (FR), both ReactViews rendered by Fluent UI React
// v8 in their frames, are opened; the popup proposes Microsoft's reply, the agent accepts it and
// sees the actual first-response time; then, with "mark at once" chosen in options, a reply read
// on the list marks its ticket responded by itself. One browser, real IndexedDB, Paris time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, until } from './harness.mjs';

const DOMAIN = 'contoso.onmicrosoft.com';
const SUB = '3f2b9c71-64ad-4e1b-8a0f-d5c7e2169b43';
const AZURE = `https://portal.azure.com`;
const detailsUrl = (lang, number) =>
  `${AZURE}/?lang=${lang}#@${DOMAIN}/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(`/subscriptions/${SUB}/providers/Microsoft.Support/supportTickets/${number}`)}`;
const listUrl = (lang) =>
  `${AZURE}/?lang=${lang}#@${DOMAIN}/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview`;

/** The replica's requests (test/fixtures/portals/azure/data.js) and Microsoft's latest replies. */
const VPN = { number: '2611140040000417', reply: '2026-11-14T10:42:00.000Z' };
const QUOTA = { number: '2611200040000033', reply: '2026-11-20T16:20:00.000Z' };
const MAILBOX = { number: '2611230010000427', reply: '2026-11-23T15:47:00.000Z' };
const INVOICE = { number: '2610020040001875', reply: '2026-10-03T08:05:00.000Z' };

function ticket(number, title, filedAt, dueAt) {
  return {
    number,
    portal: 'azure',
    portalLink: null,
    customerId: null,
    customerName: 'Contoso Ltd',
    service: 'azure',
    product: null,
    title,
    severity: 'B',
    program: 'csp',
    breakFix: true,
    supportLanguage: 'english',
    filedAt,
    dueAt,
    rule: 'csp-severity',
    clock: 'around-the-clock',
    caveats: [],
    contact: null,
  };
}

const WORDS = {
  en: { proposal: 'Microsoft replied at', accept: 'Mark responded', first: 'First response' },
  fr: {
    proposal: 'Microsoft a répondu à',
    accept: 'Marquer comme répondu',
    first: 'Première réponse',
  },
};

describe('statuses read from the portals (EN and FR)', () => {
  let h;
  const ids = {};
  const ok = async (type, payload) => {
    const reply = await h.send(type, payload);
    assert.ok(reply.ok, `${type}: ${JSON.stringify(reply.error)}`);
    return reply.data;
  };
  const get = (id) => ok('tickets:get', { id });
  const settings = (uiLanguage, portalReplies = 'propose') =>
    h.writeSettings({
      version: 1,
      uiLanguage,
      portalReplies,
      schedule: { timeZone: 'Europe/Paris', weekly: {}, holidays: [] },
    });

  before(async () => {
    h = await launch({ lang: 'en', timezoneId: 'Europe/Paris' });
    await settings('en');
    ids.vpn = (
      await ok(
        'tickets:add',
        ticket(
          VPN.number,
          'VPN to on-premises',
          '2026-11-14T09:44:00.000Z',
          '2026-11-14T13:44:00.000Z',
        ),
      )
    ).id;
    ids.quota = (
      await ok(
        'tickets:add',
        ticket(
          QUOTA.number,
          'Quota increase',
          '2026-11-20T13:06:00.000Z',
          '2026-11-20T17:06:00.000Z',
        ),
      )
    ).id;
  });
  after(async () => h?.close());

  /** Opens the popup, finds the ticket's row and answers its proposal; returns the row's text. */
  async function acceptInPopup(lang, id, replyClock) {
    const w = WORDS[lang];
    const popup = await h.openPopup();
    const row = popup.locator(`li[data-ticket-id="${id}"]`);
    const proposal = row.getByTestId('reply-proposal');
    await proposal.waitFor({ timeout: 10_000 });
    const text = await proposal.textContent();
    assert.ok(text.includes(w.proposal), `${lang}: ${text}`);
    assert.ok(text.includes(replyClock), `${lang}: the reply's time in Paris (${text})`);
    // The first button; its name says which ticket and when ("Mark … responded at …").
    const accept = proposal.getByRole('button').first();
    assert.equal((await accept.textContent()).trim(), w.accept);
    await accept.click();
    await until(async () => (await row.getByTestId('reply-proposal').count()) === 0, {
      message: `${lang}: the proposal is answered`,
    });
    const first = await row.getByTestId('first-response').textContent();
    assert.ok(first.includes(w.first) && first.includes(replyClock), `${lang}: ${first}`);
    await popup.close();
    return first;
  }

  it('reads the details (EN), proposes the reply, and records it as the first response', async () => {
    const page = await h.openPortal(detailsUrl('en', VPN.number));
    await until(async () => (await get(ids.vpn)).portalReplyAt === VPN.reply, {
      timeout: 20_000,
      message: 'the reply read on the details page',
    });
    assert.equal((await get(ids.vpn)).portalStatus, 'open');
    assert.equal((await get(ids.vpn)).status, 'open', 'proposed, not applied');
    await page.close();

    const first = await acceptInPopup('en', ids.vpn, '11:42');
    assert.match(first, /read on the portal/);
    const done = await get(ids.vpn);
    assert.equal(done.status, 'responded');
    assert.equal(done.firstResponseAt, VPN.reply);
    assert.equal(done.firstResponseFrom, 'portal');
  });

  it('reads the list (FR): statuses by header, the proposal accepted in French', async () => {
    await settings('fr');
    const page = await h.openPortal(listUrl('fr'));
    await until(async () => (await get(ids.quota)).portalReplyAt === QUOTA.reply, {
      timeout: 20_000,
      message: 'the reply read on the list',
    });
    assert.equal((await get(ids.quota)).portalStatus, 'attention-needed');
    // Already answered: a later page view proposes nothing more.
    assert.equal((await get(ids.vpn)).portalReplyAt, null);
    await page.close();
    const first = await acceptInPopup('fr', ids.quota, '17:20');
    assert.match(first, /lue sur le portail/);
    assert.equal((await get(ids.quota)).firstResponseAt, QUOTA.reply);
  });

  it("reads the admin center's service requests (EN) by their headers", async () => {
    const mailbox = (
      await ok('tickets:add', {
        ...ticket(MAILBOX.number, 'Mailbox migration', '2026-11-23T14:03:00.000Z', null),
        portal: 'm365-admin',
        service: 'office-365',
        rule: null,
        clock: null,
      })
    ).id;
    const page = await h.openPortal(
      'https://admin.microsoft.com/AdminPortal/Home?lang=en#/support/requests',
    );
    const seen = await until(
      async () => {
        const t = await get(mailbox);
        return t.portalReplyAt ? t : null;
      },
      { timeout: 20_000, message: 'the reply read on the service requests list' },
    );
    assert.equal(seen.portalReplyAt, MAILBOX.reply);
    assert.equal(seen.portalStatus, 'open');
    assert.equal(seen.status, 'open');
    await page.close();
  });

  it('applies the reply at once when the agent chose so in options', async () => {
    const options = await h.openOptions('#helpers');
    await options.getByRole('radio', { name: /Marquer aussitôt le ticket comme répondu/ }).check();
    await until(
      async () =>
        (await options.evaluate(() => chrome.storage.local.get('settings'))).settings
          .portalReplies === 'apply',
      { message: 'the choice is saved' },
    );
    await options.close();
    ids.invoice = (
      await ok(
        'tickets:add',
        ticket(
          INVOICE.number,
          'RI invoice',
          '2026-10-02T15:12:00.000Z',
          '2026-10-03T15:12:00.000Z',
        ),
      )
    ).id;
    const page = await h.openPortal(listUrl('fr'));
    const applied = await until(
      async () => {
        const t = await get(ids.invoice);
        return t.status === 'responded' ? t : null;
      },
      { timeout: 20_000, message: 'the reply applied by itself' },
    );
    assert.equal(applied.firstResponseAt, INVOICE.reply);
    assert.equal(applied.firstResponseFrom, 'portal');
    assert.equal(applied.portalStatus, 'closed');
    assert.equal(applied.portalReplyAt ?? null, null, 'nothing left to propose');
    await page.close();
    const popup = await h.openPopup();
    const row = popup.locator(`li[data-ticket-id="${ids.invoice}"]`);
    const first = await row.getByTestId('first-response').textContent();
    assert.match(first, /Première réponse .*10:05.*lue sur le portail/);
    assert.equal(await row.getByTestId('reply-proposal').count(), 0);
    await popup.close();
    h.assertNoPageErrors();
  });
});
