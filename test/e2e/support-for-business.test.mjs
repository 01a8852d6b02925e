// End-to-end: Support for business on its real form — ONE URL for the three steps, rendered by
// Fluent UI React v8 (test/fixtures/portals/controls/src/sfb-fluent8.entry.jsx). In English and
// French: the step read from the page, the N-1 badge beside "Types of Support" for the product
// chosen in "Select a product", the professional first-response preview, and the ledger offer for
// the plans the page lists (accept, decline, update, unreadable row). Zero page errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, launch, until } from './harness.mjs';

const WS2025 = 'a8f5f167-f44f-4964-9b43-5cc3a1f6a2e1';
const CREATE = (lang, { sapId = null, variant = null } = {}) =>
  `https://support.serviceshub.microsoft.com/supportforbusiness/create?lang=${lang}${sapId ? `&sapId=${sapId}` : ''}${variant ? `&pcx-variant=${variant}` : ''}`;
const LEGACY = (lang) =>
  `https://support.microsoft.com/supportforbusiness/productselection?lang=${lang}&sapId=${WS2025}`;

// The page's own words (the replica's, EN and FR), used to drive it as a person would.
const PAGE = {
  en: {
    family: /^Select the product family/,
    product: /^Select a product/,
    category: /^Which category best describes the issue\?/,
    severity: /^What is the severity of your issue\?/,
    sevA: 'A - Critical impact',
    allDay: '24x7',
    businessHours: 'Only during business hours',
    next: 'Next',
    edit: /^Edit Step 1/,
    unavailable: 'Unavailable support plans',
  },
  fr: {
    family: /^Sélectionner la famille de produits/,
    product: /^Sélectionner un produit/,
    category: /^Quelle catégorie décrit le mieux le problème/,
    severity: /^Quelle est la gravité de votre problème/,
    sevA: 'A - Impact critique',
    allDay: '24 h/24, 7 j/7',
    businessHours: 'Uniquement pendant les heures ouvrables',
    next: 'Suivant',
    edit: /^Modifier Étape 1/,
    unavailable: 'Plans de support non disponibles',
  },
};
// What the helpers say (the extension's catalogs), EN and FR.
const PCX = {
  en: {
    badgeTitle: 'Your support for',
    add: (name) => `Add ${name} to my packs`,
    update: (name) => `Update ${name} in my packs`,
    decline: (name) => `Not now: ${name}`,
    added: 'Added to your packs',
    declined: 'Left as it is',
    upToDate: 'Up to date in PCX',
    skipped: 'could not be read: skipped',
    due: 'First response due by',
    aroundTheClock: 'around the clock',
    businessHours: 'business hours',
    incidentsLeft: 'Incidents left: 12 → 10',
  },
  fr: {
    badgeTitle: 'Votre support pour',
    add: (name) => `Ajouter ${name} à mes packs`,
    update: (name) => `Mettre à jour ${name} dans mes packs`,
    decline: (name) => `Pas maintenant : ${name}`,
    added: 'Ajouté à vos packs',
    declined: 'Laissé tel quel',
    upToDate: 'À jour dans PCX',
    skipped: 'illisible : ignorée',
    due: 'Première réponse attendue',
    aroundTheClock: '24 h/24',
    businessHours: 'heures ouvrées',
    incidentsLeft: 'Incidents restants : 12 → 10',
  },
};
const OPS20 = 'Partner On-premises Support 20';
const MAPS = 'Partner support MAPS 10pack';

/** Opens a Fluent v8 Dropdown/ComboBox by its label and clicks an option, as a person does. */
async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function allPacks(h) {
  const reply = await h.send('packs:list', { limit: 200 });
  assert.ok(reply.ok, JSON.stringify(reply));
  return reply.data.items;
}

async function eraseHistory(h) {
  const reply = await h.send('history:erase', { confirm: 'erase-everything' });
  assert.ok(reply.ok, JSON.stringify(reply));
}

async function openForm(h, url) {
  const page = await h.openPortal(url);
  await page.evaluate(() => window.__replica.ready);
  return page;
}

