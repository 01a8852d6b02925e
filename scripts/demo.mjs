// `npm start`: the product working on the replica portal pages.
// Builds the extension, starts Chromium with it and the replicas served on the real portal URLs,
// and walks a partner's journey: pick a customer in Partner Center → Service management → new
// Azure request → the helpers → the created request, then the own-tenant warning, the admin
// center's delegated flow and Support for business — in English and in French.
// - With a display (and without --headless) it opens a window the user can click through.
// - Without one it runs headless, writes a screenshot of each step to demo-output/ and prints, for
//   each step, the data-state and visible text of every pcx-* element read from the page itself
//   (also written to demo-output/report.md and report.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../test/e2e/harness.mjs';
import { buildForDemo, JOURNEY, setUpAgent } from './demo-journey.mjs';

const args = new Set(process.argv.slice(2));
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headless') || !hasDisplay || process.env.CI === 'true';
const languages = args.has('--en') ? ['en'] : args.has('--fr') ? ['fr'] : ['en', 'fr'];

buildForDemo();

if (!headless) {
  const h = await launch({ headless: false, lang: languages[0], viewport: null });
  await setUpAgent(h, languages[0]);
  const page = await h.openPortal(
    `https://partner.microsoft.com/${languages[0] === 'fr' ? 'fr-fr' : 'en-us'}/dashboard/v2/customers/list`,
  );
  await page.bringToFront();
  console.log(
    'Chromium is open with PCX and the replica portals. Pick a customer, open Service management,\n' +
      'then New request → Microsoft Azure, and watch the helpers. Close the window to finish.',
  );
  await new Promise((resolve) => h.context.on('close', resolve));
  process.exit(0);
}

const out = join(ROOT, 'demo-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'helpers'), { recursive: true });
const report = [];
let failures = 0;

for (const lang of languages) {
  const h = await launch({ lang, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
  try {
    await setUpAgent(h, lang);
    const state = { lang };
    let index = 0;
    for (const step of JOURNEY) {
      index++;
      const name = `${lang}-${String(index).padStart(2, '0')}-${step.id}`;
      const entry = {
        lang,
        step: step.id,
        title: step.title[lang],
        screenshot: `${name}.png`,
        helpers: [],
      };
      try {
        const page = await step.run(h, state);
        await page.waitForTimeout(step.settle ?? 400);
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: step.fullPage ?? false });
        entry.url = page.url();
        entry.helpers = await h.helpers(page);
        // A close-up of each helper, for the README (docs/screenshots/helper-*.png come from here).
        for (const helper of entry.helpers.filter((x) => x.frame === 'top' && x.visible)) {
          await page
            .locator(`${helper.tag}[data-state="${helper.state}"]`)
            .first()
            .screenshot({ path: join(out, 'helpers', `${lang}-${helper.tag}-${helper.state}.png`) })
            .catch(() => {});
        }
        entry.note = state.note ?? null;
        state.note = null;
      } catch (error) {
        failures++;
        entry.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
      report.push(entry);
      print(entry);
    }
    if (h.pageErrors.length) {
      failures++;
      console.log(`\n  Page errors: ${h.pageErrors.map((e) => e.message).join('; ')}`);
    }
  } finally {
    await h.close();
  }
}

function print(entry) {
  console.log(`\n[${entry.lang.toUpperCase()}] ${entry.title}`);
  if (entry.error) {
    console.log(`  ✗ ${entry.error}`);
    return;
  }
  if (entry.note) console.log(`  ${entry.note}`);
  if (!entry.helpers.length) console.log('  (no PCX helper on this page)');
  for (const helper of entry.helpers) {
    const where = helper.frame === 'top' ? '' : ' (in frame)';
    console.log(`  <${helper.tag}> ${helper.state}${where}: ${helper.text.slice(0, 220)}`);
  }
  console.log(`  → demo-output/${entry.screenshot}`);
}

writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(
  join(out, 'report.md'),
  `# PCX demo report\n\n${report
    .map(
      (e) =>
        `## [${e.lang.toUpperCase()}] ${e.title}\n\n${e.error ? `Error: ${e.error}\n` : ''}${e.note ? `${e.note}\n\n` : ''}${e.helpers
          .map((h) => `- \`<${h.tag}>\` **${h.state}** — ${h.text}`)
          .join('\n')}\n\n![${e.step}](${e.screenshot})\n`,
    )
    .join('\n')}`,
);
console.log(
  `\nScreenshots and report in demo-output/ (${report.length} steps, ${failures} failed).`,
);
process.exit(failures ? 1 : 0);
