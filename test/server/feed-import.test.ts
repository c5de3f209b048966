/**
 * Partners' feeds imported as posts, wired end to end against a local feed server: RSS, Atom and JSON Feed
 * become posts of the source's blog, published or held as drafts; the public API names their source and links
 * to the original; a second run is a conditional request (304) that changes nothing; an updated item updates its
 * post, a removed item keeps it, a repeated item makes one post; a broken, hostile, huge or slow feed, or a
 * redirect to a private address, is recorded on its source and keeps no other source from being imported; "Fetch
 * now" is for admins who may update feed sources.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PLUGIN_ID, postList, type FeedSourceStatus } from '@kumppani/contract';
import { FEED_IMPORT_CRON_TASK, type FeedImportService } from '../../cms/server/src/feed-import/feed-import-service';
import { adminToken } from '../helpers/api';
import { bootCms, type TestCms } from '../helpers/strapi';

type Docs = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
};
type ValidationFailure = { name: string; details?: { errors?: { path: string[]; message: string }[] } };

const ADMIN = { email: 'demo@kumppani.example', password: 'Kumppani-demo-2026' };
const READER = { email: 'lukija@kumppani.example', password: 'Lukija-ilman-oikeuksia-1' };

/** What the feed server serves, by path; tests change it between runs. */
interface Served {
  body: string | (() => string);
  type: string;
  etag?: string;
  status?: number;
  location?: string;
  /** Send the head and part of the body, then nothing more. */
  stall?: boolean;
}

const rssItem = (guid: string, title: string, text: string, date = 'Mon, 02 Nov 2026 10:00:00 GMT') =>
  `<item><title>${title}</title><link>https://kumppani.example.org/blogi/${guid}</link><guid isPermaLink="false">tag:kumppani.example.org,2026:${guid}</guid>` +
  `<pubDate>${date}</pubDate><description><![CDATA[<p>${text}</p>]]></description>` +
  `<content:encoded><![CDATA[<p>${text}</p><p>Koko <strong>teksti</strong>.</p><script>alert(1)</script>]]></content:encoded></item>`;