for (const lang of ['en', 'fr']) {
  const P = PAGE[lang];
  const X = PCX[lang];
  describe(`Support for business, the single-URL form (${lang})`, () => {
    let h;
    before(async () => {
      h = await launch({ lang, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      await h.writeSettings({ version: 1, uiLanguage: lang });
    });
    after(async () => h?.close());

    it('reads the step from the page: helpers on Step 1, gone on Step 2, back after Edit', async () => {
      await eraseHistory(h);
      const page = await openForm(h, CREATE(lang));
      assert.equal(await page.evaluate(() => window.__replica.family), 'fluent8');
      // No product yet: the severity preview waits, no badge (the plan list is not there).
      await h.helper(page, 'pcx-sfb-preview', (x) => x.state === 'unknown');
      assert.ok(!(await h.helpers(page)).some((x) => x.tag === 'pcx-eligibility-badge'));
      await choose(page, P.family, 'Windows Server');
      await choose(page, P.product, 'Windows Server 2025 Datacenter');
      await choose(page, P.category, lang === 'fr' ? 'Performances' : 'Performance');
      const badge = await h.helper(page, 'pcx-eligibility-badge');
      assert.match(badge.text, new RegExp(`${X.badgeTitle} Windows Server 2025`));
      await choose(page, P.severity, P.sevA);
      await page.getByRole('radio', { name: P.businessHours }).check({ force: true });
      await page.getByRole('radio', { name: new RegExp(`^${OPS20}`) }).check({ force: true });
      await page.getByRole('button', { name: P.next, exact: true }).click();
      // Same URL, Step 2 open: the page folded Step 1 and the helpers went with it.
      assert.match(page.url(), /\/supportforbusiness\/create\?/);
      await until(async () => (await h.helpers(page)).length === 0, {
        message: 'no helper on Step 2',
      });
      const state = await page.evaluate(() => window.__replica.state());
      assert.equal(state.step, 2);
      await page.getByRole('button', { name: P.edit }).click();
      await h.helper(page, 'pcx-eligibility-badge');
      await h.helper(page, 'pcx-sfb-preview', (x) => x.state === 'ok', 'preview back on Step 1');
      await page.close();
      h.assertNoPageErrors();
    });

    it('gives the N-1 verdict the rules give for the product chosen', async () => {
      await eraseHistory(h);
      // A pack of the renamed partner plan, recorded by hand (no Access Id yet).
      const added = await h.send('packs:add', {
        kind: 'partner-on-premises-20',
        label: 'FY27 benefit',
        purchasedOn: '2026-07-01',
        expiresOn: '2027-07-01',
        incidents: 20,
        account: null,
        orderNumber: null,
        contractId: null,
        notes: '',
      });
      assert.ok(added.ok, JSON.stringify(added));
      const page = await openForm(h, CREATE(lang));
      await choose(page, P.family, 'Windows Server');
      await choose(page, P.product, 'Windows Server 2025 Datacenter');
      // N (mainstream): the partner pack can be spent.
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.state === 'ok', 'eligible on N');
      // N-2 and older: not with a partner pack (the page lists none, and says so).
      await choose(page, P.family, 'SQL Server');
      await choose(page, P.product, 'SQL Server 2019 Enterprise');
      const old = await h.helper(
        page,
        'pcx-eligibility-badge',
        (x) => x.state === 'warning' && /SQL Server 2019/.test(x.text),
        'not eligible on N-2',
      );
      assert.equal(
        (await h.helpers(page)).filter((x) => x.tag === 'pcx-eligibility-badge').length,
        1,
        'one badge, at the new place',
      );
      assert.ok(old.visible);
      // The unusable plans, and the note beside their expander.
      await page.getByRole('button', { name: P.unavailable }).click();
      const note = await h.helper(page, 'pcx-eligibility-note');
      assert.match(note.text, /Cloud/);
      await page.close();
      h.assertNoPageErrors();
    });

    it('previews the first response for the severity, counted as "When would you like to receive support?" says', async () => {
      const page = await openForm(h, CREATE(lang, { sapId: WS2025 }));
      const asked = await h.helper(page, 'pcx-sfb-coverage', (x) => x.state === 'unknown');
      await choose(page, P.severity, P.sevA);
      // The helpers answer the severity by growing (both choices compared): wait for that before
      // clicking the page's radio, or the click lands where the radio was a moment before.
      await h.helper(page, 'pcx-sfb-coverage', (x) => x.text !== asked.text, 'both choices');
      await page.getByRole('radio', { name: P.businessHours }).check({ force: true });
      const inHours = await h.helper(
        page,
        'pcx-sfb-preview',
        (x) => x.state === 'ok' && x.text.includes(X.businessHours),
        'preview in business hours',
      );
      assert.ok(inHours.text.includes(X.due), inHours.text);
      await page.getByRole('radio', { name: P.allDay }).check({ force: true });
      const allDay = await h.helper(
        page,
        'pcx-sfb-preview',
        (x) => x.text.includes(X.aroundTheClock),
        'preview around the clock',
      );
      assert.notEqual(allDay.text, inHours.text);
      const choices = await h.helper(page, 'pcx-sfb-coverage', (x) => x.state === 'ok');
      assert.ok(choices.text.includes(P.allDay), choices.text);
      await page.close();
      h.assertNoPageErrors();
    });

    it('offers to add the listed plans to the ledger: accept writes one pack, decline writes nothing', async () => {
      await eraseHistory(h);
      const page = await openForm(h, CREATE(lang, { sapId: WS2025 }));
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.text.includes(X.add(OPS20)));
      // Decline MAPS: nothing is written.
      await page.getByRole('button', { name: X.decline(MAPS) }).click();
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.text.includes(X.declined));
      assert.deepEqual(await allPacks(h), [], 'declining wrote nothing');
      // Accept OPS20: exactly what was shown is written.
      await page.getByRole('button', { name: X.add(OPS20) }).click();
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.text.includes(X.added));
      const packs = await allPacks(h);
      assert.equal(packs.length, 1);
      assert.deepEqual(
        {
          kind: packs[0].kind,
          contractId: packs[0].contractId,
          purchasedOn: packs[0].purchasedOn,
          expiresOn: packs[0].expiresOn,
          incidents: packs[0].incidents,
          used: packs[0].used,
        },
        {
          kind: 'partner-on-premises-20',
          contractId: '208811452',
          purchasedOn: '2026-07-01',
          // End Date 6/30/27 is the last usable day.
          expiresOn: '2027-07-01',
          incidents: 17,
          used: 0,
        },
      );
      // The badge now counts the pack: eligible on N.
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.state === 'ok', 'badge with the pack');
      await page.close();
      // Reopened: the added pack is up to date, the declined one is offered again.
      const again = await openForm(h, CREATE(lang, { sapId: WS2025 }));
      const badge = await h.helper(again, 'pcx-eligibility-badge', (x) =>
        x.text.includes(X.upToDate),
      );
      assert.ok(badge.text.includes(X.add(MAPS)), badge.text);
      await again.close();
      h.assertNoPageErrors();
    });

    it('shows what an update changes and applies it on the click, never before', async () => {
      await eraseHistory(h);
      const seeded = await h.send('packs:add', {
        kind: 'partner-maps-10pack',
        label: 'MAPS FY26',
        purchasedOn: '2025-12-23',
        expiresOn: '2026-12-20',
        incidents: 12,
        account: null,
        orderNumber: null,
        contractId: '174194363',
        notes: 'kept as typed',
      });
      assert.ok(seeded.ok, JSON.stringify(seeded));
      const page = await openForm(h, LEGACY(lang));
      const badge = await h.helper(page, 'pcx-eligibility-badge', (x) =>
        x.text.includes(X.update(MAPS)),
      );
      assert.ok(badge.text.includes(X.incidentsLeft), badge.text);
      const [before] = await allPacks(h);
      assert.equal(before.incidents, 12, 'not overwritten before the click');
      await page.getByRole('button', { name: X.update(MAPS) }).click();
      await h.helper(page, 'pcx-eligibility-badge', (x) => !x.text.includes(X.update(MAPS)));
      const [after] = await until(async () => {
        const packs = await allPacks(h);
        return packs[0]?.incidents === 10 ? packs : null;
      });
      assert.equal(after.id, before.id);
      assert.equal(after.notes, 'kept as typed');
      assert.equal(after.label, 'MAPS FY26');
      await page.close();
      h.assertNoPageErrors();
    });

    it('skips a row it cannot read and counts the miss; the rest is still offered', async () => {
      await eraseHistory(h);
      await h.send('misses:reset', {});
      const page = await openForm(h, CREATE(lang, { sapId: WS2025, variant: 'unreadable' }));
      assert.deepEqual(await page.evaluate(() => window.__replica.variants), ['unreadable']);
      const badge = await h.helper(page, 'pcx-eligibility-badge', (x) =>
        x.text.includes(X.skipped),
      );
      assert.ok(badge.text.includes(X.add(OPS20)), badge.text);
      assert.ok(
        !/Silver/.test(badge.text.replace(X.skipped, '')),
        'no offer for the unreadable row',
      );
      const counted = await until(
        async () => {
          const reply = await h.send('misses:get', {});
          return reply.ok && reply.data['eligibility-badge-row'] >= 1 ? reply.data : null;
        },
        { timeout: 10_000, message: 'row miss counted' },
      );
      assert.equal(counted['eligibility-badge-row'], 1, 'counted once, not once per scan');
      await page.close();
      h.assertNoPageErrors();
    });

    // The miss clock does not turn on the wording: an absent field is asked in English, a late
    // one in French.
    if (lang === 'en') {
      it('stays silent and counts misses when Types of Support and the severity are absent', async () => {
        await h.send('misses:reset', {});
        const page = await openForm(h, CREATE(lang, { sapId: WS2025, variant: 'missing' }));
        const counted = await until(
          async () => {
            const reply = await h.send('misses:get', {});
            const c = reply.ok ? reply.data : {};
            return c['eligibility-badge'] >= 1 && c['severity-picker'] >= 1 ? c : null;
          },
          { timeout: 15_000, message: 'misses for the absent anchors' },
        );
        assert.ok(counted);
        const tags = (await h.helpers(page)).map((x) => x.tag);
        assert.ok(!tags.includes('pcx-eligibility-badge'), tags.join());
        assert.ok(!tags.includes('pcx-sfb-preview'), tags.join());
        await page.close();
        h.assertNoPageErrors();
      });
    }

    if (lang === 'fr') {
      it('waits for a plan list that arrives late without counting a miss', async () => {
        await h.send('misses:reset', {});
        const page = await openForm(h, CREATE(lang, { variant: 'late' }));
        await choose(page, P.family, 'Windows Server');
        await choose(page, P.product, 'Windows Server 2025 Datacenter');
        // The page asks for the plans after the product: 2–3 s under `late`.
        await h.helper(page, 'pcx-eligibility-badge', (x) => x.text.includes(X.add(OPS20)));
        await new Promise((r) => setTimeout(r, 6000));
        const reply = await h.send('misses:get', {});
        assert.ok(reply.ok);
        assert.equal(reply.data['eligibility-badge'] ?? 0, 0, JSON.stringify(reply.data));
        await page.close();
        h.assertNoPageErrors();
      });
    }

    it('reads the 2021 wording of the unavailable plans', async () => {
      const page = await openForm(h, CREATE(lang, { variant: '2021' }));
      await choose(page, P.family, 'Exchange Server');
      await choose(page, P.product, 'Exchange Server 2016');
      await h.helper(page, 'pcx-eligibility-badge', (x) => x.state === 'warning');
      const toggle =
        lang === 'fr'
          ? 'Voulez-vous voir les plans de support non disponibles ?'
          : 'Would you like to see unavailable support plans?';
      await page.getByRole('button', { name: toggle }).click();
      await h.helper(page, 'pcx-eligibility-note');
      await page.close();
      h.assertNoPageErrors();
    });

    it('has no serious or critical accessibility violations in the helpers (axe-core)', async () => {
      const page = await openForm(h, CREATE(lang, { sapId: WS2025 }));
      await choose(page, P.severity, P.sevA);
      await h.helper(page, 'pcx-eligibility-badge');
      await h.helper(page, 'pcx-sfb-preview', (x) => x.state === 'ok');
      const violations = (await axeViolations(page)).filter((v) => v.includes('pcx-'));
      assert.deepEqual(violations, []);
      await page.close();
      h.assertNoPageErrors();
    });
  });
}
