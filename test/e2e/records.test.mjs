// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// End-to-end: records the agent can correct, in the popup of the built extension (Chromium), in
// English and in French: a ticket deleted from its dialog comes back with Undo (its incident
// spent again), a status change is undone with its timestamps, and the request-number field
// reads a pasted number (`# 2612-0300-…`) and a portal URL of a request; the pack's usage history
// and the ticket's own history tell what happened, from the change log; a draft survives Esc and
// the popup closing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, sendFrom, setSettings, until } from './harness.mjs';

const ZONE = 'Europe/Paris';
const TENANT = '3f2b8a51-6c1e-4d2a-9f0b-7e5d4c3b2a19';
const DOMAIN = 'contosopharma.onmicrosoft.com';
const HOUR = 3_600_000;

/** The words the test reads, as the catalogs say them (lib/i18n). */
const WORDS = {
  en: {
    undo: 'Undo',
    deleted: /Ticket “.+” deleted\./,
    status: /Status set to Resolved\./,
    unlinked: /Incident given back to On-premises 20/,
    unlink: /^Unlink /,
    edit: /^Edit /,
    statusOf: /^Status of/,
    delete: 'Delete ticket',
    deleteConfirm: 'Delete for good?',
    add: 'Add ticket',
    title: 'Title',
    customer: 'Customer',
    link: 'Link to the request',
    save: 'Save',
    restored: /Ticket restored\./,
    discard: 'Discard draft',
    packHistory: 'Usage history',
    ticketHistory: 'History',
    spent: (n) => new RegExp(`^.+ One incident spent on ${n} \\(\\d+ used\\)\\.$`),
    refunded: (n) => new RegExp(`^.+ Incident given back for ${n} \\(\\d+ used\\)\\.$`),
    restoredLine: /Restored after a delete\./,
    deletedLine: /Deleted\./,
    packsTab: /^Packs/,
    ticketsTab: /^Tickets/,
  },
  fr: {
    undo: 'Annuler',
    deleted: /Ticket « .+ » supprimé\./,
    status: /Statut passé à Résolu\./,
    unlinked: /Incident rendu à On-premises 20/,
    unlink: /^Détacher /,
    edit: /^Modifier /,
    statusOf: /^Statut de/,
    delete: 'Supprimer le ticket',
    deleteConfirm: 'Supprimer définitivement ?',
    add: 'Ajouter un ticket',
    title: 'Titre',
    customer: 'Client',
    link: 'Lien vers la demande',
    save: 'Enregistrer',
    restored: /Ticket rétabli\./,
    discard: 'Abandonner le brouillon',
    packHistory: 'Historique d’utilisation',
    ticketHistory: 'Historique',
    spent: (n) => new RegExp(`^.+ Un incident consommé pour ${n} \\(\\d+ utilisés?\\)\\.$`),
    refunded: (n) => new RegExp(`^.+ Incident rendu pour ${n} \\(\\d+ utilisés?\\)\\.$`),
    restoredLine: /Restauré après une suppression\./,
    deletedLine: /Supprimé\./,
    packsTab: /^Packs/,
    ticketsTab: /^Tickets/,
  },
};

let h;
let seeder;
let packId;

