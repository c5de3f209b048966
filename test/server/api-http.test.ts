/**
 * HTTP behaviour of the public API: validators and 304s, freshness after an editor publishes, agreement
 * between two Strapi processes on one database, CORS, rate limits, config validation, and hostile input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pluginConfig from '../../cms/server/src/config';
import { seededCms, type SeededCms } from '../helpers/api';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';

const LIST_ROUTES = ['organisations', 'programmes', 'events', 'posts', 'events.ics', 'feeds/posts.rss', 'feeds/posts.atom', 'feeds/posts.json'];

describe('HTTP behaviour', () => {
  let cms: SeededCms;
  before(async () => { cms = await seededCms(); });
  after(async () => { await cms?.close(); });

  describe('caching', () => {
    it('sends a strong ETag, Last-Modified and Cache-Control, and 304 to a matching If-None-Match', async () => {
      for (const route of LIST_ROUTES) {
        const first = await cms.get(route);
        const etag = first.headers.get('etag')!;
        assert.match(etag, /^"[A-Za-z0-9_-]+"$/, `${route}: strong ETag`);
        assert.ok(first.headers.get('last-modified'), route);
        assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
        const again = await cms.get(route, { 'If-None-Match': etag });
        assert.equal(again.status, 304, route);
        assert.equal(again.text, '');
        assert.equal((await cms.get(route, { 'If-None-Match': '"something-else"' })).status, 200);
        assert.equal((await cms.get(route, { 'If-Modified-Since': first.headers.get('last-modified')! })).status, 304);
      }
    });

    it('shows an editor’s published change on the next request', async () => {
      const before = await cms.get('organisations/vantaan-a-kilta-ry');
      const documents = cms.strapi.documents('plugin::kumppani.organisation' as never) as unknown as {
        findFirst(params: unknown): Promise<{ documentId: string }>;
        update(params: unknown): Promise<unknown>;
        publish(params: unknown): Promise<unknown>;
      };
      const organisation = await documents.findFirst({ filters: { slug: 'vantaan-a-kilta-ry' }, locale: 'fi' });
      await documents.update({ documentId: organisation.documentId, locale: 'fi', data: { description: 'Päivitetty kuvaus: vertaistukea joka arkipäivä.' } });
      const draftOnly = await cms.get('organisations/vantaan-a-kilta-ry', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(draftOnly.status, 304, 'a saved draft changes nothing public');
      await documents.publish({ documentId: organisation.documentId, locale: 'fi' });
      const after = await cms.get('organisations/vantaan-a-kilta-ry', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(after.status, 200);
      assert.equal(after.json().data.description, 'Päivitetty kuvaus: vertaistukea joka arkipäivä.');
      assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
      const search = (await cms.get('organisations?q=arkipaiva')).json().data;
      assert.deepEqual(search.map((org: { slug: string }) => org.slug), ['vantaan-a-kilta-ry'], 'the search index follows the edit');
    });

    it('notices unpublishing and deletion too', async () => {
      const documents = cms.strapi.documents('plugin::kumppani.event' as never) as unknown as { findFirst(params: unknown): Promise<{ documentId: string; slug: string }>; unpublish(params: unknown): Promise<unknown> };
      const listed = (await cms.get('events?pageSize=100')).json().data;
      const target = listed[listed.length - 1];
      const before = await cms.get('events?pageSize=100');
      await documents.unpublish({ documentId: target.id, locale: '*' });
      const after = await cms.get('events?pageSize=100', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(after.status, 200);
      assert.ok(!after.json().data.some((event: { id: string }) => event.id === target.id));
      assert.equal((await cms.get(`events/${target.slug}`)).status, 404);
    });
  });

  describe('several Strapi processes on one database', () => {
    let second: SecondInstance;
    before(async () => { second = await startSecondInstance(); });
    after(async () => { await second?.stop(); });

    it('agree on bodies and ETags, and both see a change made through either', async () => {
      const route = '/api/kumppani/posts?pageSize=5';
      const fromFirst = await cms.get(route);
      const fromSecond = await fetch(`${second.baseUrl}${route}`);
      assert.equal(fromSecond.headers.get('etag'), fromFirst.headers.get('etag'));
      // Both processes have the response cached now; an edit made in the first one must reach the second.
      const documents = cms.strapi.documents('plugin::kumppani.post' as never) as unknown as { findFirst(params: unknown): Promise<{ documentId: string }>; update(params: unknown): Promise<unknown>; publish(params: unknown): Promise<unknown> };
      const newest = fromFirst.json().data[0];
      await documents.update({ documentId: newest.id, locale: 'fi', data: { title: `${newest.title} (päivitetty)` } });
      await documents.publish({ documentId: newest.id, locale: 'fi' });
      const secondAfter = await fetch(`${second.baseUrl}${route}`, { headers: { 'If-None-Match': fromFirst.headers.get('etag')! } });
      assert.equal(secondAfter.status, 200);
      assert.equal(((await secondAfter.json()) as { data: { title: string }[] }).data[0].title, `${newest.title} (päivitetty)`);
    });
  });

  describe('CORS', () => {
    it('lets allowed origins read responses and keeps others out', async () => {
      const allowed = await cms.get('organisations?pageSize=1', { Origin: 'http://localhost:8000' });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:8000');
      assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/);
      assert.match(allowed.headers.get('vary') ?? '', /Origin/);
      const other = await cms.get('organisations?pageSize=1', { Origin: 'https://evil.example' });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      assert.equal(other.headers.get('access-control-allow-credentials'), null);
    });

    it('answers preflights for allowed origins only', async () => {
      const preflight = (origin: string) => fetch(`${cms.baseUrl}/api/kumppani/events`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
      const ok = await preflight('http://127.0.0.1:8000');
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');
      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.match(await refused.text(), /not in the kumppani cors.origins allow-list/);
    });
  });

  describe('rate limit', () => {
    let limited: SecondInstance;
    before(async () => { limited = await startSecondInstance({ KUMPPANI_RATE_LIMIT: '3' }); });
    after(async () => { await limited?.stop(); });

    it('answers 429 with Retry-After once a client has used its budget', async () => {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let index = 0; index < 5; index += 1) {
        last = await fetch(`${limited.baseUrl}/api/kumppani/organisations?pageSize=1`);
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      assert.ok(Number(last!.headers.get('retry-after')) >= 1);
      const problem = (await last!.json()) as { type: string; status: number };
      assert.equal(problem.status, 429);
      assert.match(problem.type, /too-many-requests$/);
    });
  });

  describe('plugin config', () => {
    it('is checked at start-up with messages that name the setting', () => {
      assert.doesNotThrow(() => pluginConfig.validator({ cors: { origins: ['https://www.vakehyva.fi'] }, rateLimit: { points: 100, durationSeconds: 60 } }));
      assert.throws(() => pluginConfig.validator({ cors: { origins: ['https://www.vakehyva.fi/'] } }), /must be an origin[\s\S]*cors\.origins/);
      assert.throws(() => pluginConfig.validator({ rateLimit: { points: 0, durationSeconds: 60 } }), /rateLimit/);
      assert.throws(() => pluginConfig.validator({ cacheMaxAge: 'soon' }), /cacheMaxAge/);
      assert.throws(() => pluginConfig.validator({ corss: {} }), /corss/);
    });
  });

  describe('hostile input', () => {
    const HOSTILE_QUERIES = [
      "q=' OR 1=1 --",
      'q=%25%25%25',
      'q=_',
      'q=%5C',
      `q=${'x'.repeat(10_240)}`,
      'q=%00',
      'q=%F0%9D%93%A4%F0%9D%93%B7%E2%80%AE',
      'q=a&q=b',
      'q[$ne]=1',
      "region=';drop table kumppani_organisations;--",
      `region=${Array.from({ length: 40 }, (_, index) => `r${index}`).join(',')}`,
      'region[$eq]=helsinki',
      'filters[name][$contains]=a',
      'populate=*',
      'pagination[pageSize]=1000',
      'pageSize=-1',
      'pageSize=1e309',
      'pageSize=100000',
      'page=0',
      'page=999999999999999999999',
      'locale=de',
      'locale[]=fi',
      'start=2026-13-45',
      'start=yesterday',
      'free=maybe',
      'sort=-name',
      '__proto__[polluted]=1',
      'constructor[prototype][polluted]=1',
      'tag=%C3%84%C3%84%C3%84%20DROP',
      'blog=../../etc/passwd',
    ];

    it('never answers a list route with a 500', async () => {
      for (const route of LIST_ROUTES) {
        for (const query of HOSTILE_QUERIES) {
          const response = await cms.get(`${route}?${query}`);
          assert.ok([200, 400].includes(response.status), `${route}?${query.slice(0, 80)} → ${response.status} ${response.text.slice(0, 200)}`);
          if (response.status === 400) assert.ok(response.json().invalidParams.length > 0, `${route}?${query.slice(0, 80)} names the parameter`);
        }
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    });

    it('rejects what is malformed with 400 naming the parameter', async () => {
      const expectations: [string, string][] = [
        ['organisations?pageSize=1000', 'pageSize'],
        ['organisations?locale=de', 'locale'],
        ['organisations?q=a&q=b', 'q'],
        [`organisations?q=${'x'.repeat(10_240)}`, 'q'],
        ['organisations?filters[name][$contains]=a', 'filters'],
        ['events?start=2026-13-45', 'start'],
        ['events?free=maybe', 'free'],
        ['posts?page=0', 'page'],
        ['feeds/posts.rss?limit=500', 'limit'],
      ];
      for (const [path, parameter] of expectations) {
        const response = await cms.get(path);
        assert.equal(response.status, 400, path);
        assert.ok(response.json().invalidParams.some((param: { name: string }) => param.name === parameter), `${path} names ${parameter}: ${response.text}`);
      }
    });

    it('answers odd slugs on detail routes with 404 or 400, never 500', async () => {
      for (const route of ['organisations', 'programmes', 'events', 'posts']) {
        for (const slug of ["'%20OR%201=1", '%00', 'x'.repeat(5000), '%E2%80%AE', '..%2F..%2Fetc']) {
          const response = await cms.get(`${route}/${slug}`);
          assert.ok([400, 404].includes(response.status), `${route}/${slug.slice(0, 40)} → ${response.status}`);
        }
      }
      assert.equal((await cms.get('events/%27.ics')).status, 404);
    });
  });
});
