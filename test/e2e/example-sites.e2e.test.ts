/**
 * The example host pages in examples/sites, served by the demo CMS at /sites/: every widget renders real
 * data, the pages pass axe and reflow at 320 px, the item pages show the demo item their address names (and
 * "not found" for an unknown one), and the page with a heavy third-party stylesheet leaves the widgets'
 * text and layout alone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser, Page } from 'puppeteer-core';
import { privateTexts, rawGet, seededCms, type SeededCms } from '../helpers/api';
import { axeViolations, launchBrowser, openPage, shadowText, WIDGETS, widgetsSettled } from '../helpers/browser';
import { REPO_ROOT } from '../helpers/strapi';

const SITES_DIR = path.join(REPO_ROOT, 'examples', 'sites');
const PAGES = readdirSync(SITES_DIR)
  .filter((file) => file.endsWith('.html'))
  .sort();

/**
 * The address of a page as index.html links it: with its query, so that an item page (post.html?slug=…)
 * opens on the demo item the index names.
 */
function indexedAddress(file: string): string {
  const index = readFileSync(path.join(SITES_DIR, 'index.html'), 'utf8');
  const href = new RegExp(`href="(${file.replace('.', '\\.')}(?:\\?[^"#]*)?)"`).exec(index)?.[1];
  assert.ok(href, `index.html links ${file}`);
  return href.replace(/&amp;/g, '&');
}

/** The item pages: the detail element each shows, and the slug of the demo item the index links. */
const ITEM_PAGES = [
  { file: 'post.html', tag: 'post-article', route: 'posts', titleField: 'title' },
  { file: 'organisation.html', tag: 'organisation-detail', route: 'organisations', titleField: 'name' },
  { file: 'event.html', tag: 'event-detail', route: 'events', titleField: 'title' },
] as const;

/**
 * For each widget on the page once all have loaded: its tag and how many cards it shows (a detail
 * element: 1 when it shows its item).
 */
async function renderedWidgets(page: Page): Promise<{ tag: string; cards: number; error: string | null }[]> {
  await widgetsSettled(page);
  return page.$$eval(WIDGETS, (elements) =>
    elements.map((element) => ({
      tag: element.localName,
      cards: element.shadowRoot!.querySelectorAll('[part~="card"], [part~="article"]').length,
      error: element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
    })),
  );
}