async function ok(page, type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply?.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

/** Professional support for Windows Server 2025: what a partner on-premises pack covers. */
const ticket = (over) => ({
  number: null,
  portal: 'support-for-business',
  portalLink: null,
  customerId: null,
  customerName: null,
  service: 'on-premises',
  product: 'Windows Server',
  version: '2025',
  title: 'Domain controller replication fails',
  severity: 'B',
  program: 'professional',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: new Date(Date.now() - HOUR).toISOString(),
  dueAt: new Date(Date.now() + 3 * HOUR).toISOString(),
  rule: 'professional-severity',
  clock: 'around-the-clock',
  caveats: [],
  contact: null,
  ...over,
});

async function openPopup() {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(h.extensionUrl('popup.html'));
  await page.waitForSelector('main[data-ready="true"]', { timeout: 10_000 });
  return page;
}

/** A paste into the focused-or-given input, as the browser delivers one (a ClipboardEvent). */
function paste(locator, text) {
  return locator.evaluate((input, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    input.focus();
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

before(async () => {
  h = await launch({
    extensionPath: process.env.PCX_EXTENSION_PATH || undefined,
    route: false,
    timezoneId: ZONE,
    locale: 'en-GB',
  });
  seeder = await h.context.newPage();
  await seeder.goto(h.extensionUrl('options.html'));
  await ok(seeder, 'customers:seen', {
    tenantId: TENANT,
    name: 'Contoso Pharma',
    domains: [DOMAIN],
    selected: false,
  });
  packId = (
    await ok(seeder, 'packs:add', {
      kind: 'partner-on-premises-20',
      label: 'On-premises 20',
      purchasedOn: '2026-07-01',
      expiresOn: '2027-07-01',
      incidents: 20,
      account: 'msa',
      orderNumber: null,
      contractId: null,
      notes: '',
    })
  ).id;
});

after(async () => {
  h?.assertNoPageErrors();
  await h?.close();
});

for (const [lang, w] of Object.entries(WORDS)) {
  const n = lang === 'en' ? '1' : '2';
  test(`records (${lang}): delete + Undo, status + Undo, paste of a number and of a portal URL`, async () => {
    await setSettings(seeder, { uiLanguage: lang });
    const linked = await ok(
      seeder,
      'tickets:add',
      ticket({ number: `261203000000${n}001`, title: `Replication ${lang}`, packId }),
    );
    const plain = await ok(
      seeder,
      'tickets:add',
      ticket({ number: `261203000000${n}002`, title: `Cluster ${lang}` }),
    );
    const used = (await ok(seeder, 'packs:get', { id: packId })).used;
    const page = await openPopup();
    const toast = page.getByTestId('undo-toast');

    // ——— status change, then Undo: the previous status and its timestamps come back ———
    const plainRow = page.locator(`[data-ticket-id="${plain.id}"]`);
    await plainRow.getByLabel(w.statusOf).selectOption('resolved');
    await toast.waitFor();
    assert.match(await toast.innerText(), w.status);
    assert.equal((await ok(seeder, 'tickets:get', { id: plain.id })).status, 'resolved');
    await toast.getByRole('button', { name: w.undo, exact: true }).click();
    await until(async () => (await ok(seeder, 'tickets:get', { id: plain.id })).status === 'open', {
      message: 'status undone',
    });
    const back = await ok(seeder, 'tickets:get', { id: plain.id });
    assert.deepEqual(back.statusAt, plain.statusAt);
    await until(async () => (await plainRow.getAttribute('data-status')) === 'open', {
      message: 'row shows the status put back',
    });
    await toast.waitFor({ state: 'detached' });

    // ——— delete from the dialog, then Undo: the ticket and its incident come back ———
    const linkedRow = page.locator(`[data-ticket-id="${linked.id}"]`);
    await linkedRow.getByRole('button', { name: w.edit }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('button', { name: w.delete }).click();
    await dialog.getByRole('button', { name: w.deleteConfirm }).click();
    await until(async () => (await page.locator('dialog[open]').count()) === 0, {
      message: 'dialog closed',
    });
    await linkedRow.waitFor({ state: 'detached' });
    assert.equal(await ok(seeder, 'tickets:get', { id: linked.id }), null);
    assert.equal((await ok(seeder, 'packs:get', { id: packId })).used, used - 1);
    await toast.waitFor();
    assert.match(await toast.innerText(), w.deleted);
    await toast.getByRole('button', { name: w.undo, exact: true }).click();
    await linkedRow.waitFor();
    const restored = await ok(seeder, 'tickets:get', { id: linked.id });
    assert.equal(restored.packId, packId);
    assert.equal(restored.number, linked.number);
    assert.equal((await ok(seeder, 'packs:get', { id: packId })).used, used);
    await until(async () => w.restored.test(await linkedRow.innerText()), { message: 'restored' });

    // ——— unlink, then Undo: the same pack pays again ———
    await linkedRow.getByRole('button', { name: w.unlink }).click();
    await until(async () => w.unlinked.test(await toast.innerText().catch(() => '')), {
      message: 'unlink offers its Undo',
    });
    assert.equal((await ok(seeder, 'packs:get', { id: packId })).used, used - 1);
    await toast.getByRole('button', { name: w.undo, exact: true }).click();
    await toast.waitFor({ state: 'detached' });
    assert.equal((await ok(seeder, 'tickets:get', { id: linked.id })).packId, packId);
    assert.equal((await ok(seeder, 'packs:get', { id: packId })).used, used);

    // ——— the pack's usage history and the ticket's own, read from the change log ———
    await page.getByRole('tab', { name: w.packsTab }).click();
    const card = page.locator(`[data-pack-id="${packId}"]`);
    await card.getByText(w.packHistory, { exact: true }).click();
    const packLog = card.getByTestId('pack-log').locator('li');
    await until(async () => (await packLog.count()) >= 6, { message: 'the pack history' });
    // Newest first: spent again (Undo of the unlink), given back (unlink), spent again (Undo of
    // the delete), given back (delete), spent (added linked).
    const lines = (await packLog.allInnerTexts()).map((l) => l.replace(/\s+/g, ' ').trim());
    const k = linked.number;
    assert.match(lines[0], w.spent(k), lines.join('\n'));
    assert.match(lines[1], w.refunded(k), lines.join('\n'));
    assert.match(lines[2], w.spent(k), lines.join('\n'));
    assert.match(lines[3], w.refunded(k), lines.join('\n'));
    assert.match(lines[4], w.spent(k), lines.join('\n'));
    await page.getByRole('tab', { name: w.ticketsTab }).click();
    await linkedRow.getByRole('button', { name: w.edit }).click();
    await dialog.getByText(w.ticketHistory, { exact: true }).click();
    const ticketLog = dialog.getByTestId('ticket-log').locator('li');
    await until(async () => (await ticketLog.count()) >= 6, { message: 'the ticket history' });
    const own = await ticketLog.allInnerTexts();
    assert.match(own[2], w.restoredLine, own.join('\n'));
    assert.match(own[3], w.deletedLine, own.join('\n'));
    await page.keyboard.press('Escape');
    await until(async () => (await page.locator('dialog[open]').count()) === 0, {
      message: 'history dialog closed',
    });

    // ——— a new ticket starts at its number; pasted text is read ———
    await page.getByRole('button', { name: w.add, exact: true }).click();
    const number = dialog.getByTestId('ticket-number');
    await until(
      async () =>
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ===
        'ticket-number',
      { message: 'the number field has the focus' },
    );
    await paste(number, `# 2612-0300-0000-${n}234`);
    assert.equal(await number.inputValue(), `261203000000${n}234`);
    // A portal URL of a request: number, tenant (a known customer) and the link.
    const id = `/subscriptions/${TENANT}/providers/Microsoft.Support/supportTickets/261203000000${n}567`;
    const url = `https://portal.azure.com/#@${DOMAIN}/view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(id)}`;
    await paste(number, url);
    assert.equal(await number.inputValue(), `261203000000${n}567`);
    assert.equal(await dialog.getByLabel(w.customer).inputValue(), 'Contoso Pharma');
    assert.equal(await dialog.getByLabel(w.link).inputValue(), url);
    await dialog.getByLabel(w.title).fill(`Pasted ${lang}`);
    await dialog.getByRole('button', { name: w.save }).click();
    await until(async () => (await page.locator('dialog[open]').count()) === 0, {
      message: 'saved',
    });
    const all = await ok(seeder, 'tickets:list', { view: 'all', limit: 50 });
    const saved = all.items.find((t) => t.number === `261203000000${n}567`);
    assert.ok(saved, 'the pasted ticket is recorded');
    assert.equal(saved.portal, 'azure');
    assert.equal(saved.customerId, TENANT);
    assert.equal(saved.portalLink, url);

    // ——— a draft survives Esc and the popup closing, and says so when it comes back ———
    await page.getByRole('button', { name: w.add, exact: true }).click();
    await dialog.getByLabel(w.title).fill(`Draft ${lang}`);
    await page.keyboard.press('Escape');
    await until(async () => (await page.locator('dialog[open]').count()) === 0, {
      message: 'closed by Esc',
    });
    await page.close(); // as when the agent clicks the portal to copy a number
    const again = await openPopup();
    await again.getByRole('button', { name: w.add, exact: true }).click();
    const kept = again.locator('dialog[open]');
    await kept.getByTestId('draft-restored').waitFor();
    assert.equal(await kept.getByLabel(w.title).inputValue(), `Draft ${lang}`);
    await kept.getByRole('button', { name: w.discard }).click();
    assert.equal(await kept.getByLabel(w.title).inputValue(), '');
    assert.deepEqual(
      Object.keys(await again.evaluate(() => chrome.storage.session.get(null))).filter((k) =>
        k.startsWith('draft:'),
      ),
      [],
    );
    await again.close();
  });
}
