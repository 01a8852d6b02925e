// `npm run store-assets`: the stores' images, composed from the product running on the replica
// portals (Microsoft's own UI libraries) in English and in French, into docs/store/:
// - four 1280×800 screenshots per language: the helpers on the Azure request, the popup over the
//   portal, the side panel beside it, and the options page (business hours);
// - a 440×280 promotional tile per language.
// It walks the same journey as `npm start` (scripts/demo-journey.mjs), so what the images show is
// what the extension really does on those pages; each image is then laid out with its caption in
// a plain page of the same Chromium and captured at the stores' exact size.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../test/e2e/harness.mjs';
import { buildForDemo, JOURNEY, setUpAgent } from './demo-journey.mjs';

const OUT = join(ROOT, 'docs/store');
const SHOT = { width: 1280, height: 800 };
const CAPTION_HEIGHT = 96;
const STAGE = { width: SHOT.width, height: SHOT.height - CAPTION_HEIGHT };

/** What each image says, in the listing's two languages. */
const TEXT = {
  en: {
    helpers: [
      'Checks the request while you write it',
      'Severity with the first response it buys, support plan, your own contact details',
    ],
    popup: [
      'Every request you filed, with its countdown',
      'Captured from the portal, with the due time Microsoft’s rules give it',
    ],
    sidepanel: ['Stays open beside the portals', 'Tickets and packs in the side panel'],
    options: [
      'Your hours, your holidays, your zone',
      'Business-hour deadlines counted in your own calendar',
    ],
    tile: ['Support companion for Partner Center', 'Nothing leaves your browser'],
  },
  fr: {
    helpers: [
      'Vérifie la demande pendant que vous l’écrivez',
      'Gravité et délai de première réponse, formule de support, vos propres coordonnées',
    ],
    popup: [
      'Chaque demande déposée, avec son compte à rebours',
      'Capturée depuis le portail, avec l’échéance que donnent les règles de Microsoft',
    ],
    sidepanel: ['Reste ouvert à côté des portails', 'Tickets et packs dans le panneau latéral'],
    options: [
      'Vos horaires, vos jours fériés, votre fuseau',
      'Les délais en heures ouvrées comptés dans votre propre calendrier',
    ],
    tile: ['Compagnon de l’Espace partenaires', 'Rien ne quitte votre navigateur'],
  },
};

buildForDemo();
mkdirSync(OUT, { recursive: true });

const ICON = `data:image/svg+xml;base64,${readFileSync(join(ROOT, 'public/icon.svg')).toString('base64')}`;
const png = (buffer) => `data:image/png;base64,${buffer.toString('base64')}`;
const htmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Lays `body` out under a caption and writes it at exactly 1280×800. */
async function compose(h, file, [title, subtitle], body) {
  const page = await h.context.newPage();
  await page.setViewportSize(SHOT);
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${SHOT.width}px; height: ${SHOT.height}px; overflow: hidden;
      font-family: "Segoe UI", system-ui, sans-serif; background: #f5f5f5; color: #242424; }
    header { height: ${CAPTION_HEIGHT}px; box-sizing: border-box; padding: 16px 28px;
      display: flex; gap: 18px; align-items: center; background: #0f6cbd; color: #fff; }
    header img { width: 64px; height: 64px; filter: drop-shadow(0 2px 6px rgba(0,0,0,.3)); }
    h1 { margin: 0; font-size: 28px; font-weight: 600; } p { margin: 2px 0 0; font-size: 17px; opacity: .92; }
    main { position: relative; width: ${STAGE.width}px; height: ${STAGE.height}px; overflow: hidden; }
    main > img { display: block; }
    .floating { position: absolute; border-radius: 8px; box-shadow: 0 8px 16px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); }
  </style><header><img src="${ICON}" alt=""><div><h1>${htmlText(title)}</h1><p>${htmlText(subtitle)}</p></div></header><main>${body}</main>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
  console.log(`docs/store/${file}`);
}

