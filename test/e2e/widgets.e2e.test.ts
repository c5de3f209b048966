/**
 * The four widgets in Chromium against the demo CMS and its real API: a host page on another origin loads
 * the bundle from the CMS (/kumppani/kumppani.js) and the widgets read the public API through the CORS
 * allow-list. Every page shows what the API says, nothing private, and passes axe.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { privateTexts, seededCms, type SeededCms } from '../helpers/api';
import { axeViolations, launchBrowser, openPage, shadowText, widgetsSettled, type WatchedPage } from '../helpers/browser';
import { hostPage, startStaticSite, type StaticSite } from '../helpers/static-site';
import { REPO_ROOT } from '../helpers/strapi';

const ELEMENTS = ['partner-directory', 'event-list', 'blog-feed', 'programme-list'];

/** Names or titles of the cards a widget shows, in order. */
function cardTitles(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (element) =>
    [...element.shadowRoot!.querySelectorAll('[part~="card"] [part~="title"]')].map((title) =>
      title.textContent!.replace(/\s+/g, ' ').trim(),
    ),
  );
}

describe('widgets against the demo CMS in Chromium', () => {
  let site: StaticSite;
  let otherSite: StaticSite;
  let cms: SeededCms;
  let browser: Browser;
  let secrets: Map<string, string>;
  const pages: WatchedPage[] = [];

  before(async () => {
    site = await startStaticSite();
    otherSite = await startStaticSite();
    cms = await seededCms({ env: { KUMPPANI_CORS_ORIGINS: site.origin } });
    ({ secrets } = await privateTexts(cms));
    // Otherwise every "nothing private" check below would pass without checking anything.
    assert.ok(secrets.size > 0, 'the demo content has drafts and private contact details');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
    await site?.close();
    await otherSite?.close();
  });

  /** Loads a host page with the given widget markup from the allowed host site and waits for the widgets. */
  async function show(lang: string, body: string, from: StaticSite = site, bundle = 'kumppani.js'): Promise<WatchedPage> {
    const url = from.put(
      `/page-${pages.length}.html`,
      hostPage({ lang, title: 'Kumppani', scriptSrc: `${cms.baseUrl}/kumppani/${bundle}`, body }),
    );
    const watched = await openPage(browser);
    pages.push(watched);
    await watched.page.goto(url);
    await widgetsSettled(watched.page);
    if (from === site) {
      // On the allowed host an error state is a failure of the test setup or the API: say what the page saw.
      const errors = await watched.page.evaluate(
        (tags: string[]) =>
          [...document.querySelectorAll(tags.join(','))]
            .map((element) => element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim())
            .filter(Boolean),
        ELEMENTS,
      );
      assert.deepEqual(errors, [], `widgets show errors; the page saw: ${watched.problems.join('; ')}`);
    }
    return watched;
  }

  function assertNothingPrivate(text: string, where: string): void {
    for (const [secret, what] of secrets) assert.ok(!text.includes(secret), `${where} shows ${what}: "${secret}"`);
  }

  async function assertAccessible(page: Page, where: string): Promise<void> {
    const violations = await axeViolations(page);
    assert.deepEqual(
      violations,
      [],
      `${where}: axe found ${violations.map((violation) => `${violation.id} at ${violation.nodes.join(' ')}`).join('; ')}`,
    );
  }

  it("partner-directory shows the region's published organisations as the API lists them, falls back from a draft translation, and searches", async () => {
    const api = (await cms.get('organisations?region=vantaa-kerava&locale=en&pageSize=100')).json();
    assert.ok(api.meta.total > 3, 'the demo has organisations in Vantaa and Kerava');
    const { page, problems } = await show(
      'en',
      `<partner-directory api="${cms.baseUrl}" region="vantaa-kerava" page-size="100"></partner-directory>`,
    );

    assert.deepEqual(
      await cardTitles(page, 'partner-directory'),
      api.data.map((item: { name: string }) => item.name),
    );
    const text = await shadowText(page, 'partner-directory');
    assertNothingPrivate(text, 'partner-directory (en)');
    // The English translation of Vantaan A-kilta is a draft: the published Finnish text stands in, marked lang="fi".
    assert.ok(!text.includes('Vantaa A-Guild'));
    const fallbackLang = await page.$eval('partner-directory', (element) => {
      const card = [...element.shadowRoot!.querySelectorAll('[part~="card"]')].find((node) =>
        node.textContent!.includes('Vantaan A-kilta ry'),
      );
      return card?.getAttribute('lang');
    });
    assert.equal(fallbackLang, 'fi');
    await assertAccessible(page, 'partner-directory results');

    // Keyboard: type into the labelled search field; the list narrows to what the API finds.
    const search = (
      await page.evaluateHandle(() => document.querySelector('partner-directory')!.shadowRoot!.querySelector('input[type="search"]'))
    ).asElement()!;
    await search.focus();
    await page.keyboard.type('A-kilta');
    await page.keyboard.press('Enter');
    const found = (await cms.get('organisations?region=vantaa-kerava&locale=en&pageSize=100&q=A-kilta')).json();
    assert.ok(found.meta.total >= 1 && found.meta.total < api.meta.total);
    await page.waitForFunction(
      (count: number) => document.querySelector('partner-directory')!.shadowRoot!.querySelectorAll('[part~="card"]').length === count,
      { timeout: 10_000 },
      found.meta.total,
    );
    assert.deepEqual(
      await cardTitles(page, 'partner-directory'),
      found.data.map((item: { name: string }) => item.name),
    );
    assert.match(
      await page.$eval('partner-directory', (element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent!),
      new RegExp(`\\b${found.meta.total}\\b`),
    );
    assert.deepEqual(problems, []);
  });

  it('partner-directory in a region with a draft organisation does not show the draft', async () => {
    const api = (await cms.get('organisations?region=keski-suomi&locale=fi&pageSize=100')).json();
    assert.ok(api.meta.total > 0, 'the demo has published organisations in Keski-Suomi');
    const { page, problems } = await show(
      'fi',
      `<partner-directory api="${cms.baseUrl}" region="keski-suomi" page-size="100"></partner-directory>`,
    );
    const titles = await cardTitles(page, 'partner-directory');
    assert.equal(titles.length, api.meta.total);
    assert.ok(!titles.some((title) => title.startsWith('Luonnos')), 'the demo draft "Luonnos: Kumppanuusyhdistys ry" serves Keski-Suomi');
    assertNothingPrivate(await shadowText(page, 'partner-directory'), 'partner-directory (keski-suomi)');
    assert.deepEqual(problems, []);
  });

  it('event-list shows every upcoming published event with working calendar links, in Swedish too', async () => {
    for (const lang of ['fi', 'sv']) {
      const api = (await cms.get(`events?locale=${lang}&pageSize=100`)).json();
      assert.ok(api.meta.total > 5);
      const { page, problems } = await show(lang, `<event-list api="${cms.baseUrl}" limit="100" filters="mode"></event-list>`);
      const titles = await cardTitles(page, 'event-list');
      assert.equal(titles.length, api.meta.total, `${lang}: one card per upcoming event`);
      for (const item of api.data as { title: string }[])
        assert.ok(
          titles.some((title) => title.includes(item.title)),
          `${lang}: ${item.title}`,
        );
      assertNothingPrivate(await shadowText(page, 'event-list'), `event-list (${lang})`);
      await assertAccessible(page, `event-list (${lang})`);

      // The calendar link of the whole list is the CMS's .ics of the same query, and it holds no draft.
      const calendarHref = await page.$eval(
        'event-list',
        (element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="list-calendar-link"] a')!.href,
      );
      assert.ok(calendarHref.startsWith(`${cms.baseUrl}/api/kumppani/events.ics?`), calendarHref);
      const calendar = await fetch(calendarHref);
      assert.equal(calendar.status, 200);
      const ics = await calendar.text();
      // The file holds each event once, a series with its rule (its cancelled or moved dates are VEVENTs with
      // RECURRENCE-ID): as many as the list of one row per event.
      const series = (await cms.get(`events?locale=${lang}&pageSize=100&expand=false`)).json();
      const entries = ics.split('BEGIN:VEVENT').slice(1);
      assert.equal(entries.filter((entry) => !/^RECURRENCE-ID/m.test(entry)).length, series.meta.total, `${lang}: events.ics`);
      assertNothingPrivate(ics, `events.ics (${lang})`);
      assert.deepEqual(problems, []);
    }
  });

  it('blog-feed in Swedish skips a draft translation and a draft post, and links the feed', async () => {
    const api = (await cms.get('posts?locale=sv&pageSize=100')).json();
    assert.ok(api.data.length > 0, 'posts to show in Swedish');
    const { page, problems } = await show('sv', `<blog-feed api="${cms.baseUrl}" limit="100" layout="grid"></blog-feed>`);
    const titles = await cardTitles(page, 'blog-feed');
    // A post imported from a partner's feed links to the original, which its title tells screen readers.
    assert.deepEqual(
      titles,
      api.data.map((item: { title: string; source: object | null }) =>
        item.source ? `${item.title} (leder till partnerns webbplats)` : item.title,
      ),
    );
    assert.ok(
      api.data.some((item: { source: object | null }) => item.source),
      'the demo has syndicated posts',
    );
    assert.match(await shadowText(page, 'blog-feed'), /Källa: Vantaan A-kilta ry/);
    const text = await shadowText(page, 'blog-feed');
    assert.ok(!text.includes('Partnerskapsbordet samlar'), 'the Swedish translation of the Kumppanuuspöytä post is a draft');
    assertNothingPrivate(text, 'blog-feed (sv)');
    // The minified bundle keeps the spaces of inline text: "1 juni 2022 · Hyvinvointi ja terveys -blogi".
    const meta = await page.$eval('blog-feed', (element) =>
      element.shadowRoot!.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    assert.match(meta, /\d{4} · \S/, meta);
    const feedHref = await page.$eval(
      'blog-feed',
      (element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="feed-link"]')!.href,
    );
    const feed = await fetch(feedHref);
    assert.equal(feed.status, 200);
    assertNothingPrivate(await feed.text(), 'the feed linked from blog-feed');
    await assertAccessible(page, 'blog-feed (sv)');
    assert.deepEqual(problems, []);
  });

  it('programme-list shows the published programmes and not the draft', async () => {
    const api = (await cms.get('programmes?locale=fi&pageSize=100')).json();
    assert.ok(api.data.length > 0, 'published programmes to show');
    const { page, problems } = await show('fi', `<programme-list api="${cms.baseUrl}" limit="100"></programme-list>`);
    const titles = await cardTitles(page, 'programme-list');
    assert.deepEqual(
      titles,
      api.data.map((item: { name: string }) => item.name),
    );
    assert.ok(!titles.some((title) => title.startsWith('Luonnos')));
    assertNothingPrivate(await shadowText(page, 'programme-list'), 'programme-list');
    await assertAccessible(page, 'programme-list');
    assert.deepEqual(problems, []);
  });

  for (const element of ELEMENTS) {
    it(`the per-element file /kumppani/${element}.js works on its own`, async () => {
      const { page, problems } = await show('fi', `<${element} api="${cms.baseUrl}"></${element}>`, site, `${element}.js`);
      const defined = await page.evaluate((tags: string[]) => tags.filter((tag) => customElements.get(tag)), ELEMENTS);
      assert.deepEqual(defined, [element], 'it defines its own element and no other');
      assert.ok((await cardTitles(page, element)).length > 0, `${element} shows items`);
      assert.deepEqual(problems, []);
    });
  }

  // The plain two-line snippet on a dark site that sets no --kumppani-* colours: the widgets read the page's
  // background and take the dark scheme (widgets/src/shared/theme.ts), with results and with a CMS that fails.
  const DARK_PAGE = '<style>body { background: #121212; color: #eee }</style>';
  for (const lang of ['fi', 'sv', 'en']) {
    it(`the four lists on a dark page without theming pass axe in ${lang}, with results and in the error state`, async () => {
      const markup = (api: string) => DARK_PAGE + ELEMENTS.map((element) => `<${element} api="${api}"></${element}>`).join('\n');
      for (const [state, api, from] of [
        ['results', cms.baseUrl, site],
        ['error', 'http://127.0.0.1:9', otherSite],
      ] as const) {
        const { page } = await show(lang, markup(api), from);
        await assertAccessible(page, `the four lists on a dark page in ${lang}, ${state}`);
        const seen = await page.evaluate(
          (tags: string[]) =>
            tags.map((tag) => {
              const element = document.querySelector<HTMLElement>(tag)!;
              return `${tag}: ${element.dataset.scheme}, ${element.shadowRoot!.querySelector('[part~="error"]') ? 'error' : 'results'}`;
            }),
          ELEMENTS,
        );
        assert.deepEqual(
          seen,
          ELEMENTS.map((tag) => `${tag}: dark, ${state}`),
        );
      }
    });
  }

  it('a host that is not in the CORS allow-list is told so, on the page and (for its developer) in the console', async () => {
    const { page, problems } = await show(
      'fi',
      `<partner-directory api="${cms.baseUrl}" region="vantaa-kerava"></partner-directory>`,
      otherSite,
    );
    const error = await page.$eval('partner-directory', (element) => ({
      text: element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      retry: Boolean(element.shadowRoot!.querySelector('[part~="retry-button"]')),
      cards: element.shadowRoot!.querySelectorAll('[part~="card"]').length,
    }));
    assert.match(error.text, /Tämä sivusto ei saa näyttää näitä tietoja\./);
    assert.doesNotMatch(error.text, /Palveluun ei saatu yhteyttä/, 'not said to be an outage');
    assert.ok(error.retry);
    assert.equal(error.cards, 0);
    const diagnosis = problems.filter((problem) => problem.startsWith('console: [kumppani]'));
    assert.deepEqual(diagnosis, [`console: [kumppani] add ${otherSite.origin} to cors.origins (KUMPPANI_CORS_ORIGINS) of ${cms.baseUrl}`]);
    await assertAccessible(page, 'partner-directory error state');
  });

  it('shows a national organisation of the demo content as serving all of Finland, not its five collaborative areas', async () => {
    const { page } = await show(
      'sv',
      `<organisation-detail api="${cms.baseUrl}" slug="soste-suomen-sosiaali-ja-terveys-ry"></organisation-detail>`,
    );
    const text = await shadowText(page, 'organisation-detail');
    assert.match(text, /Hela Finland/);
    assert.doesNotMatch(text, /samarbetsområde/);
  });

  describe('fallback content inside the tags', () => {
    const FALLBACK = '<a href="/kumppanit.html">Katso kumppanihakemisto</a>';

    /**
     * A page whose widget script comes from `scriptSrc` (with `scriptAttributes`), with a link inside the tag;
     * waits until the script has loaded or failed.
     */
    async function withFallback(scriptSrc: string, scriptAttributes = '', before = ''): Promise<WatchedPage> {
      site.put('/kumppanit.html', hostPage({ lang: 'fi', title: 'Kumppanit', body: '<p>Koko hakemisto.</p>' }));
      const body = `${before}<script type="module" src="${scriptSrc}" ${scriptAttributes}></script>
<partner-directory api="${cms.baseUrl}">${FALLBACK}</partner-directory>`;
      const url = site.put(`/fallback-${pages.length}.html`, hostPage({ lang: 'fi', title: 'Kumppani', body }));
      const watched = await openPage(browser);
      pages.push(watched);
      await watched.page.goto(url, { waitUntil: 'networkidle0' });
      return watched;
    }

    /** A port nothing listens on: a server's, after it closed. */
    async function closedPort(): Promise<number> {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      await new Promise((resolve) => server.close(resolve));
      return port;
    }

    const fallbackBox = (page: Page) =>
      page.$eval('partner-directory > a', (link) => ({
        rects: link.getClientRects().length,
        defined: Boolean(customElements.get('partner-directory')),
      }));

    for (const [name, scriptSrc] of [
      ['answers 404', () => `${cms.baseUrl}/kumppani/ei-ole.js`],
      ['cannot be reached', async () => `http://127.0.0.1:${await closedPort()}/kumppani/kumppani.js`],
    ] as const) {
      it(`shows a link a reader can follow when the bundle ${name}`, async () => {
        const { page } = await withFallback(await scriptSrc());
        assert.deepEqual(await fallbackBox(page), { rects: 1, defined: false });
        await Promise.all([page.waitForNavigation(), page.click('partner-directory > a')]);
        assert.equal(page.url(), `${site.origin}/kumppanit.html`);
      });
    }

    it("loads an element's own file pinned by its hash from integrity.json, and not a file whose hash differs", async () => {
      const integrity = JSON.parse(readFileSync(path.join(REPO_ROOT, 'widgets', 'dist', 'cdn', 'integrity.json'), 'utf8'));
      const pinned = (hash: string) =>
        withFallback(`${cms.baseUrl}/kumppani/partner-directory.js`, `integrity="${hash}" crossorigin="anonymous"`);
      const { page } = await pinned(integrity['partner-directory.js']);
      await widgetsSettled(page);
      assert.deepEqual(await fallbackBox(page), { rects: 0, defined: true });
      const tampered = await pinned(integrity['event-list.js']);
      assert.deepEqual(await fallbackBox(tampered.page), { rects: 1, defined: false });
      assert.ok(
        tampered.problems.some((problem) => /integrity/i.test(problem)),
        tampered.problems.join('; '),
      );
    });

    it('pins the JSON-LD builders the element imports after its first render with modulepreload, and runs none whose hash differs', async () => {
      const integrity: Record<string, string> = JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'widgets', 'dist', 'cdn', 'integrity.json'), 'utf8'),
      );
      const chunk = Object.keys(integrity).find((file) => file.startsWith('chunks/structured-data-organisation-'));
      assert.ok(chunk, "integrity.json lists the directory's structured data chunk");
      const pinned = (hash: string) =>
        withFallback(
          `${cms.baseUrl}/kumppani/partner-directory.js`,
          `integrity="${integrity['partner-directory.js']}" crossorigin="anonymous"`,
          `<link rel="modulepreload" href="${cms.baseUrl}/kumppani/${chunk}" integrity="${hash}" crossorigin="anonymous">`,
        );
      const jsonLd = (page: Page) =>
        page.$$eval('partner-directory > script[type="application/ld+json"]', (scripts) =>
          scripts.map((script) => JSON.parse(script.textContent!)['@type']),
        );
      const { page } = await pinned(integrity[chunk]!);
      await widgetsSettled(page);
      await page.waitForFunction(() => document.querySelector('partner-directory > script[type="application/ld+json"]'));
      assert.deepEqual(await jsonLd(page), ['ItemList']);
      const tampered = await pinned(integrity['partner-directory.js']!);
      await widgetsSettled(tampered.page);
      await tampered.page.waitForNetworkIdle();
      assert.ok((await cardTitles(tampered.page, 'partner-directory')).length > 0, 'the list shows without its JSON-LD');
      assert.deepEqual(await jsonLd(tampered.page), []);
      assert.ok(
        tampered.problems.some((problem) => /integrity/i.test(problem)),
        tampered.problems.join('; '),
      );
    });

    it('hides the link once the bundle has loaded', async () => {
      const { page } = await withFallback(`${cms.baseUrl}/kumppani/kumppani.js`);
      await widgetsSettled(page);
      assert.deepEqual(await fallbackBox(page), { rects: 0, defined: true });
      assert.ok((await cardTitles(page, 'partner-directory')).length > 0);
    });
  });
});
