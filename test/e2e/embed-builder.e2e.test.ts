/**
 * An editor's whole path in Chromium: log in to the Strapi admin, open the embed builder, compose a partner
 * directory for one region, copy the snippet, paste it into a blank page of another site, and see that
 * region's organisations there. Also the builder's contrast and CORS warnings.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { seededCms, type SeededCms } from '../helpers/api';
import { launchBrowser, logIn, openPage, widgetsSettled } from '../helpers/browser';
import { hostPage, startStaticSite, type StaticSite } from '../helpers/static-site';
import { APP_DIR } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require(path.join(APP_DIR, 'scripts', 'admin-build.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN_DEFAULTS } = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));

const REGION = { slug: 'vantaa-kerava', name: 'Vantaan ja Keravan hyvinvointialue' };
const EDITOR = { email: 'editori@kumppani.example', password: 'Editori-ilman-upotusta-1' };

/** Names on the cards of the first <partner-directory> in `root`, once it has loaded. */
async function directoryNames(page: Page, scope: string): Promise<string[]> {
  await widgetsSettled(page, scope);
  return page.$eval(scope, (element) =>
    [...element.shadowRoot!.querySelectorAll('[part~="card"] [part~="title"]')].map((title) => title.textContent!.trim()),
  );
}

/** Clicks the visible element whose text is exactly `text` among `selector`. */
async function clickByText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (s: string, t: string) => [...document.querySelectorAll(s)].some((node) => node.textContent!.trim() === t),
    { timeout: 10_000 },
    selector,
    text,
  );
  const handle = await page.evaluateHandle(
    (s: string, t: string) => [...document.querySelectorAll<HTMLElement>(s)].find((node) => node.textContent!.trim() === t)!,
    selector,
    text,
  );
  await handle.click();
}

/** The form control labelled `label`: an input by the label's `for`, a design-system select by aria-labelledby. */
async function control(page: Page, label: string) {
  const handle = await page.evaluateHandle((text: string) => {
    const labelElement = [...document.querySelectorAll('label')].find((node) => node.textContent!.trim() === text);
    if (!labelElement) return null as unknown as HTMLElement;
    const byFor = labelElement.htmlFor ? document.getElementById(labelElement.htmlFor) : null;
    return (byFor ?? document.querySelector(`[aria-labelledby~="${labelElement.id}"]`)) as HTMLElement;
  }, label);
  assert.ok(await handle.evaluate((element) => element !== null), `a control labelled "${label}"`);
  return handle;
}