describe('example host sites served by the demo CMS', () => {
  let cms: SeededCms;
  let browser: Browser;

  before(async () => {
    // The demo's page templates point at its own example sites (examples/cms/config/plugins.js), on its port.
    cms = await seededCms();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
  });

  it('has the county, NGO, Swedish and heavy-stylesheet pages and an index linking them', async () => {
    for (const page of ['index.html', 'county.html', 'ngo.html', 'sv.html', 'heavy-css.html', ...ITEM_PAGES.map(({ file }) => file)])
      assert.ok(PAGES.includes(page), page);
    const index = await cms.get('/sites/');
    assert.equal(index.status, 200);
    const { page } = await openPage(browser);
    await page.goto(`${cms.baseUrl}/sites/`);
    assert.deepEqual(await axeViolations(page), [], 'index.html');
    await page.close();
    for (const page of PAGES.filter((name) => name !== 'index.html'))
      assert.match(index.text, new RegExp(`href="${page.replace('.', '\\.')}["?]`), `index links ${page}`);
    // The demo's default address in the files is replaced by the one the page was asked on.
    const county = await cms.get('/sites/county.html');
    assert.ok(county.text.includes(`src="${cms.baseUrl}/kumppani/kumppani.js"`));
    assert.ok(!county.text.includes('127.0.0.1:1337'));
    // Raw paths (fetch would resolve the dots before sending): nothing outside the folder is served.
    for (const raw of ['/sites/../package.json', '/sites/%2e%2e/package.json', '/sites/..%2fpackage.json'])
      assert.equal((await rawGet(cms.baseUrl, raw)).status, 404, raw);
  });

  for (const file of PAGES.filter((name) => name !== 'index.html')) {
    it(`${file}: every widget shows real data, axe finds nothing, and it reflows at 320 px (opened as index.html links it)`, async () => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${cms.baseUrl}/sites/${indexedAddress(file)}`);
      const widgets = await renderedWidgets(page);
      assert.ok(widgets.length >= 2, `${file} embeds at least two widgets`);
      for (const widget of widgets) {
        assert.equal(widget.error, null, `${file} <${widget.tag}>: ${widget.error}`);
        assert.ok(widget.cards > 0, `${file} <${widget.tag}> shows items`);
      }
      const violations = await axeViolations(page);
      assert.deepEqual(
        violations.map((violation) => `${violation.id}: ${violation.nodes.join(' ')}`),
        [],
        file,
      );

      await page.setViewport({ width: 320, height: 800 });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${file} scrolls sideways by ${overflow} px at 320 px`);
      assert.deepEqual(await axeViolations(page), [], `${file} at 320 px`);
      assert.deepEqual(problems, [], `${file} ran cleanly`);
      await page.close();
    });
  }

  it('ngo.html: the network meets monthly, shown once with its rule in words and its next dates (series-once)', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${cms.baseUrl}/sites/ngo.html`);
    await renderedWidgets(page);
    // The rule's lines are a module fetched after the first render.
    await page.waitForFunction(() => document.querySelector('event-list')!.shadowRoot!.querySelector('[part~="series-next"]'));
    const cards = await page.$eval('event-list', (element) =>
      [...element.shadowRoot!.querySelectorAll('[part~="card"]')].map((card) => ({
        title: card.querySelector('[part~="title"]')!.textContent!.trim(),
        series: card.querySelector('[part~="series"]')?.textContent?.trim() ?? null,
        next: card.querySelectorAll('[part~="series-next"] time').length,
      })),
    );
    const meeting = cards.filter((card) => card.title === 'Miepä-järjestöverkoston tapaaminen');
    assert.equal(meeting.length, 1, `the series is one card: ${JSON.stringify(cards)}`);
    assert.equal(meeting[0].series, 'Kuukauden ensimmäinen torstai klo 13.00–14.30');
    assert.equal(meeting[0].next, 3);
    assert.deepEqual(await axeViolations(page), [], 'ngo.html with a series');
    assert.deepEqual(problems, [], 'ngo.html ran cleanly');
    await page.close();
  });

  it("ngo.html: a blog card opens the post on the site's own post page (item-href), which shows it from the API", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${cms.baseUrl}/sites/ngo.html`);
    await renderedWidgets(page);
    const link = await page.evaluateHandle(() =>
      document.querySelector('blog-feed')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="card"] [part~="title"] a')!,
    );
    const { title, href, readMore } = await link.evaluate((anchor) => {
      const card = anchor.closest('[part~="card"]')!;
      return {
        title: anchor.textContent!.trim(),
        href: anchor.href,
        readMore: card.querySelector<HTMLAnchorElement>('[part~="read-more"]')?.href,
      };
    });
    assert.match(href, /\/sites\/post\.html\?slug=[a-z0-9-]+$/);
    assert.equal(readMore, href, 'read more goes where the title goes');
    await Promise.all([page.waitForNavigation(), link.click()]);
    await widgetsSettled(page);
    // The post page is one <post-article slug-param="slug">: it shows the post the card named.
    assert.equal(await page.$eval('post-article', (element) => element.shadowRoot!.querySelector('[part~="title"]')?.textContent), title);
    const slug = new URL(href).searchParams.get('slug')!;
    const post = (await cms.get(`posts/${slug}?locale=fi`)).json<{ data: { lead: string | null } }>();
    // Every demo post has a lead, so the page's lead paragraph is always checked.
    assert.ok(post.data.lead, `the post ${slug} has a lead`);
    assert.equal(
      await page.$eval('post-article', (element) => element.shadowRoot!.querySelector('[part~="lead"]')?.textContent),
      post.data.lead,
    );
    await renderedWidgets(page);
    assert.deepEqual(await axeViolations(page), [], 'post.html');
    assert.deepEqual(problems, [], 'post.html ran cleanly');
    await page.close();
  });

  for (const { file, tag, route, titleField } of ITEM_PAGES) {
    it(`${file}: <${tag}> shows the demo item its address names, from the API, and an unknown slug says "not found"`, async () => {
      const address = indexedAddress(file);
      const slug = new URLSearchParams(address.split('?')[1]).get('slug');
      assert.ok(slug, `index.html links ${file} with a slug`);
      const item = (await cms.get(`${route}/${slug}?locale=fi`)).json<{ data: Record<string, unknown> }>().data;
      const { page, problems } = await openPage(browser);
      await page.goto(`${cms.baseUrl}/sites/${address}`);
      await widgetsSettled(page, tag);
      const shown = await page.$eval(tag, (element) => ({
        heading: element.shadowRoot!.querySelector('h2[part~="title"]')?.textContent?.trim(),
        status: element.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim(),
        kept: (element as HTMLElement & { item?: { slug: string } }).item?.slug,
      }));
      assert.equal(shown.heading, item[titleField], `${file} shows the item's ${titleField} as its heading`);
      assert.equal(shown.status, item[titleField], 'the status line names the item');
      assert.equal(shown.kept, slug, 'the element keeps the item it shows');
      const text = await shadowText(page, tag);
      if (tag === 'event-detail') {
        // The demo event the index links is the cancelled one: its status is said in words.
        assert.equal(item.status, 'cancelled');
        assert.match(text, /Tapahtuma on peruttu\./);
        assert.ok(!text.includes('Ilmoittaudu'), 'a cancelled event offers no registration');
        // Search engines read it so too: the page's structured data (light DOM JSON-LD) marks it cancelled.
        const structured = await page.$$eval(`${tag} > script[type="application/ld+json"]`, (scripts) =>
          scripts.map((script) => JSON.parse(script.textContent!) as { '@type': string; eventStatus: string; url: string }),
        );
        assert.equal(structured.length, 1);
        assert.equal(structured[0].eventStatus, 'https://schema.org/EventCancelled');
        assert.equal(structured[0].url, `${cms.baseUrl}/sites/event.html?slug=${slug}`);
      }
      if (tag === 'organisation-detail') {
        const hrefs = await page.$eval(tag, (element) =>
          [...element.shadowRoot!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
        );
        assert.ok(typeof item.website === 'string' && hrefs.includes(item.website), "the organisation's website, linked");
        for (const field of ['email', 'phone'] as const) {
          assert.equal(typeof item[field], 'string', `the demo organisation has a public ${field}`);
          assert.ok(text.includes(item[field] as string), `the organisation's public ${field}`);
        }
        const { secrets } = await privateTexts(cms);
        for (const [secret, what] of secrets) assert.ok(!text.includes(secret), `${file} shows ${what}: "${secret}"`);
      }
      assert.deepEqual(problems, [], `${file} ran cleanly`);

      await page.goto(`${cms.baseUrl}/sites/${file}?slug=ei-tallaista-${route}`);
      await widgetsSettled(page, tag);
      const missing = await page.$eval(tag, (element) => ({
        status: element.shadowRoot!.querySelector('[role="status"][part~="not-found"]')?.textContent?.trim(),
        heading: element.shadowRoot!.querySelector('[part~="title"]'),
        retry: element.shadowRoot!.querySelector('button'),
      }));
      assert.match(missing.status ?? '', /ei löytynyt/, `${file}: the not-found message, in the role="status" line`);
      assert.equal(missing.heading, null);
      assert.equal(missing.retry, null, 'no retry button for an item that does not exist');
      assert.deepEqual(await axeViolations(page), [], `${file} not found`);
      await page.close();
    });
  }

  it("a feed reader's click lands on the example page that shows the post, not on JSON", async () => {
    for (const format of ['rss', 'atom']) {
      const feed = parseFeed((await cms.get(`feeds/posts.${format}?blog=kadet-sotessa`)).text);
      assert.equal(feed.title, 'Kädet Sotessa');
      const [item] = feed.items;
      assert.ok(item?.url?.startsWith(`${cms.baseUrl}/sites/post.html?slug=`), `${format}: ${item?.url}`);
      const { page, problems } = await openPage(browser);
      const response = await page.goto(item.url!);
      assert.match(response!.headers()['content-type'] ?? '', /text\/html/);
      await widgetsSettled(page, 'post-article');
      const heading = await page.$eval('post-article', (element) =>
        element.shadowRoot!.querySelector('h2[part~="title"]')?.textContent?.trim(),
      );
      assert.equal(heading, item.title, `${format}: the page shows the post the item names`);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  it('heavy-css.html: a 62.5 % root font size and an aggressive reset leave the widgets readable and unbroken', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${cms.baseUrl}/sites/heavy-css.html`);
    await renderedWidgets(page);
    const metrics = await page.$$eval(WIDGETS, (elements) =>
      elements.map((element) => {
        const root = element.shadowRoot!;
        const cards = [...root.querySelectorAll<HTMLElement>('[part~="card"]')];
        const list = root.querySelector('[part~="list"]')!.getBoundingClientRect();
        const style = getComputedStyle(cards[0]!);
        const boxes = cards.map((card) => card.getBoundingClientRect());
        const overlapping = boxes.some((box, index) =>
          boxes
            .slice(index + 1)
            .some(
              (other) =>
                box.left < other.right - 0.5 &&
                other.left < box.right - 0.5 &&
                box.top < other.bottom - 0.5 &&
                other.top < box.bottom - 0.5,
            ),
        );
        return {
          tag: element.localName,
          cards: cards.length,
          fontSize: parseFloat(style.fontSize),
          lineHeightRatio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          boxSizing: style.boxSizing,
          overflowsList: boxes.some((box) => box.right > list.right + 0.5 || box.left < list.left - 0.5),
          overlapping,
        };
      }),
    );
    assert.ok(metrics.length >= 2, 'heavy-css.html embeds at least two widgets');
    for (const widget of metrics) {
      assert.ok(widget.cards > 0, `${widget.tag} shows items`);
      assert.ok(widget.fontSize >= 16, `${widget.tag}: text ${widget.fontSize} px`);
      assert.ok(widget.lineHeightRatio >= 1.4, `${widget.tag}: line height ${widget.lineHeightRatio.toFixed(2)}`);
      assert.equal(widget.boxSizing, 'border-box', widget.tag);
      assert.equal(widget.overflowsList, false, `${widget.tag}: a card overflows its list`);
      assert.equal(widget.overlapping, false, `${widget.tag}: cards overlap`);
    }
    await page.close();
  });
});