const rss = (...items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` +
  `<title>Kumppanin blogi</title><link>https://kumppani.example.org/</link><description>D</description>${items.join('')}</channel></rss>`;
const ATOM =
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-blogi</title>` +
  `<id>urn:uuid:atom-feed</id><updated>2026-11-03T09:00:00Z</updated><link href="https://atom.example.org/"/>` +
  `<entry><title>Atomin kirjoitus</title><id>urn:uuid:atom-1</id><link href="https://atom.example.org/kirjoitus"/>` +
  `<published>2026-11-03T09:00:00Z</published><updated>2026-11-03T09:00:00Z</updated><summary>Atomin tiivistelmä</summary></entry></feed>`;
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON-blogi',
  home_page_url: 'https://json.example.org/',
  items: [
    {
      id: 'json-1',
      url: 'https://json.example.org/kirjoitus',
      title: 'JSON-kirjoitus',
      content_html: '<h2>Väliotsikko</h2><p>JSON-syötteen <a href="/linkki">koko teksti</a>.</p>',
      date_published: '2026-11-04T08:00:00Z',
    },
  ],
});

describe('partner feed import', () => {
  let cms: TestCms;
  let feedServer: http.Server;
  let feedBase = '';
  const served = new Map<string, Served>();
  const requests: { path: string; ifNoneMatch?: string }[] = [];
  const docs = (name: string) => cms.strapi.documents(`plugin::${PLUGIN_ID}.${name}` as never) as unknown as Docs;
  const feedImport = () => cms.strapi.plugin(PLUGIN_ID).service('feed-import') as FeedImportService;
  const blogSlug = 'kumppaniblogit';
  let blogId = '';
  let partnerId = '';

  before(async () => {
    feedServer = http.createServer((request, response) => {
      const entry = served.get(request.url ?? '');
      requests.push({ path: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] as string | undefined });
      if (!entry) return response.writeHead(404).end();
      if (entry.location) return response.writeHead(entry.status ?? 302, { location: entry.location }).end();
      if (entry.etag && request.headers['if-none-match'] === entry.etag) return response.writeHead(304, { etag: entry.etag }).end();
      const body = typeof entry.body === 'function' ? entry.body() : entry.body;
      response.writeHead(entry.status ?? 200, { 'content-type': entry.type, ...(entry.etag ? { etag: entry.etag } : {}) });
      if (entry.stall) response.write(body.slice(0, 20));
      else response.end(body);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
    cms = await bootCms({
      http: true,
      env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_FEED_IMPORT: 'off', KUMPPANI_FEED_ALLOWED_ADDRESSES: '127.0.0.1' },
    });
    // Small limits, so that the huge and the slow feed fail quickly.
    cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.limits.maxBytes`, 100_000);
    cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.limits.timeoutMs`, 1_500);
    const partner = await docs('organisation').create({
      locale: 'fi',
      data: { name: 'Kumppaniyhdistys ry', slug: 'kumppaniyhdistys', kind: 'association', website: 'https://kumppani.example.org/' },
    });
    partnerId = partner.documentId;
    await docs('organisation').publish({ documentId: partnerId, locale: 'fi' });
    blogId = (await docs('blog').create({ data: { name: 'Kumppaneiden blogit', slug: blogSlug } })).documentId;
    const role = await cms.strapi.service('admin::role').create({ name: 'Lukija', description: 'No permissions' });
    await cms.strapi.service('admin::user').create({ ...READER, firstname: 'Lauri', lastname: 'Lukija', isActive: true, roles: [role.id] });
  });
  after(async () => {
    await cms?.close();
    feedServer?.closeAllConnections();
    await new Promise((resolve) => feedServer?.close(resolve));
  });

  const source = async (name: string, path: string, extra: Record<string, unknown> = {}) =>
    (
      await docs('feed-source').create({
        data: { name, feedUrl: `${feedBase}${path}`, blog: blogId, organisation: partnerId, publishMode: 'publish', ...extra },
      })
    ).documentId;
  const sourceRow = (documentId: string) =>
    cms.strapi.db.query(`plugin::${PLUGIN_ID}.feed-source` as never).findOne({ where: { documentId } }) as Promise<Record<string, unknown>>;
  const postsOf = async (documentId: string) =>
    (await cms.strapi.db.query(`plugin::${PLUGIN_ID}.post` as never).findMany({
      where: { feedSource: { documentId } },
      orderBy: { id: 'asc' },
    })) as Record<string, unknown>[];
  const publicPosts = async (query = '') => {
    const response = await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/posts?blog=${blogSlug}&pageSize=50${query}`);
    assert.equal(response.status, 200);
    return postList.parse(await response.json()).data;
  };

  it('refuses a feed address that is not a web address, naming the field', async () => {
    await assert.rejects(
      docs('feed-source').create({ data: { name: 'Rikki', feedUrl: 'ftp://example.org/feed' } }),
      (error: ValidationFailure) => {
        assert.equal(error.name, 'ValidationError');
        assert.ok(error.details?.errors?.some((problem) => problem.path.join('.') === 'feedUrl'));
        return true;
      },
    );
  });

  let rssSource = '';
  it('imports RSS as published posts that name their source and link to the original', async () => {
    served.set('/rss.xml', {
      type: 'application/rss+xml',
      etag: '"v1"',
      body: rss(rssItem('a-1', 'Ensimmäinen kirjoitus', 'Tiivistelmä yksi'), rssItem('a-2', 'Toinen kirjoitus', 'Tiivistelmä kaksi')),
    });
    rssSource = await source('Kumppanin RSS', '/rss.xml');
    const status = await feedImport().importSource(rssSource);
    assert.equal(status.lastError, null);
    assert.deepEqual(status.result, { notModified: false, created: 2, updated: 0, unchanged: 0 });
    const row = await sourceRow(rssSource);
    assert.equal(row.itemCount, 2);
    assert.ok(row.lastSuccessAt);
    assert.equal(row.etag, '"v1"');

    const posts = await publicPosts();
    const first = posts.find((post) => post.title === 'Ensimmäinen kirjoitus');
    assert.ok(first, JSON.stringify(posts));
    assert.equal(first.canonicalUrl, 'https://kumppani.example.org/blogi/a-1');
    assert.equal(first.url, 'https://kumppani.example.org/blogi/a-1');
    assert.deepEqual(first.source, { name: 'Kumppaniyhdistys ry', url: 'https://kumppani.example.org/' });
    assert.equal(first.lead, 'Tiivistelmä yksi');
    assert.equal(first.blog?.slug, blogSlug);
    assert.equal(first.publishedDate, '2026-11-02T10:00:00.000Z');
    // No full text unless the source keeps it.
    const detail = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/posts/${first.slug}`)).json();
    assert.equal(detail.data.bodyHtml, '');
    // Nothing private of the import leaves the CMS.
    const text = JSON.stringify(posts) + JSON.stringify(detail);
    for (const secret of ['tag:kumppani', 'sourceItemKey', 'sourceFingerprint', '"v1"', 'lastError', 'etag'])
      assert.ok(!text.includes(secret), secret);
    assert.ok(!text.includes(feedBase), 'the feed address is not shown');
  });

  it('filters posts by syndicated=true|false', async () => {
    const own = await docs('post').create({
      locale: 'fi',
      data: { title: 'Oma kirjoitus', slug: 'oma-kirjoitus', blog: blogId, publishedDate: '2026-10-01T10:00:00.000Z' },
    });
    await docs('post').publish({ documentId: own.documentId, locale: 'fi' });
    const all = await publicPosts();
    const syndicated = await publicPosts('&syndicated=true');
    const notSyndicated = await publicPosts('&syndicated=false');
    assert.deepEqual(
      notSyndicated.map((post) => post.title),
      ['Oma kirjoitus'],
    );
    assert.equal(notSyndicated[0].source, null);
    assert.deepEqual(syndicated.map((post) => post.title).sort(), ['Ensimmäinen kirjoitus', 'Toinen kirjoitus']);
    assert.equal(all.length, 3);
  });

  it('asks again with the ETag, and a 304 changes nothing but the fetch times', async () => {
    const before = await postsOf(rssSource);
    requests.length = 0;
    const status = await feedImport().importSource(rssSource);
    assert.deepEqual(requests, [{ path: '/rss.xml', ifNoneMatch: '"v1"' }]);
    assert.equal(status.result?.notModified, true);
    assert.equal(status.lastError, null);
    assert.deepEqual(
      (await postsOf(rssSource)).map((post) => [post.id, post.updatedAt]),
      before.map((post) => [post.id, post.updatedAt]),
    );
  });

  it('updates the post of an updated item, keeps the post of a removed one, and takes a repeated item once', async () => {
    served.set('/rss.xml', {
      type: 'application/rss+xml',
      etag: '"v2"',
      body: rss(
        rssItem('a-1', 'Ensimmäinen kirjoitus, korjattu', 'Uusi tiivistelmä'),
        rssItem('a-3', 'Kolmas', 'K'),
        rssItem('a-3', 'Kolmas', 'K'),
      ),
    });
    const status = await feedImport().importSource(rssSource);
    assert.deepEqual(status.result, { notModified: false, created: 1, updated: 1, unchanged: 0 });
    const titles = (await publicPosts('&syndicated=true')).map((post) => post.title).sort();
    assert.deepEqual(titles, ['Ensimmäinen kirjoitus, korjattu', 'Kolmas', 'Toinen kirjoitus']);
    const drafts = (await postsOf(rssSource)).filter((post) => !post.publishedAt);
    assert.equal(drafts.length, 3, 'one post per item');
    assert.equal((await sourceRow(rssSource)).itemCount, 2);
  });

  it('keeps a draft-mode source’s posts out of every public endpoint', async () => {
    served.set('/atom.xml', { type: 'application/atom+xml', body: ATOM });
    const atomSource = await source('Atom-kumppani', '/atom.xml', { publishMode: 'draft' });
    const status = await feedImport().importSource(atomSource);
    assert.equal(status.lastError, null);
    const rows = await postsOf(atomSource);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].publishedAt, null);
    assert.equal(rows[0].title, 'Atomin kirjoitus');
    assert.equal(rows[0].lead, 'Atomin tiivistelmä');
    for (const path of [`posts?blog=${blogSlug}`, `posts/${rows[0].slug}`, 'feeds/posts.rss', 'feeds/posts.atom', 'feeds/posts.json']) {
      const text = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/${path}`)).text();
      assert.ok(!text.includes('Atomin kirjoitus'), path);
    }
  });

  it('keeps the full text of a JSON Feed source that asks for it, as safe blocks', async () => {
    served.set('/feed.json', { type: 'application/feed+json', body: JSON_FEED });
    const jsonSource = await source('JSON-kumppani', '/feed.json', { fullText: true, organisation: null });
    const status = await feedImport().importSource(jsonSource);
    assert.equal(status.lastError, null);
    const post = (await publicPosts('&syndicated=true')).find((item) => item.title === 'JSON-kirjoitus');
    assert.ok(post);
    assert.deepEqual(post.source, { name: 'JSON-kumppani', url: feedBase }, 'without a partner, the source names itself');
    const detail = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/posts/${post.slug}`)).json();
    assert.equal(
      detail.data.bodyHtml,
      '<h2>Väliotsikko</h2><p>JSON-syötteen <a href="https://json.example.org/linkki">koko teksti</a>.</p>',
    );
  });

  it('names the source and links to the original in the RSS, Atom and JSON feeds', async () => {
    const rssText = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/feeds/posts.rss?blog=${blogSlug}`)).text();
    assert.match(rssText, /<link>https:\/\/kumppani\.example\.org\/blogi\/a-1<\/link>/);
    assert.match(rssText, /<source url="[^"]+">Kumppaniyhdistys ry<\/source>/);
    const atomText = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/feeds/posts.atom?blog=${blogSlug}`)).text();
    assert.match(atomText, /<link href="https:\/\/kumppani\.example\.org\/" rel="via"/);
    const json = await (await fetch(`${cms.baseUrl}/api/${PLUGIN_ID}/feeds/posts.json?blog=${blogSlug}`)).json();
    const item = json.items.find((entry: { title: string }) => entry.title === 'Kolmas');
    assert.equal(item.url, 'https://kumppani.example.org/blogi/a-3');
    assert.deepEqual(item._kumppani.source, { name: 'Kumppaniyhdistys ry', url: 'https://kumppani.example.org/' });
  });

  it('records a broken, hostile, huge or slow feed on its source, and imports the others', async () => {
    served.set('/malformed.xml', { type: 'application/rss+xml', body: '<rss version="2.0"><channel><title>Rikki</channel>' });
    served.set('/bomb.xml', {
      type: 'application/rss+xml',
      body:
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
        '<rss version="2.0"><channel><title>&lol2;</title></channel></rss>',
    });
    served.set('/huge.xml', { type: 'application/rss+xml', body: () => rss(rssItem('h', 'Iso', 'x'.repeat(200_000))) });
    served.set('/slow.xml', { type: 'application/rss+xml', body: rss(rssItem('s', 'Hidas', 'S')), stall: true });
    served.set('/redirect.xml', { type: 'text/plain', body: '', status: 302, location: 'http://169.254.169.254/latest/meta-data/' });
    served.set('/later.xml', { type: 'application/rss+xml', body: rss(rssItem('l-1', 'Myöhempi lähde', 'L')) });
    const broken = {
      malformed: await source('Rikki', '/malformed.xml'),
      bomb: await source('Pommi', '/bomb.xml'),
      huge: await source('Iso', '/huge.xml'),
      slow: await source('Hidas', '/slow.xml'),
      redirect: await source('Uudelleenohjaus', '/redirect.xml'),
    };
    const later = await source('Myöhempi', '/later.xml');
    const inactive = await source('Pois päältä', '/later.xml', { active: false });

    const statuses = (await feedImport().importAll()) ?? [];
    const byId = new Map(statuses.map((status: FeedSourceStatus) => [status.documentId, status]));
    assert.match(byId.get(broken.malformed)?.lastError ?? '', /could not be read/);
    assert.match(byId.get(broken.bomb)?.lastError ?? '', /entit/i);
    assert.match(byId.get(broken.huge)?.lastError ?? '', /too-large/);
    assert.match(byId.get(broken.slow)?.lastError ?? '', /timeout/);
    assert.match(byId.get(broken.redirect)?.lastError ?? '', /address.*169\.254\.169\.254/);
    for (const documentId of Object.values(broken)) {
      const row = await sourceRow(documentId);
      assert.ok(row.lastError, 'the error is kept for editors');
      assert.ok(row.lastFetchedAt);
      assert.equal(row.lastSuccessAt, null);
      assert.deepEqual(await postsOf(documentId), []);
    }
    assert.equal(byId.get(later)?.lastError, null);
    assert.equal((await postsOf(later)).length, 2, 'the source after the broken ones was imported (draft and published rows)');
    assert.ok(!byId.has(inactive), 'an inactive source is not fetched');
    assert.equal((await sourceRow(inactive)).lastFetchedAt, null);

    // Once fixed, a source's error is cleared.
    served.set('/malformed.xml', { type: 'application/rss+xml', body: rss(rssItem('m-1', 'Korjattu', 'K')) });
    const fixed = await feedImport().importSource(broken.malformed);
    assert.equal(fixed.lastError, null);
    assert.equal((await sourceRow(broken.malformed)).lastError, null);
  });

  it('schedules the import with Strapi cron when enabled, fetching only the sources that are due', async () => {
    const jobs = () => (cms.strapi.cron.jobs as { name: string | null }[]).filter((job) => job.name === FEED_IMPORT_CRON_TASK);
    assert.equal(jobs().length, 0, 'KUMPPANI_FEED_IMPORT=off schedules nothing');
    cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.enabled`, true);
    try {
      feedImport().schedule();
      assert.equal(jobs().length, 1);
    } finally {
      cms.strapi.cron.remove(FEED_IMPORT_CRON_TASK);
      cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.enabled`, false);
    }
    // Every active source was fetched moments ago: none is due. A new one, never fetched, is.
    served.set('/new.xml', { type: 'application/rss+xml', body: rss(rssItem('n-1', 'Uusi lähde', 'U')) });
    const fresh = await source('Uusi', '/new.xml');
    requests.length = 0;
    const statuses = (await feedImport().importAll({ dueOnly: true })) ?? [];
    assert.deepEqual(
      statuses.map((status) => status.documentId),
      [fresh],
    );
    assert.deepEqual(
      requests.map((request) => request.path),
      ['/new.xml'],
    );
  });

  it('does not start a second run of a source, or of all sources, while one is under way', async () => {
    const [first, second] = await Promise.all([feedImport().importSource(rssSource), feedImport().importSource(rssSource)]);
    assert.equal(first, second, 'the second caller gets the same run');
    const runs = await Promise.all([feedImport().importAll(), feedImport().importAll()]);
    assert.ok(runs.filter((run) => run === null).length === 1, 'one of two overlapping runs of all is skipped');
  });

  it('refuses a loopback feed unless the configuration allows its address', async () => {
    const allowed = cms.strapi.config.get(`plugin::${PLUGIN_ID}.feedImport.allowedPrivateAddresses`);
    cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.allowedPrivateAddresses`, []);
    try {
      const status = await feedImport().importSource(rssSource);
      assert.match(status.lastError ?? '', /address/);
    } finally {
      cms.strapi.config.set(`plugin::${PLUGIN_ID}.feedImport.allowedPrivateAddresses`, allowed);
    }
  });

  it('fetches a source now for an admin who may update feed sources, and for no one else', async () => {
    const fetchNow = (documentId: string, token?: string) =>
      fetch(`${cms.baseUrl}/${PLUGIN_ID}/feed-sources/${documentId}/fetch`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    assert.equal((await fetchNow(rssSource)).status, 401);
    assert.equal((await fetchNow(rssSource, await adminToken(cms, READER))).status, 403);
    const token = await adminToken(cms, ADMIN);
    assert.equal((await fetchNow('no-such-source', token)).status, 404);
    const response = await fetchNow(rssSource, token);
    assert.equal(response.status, 200);
    const status = (await response.json()) as FeedSourceStatus;
    assert.equal(status.documentId, rssSource);
    assert.equal(status.lastError, null);
    assert.equal(status.itemCount, 2);
  });
});
