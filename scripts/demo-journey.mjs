// The partner's journey walked by the demo (scripts/demo.mjs) and the store images
// (scripts/store-assets.mjs), step by step. Each step drives
// the replica pages the way an agent would (roles and visible names; helpers are reached through
// their open shadow roots, which Playwright's locators pierce) and returns the page to capture.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_MISSING, findChromium, ROOT } from '../test/e2e/harness.mjs';

/** Checks for Chromium and builds the Chrome extension the scripts run; exits on failure. */
export function buildForDemo() {
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  console.log('Building the extension…');
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'chrome'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const T = {
  en: {
    serviceManagement: 'Service management',
    newRequest: 'New request',
    issueType: 'Issue type',
    subscription: 'Subscription',
    summary: 'Summary',
    problemType: 'Problem type',
    problemSubtype: 'Problem subtype',
    next: 'Next',
    create: 'Create',
    plan: 'Support plan',
    csp: 'Cloud Solution Provider',
    created: 'Support request created',
    summaryText: 'VM fails to start after resize; also the backup vault reports error 0x80070005',
    description: 'Since 09:10 the production VM vm-erp-01 does not start after a resize to D8s_v5.',
  },
  fr: {
    serviceManagement: 'Gestion des services',
    newRequest: 'Nouvelle demande',
    issueType: 'Type de problème',
    subscription: 'Abonnement',
    summary: 'Résumé',
    problemType: 'Catégorie du problème',
    problemSubtype: 'Sous-catégorie du problème',
    next: 'Suivant',
    create: 'Créer',
    plan: "Formule d'assistance",
    csp: 'Fournisseur de solutions Cloud',
    created: 'Demande de support créée',
    summaryText:
      'La VM ne démarre plus après redimensionnement ; de plus le coffre de sauvegarde renvoie l’erreur 0x80070005',
    description:
      'Depuis 9 h 10 la VM de production vm-erp-01 ne démarre plus après passage en D8s_v5.',
  },
};

const PROFILE = {
  name: 'Litware Partner',
  firstName: 'Alex',
  lastName: 'Martin',
  email: 'alex.martin@litware.com',
  phone: '+33 1 84 88 00 00',
  country: 'FR',
  ownDomains: ['litware.com', 'litwarepartner.onmicrosoft.com'],
  ownTenants: ['litwarepartner.onmicrosoft.com'],
};

/** What the agent set up once: the options (profile, hours, language) and the packs held. */
export async function setUpAgent(h, lang) {
  const page = await h.openPopup();
  await page.evaluate(
    async ({ lang, profile }) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: {
          ...(settings ?? {}),
          version: 1,
          uiLanguage: lang,
          profile,
          schedule: {
            timeZone: 'Europe/Paris',
            weekly: Object.fromEntries(
              ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]),
            ),
            holidays: ['2026-12-25', '2027-01-01'],
          },
        },
      });
      const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
      const packs = await send('packs:list', {});
      if (packs.ok && packs.data.items.length === 0) {
        await send('packs:add', {
          kind: 'partner-on-premises-20',
          label: 'FY27 benefit',
          purchasedOn: '2026-07-01',
          expiresOn: '2027-06-30',
          incidents: 20,
          account: null,
          orderNumber: null,
          contractId: null,
          notes: '',
        });
        await send('packs:add', {
          kind: 'pay-per-incident-5pack',
          label: '5-pack',
          purchasedOn: '2026-03-10',
          expiresOn: null,
          incidents: 5,
          account: 'msa',
          orderNumber: 'MS-2026-031045',
          contractId: null,
          notes: '',
        });
      }
    },
    { lang, profile: PROFILE },
  );
  await page.close();
}

/**
 * Opens Support for business's request form (one URL for its three steps), picks the product in
 * Step 1 as a person would (Fluent v8 dropdowns) and unfolds the unavailable plans.
 */