describe('embed builder in the Strapi admin', () => {
  let cms: SeededCms;
  let site: StaticSite;
  let browser: Browser;
  let builder: Page;

  before(async () => {
    ensureAdminBuild({ log: () => {} });
    site = await startStaticSite();
    cms = await seededCms({ admin: true, env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_CORS_ORIGINS: site.origin } });
    browser = await launchBrowser();
    await browser
      .defaultBrowserContext()
      .overridePermissions(cms.baseUrl, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    ({ page: builder } = await openPage(browser, { width: 1440, height: 1000 }));
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
    await site?.close();
  });

  it('logs in and opens the builder from the admin menu', async () => {
    await logIn(builder, cms.baseUrl, DEMO_ADMIN_DEFAULTS);
    await builder.waitForSelector('nav a[href$="/plugins/kumppani"]', { timeout: 30_000 });
    await builder.click('nav a[href$="/plugins/kumppani"]');
    await builder.waitForFunction(() => [...document.querySelectorAll('h1')].some((heading) => heading.textContent === 'Embed builder'), {
      timeout: 30_000,
    });
  });

  it('composes a directory of one region, previews it live and copies a snippet that works on a blank page elsewhere', async () => {
    await (await control(builder, 'Regions')).click();
    await clickByText(builder, '[role="option"]', REGION.name);
    await builder.keyboard.press('Escape');
    await (await control(builder, 'Address of your site')).type(`${site.origin}/jarjestot`);
    await builder.waitForSelector('[data-testid="cors-ok"]');

    const snippet = await builder.$eval('[data-testid="embed-snippet"]', (textarea) => (textarea as HTMLTextAreaElement).value);
    assert.match(
      snippet,
      new RegExp(
        `^<script type="module" src="${cms.baseUrl}/kumppani/kumppani\\.js"></script>\\n<partner-directory api="${cms.baseUrl}" lang="fi" region="${REGION.slug}">\\n  <p>Kumppanihakemisto latautuu\\. [^<]+</p>\\n</partner-directory>$`,
      ),
    );

    // The first page at the widget's default page size (12).
    const expected = (await cms.get(`organisations?region=${REGION.slug}&locale=fi&pageSize=12`))
      .json()
      .data.map((item: { name: string }) => item.name);
    assert.ok(expected.length > 3);
    assert.deepEqual(
      await directoryNames(builder, '[data-testid="embed-preview"] partner-directory'),
      expected,
      'the preview shows the region',
    );

    await clickByText(builder, 'button', 'Copy snippet');
    const copied = await builder.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, snippet);

    const blank = site.put('/jarjestot', hostPage({ lang: 'fi', title: 'Järjestöt', body: copied }));
    const { page, problems } = await openPage(browser);
    await page.goto(blank);
    assert.deepEqual(await directoryNames(page, 'partner-directory'), expected);
    assert.equal(await page.$eval('partner-directory > p', (fallback) => fallback.getClientRects().length), 0, 'the fallback is not shown');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('warns when theme colours fail contrast and when the host is not in the CORS allow-list', async () => {
    assert.equal(await builder.$('[data-testid="contrast-warning"]'), null);
    const accent = await control(builder, 'Links and buttons');
    await accent.evaluate((input) => {
      // React tracks the value through the native setter; an input event then reaches onChange.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '#9ec5ee');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const warning = await builder.waitForSelector('[data-testid="contrast-warning"]');
    assert.match(await warning!.evaluate((node) => node.textContent!), /Links on the card background: 1\.\d\d:1 \(needs 4\.5:1\)/);
    assert.match(
      await builder.$eval('[data-testid="embed-snippet"]', (textarea) => (textarea as HTMLTextAreaElement).value),
      /style="--kumppani-color-accent: #9ec5ee"/,
    );

    const address = await control(builder, 'Address of your site');
    await address.click({ count: 3 });
    await address.type('https://www.toinen-kunta.example.fi');
    const cors = await builder.waitForSelector('[data-testid="cors-warning"]');
    assert.ok(
      (await cors!.evaluate((node) => node.textContent!)).includes(
        `KUMPPANI_CORS_ORIGINS=${site.origin},https://www.toinen-kunta.example.fi`,
      ),
    );
  });

  it('previews on a dark page background, where the widget takes its dark palette, and writes a chosen theme', async () => {
    const preview = '[data-testid="embed-preview"] partner-directory';
    const snippetText = () => builder.$eval('[data-testid="embed-snippet"]', (textarea) => (textarea as HTMLTextAreaElement).value);
    const schemeOfPreview = async () => {
      await widgetsSettled(builder, preview);
      return builder.$eval(preview, (element) => ({
        scheme: (element as HTMLElement).dataset.scheme,
        status: getComputedStyle(element.shadowRoot!.querySelector('[role="status"]')!).color,
      }));
    };
    await (
      await control(builder, 'Links and buttons')
    ).evaluate((input) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '#0b5394');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.deepEqual(await schemeOfPreview(), { scheme: 'light', status: 'rgb(31, 35, 40)' });

    await (await control(builder, 'Your page (preview)')).click();
    await clickByText(builder, '[role="option"]', 'Dark (#121212)');
    await builder.waitForFunction(
      (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.dataset.scheme === 'dark',
      { timeout: 10_000 },
      preview,
    );
    assert.deepEqual(await schemeOfPreview(), { scheme: 'dark', status: 'rgb(232, 234, 237)' });
    assert.equal(
      await builder.$eval('[data-testid="embed-preview-page"]', (box) => getComputedStyle(box).backgroundColor),
      'rgb(18, 18, 18)',
    );
    assert.equal(await builder.$('[data-testid="contrast-warning"]'), null, 'the dark defaults pass on the dark page');
    assert.doesNotMatch(await snippetText(), /theme=|style=/, 'the widget finds the dark palette by itself');

    await (await control(builder, 'Colour scheme')).click();
    await clickByText(builder, '[role="option"]', 'Light');
    assert.match(await snippetText(), / theme="light"/);
    await builder.waitForFunction(
      (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.dataset.scheme === 'light',
      { timeout: 10_000 },
      preview,
    );
    const warning = await builder.waitForSelector('[data-testid="contrast-warning"]');
    assert.match(await warning!.evaluate((node) => node.textContent!), /Text on your page background: 1\.\d\d:1/);
  });

  it('is hidden from an editor whose role lacks the embed permission', async () => {
    const editorRole = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi
      .service('admin::user')
      .create({ ...EDITOR, firstname: 'Eila', lastname: 'Editori', isActive: true, roles: [editorRole.id] });
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await logIn(page, cms.baseUrl, EDITOR);
    assert.equal(await page.$('nav a[href$="/plugins/kumppani"]'), null, 'no menu link');
    await page.goto(`${cms.baseUrl}/admin/plugins/kumppani`);
    await page.waitForFunction(() => document.body.textContent!.includes("You don't have the permissions to access that content"), {
      timeout: 30_000,
    });
    assert.equal(await page.$('[data-testid="embed-snippet"]'), null);
    await context.close();
  });
});