async function tile(h, lang) {
  const [tagline, privacy] = TEXT[lang].tile;
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden;
      font-family: "Segoe UI", system-ui, sans-serif; color: #fff;
      background: linear-gradient(135deg, #115ea3, #0f6cbd 55%, #2886de); }
    div { display: flex; flex-direction: column; align-items: flex-start; justify-content: center;
      height: 100%; box-sizing: border-box; padding: 0 36px; gap: 10px; }
    img { width: 88px; height: 88px; margin-left: -12px; filter: drop-shadow(0 3px 8px rgba(0,0,0,.35)); }
    b { font-size: 40px; line-height: 1; } span { font-size: 21px; font-weight: 600; }
    small { font-size: 15px; opacity: .9; }
  </style><div><img src="${ICON}" alt=""><b>PCX</b><span>${htmlText(tagline)}</span><small>${htmlText(privacy)}</small></div>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: join(OUT, `tile-${lang}.png`) });
  await page.close();
  console.log(`docs/store/tile-${lang}.png`);
}

const step = (id) => JOURNEY.find((s) => s.id === id);

for (const lang of ['en', 'fr']) {
  const h = await launch({ lang, locale: lang === 'fr' ? 'fr-FR' : 'en-US', viewport: STAGE });
  try {
    await setUpAgent(h, lang);
    const s = { lang };
    for (const id of [
      'customer-list',
      'service-management',
      'azure-new-request',
      'problem-description',
      'additional-details',
      'plan-and-severity',
    ]) {
      await step(id).run(h, s);
    }
    // 1. The helpers, where the agent meets them: the severity picker and the checks around it.
    const az = s.az;
    await az.setViewportSize(STAGE);
    await az
      .locator('pcx-severity-picker')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await az.evaluate(() => window.scrollBy(0, -120));
    await az.waitForTimeout(300);
    await compose(
      h,
      `${lang}-1-helpers.png`,
      TEXT[lang].helpers,
      `<img src="${png(await az.screenshot())}" alt="">`,
    );

    // 2. The popup over the portal, once the request is created and captured.
    for (const id of ['contact-fill', 'created']) await step(id).run(h, s);
    await az.evaluate(() => window.scrollTo(0, 0));
    const portal = await az.screenshot();
    const popup = await step('popup-tickets').run(h, s);
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.waitForTimeout(300);
    await compose(
      h,
      `${lang}-2-popup.png`,
      TEXT[lang].popup,
      `<img src="${png(portal)}" alt=""><img class="floating" style="right:24px;top:8px" src="${png(await popup.screenshot())}" alt="">`,
    );
    await popup.close();

    // 3. The side panel beside the portal, as the browser lays it out.
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 400, height: STAGE.height });
    await panel.goto(h.extensionUrl('sidepanel.html'));
    await panel.getByText(s.number).first().waitFor({ timeout: 10_000 });
    await az.setViewportSize({ width: STAGE.width - 400, height: STAGE.height });
    await az.waitForTimeout(300);
    await compose(
      h,
      `${lang}-3-sidepanel.png`,
      TEXT[lang].sidepanel,
      `<img style="position:absolute;left:0;top:0" src="${png(await az.screenshot())}" alt=""><img style="position:absolute;right:0;top:0;border-left:1px solid #d1d1d1" src="${png(await panel.screenshot())}" alt="">`,
    );
    await panel.close();

    // 4. The options page: business hours, the zone and the holidays.
    const options = await h.openOptions();
    await options.setViewportSize(STAGE);
    await options.locator('[role="tabpanel"]:not([hidden]) h2').first().waitFor();
    await options.waitForTimeout(300);
    await compose(
      h,
      `${lang}-4-options.png`,
      TEXT[lang].options,
      `<img src="${png(await options.screenshot())}" alt="">`,
    );
    await options.close();

    await tile(h, lang);
    if (h.pageErrors.length)
      throw new Error(`page errors: ${h.pageErrors.map((e) => e.message).join('; ')}`);
  } finally {
    await h.close();
  }
}
