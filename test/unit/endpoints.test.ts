/** The endpoint table and what is derived from it (routes, controller, OpenAPI), and the read model's guard, without a server. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_LIST_VALUES, organisationListQuery, SLUG_PATTERN } from '@kumppani/contract';
import { PLUGIN_ID } from '../../cms/server/src/content-types/uids';
import publicController from '../../cms/server/src/controllers/public';
import { ENDPOINTS, type DataEndpoint } from '../../cms/server/src/public-api/endpoints';
import {
  canonicalQueryString,
  queryDefaults,
  serveData,
  UndeclaredReadError,
  type HttpContext,
} from '../../cms/server/src/public-api/http';
import { ResponseCache } from '../../cms/server/src/public-api/response-cache';
import { ReadModels } from '../../cms/server/src/read-model/read-model';
import { openApiDocument } from '../../cms/server/src/render/openapi';
import routes from '../../cms/server/src/routes';
import { Clock } from '../../cms/server/src/time/clock';

const dataEndpoint = (name: string) => ENDPOINTS.find((endpoint) => endpoint.name === name) as DataEndpoint;

describe('endpoint table', () => {
  it('gives every public route a controller action, in the table’s order', () => {
    const contentApi = routes['content-api'].routes;
    // Written out on purpose: the public addresses clients rely on, in the router's order.
    assert.deepEqual(
      contentApi.map((route) => [route.path, route.handler]),
      [
        ['/organisations', 'public.listOrganisations'],
        ['/organisations/:slug', 'public.findOrganisation'],
        ['/programmes', 'public.listProgrammes'],
        ['/programmes/:slug', 'public.findProgramme'],
        ['/events.ics', 'public.eventsCalendar'],
        ['/events', 'public.listEvents'],
        ['/events/:slug.ics', 'public.eventCalendar'],
        ['/events/:slug', 'public.findEvent'],
        ['/posts', 'public.listPosts'],
        ['/posts/:slug', 'public.findPost'],
        ['/feeds/posts.rss', 'public.rssFeed'],
        ['/feeds/posts.atom', 'public.atomFeed'],
        ['/feeds/posts.json', 'public.jsonFeed'],
        ['/openapi.json', 'public.openApi'],
        ['/problems/:type', 'public.problemType'],
      ],
    );
    const actions = publicController({ strapi: {} as never });
    for (const route of contentApi) {
      assert.equal(route.method, 'GET');
      assert.deepEqual(route.config, { auth: false }, route.path);
      assert.equal(typeof actions[route.handler.replace(/^public\./, '')], 'function', route.handler);
    }
    assert.equal(Object.keys(actions).length, contentApi.length, 'no action without a route');
  });

  it('puts a .ics route before the route that would take "slug.ics" for a slug', () => {
    const paths = ENDPOINTS.map((endpoint) => endpoint.path);
    assert.ok(paths.indexOf('/events.ics') < paths.indexOf('/events'));
    assert.ok(paths.indexOf('/events/:slug.ics') < paths.indexOf('/events/:slug'));
  });

  it('declares fewer tables for a list than for the detail that shows more', () => {
    const list = new Set(dataEndpoint('listOrganisations').reads);
    const detail = new Set(dataEndpoint('findOrganisation').reads);
    assert.ok([...list].every((source) => detail.has(source)) && detail.size > list.size, 'an organisation page adds its programmes');
    assert.ok(!dataEndpoint('listProgrammes').reads.includes('person'), 'contact people are on the programme page only');
    assert.ok(dataEndpoint('findProgramme').reads.includes('person'));
    assert.ok(!dataEndpoint('listPosts').reads.includes('region'), 'posts have no regions');
    assert.ok(
      !dataEndpoint('findPost').reads.includes('region') && dataEndpoint('findPost').reads.includes('feed-source'),
      'a post shows no regions, and a syndicated post its source',
    );
    assert.ok(dataEndpoint('listPosts').reads.includes('organisation'), 'a syndicated post names its partner organisation');
    assert.deepEqual(dataEndpoint('openApi').reads, [], 'the OpenAPI document reads no table');
    for (const endpoint of ENDPOINTS) {
      if (endpoint.kind !== 'data') continue;
      assert.equal(new Set(endpoint.reads).size, endpoint.reads.length, `${endpoint.path}: each table once`);
    }
  });

  it('writes the query back without the defaults, computed once', () => {
    const defaults = queryDefaults(organisationListQuery);
    assert.deepEqual(defaults, organisationListQuery.parse({}));
    const parsed = organisationListQuery.parse({ region: 'vantaa-kerava,helsinki', page: '1', locale: 'sv' });
    assert.equal(canonicalQueryString(organisationListQuery, parsed, defaults), '?locale=sv&region=helsinki%2Cvantaa-kerava');
    assert.equal(canonicalQueryString(organisationListQuery, parsed), canonicalQueryString(organisationListQuery, parsed, defaults));
  });
});

describe('OpenAPI from the endpoint table', () => {
  const document = openApiDocument('https://cms.example', ENDPOINTS);

  it('describes every route, /openapi.json and /problems/{type} included', () => {
    assert.deepEqual(
      Object.keys(document.paths),
      ENDPOINTS.map((endpoint) => endpoint.path.replace(/:(\w+)/g, '{$1}')),
    );
    assert.ok('/openapi.json' in document.paths && '/problems/{type}' in document.paths && '/events/{slug}.ics' in document.paths);
    const problem = document.paths['/problems/{type}'].get as { parameters: { name: string; schema: { enum: string[] } }[] };
    assert.ok(problem.parameters[0].schema.enum.includes('invalid-parameter'));
  });

  it('gives list parameters their item rule and their most', () => {
    const parameters = (document.paths['/organisations'].get as { parameters: Record<string, unknown>[] }).parameters;
    const region = parameters.find((parameter) => parameter.name === 'region') as {
      schema: { type: string; maxItems: number; items: { pattern: string } };
      style: string;
      explode: boolean;
    };
    assert.equal(region.schema.type, 'array');
    assert.equal(region.schema.maxItems, MAX_LIST_VALUES);
    assert.equal(region.schema.items.pattern, SLUG_PATTERN.source);
    assert.equal(region.style, 'form');
    assert.equal(region.explode, true);
    const kind = parameters.find((parameter) => parameter.name === 'kind') as { schema: { items: { enum: string[] } } };
    assert.ok(kind.schema.items.enum.includes('association'));
    const tag = (document.paths['/posts'].get as { parameters: Record<string, unknown>[] }).parameters.find(
      (parameter) => parameter.name === 'tag',
    ) as { schema: { items: { pattern?: string } } };
    assert.ok(tag.schema.items.pattern, 'a tag item has its pattern');
  });
});

describe('the read model’s guard', () => {
  /** A Strapi with just enough for one request: metadata of two tables, a plugin with the three services. */
  function fakeStrapi() {
    const metadata = new Map<string, unknown>([
      ['plugin::kumppani.organisation', { tableName: 'organisations', attributes: {} }],
      ['plugin::kumppani.region', { tableName: 'regions', attributes: {} }],
    ]);
    const strapi = {
      db: { connection: {}, metadata: { get: (uid: string) => metadata.get(uid) } },
      config: { get: (key: string) => (key === `plugin::${PLUGIN_ID}` ? { cacheMaxAge: 60 } : undefined) },
      log: { warn() {} },
      plugin: () => ({ service: (name: string) => services[name] }),
    };
    const readModels = new ReadModels(strapi as never);
    // The fingerprint needs a database; this one never changes.
    readModels.version = async () => ({ token: 'fixed', lastModified: new Date(0) });
    const services: Record<string, unknown> = { 'read-model': readModels, clock: new Clock(), 'response-cache': new ResponseCache() };
    return strapi;
  }
  const context = (): HttpContext => {
    const headers = new Map<string, string>();
    return {
      method: 'GET',
      path: '/api/kumppani/test',
      querystring: '',
      query: {},
      params: {},
      origin: 'https://cms.example',
      status: 404,
      body: undefined,
      type: '',
      get: () => '',
      set: (name, value) => headers.set(name, value),
    };
  };
  const endpoint = (reads: DataEndpoint['reads']): DataEndpoint => ({
    ...dataEndpoint('openApi'),
    reads,
    render: async (model) => {
      model.table('organisation');
      model.table('region');
      return { body: '{}', contentType: 'application/json' };
    },
  });

  it('answers when a response reads only the tables its endpoint declares', async () => {
    const ctx = context();
    await serveData(fakeStrapi() as never, endpoint(['organisation', 'region']))(ctx);
    assert.equal(ctx.status, 200);
  });

  it('refuses a response that read a table its endpoint does not declare (its cache key would miss changes there)', async () => {
    await assert.rejects(serveData(fakeStrapi() as never, endpoint(['organisation']))(context()), (error: Error) => {
      assert.ok(error instanceof UndeclaredReadError);
      assert.match(error.message, /read region/);
      return true;
    });
  });
});
