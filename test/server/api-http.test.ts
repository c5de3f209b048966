/**
 * HTTP behaviour of the public API: validators and 304s, freshness after an editor publishes, agreement
 * between two Strapi processes on one database, CORS, rate limits, config validation, and hostile input.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { EventSummary } from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';
import { UID } from '../../cms/server/src/content-types/uids';
import { RATE_LIMIT_TABLE } from '../../cms/server/src/public-api/guard-middleware';
import { MEDIA_FILE_UID } from '../../cms/server/src/read-model/tables';
import { DATA_VERSIONS_TABLE, installDataVersions } from '../../cms/server/src/read-model/versions';
import { clock, readModels, responseCache } from '../helpers/strapi';

const LIST_ROUTES = [
  'organisations',
  'programmes',
  'events',
  'posts',
  'events.ics',
  'feeds/posts.rss',
  'feeds/posts.atom',
  'feeds/posts.json',
];

describe('HTTP behaviour', () => {
  let cms: SeededCms;
  before(async () => {
    cms = await seededCms();
  });
  after(async () => {
    await cms?.close();
  });

  describe('caching', () => {
    it('sends a strong ETag, Last-Modified and Cache-Control, and 304 to a matching If-None-Match', async () => {
      for (const route of LIST_ROUTES) {
        const first = await cms.get(route);
        const etag = first.headers.get('etag')!;
        assert.match(etag, /^"[A-Za-z0-9_-]+"$/, `${route}: strong ETag`);
        assert.ok(first.headers.get('last-modified'), route);
        assert.equal(
          first.headers.get('cache-control'),
          'public, max-age=60, stale-while-revalidate=60, stale-if-error=86400',
          'a proxy may serve its copy while it revalidates or the CMS fails',
        );
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
      await documents.update({
        documentId: organisation.documentId,
        locale: 'fi',
        data: { description: 'Päivitetty kuvaus: vertaistukea joka arkipäivä.' },
      });
      const draftOnly = await cms.get('organisations/vantaan-a-kilta-ry', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(draftOnly.status, 304, 'a saved draft changes nothing public');
      await documents.publish({ documentId: organisation.documentId, locale: 'fi' });
      const after = await cms.get('organisations/vantaan-a-kilta-ry', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(after.status, 200);
      assert.equal(after.json().data.description, 'Päivitetty kuvaus: vertaistukea joka arkipäivä.');
      assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
      const search = (await cms.get('organisations?q=arkipaiva')).json().data;
      assert.deepEqual(
        search.map((org: { slug: string }) => org.slug),
        ['vantaan-a-kilta-ry'],
        'the search index follows the edit',
      );
    });

    it('notices unpublishing and deletion too', async () => {
      const documents = cms.strapi.documents('plugin::kumppani.event' as never) as unknown as {
        findFirst(params: unknown): Promise<{ documentId: string; slug: string }>;
        unpublish(params: unknown): Promise<unknown>;
      };
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

  describe('revalidation', () => {
    const knex = () => cms.strapi.db.connection;
    const organisations = () => (cms.strapi.db.metadata.get(UID.organisation as never) as unknown as { tableName: string }).tableName;
    /** The statements `action` sends to the database, but the shared rate limit's count (its own budget, rateLimit.store). */
    async function queriesOf(action: () => Promise<unknown>): Promise<string[]> {
      const seen: string[] = [];
      const listener = (query: { sql: string }) => {
        if (!query.sql.includes(RATE_LIMIT_TABLE)) seen.push(query.sql);
      };
      knex().on('query', listener);
      try {
        await action();
      } finally {
        knex().off('query', listener);
      }
      return seen;
    }
    /** A draft row of an organisation written straight to the table (no one sees it; its fingerprint does). */
    async function insertDraft(name: string): Promise<number> {
      await knex()(organisations()).insert({
        document_id: `revalidation${name}`.padEnd(24, 'x').slice(0, 24),
        name,
        slug: name,
        locale: 'fi',
        created_at: new Date(0),
        updated_at: new Date(0),
      });
      return ((await knex()(organisations()).max('id as id').first()) as { id: number }).id;
    }

    it('answers a conditional request with one database query, and a cached response with one too', async () => {
      for (const route of ['organisations?pageSize=20', 'events.ics', 'posts', 'feeds/posts.rss']) {
        const first = await cms.get(route);
        const conditional = await queriesOf(async () => {
          assert.equal((await cms.get(route, { 'If-None-Match': first.headers.get('etag')! })).status, 304, route);
        });
        assert.equal(conditional.length, 1, `${route}: ${conditional.join('; ')}`);
        // The change counters, not the content tables: a row count scans a table of 10,000 organisations on PostgreSQL.
        assert.match(conditional[0], new RegExp(DATA_VERSIONS_TABLE), route);
        const cached = await queriesOf(async () => assert.equal((await cms.get(route)).status, 200));
        assert.equal(cached.length, 1, `${route}: ${cached.join('; ')}`);
      }
    });

    it('sees a deletion that moves neither the highest id nor the latest update', async () => {
      const models = readModels(cms);
      const older = await insertDraft('revalidation-older');
      const newer = await insertDraft('revalidation-newer');
      try {
        const before = (await models.version(['organisation'])).token;
        await knex()(organisations()).where('id', older).delete();
        assert.notEqual((await models.version(['organisation'])).token, before);
      } finally {
        await knex()(organisations()).whereIn('id', [older, newer]).delete();
      }
    });

    it('reads the tables themselves while a table has no change counter, and counts again once reinstalled', async () => {
      const models = readModels(cms);
      const route = 'organisations/vantaan-a-kilta-ry';
      await knex()(DATA_VERSIONS_TABLE).where('table_name', organisations()).delete();
      try {
        const before = await cms.get(route);
        const draft = await insertDraft('revalidation-fallback');
        const changed = (await models.version(['organisation'])).token;
        await knex()(organisations()).where('id', draft).delete();
        assert.notEqual((await models.version(['organisation'])).token, changed, 'the row count moved');
        assert.equal((await cms.get(route, { 'If-None-Match': before.headers.get('etag')! })).status, 304, 'nothing public changed');
      } finally {
        await installDataVersions(cms.strapi, [...Object.values(UID), MEDIA_FILE_UID]);
      }
      const counted = await queriesOf(() => models.version(['organisation']));
      assert.equal(counted.length, 1);
    });
  });

  describe('responses that depend on the time', () => {
    afterEach(() => clock(cms).set(null));
    const lastMoment = (event: EventSummary) => Date.parse(event.endsAt ?? event.startsAt);
    /** The upcoming event that ends first, and when. */
    async function nextToEnd() {
      const upcoming: EventSummary[] = (await cms.get('events?pageSize=100')).json().data;
      const event = upcoming.reduce((soonest, candidate) => (lastMoment(candidate) < lastMoment(soonest) ? candidate : soonest));
      return { event, end: lastMoment(event) };
    }

    it('drop an event from /events and /events.ics once it has ended, with a new ETag, though no data changed', async () => {
      const { event, end } = await nextToEnd();
      for (const route of ['events?pageSize=100', 'events.ics?pageSize=500']) {
        clock(cms).set(() => end - 60_000);
        const before = await cms.get(route);
        assert.ok(before.text.includes(event.id), `${route}: listed a minute before it ends`);
        clock(cms).set(() => end);
        assert.equal(
          (await cms.get(route, { 'If-None-Match': before.headers.get('etag')! })).status,
          304,
          `${route}: still on at its last moment`,
        );
        clock(cms).set(() => end + 1);
        const after = await cms.get(route, { 'If-None-Match': before.headers.get('etag')! });
        assert.equal(after.status, 200, route);
        assert.ok(!after.text.includes(event.id), `${route}: gone once it has ended`);
        assert.notEqual(after.headers.get('etag'), before.headers.get('etag'), route);
        assert.equal(
          (await cms.get(route, { 'If-Modified-Since': before.headers.get('last-modified')! })).status,
          200,
          `${route}: Last-Modified moved too`,
        );
      }
    });

    it('are the same, with the same validators, whenever and by whichever process they are rendered while no event ends', async () => {
      const { end } = await nextToEnd();
      clock(cms).set(() => end - 3_600_000);
      const early = await cms.get('events.ics');
      responseCache(cms).clear(); // as if another process answered
      clock(cms).set(() => end - 1_000);
      const late = await cms.get('events.ics');
      assert.equal(late.text, early.text);
      assert.equal(late.headers.get('etag'), early.headers.get('etag'));
      assert.equal(late.headers.get('last-modified'), early.headers.get('last-modified'));
    });

    it('stamp a calendar entry with its last revision, not with the time the file was written', async () => {
      const { event } = await nextToEnd();
      // Make sure that the revision and the present differ by at least a second, the resolution of DTSTAMP.
      const wait = Date.parse(event.updatedAt) + 1_000 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const ics = (await cms.get(`events/${event.slug}.ics`)).text;
      const property = (name: string) => new RegExp(`^${name}:(\\S+)\r$`, 'm').exec(ics)?.[1];
      assert.ok(property('LAST-MODIFIED'));
      assert.equal(property('DTSTAMP'), property('LAST-MODIFIED'));
    });
  });

  describe('several Strapi processes on one database', () => {
    let second: SecondInstance;
    before(async () => {
      second = await startSecondInstance();
    });
    after(async () => {
      await second?.stop();
    });

    it('agree on bodies and ETags, and both see a change made through either', async () => {
      const route = '/api/kumppani/posts?pageSize=5';
      const fromFirst = await cms.get(route);
      const fromSecond = await fetch(`${second.baseUrl}${route}`);
      assert.equal(fromSecond.headers.get('etag'), fromFirst.headers.get('etag'));
      // Both processes have the response cached now; an edit made in the first one must reach the second.
      const documents = cms.strapi.documents('plugin::kumppani.post' as never) as unknown as {
        findFirst(params: unknown): Promise<{ documentId: string }>;
        update(params: unknown): Promise<unknown>;
        publish(params: unknown): Promise<unknown>;
      };
      const newest = fromFirst.json().data[0];
      await documents.update({ documentId: newest.id, locale: 'fi', data: { title: `${newest.title} (päivitetty)` } });
      await documents.publish({ documentId: newest.id, locale: 'fi' });
      const secondAfter = await fetch(`${second.baseUrl}${route}`, { headers: { 'If-None-Match': fromFirst.headers.get('etag')! } });
      assert.equal(secondAfter.status, 200);
      assert.equal(((await secondAfter.json()) as { data: { title: string }[] }).data[0].title, `${newest.title} (päivitetty)`);
    });

    it('agree on the calendar of upcoming events, whose answer depends on the time', async () => {
      // (The JSON list has links with each process's own port; the calendar has none.)
      const fromFirst = await cms.get('events.ics');
      const fromSecond = await fetch(`${second.baseUrl}/api/kumppani/events.ics`);
      assert.equal(await fromSecond.text(), fromFirst.text);
      assert.equal(fromSecond.headers.get('etag'), fromFirst.headers.get('etag'));
      assert.equal(fromSecond.headers.get('last-modified'), fromFirst.headers.get('last-modified'));
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
      const preflight = (origin: string) =>
        fetch(`${cms.baseUrl}/api/kumppani/events`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        });
      const ok = await preflight('http://127.0.0.1:8000');
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');
      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.match(await refused.text(), /not in the kumppani cors.origins allow-list/);
    });

    it('starts with KUMPPANI_CORS_ORIGINS=* and lets any origin read', async () => {
      const anyOrigin = await startSecondInstance({ KUMPPANI_CORS_ORIGINS: '*' });
      try {
        const response = await fetch(`${anyOrigin.baseUrl}/api/kumppani/organisations?pageSize=1`, {
          headers: { Origin: 'https://www.any-site.example' },
        });
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('access-control-allow-origin'), 'https://www.any-site.example');
      } finally {
        await anyOrigin.stop();
      }
    });

    it('refuses to start with an empty KUMPPANI_CORS_ORIGINS, saying why', async () => {
      const failure = await startSecondInstance({ KUMPPANI_CORS_ORIGINS: '' }).then(
        async (started) => {
          await started.stop();
          return new Error('it started');
        },
        (error: Error) => error,
      );
      assert.match(failure.message, /KUMPPANI_CORS_ORIGINS is set but empty/);
    });
  });

  describe('rate limit', () => {
    let limited: SecondInstance;
    before(async () => {
      limited = await startSecondInstance({ KUMPPANI_RATE_LIMIT: '3' });
    });
    after(async () => {
      await limited?.stop();
    });

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

  describe('behind a reverse proxy', () => {
    const FORWARDED = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'cms.example.fi' };
    let trusting: SecondInstance;
    let notTrusting: SecondInstance;
    before(async () => {
      // Both start at once, as instances behind one proxy do; if one fails, the other is stopped, not left running.
      const started = await Promise.allSettled([
        startSecondInstance({ KUMPPANI_RATE_LIMIT: '100', KUMPPANI_TRUST_PROXY: 'on' }),
        startSecondInstance({ KUMPPANI_RATE_LIMIT: '100', KUMPPANI_TRUST_PROXY: 'off' }),
      ]);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) {
        await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
        throw failed.reason;
      }
      [trusting, notTrusting] = started.map((result) => (result as PromiseFulfilledResult<SecondInstance>).value);
    });
    after(async () => {
      await Promise.all([trusting?.stop(), notTrusting?.stop()]);
    });

    /** RateLimit-Remaining after a request that the proxy forwarded for `clientIps` (X-Forwarded-For). */
    const remainingFor = async (instance: SecondInstance, clientIps: string) => {
      const response = await fetch(`${instance.baseUrl}/api/kumppani/organisations?pageSize=1`, {
        headers: { 'X-Forwarded-For': clientIps },
      });
      assert.equal(response.status, 200);
      return Number(response.headers.get('ratelimit-remaining'));
    };
    const feedUrl = async (instance: SecondInstance) => {
      const response = await fetch(`${instance.baseUrl}/api/kumppani/feeds/posts.json`, {
        headers: { ...FORWARDED, 'X-Forwarded-For': '192.0.2.99' },
      });
      return ((await response.json()) as { feed_url: string }).feed_url;
    };

    it('with KUMPPANI_TRUST_PROXY=on, counts the rate limit per forwarded client and links to the forwarded host', async () => {
      assert.equal(await remainingFor(trusting, '203.0.113.1'), 99);
      assert.equal(await remainingFor(trusting, '203.0.113.1'), 98);
      assert.equal(await remainingFor(trusting, '203.0.113.2'), 99, 'another client has its own budget');
      // The address the proxy appended counts, not one the client wrote itself.
      assert.equal(await remainingFor(trusting, '198.51.100.7, 203.0.113.2'), 98);
      assert.equal(await feedUrl(trusting), 'https://cms.example.fi/api/kumppani/feeds/posts.json');
    });

    it('without it, ignores the forwarded headers', async () => {
      assert.equal(await remainingFor(notTrusting, '203.0.113.1'), 99);
      assert.equal(await remainingFor(notTrusting, '203.0.113.2'), 98, 'every request comes from the proxy');
      assert.equal(await feedUrl(notTrusting), `${notTrusting.baseUrl}/api/kumppani/feeds/posts.json`);
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
          assert.ok(
            [200, 400, 414].includes(response.status),
            `${route}?${query.slice(0, 80)} → ${response.status} ${response.text.slice(0, 200)}`,
          );
          if (response.status === 400)
            assert.ok(response.json().invalidParams.length > 0, `${route}?${query.slice(0, 80)} names the parameter`);
          if (response.status === 414)
            assert.ok(query.length > 4096, `${route}?${query.slice(0, 80)}: only an overlong query string is 414`);
        }
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    });

    it('rejects what is malformed with 400 naming the parameter', async () => {
      const expectations: [string, string][] = [
        ['organisations?pageSize=1000', 'pageSize'],
        ['organisations?locale=de', 'locale'],
        ['organisations?q=a&q=b', 'q'],
        [`organisations?q=${'x'.repeat(300)}`, 'q'],
        ['organisations?filters[name][$contains]=a', 'filters'],
        ['events?start=2026-13-45', 'start'],
        ['events?free=maybe', 'free'],
        ['posts?page=0', 'page'],
        ['feeds/posts.rss?limit=500', 'limit'],
      ];
      for (const [path, parameter] of expectations) {
        const response = await cms.get(path);
        assert.equal(response.status, 400, path);
        assert.ok(
          response.json().invalidParams.some((param: { name: string }) => param.name === parameter),
          `${path} names ${parameter}: ${response.text}`,
        );
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
