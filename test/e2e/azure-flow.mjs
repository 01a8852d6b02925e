// The Azure support wizard walked the way a person would, shared by the helper suites.
const T = {
  en: { next: 'Next', summary: 'Summary' },
  fr: { next: 'Suivant', summary: 'Résumé' },
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export /** Fills the wizard's first tab the way a person would (selects and comboboxes in order). */
async function fillProblemTab(page, lang, summary) {
  await page.getByRole('tab').first().waitFor();
  for (let round = 0; round < 8; round++) {
    let changed = false;
    const selects = page.locator('.fxs-wizard-tabcontent select, [role=tabpanel] select');
    for (let i = 0; i < (await selects.count()); i++) {
      const s = selects.nth(i);
      if ((await s.inputValue()) === '') {
        // Billing avoids the service picker: fewer steps, same form.
        const billing = lang === 'fr' ? 'Facturation' : 'Billing';
        const labels = await s.locator('option').allTextContents();
        if (labels.includes(billing)) await s.selectOption({ label: billing });
        else await s.selectOption({ index: 1 });
        changed = true;
        await sleep(250);
      }
    }
    const combos = page.locator('[role=tabpanel] [role=combobox]:not(select)');
    for (let i = 0; i < (await combos.count()); i++) {
      const c = combos.nth(i);
      const ctl = await c.getAttribute('aria-controls');
      const chosen = await page.locator(`[id="${ctl}"] [role=option][aria-selected=true]`).count();
      if (chosen) continue;
      await c.click();
      const option = page.locator(`[id="${ctl}"] [role=option]:not([aria-disabled=true])`).first();
      if (await option.count()) {
        await option.click({ timeout: 3000 }).catch(() => {});
        changed = true;
      }
      await sleep(300);
    }
    if (!changed) break;
    await sleep(700);
  }
  await page.getByLabel(T[lang].summary, { exact: true }).fill(summary);
}

export async function toDetailsTab(page, lang) {
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: T[lang].next, exact: true }).click();
    await sleep(400);
  }
}
