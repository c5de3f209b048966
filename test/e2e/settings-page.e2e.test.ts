/**
 * An admin's path to public page addresses in Chromium: Settings › Kumppani › Public page addresses shows the
 * config file's templates read-only, saves a new one that the API uses at once, and refuses a bad one with the
 * reason beside its field.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { ProgrammeSummary } from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';
import { launchBrowser, logIn, openPage } from '../helpers/browser';
import { APP_DIR } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require(path.join(APP_DIR, 'scripts', 'admin-build.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN_DEFAULTS } = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));

const SITES = 'https://sivut.example.fi';

/** The text input labelled `label` (design-system fields tie label and input by id). */
async function input(page: Page, label: string) {
  const handle = await page.evaluateHandle((text: string) => {
    const labelElement = [...document.querySelectorAll('label')].find((node) => node.textContent!.trim() === text);
    return (labelElement?.htmlFor ? document.getElementById(labelElement.htmlFor) : null) as HTMLInputElement;
  }, label);
  assert.ok(await handle.evaluate((element) => element !== null), `an input labelled "${label}"`);
  return handle;
}

/** The texts of the field labelled `label`: hint and error. */
const fieldText = (page: Page, label: string) =>
  page.evaluate((text: string) => {
    const labelElement = [...document.querySelectorAll('label')].find((node) => node.textContent!.trim() === text)!;
    return labelElement.closest('div')!.parentElement!.textContent!;
  }, label);

describe('public page addresses in the Strapi admin', () => {
  let cms: SeededCms;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ensureAdminBuild({ log: () => {} });
    cms = await seededCms({ admin: true, env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_SITES_URL: SITES } });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, { width: 1440, height: 1000 }));
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
  });

  it('shows the config file’s templates read-only, saves one the API uses at once, and refuses a bad one beside its field', async () => {
    await logIn(page, cms.baseUrl, DEMO_ADMIN_DEFAULTS);

    await page.goto(`${cms.baseUrl}/admin/settings/kumppani/public-pages`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('h1')].some((heading) => heading.textContent === 'Public page addresses'),
      {
        timeout: 30_000,
      },
    );
    const organisationFi = await input(page, 'Organisations, Finnish');
    assert.equal(await organisationFi.evaluate((element) => element.value), `${SITES}/organisation.html?slug={slug}`);
    assert.equal(await organisationFi.evaluate((element) => element.disabled), true);
    assert.match(await fieldText(page, 'Organisations, Finnish'), /Set in config\/plugins\.js/);

    for (const locale of ['Finnish', 'Swedish', 'English']) {
      await (await input(page, `Programmes, ${locale}`)).type('https://www.vakehyva.fi/hankkeet/{slug}');
    }
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.body.textContent!.includes('Public page addresses saved.'), { timeout: 15_000 });
    const programmes = (await cms.get('programmes')).json().data as ProgrammeSummary[];
    assert.ok(programmes.length > 0);
    for (const programme of programmes) assert.equal(programme.url, `https://www.vakehyva.fi/hankkeet/${programme.slug}`);

    const swedish = await input(page, 'Programmes, Swedish');
    await swedish.click({ clickCount: 3 });
    await swedish.type('www.vakehyva.fi/sv/{slug}');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.body.textContent!.includes('Not saved'), { timeout: 15_000 });
    assert.match(await fieldText(page, 'Programmes, Swedish'), /must be an absolute http\(s\) address/);
    const stillSaved = (await cms.get('programmes?locale=sv')).json().data as ProgrammeSummary[];
    for (const programme of stillSaved) assert.equal(programme.url, `https://www.vakehyva.fi/hankkeet/${programme.slug}`);
  });
});
