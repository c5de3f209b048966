/**
 * `npm run screenshots`: pictures of the admin (content types, an organisation, the embed builder) and of
 * each example page, taken in headless Chromium from a freshly seeded demo CMS, for the README.
 * Writes PNG files to docs/screenshots (or the folder given as the first argument).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { seededCms } from '../helpers/api';
import { launchBrowser, logIn, openPage, WIDGETS, widgetsSettled } from '../helpers/browser';
import { APP_DIR, REPO_ROOT } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require(path.join(APP_DIR, 'scripts', 'admin-build.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN_DEFAULTS } = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));

export const SCREENSHOTS = [
  'admin-content-types.png',
  'admin-organisation.png',
  'embed-builder.png',
  'admin-public-pages.png',
  'site-county.png',
  'site-ngo.png',
  'site-sv.png',
  'site-heavy-css.png',
  'site-post.png',
  'site-event.png',
  'site-dark.png',
  'site-dark-320.png',
] as const;

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (s: string, t: string) => [...document.querySelectorAll(s)].some((node) => node.textContent!.includes(t)),
    { timeout: 30_000 },
    selector,
    text,
  );
}

export async function takeScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  ensureAdminBuild({ log: (line: string) => console.log(line) });
  const cms = await seededCms({ admin: true, env: { KUMPPANI_DEMO_ADMIN: 'on' } });
  const browser = await launchBrowser();
  const written: string[] = [];
  const shoot = async (page: Page, name: (typeof SCREENSHOTS)[number], fullPage = false) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file as `${string}.png`, fullPage });
    written.push(file);
  };
  try {
    const { page } = await openPage(browser, { width: 1440, height: 900 });
    await logIn(page, cms.baseUrl, DEMO_ADMIN_DEFAULTS);
    await page.waitForSelector('nav a[href$="/plugins/kumppani"]', { timeout: 60_000 });

    await page.goto(`${cms.baseUrl}/admin/content-manager/collection-types/plugin::kumppani.organisation`);
    await waitForText(page, 'table td', 'A-kiltojen Liitto ry');
    await shoot(page, 'admin-content-types.png');

    await page.click('table tbody tr td:nth-child(3)');
    await page.waitForSelector('input[name="name"]', { timeout: 30_000 });
    await shoot(page, 'admin-organisation.png');

    await page.goto(`${cms.baseUrl}/admin/plugins/kumppani`);
    await waitForText(page, 'h1', 'Embed builder');
    const regions = await page.$('[aria-labelledby~="kumppani-filter-region-label"]');
    await regions!.click();
    await waitForText(page, '[role="option"]', 'Vantaan ja Keravan hyvinvointialue');
    // A real pointer click: the design system's select reacts to pointer events, not to element.click().
    const option = await page.evaluateHandle(() =>
      [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (node) => node.textContent!.trim() === 'Vantaan ja Keravan hyvinvointialue',
      )!,
    );
    await option.click();
    await page.keyboard.press('Escape');
    await page.type('#kumppani-host', 'https://www.vakehyva.fi');
    await page.setViewport({ width: 1440, height: 1300 });
    await page.evaluate(() => document.querySelector('h1')!.scrollIntoView());
    await widgetsSettled(page, WIDGETS, 30_000);
    await shoot(page, 'embed-builder.png');

    await page.setViewport({ width: 1440, height: 900 });
    await page.goto(`${cms.baseUrl}/admin/settings/kumppani/public-pages`);
    await waitForText(page, 'h1', 'Public page addresses');
    await shoot(page, 'admin-public-pages.png');

    for (const [file, name] of [
      ['county.html', 'site-county.png'],
      ['ngo.html', 'site-ngo.png'],
      ['sv.html', 'site-sv.png'],
      ['heavy-css.html', 'site-heavy-css.png'],
      ['post.html?slug=jarjestot-mukana-sote-kehittamisessa-nyt-on-paikka', 'site-post.png'],
      ['event.html?slug=perhekahvilan-syyskauden-avaus-porvoo', 'site-event.png'],
      ['dark.html', 'site-dark.png'],
    ] as const) {
      const site = (await openPage(browser, { width: 1280, height: 1600 })).page;
      await site.goto(`${cms.baseUrl}/sites/${file}`);
      await widgetsSettled(site, WIDGETS, 30_000);
      await shoot(site, name);
      await site.close();
    }

    // The dark page on a phone: the filters behind their button, the result count first.
    const phone = (await openPage(browser, { width: 320, height: 1400 })).page;
    await phone.goto(`${cms.baseUrl}/sites/dark.html`);
    await widgetsSettled(phone, WIDGETS, 30_000);
    await shoot(phone, 'site-dark-320.png', true);
    await phone.close();
  } finally {
    await browser.close();
    await cms.close();
  }
  return written;
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'docs', 'screenshots'));
  takeScreenshots(outDir)
    .then((files) => {
      console.log(`Wrote ${files.length} screenshots to ${path.relative(process.cwd(), outDir) || '.'}`);
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