async function openPlanStep(h, product) {
  const page = await h.openPortal(
    'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  );
  const pick = async (label, option) => {
    await page.getByRole('combobox', { name: label }).first().click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await pick(/^(Select the product family|Sélectionner la famille de produits)/, 'Windows Server');
  await pick(/^(Select a product|Sélectionner un produit)/, product);
  await page.locator('pcx-eligibility-badge').waitFor({ timeout: 10_000 });
  // The plan list arrives after the product; its "unavailable plans" expander comes with it.
  const expander = page
    .getByRole('button', {
      name: /unavailable support plans|plans de support non disponibles/i,
    })
    .first();
  await expander.waitFor({ timeout: 10_000 });
  if ((await expander.getAttribute('aria-expanded')) !== 'true') await expander.click();
  await page.locator('pcx-eligibility-note').waitFor({ timeout: 5000 });
  return page;
}

const pcRoot = (lang) => `https://partner.microsoft.com/${lang === 'fr' ? 'fr-fr' : 'en-us'}`;
const CONTOSO_ID = '2f7a6c1e-8b3d-4e59-a1c4-6d0e9b27f318';
// Partner Center's current pages are Fluent web components: their links and buttons are custom
// elements (inside shadow roots, which Playwright's CSS locators pierce).
const pcNewRequest = (pc) => pc.locator('fluent-button[aria-haspopup=menu]');

export const JOURNEY = [
  {
    id: 'customer-list',
    title: {
      en: 'Partner Center: the customer list',
      fr: 'Espace partenaires : la liste des clients',
    },
    async run(h, s) {
      // The current route: skeleton rows first, then the customers.
      s.pc = await h.openPortal(`${pcRoot(s.lang)}/dashboard/v2/customers/list`);
      await s.pc.locator(`tr[role=row]#row-${CONTOSO_ID}`).waitFor();
      return s.pc;
    },
  },
  {
    id: 'service-management',
    title: {
      en: 'Contoso Ltd → Service management (PCX remembers the customer)',
      fr: 'Contoso Ltd → Gestion des services (PCX retient le client)',
    },
    async run(_h, s) {
      await s.pc.locator(`#cell-displayName-${CONTOSO_ID} fluent-link`).click();
      await s.pc
        .locator('pc-customer-nav fluent-link', { hasText: T[s.lang].serviceManagement })
        .click();
      await pcNewRequest(s.pc).waitFor();
      return s.pc;
    },
  },
  {
    id: 'azure-new-request',
    title: {
      en: 'New request → Microsoft Azure: the wizard opens in the customer’s tenant',
      fr: 'Nouvelle demande → Microsoft Azure : l’assistant s’ouvre dans le client',
    },
    async run(h, s) {
      await pcNewRequest(s.pc).click();
      // The V4 wizard, the route Microsoft links today.
      const [az] = await Promise.all([
        h.context.waitForEvent('page'),
        s.pc.getByRole('menuitem', { name: 'Microsoft Azure' }).click(),
      ]);
      s.az = az;
      await az.waitForLoadState();
      await az.locator('pcx-context-banner').waitFor({ timeout: 10_000 });
      return az;
    },
  },
  {
    id: 'problem-description',
    title: {
      en: 'Problem description: the scope hint reads the summary',
      fr: 'Description du problème : l’indice de périmètre lit le résumé',
    },
    async run(_h, s) {
      const t = T[s.lang];
      const az = s.az;
      await az.getByLabel(t.issueType).selectOption('technical');
      await az.getByRole('combobox', { name: t.subscription }).click();
      await az.locator('[role=listbox]:not([hidden]) [role=option]').first().click();
      const service = az.getByRole('combobox', { name: /^Service/ });
      if (await service.count()) {
        await service.first().click();
        await az.locator('[role=listbox]:not([hidden]) [role=option]').first().click();
      }
      await az.getByLabel(t.summary).fill(t.summaryText);
      await az.getByRole('combobox', { name: t.problemType }).click();
      await az.locator('[role=listbox]:not([hidden]) [role=option]').first().click();
      const subtype = az.getByLabel(t.problemSubtype);
      const options = await subtype
        .locator('option')
        .evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
      await subtype.selectOption(options[0]);
      await az
        .locator('pcx-scope-hint')
        .waitFor({ timeout: 5000 })
        .catch(() => {});
      await az.waitForTimeout(700);
      return az;
    },
  },
  {
    id: 'additional-details',
    title: {
      en: 'Additional details: plan check, severity picker with the SLA preview, contact check',
      fr: 'Informations supplémentaires : formule, gravité avec délai, coordonnées',
    },
    fullPage: true,
    async run(_h, s) {
      const t = T[s.lang];
      const az = s.az;
      await az.getByRole('button', { name: t.next }).click();
      await az.getByRole('button', { name: t.next }).click();
      await az.getByLabel('Description', { exact: true }).fill(t.description);
      await az.locator('pcx-severity-picker').waitFor({ timeout: 10_000 });
      return az;
    },
  },
  {
    id: 'plan-and-severity',
    title: {
      en: 'Cloud Solution Provider chosen, severity B in the portal’s own control: PCX previews the first response beside it',
      fr: 'Fournisseur de solutions Cloud choisi, gravité B dans le contrôle du portail : PCX affiche l’échéance à côté',
    },
    fullPage: true,
    async run(_h, s) {
      const t = T[s.lang];
      const az = s.az;
      await az.waitForFunction(() => !document.querySelector('[role=combobox][aria-busy=true]'));
      await az.getByRole('combobox', { name: t.plan }).click();
      await az.getByRole('option', { name: t.csp }).click();
      await az.getByRole('radio', { name: /^B - / }).check();
      await az
        .locator('pcx-severity-picker')
        .getByText(/First response due|Première réponse attendue/)
        .waitFor({ timeout: 10_000 });
      s.note = `Portal state: severity=${await az.evaluate(() => window.__replica.state().wiz.severity)}`;
      return az;
    },
  },
  {
    id: 'contact-fill',
    title: {
      en: 'Contact check: one click puts the partner’s own details in the form',
      fr: 'Coordonnées : un clic met celles du partenaire dans le formulaire',
    },
    fullPage: true,
    async run(_h, s) {
      const az = s.az;
      const check = az.locator('pcx-contact-check');
      await check
        .getByRole('button', { name: /Fill in my contact details|Remplir avec mes coordonnées/ })
        .click();
      const confirm = check.getByRole('button', { name: /confirm|replace|remplacer|confirmer/i });
      if (await confirm.count()) await confirm.first().click();
      await az.waitForFunction(
        () => document.querySelector('pcx-contact-check')?.getAttribute('data-state') === 'ok',
        null,
        { timeout: 5000 },
      );
      const state = await az.evaluate(() => window.__replica.state().wiz);
      s.note = `Portal state: contact e-mail=${state.email ?? state.contactEmail ?? JSON.stringify(state).match(/"[a-z.]+@litware\.com"/)?.[0]}`;
      return az;
    },
  },
  {
    id: 'created',
    title: {
      en: 'Review + create → Create: PCX records the request with its due time',
      fr: 'Vérifier + créer → Créer : PCX enregistre la demande et son échéance',
    },
    async run(_h, s) {
      const t = T[s.lang];
      const az = s.az;
      await az.getByRole('button', { name: t.next }).click();
      await az.getByRole('button', { name: t.create }).click();
      await az.waitForURL(/SupportRequestDetails\.ReactView\/id\//);
      await az.getByRole('status').filter({ hasText: t.created }).waitFor();
      s.number = (await az.evaluate(() => window.__replica.lastSubmission)).number;
      s.note = `Request ${s.number} created.`;
      return az;
    },
  },
  {
    id: 'popup-tickets',
    title: {
      en: 'The popup: the captured ticket with its first-response countdown',
      fr: 'Le popup : le ticket capturé et le compte à rebours de première réponse',
    },
    async run(h, s) {
      const popup = await h.openPopup();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.getByText(s.number).first().waitFor({ timeout: 10_000 });
      return popup;
    },
  },
  {
    id: 'own-tenant',
    title: {
      en: 'The same wizard opened directly: the account menu shows the partner’s own tenant (warning)',
      fr: 'Le même assistant ouvert directement : le menu du compte montre le propre client du partenaire (alerte)',
    },
    fullPage: true,
    async run(h, _s) {
      const page = await h.openPortal(
        'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
      );
      await page.locator('pcx-context-banner[data-state="warning"]').waitFor({ timeout: 10_000 });
      return page;
    },
  },
  {
    id: 'admin-center',
    title: {
      en: 'Office 365 request: the admin center, with the customer carried across the sign-in redirect',
      fr: 'Demande Office 365 : le centre d’administration, client conservé après la redirection',
    },
    async run(h, s) {
      await s.pc.bringToFront();
      await pcNewRequest(s.pc).click();
      // Partner Center's link enters on portal.office.com, which hands over to the admin center.
      const [adm] = await Promise.all([
        h.context.waitForEvent('page'),
        s.pc.getByRole('menuitem', { name: /Microsoft 365/ }).click(),
      ]);
      await adm.waitForURL(/AdminPortal\/Home[^#]*#\/support/);
      await adm.locator('pcx-context-banner').waitFor({ timeout: 10_000 });
      return adm;
    },
  },
  {
    id: 'support-for-business',
    title: {
      en: 'Support for business: N-1 eligibility of the packs held for Windows Server 2025',
      fr: 'Support for business : éligibilité N-1 des packs détenus pour Windows Server 2025',
    },
    fullPage: true,
    async run(h) {
      return openPlanStep(h, 'Windows Server 2025 Datacenter');
    },
  },
  {
    id: 'support-for-business-n1',
    title: {
      en: 'Support for business: Windows Server 2022, mainstream ended — the partner pack no longer applies',
      fr: 'Support for business : Windows Server 2022, support standard terminé — le pack partenaire ne s’applique plus',
    },
    fullPage: true,
    async run(h) {
      return openPlanStep(h, 'Windows Server 2022 Datacenter');
    },
  },
  {
    id: 'support-for-business-out-of-support',
    title: {
      en: 'Support for business: Windows Server 2012 R2, out of support — nothing can be spent',
      fr: 'Support for business : Windows Server 2012 R2, hors support — aucun incident utilisable',
    },
    fullPage: true,
    async run(h) {
      return openPlanStep(h, 'Windows Server 2012 R2 Datacenter');
    },
  },
];
