/**
 * "Fetch now" in the Content Manager's edit view of a partner feed, in Chromium: the action imports the feed at
 * once and says in a notification what the run did; the source's status is recorded.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { seededCms, type SeededCms } from '../helpers/api';
import { launchBrowser, logIn, openPage } from '../helpers/browser';
import { APP_DIR } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureAdminBuild } = require(path.join(APP_DIR, 'scripts', 'admin-build.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_ADMIN_DEFAULTS } = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));

const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Kumppani</title><link>https://kumppani.example.org/</link><description>D</description>' +
  '<item><title>Haettu heti</title><link>https://kumppani.example.org/haettu-heti</link><guid>haettu-heti</guid>' +
  '<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate><description>Tiivistelmä</description></item></channel></rss>';

describe('"Fetch now" of a partner feed in the Strapi admin', () => {
  let cms: SeededCms;
  let browser: Browser;
  let page: Page;
  let feedServer: http.Server;

  before(async () => {
    ensureAdminBuild({ log: () => {} });
    feedServer = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS));
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    cms = await seededCms({
      admin: true,
      env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_FEED_IMPORT: 'off', KUMPPANI_FEED_ALLOWED_ADDRESSES: '127.0.0.1' },
    });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, { width: 1440, height: 1000 }));
  });
  after(async () => {
    await browser?.close();
    await cms?.close();
    await new Promise((resolve) => feedServer?.close(resolve));
  });

  it('imports the feed at once and says what it did', async () => {
    const sources = cms.strapi.db.query('plugin::kumppani.feed-source' as never);
    const { documentId } = (await sources.findOne({ select: ['documentId'] })) as { documentId: string };
    await sources.update({
      where: { documentId },
      data: { feedUrl: `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml` },
    });

    await logIn(page, cms.baseUrl, DEMO_ADMIN_DEFAULTS);
    await page.goto(`${cms.baseUrl}/admin/content-manager/collection-types/plugin::kumppani.feed-source/${documentId}`);
    const button = await page.waitForFunction(
      () => [...document.querySelectorAll('button')].find((node) => node.textContent?.trim() === 'Fetch now'),
      { timeout: 60_000 },
    );
    await (button as unknown as { click(): Promise<void> }).click();
    await page.waitForFunction(() => document.body.textContent?.includes('Fetched: 1 new, 0 updated posts.'), { timeout: 30_000 });

    const source = (await sources.findOne({ where: { documentId } })) as Record<string, unknown>;
    assert.equal(source.lastError, null);
    assert.equal(source.itemCount, 1);
    const posts = (await cms.strapi.db
      .query('plugin::kumppani.post' as never)
      .findMany({ where: { feedSource: { documentId }, title: 'Haettu heti' } })) as unknown[];
    assert.ok(posts.length > 0, 'the post was imported');
  });
});
