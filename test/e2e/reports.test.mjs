// The reports page on real IndexedDB, EN and FR: the first-response record over tickets seeded
// through the history's own messages (met, missed after the breach, an open breach, still within
// the time allowed), the customer filter, the tickets behind a row, the pack spend with a ticket
// moved between packs, the links from the popup and options, and axe-core.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { axeViolations, launch, ROOT, sendFrom, until } from './harness.mjs';

/** The README's screenshot, written only when asked (`npm run screenshots`), as the popup's. */
const shoot = (target, file) =>
  target.screenshot(
    process.env.PCX_SCREENSHOTS
      ? { path: join(ROOT, 'docs/screenshots', file), fullPage: true }
      : {},
  );

const HOUR = 3600_000;
const CONTOSO = '11111111-2222-3333-4444-555555555555';
const FABRIKAM = '66666666-7777-8888-9999-000000000000';

const ticket = (over = {}) => ({
  number: null,
  portal: 'azure',
  portalLink: null,
  customerId: CONTOSO,
  customerName: 'Contoso',
  service: 'azure',
  product: null,
  title: 'VM does not start',
  severity: 'B',
  program: 'csp',
  breakFix: true,
  supportLanguage: 'english',
  filedAt: new Date().toISOString(),
  dueAt: new Date(Date.now() + 4 * HOUR).toISOString(),
  rule: 'csp-severity',
  clock: 'around-the-clock',
  caveats: [],
  contact: null,
  ...over,
});
const ago = (h) => new Date(Date.now() - h * HOUR).toISOString();
const day = (d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

async function ok(page, type, payload) {
  const reply = await sendFrom(page, type, payload);
  assert.equal(reply.ok, true, `${type}: ${JSON.stringify(reply)}`);
  return reply.data;
}

for (const lang of ['en', 'fr']) {
  describe(`reports (${lang})`, () => {
    let h;
    let seeder;
    const W =
      lang === 'en'
        ? {
            all: /^Microsoft met 2 of 4 first responses judged \(50%\); 2 are still within/,
            one: /^Microsoft met 1 of 1 first responses judged \(100%\); 1 is still within/,
            show: /^Show the/,
            heading: 'First response',
            customer: 'Customer',
            bySeverity: 'Severity',
            half: '50%',
            link: 'Reports',
            csv: 'Download this table (CSV)',
            print: 'Print / save as PDF',
            printTitle: 'Litware SAS — Microsoft first response and pack spend',
            separator: ',',
            rateHeader: 'Hit rate',
            chart: /^First responses by month .*: 2 met, 2 missed, 2 still open, hit rate 50%\.$/,
          }
        : {
            // French percentages take a no-break space (\s matches it).
            all: /^Microsoft a tenu 2 des 4 premières réponses jugées \(50\s%\) ; 2 sont encore/,
            one: /^Microsoft a tenu 1 des 1 premières réponses jugées \(100\s%\) ; 1 est encore/,
            show: /^Afficher/,
            heading: 'Première réponse',
            customer: 'Client',
            bySeverity: 'Gravité',
            half: '50 %',
            link: 'Rapports',
            csv: 'Télécharger ce tableau (CSV)',
            print: 'Imprimer / enregistrer en PDF',
            printTitle: 'Litware SAS — premières réponses de Microsoft et usage des packs',
            separator: ';',
            rateHeader: 'Taux tenu',
            chart:
              /^Premières réponses par mois .* : 2 tenues, 2 manquées, 2 en cours, taux tenu 50\s%\.$/,
          };
    before(async () => {
      h = await launch({ route: false, lang });
      await h.writeSettings({ version: 1, uiLanguage: lang, profile: { name: 'Litware SAS' } });
      seeder = await h.openPopup();
      await ok(seeder, 'customers:seen', {
        tenantId: CONTOSO,
        name: 'Contoso',
        domains: ['contoso.com'],
        selected: false,
      });
      await ok(seeder, 'customers:seen', {
        tenantId: FABRIKAM,
        name: 'Fabrikam',
        domains: ['fabrikam.com'],
        selected: false,
      });
      // Answered after the breach (due 1 h ago), answered in time, an open breach, still open.
      const late = await ok(seeder, 'tickets:add', ticket({ filedAt: ago(3), dueAt: ago(1) }));
      const met = await ok(seeder, 'tickets:add', ticket({ filedAt: ago(1), severity: 'A' }));
      await ok(seeder, 'tickets:add', ticket({ filedAt: ago(5), dueAt: ago(1), severity: 'C' }));
      await ok(seeder, 'tickets:add', ticket({ number: '2612080010000001' }));
      const fabrikam = await ok(
        seeder,
        'tickets:add',
        ticket({ customerId: FABRIKAM, customerName: 'Fabrikam', filedAt: ago(2) }),
      );
      for (const t of [late, met, fabrikam])
        await ok(seeder, 'tickets:set-status', { id: t.id, status: 'responded' });
      // Pack spend: an on-premises ticket spends an incident of one pack, then moves to another.
      const pack = (label) => ({
        kind: 'pay-per-incident-5pack',
        label,
        purchasedOn: day(-10),
        expiresOn: null,
        incidents: 5,
        account: 'msa',
        orderNumber: null,
        contractId: null,
        notes: '',
      });
      const a = await ok(seeder, 'packs:add', pack('5-pack A'));
      const b = await ok(seeder, 'packs:add', pack('5-pack B'));
      const onPrem = await ok(
        seeder,
        'tickets:add',
        ticket({
          title: 'Windows Server 2025 replication fails',
          customerId: FABRIKAM,
          customerName: 'Fabrikam',
          service: 'on-premises',
          product: 'Windows Server',
          version: '2025',
          program: 'professional',
          rule: 'professional-severity',
          portal: 'support-for-business',
        }),
      );
      await ok(seeder, 'tickets:link-pack', { ticketId: onPrem.id, packId: a.id });
      await ok(seeder, 'tickets:link-pack', { ticketId: onPrem.id, packId: b.id });
    });
    after(async () => h?.close());

    it('shows the first-response record, filters it, and opens the tickets behind a row', async () => {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl('reports.html'));
      await page.getByRole('heading', { name: W.heading }).waitFor();
      const summary = page.getByTestId('fr-summary');
      // Met: the answer in time and Fabrikam's; missed: the late answer and the open breach;
      // still within the time allowed: the request just filed and the on-premises one.
      await until(async () => W.all.test((await summary.textContent()) ?? ''), {
        message: 'summary over every ticket',
      });
      // The chart is an image named by its title and described by the months in words (the seeded
      // tickets are all of this month, unless the run straddles a month's end).
      const chart = page.getByTestId('month-chart').getByRole('img');
      assert.ok(await chart.isVisible());
      const described = await chart.evaluate((el) =>
        el
          .getAttribute('aria-labelledby')
          .split(' ')
          .map((ref) => document.getElementById(ref)?.textContent ?? '')
          .join(' '),
      );
      if ((await page.getByTestId('month-chart').locator('[data-month]').count()) === 1)
        assert.match(described, W.chart);
      // By severity: B holds the late answer, the Fabrikam answer, the still-open ones.
      await page.getByRole('radio', { name: W.bySeverity }).check();
      const rowB = page.getByTestId('fr-severity').locator('tr[data-key="B"]');
      const cells = await rowB.locator('td').allInnerTexts();
      // filed, due, met, missed, open, not judged, hit rate
      // French percentages take a no-break space: compared as a plain one.
      const plain = cells.map((c) => c.replace(/\s/g, ' '));
      assert.deepEqual(plain.slice(0, 7), ['4', '4', '1', '1', '2', '0', W.half]);
      // The tickets behind the row.
      await rowB.getByRole('button', { name: W.show }).click();
      const list = page.locator('.pcx-reports__tickets li');
      await until(async () => (await list.count()) === 4, { message: 'four tickets listed' });
      assert.ok((await list.allInnerTexts()).some((x) => x.includes('2612080010000001')));
      await page.setViewportSize({ width: 1280, height: 800 });
      await shoot(page, `reports-${lang}.png`);
      // One customer: Fabrikam's answered request only (and its on-premises one, still open).
      await page.getByRole('combobox', { name: W.customer }).selectOption({ label: 'Fabrikam' });
      await until(async () => W.one.test((await summary.textContent()) ?? ''), {
        message: 'summary for Fabrikam',
      });
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });

    it('shows the pack spend: a ticket moved between packs is a refund and a spend', async () => {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl('reports.html'));
      const packs = page.getByTestId('packs');
      await packs.waitFor();
      const row = (label) =>
        packs.locator('tr', { has: page.getByRole('rowheader', { name: label }) });
      // incidents, used, left, spent, given back, overrides
      const a = await row('5-pack A').locator('td').allInnerTexts();
      const b = await row('5-pack B').locator('td').allInnerTexts();
      assert.deepEqual(a.slice(1, 7), ['5', '0', '5', '1', '1', '0']);
      assert.deepEqual(b.slice(1, 7), ['5', '1', '4', '1', '0', '0']);
      assert.match(b[8] ?? '', /Fabrikam \(1\)/);
      await page.close();
    });

    it('downloads the table shown as CSV and prints a clean report', async () => {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl('reports.html'));
      await page.getByRole('radio', { name: W.bySeverity }).check();
      await page.getByTestId('fr-severity').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: W.csv }).click(),
      ]);
      assert.match(download.suggestedFilename(), /severity-\d{4}-\d{2}-\d{2}\.csv$/);
      // Read back as a spreadsheet would: BOM, the language's separator, numbers as numbers.
      const text = readFileSync(await download.path(), 'utf8');
      assert.ok(text.startsWith('\uFEFF'));
      const rows = parse(text, { bom: true, delimiter: W.separator });
      assert.equal(rows[0][7], W.rateHeader);
      const b = rows.find((r) => /B$/.test(r[0]));
      assert.deepEqual(b.slice(1, 8), ['4', '4', '1', '1', '2', '0', '0.5']);
      // On paper: the partner and the period on top, no controls.
      await page.emulateMedia({ media: 'print' });
      const header = page.getByTestId('print-header');
      assert.ok(await header.isVisible());
      assert.match((await header.textContent()) ?? '', new RegExp(`^${W.printTitle}`));
      assert.equal(await page.getByRole('button', { name: W.print }).isVisible(), false);
      assert.equal(await page.getByRole('combobox', { name: W.customer }).isVisible(), false);
      await page.setViewportSize({ width: 1000, height: 1300 });
      await shoot(page, `reports-print-${lang}.png`);
      await page.close();
    });

    it('is linked from the popup and from options', async () => {
      const options = await h.openOptions('#about');
      assert.equal(
        await options.getByRole('link', { name: W.link, exact: true }).getAttribute('href'),
        'reports.html',
      );
      await options.close();
      const popup = await h.openPopup();
      assert.equal(
        await popup.getByRole('link', { name: W.link }).getAttribute('href'),
        'reports.html',
      );
      await popup.close();
    });
  });
}
