/**
 * Hostile input from outside and careless input from editors: the response cache cannot be inflated,
 * calendars and feeds cannot be forged or broken by what an editor (or older content) holds, every text
 * field written through the admin API is cleaned or refused with the field named, a replaced image
 * changes the responses that show it, and names of Object.prototype are nothing anywhere.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { cleanStoredTexts } from '../../cms/server/src/migrations/clean-stored-texts';
import { escapeHtml } from '../../cms/server/src/render/blocks-html';
import type { EventSummary } from '@kumppani/contract';
import { ENDPOINTS, type DataEndpoint } from '../../cms/server/src/public-api/endpoints';
import type { Source } from '../../cms/server/src/read-model/tables';
import { seededCms, type SeededCms } from '../helpers/api';
import { readModels, responseCache, usingPostgres } from '../helpers/strapi';

const DEMO_ADMIN = { email: 'demo@kumppani.example', password: 'Kumppani-demo-2026' };
// Every list, calendar and feed: the data endpoints with no path parameter, but not the OpenAPI document.
const LIST_ROUTES = ENDPOINTS.filter(
  (endpoint) => endpoint.kind === 'data' && !endpoint.path.includes(':') && endpoint.name !== 'openApi',
).map((endpoint) => endpoint.path.slice(1));
const PROPERTY_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
/** What older content may hold: a C0 control, Word's line break, a non-character (a lone surrogate cannot even be stored). */
const DIRTY = 'Alku\u0001 \u000Bkeski\uFFFEloppu';
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Parses with saxes, a strict XML 1.0 parser (as strict as feed readers that refuse a whole feed); returns element texts by name. */
function strictXml(xml: string): Map<string, string[]> {
  const parser = new SaxesParser();
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (text) => {
    if (open.length) open[open.length - 1].text += text;
  });
  parser.on('cdata', (text) => {
    if (open.length) open[open.length - 1].text += text;
  });
  parser.on('closetag', () => {
    const element = open.pop()!;
    texts.set(element.name, [...(texts.get(element.name) ?? []), element.text]);
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return texts;
}

/** The VEVENTs of a calendar as ical.js reads it. */
/** The VEVENT of each event; a series' cancelled or moved occurrences, VEVENTs with RECURRENCE-ID, are left out. */
function calendarEvents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').filter((vevent) => !vevent.hasProperty('recurrence-id'));
}

describe('hardening', () => {
  let cms: SeededCms;
  let adminToken: string;
  const knex = () => cms.strapi.db.connection;
  const tableOf = (type: string) =>
    (cms.strapi.db.metadata.get(`plugin::kumppani.${type}` as never) as unknown as { tableName: string }).tableName;
  /** Writes every row of a document straight to the table, as content saved before today's rules (or by another tool) would be. */
  const writeRaw = (type: string, documentId: string, values: Record<string, unknown>) =>
    knex()(tableOf(type))
      .where('document_id', documentId)
      .update({ ...values, updated_at: new Date() });
  const firstPublished = async (type: string, where: Record<string, unknown> = {}) =>
    (await knex()(tableOf(type))
      .whereNotNull('published_at')
      .where({ locale: 'fi', ...where })
      .orderBy('id')
      .first()) as { slug: string; document_id: string; id: number };

  before(async () => {
    // A budget no test reaches, so the rate limit's headers show which requests the guard saw.
    cms = await seededCms({ env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_RATE_LIMIT: '1000000' } });
    const login = await fetch(`${cms.baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO_ADMIN),
    });
    assert.equal(login.status, 200);
    adminToken = ((await login.json()) as { data: { token: string } }).data.token;
  });
  after(async () => {
    await cms?.close();
  });

  describe('the response cache', () => {
    it('declares exactly the tables each endpoint reads, with every filter and on every item', async () => {
      // Undeclared reads are refused by the edge; this also catches a declaration that nothing reads any more
      // (every edit of that table would re-render the endpoint for nothing).
      const first = async <T>(route: string): Promise<T> => (await cms.get(route)).json().data[0] as T;
      type Linked = { slug: string };
      const organisation = await first<{ slug: string; regions: Linked[]; topics: Linked[] }>('organisations?pageSize=1');
      const event = await first<{ programme: Linked | null; organisers: Linked[] }>(
        'events?start=2000-01-01&programme=' + (await first<{ slug: string }>('programmes?pageSize=1')).slug,
      );
      const post = await first<{ blog: Linked | null; tags: string[]; authors: Linked[] }>('posts?pageSize=1');
      const programme = await first<{ administrator: Linked | null }>('programmes?pageSize=1');
      const shared = { locale: 'sv', q: 'ja', region: organisation.regions[0].slug, topic: organisation.topics[0].slug };
      const everyFilter: Record<string, Record<string, string>> = {
        listOrganisations: { ...shared, facets: 'true', kind: 'association' },
        listProgrammes: { ...shared, organisation: programme.administrator?.slug ?? organisation.slug, activeOn: '2026-06-01' },
        listEvents: { ...shared, start: '2000-01-01', programme: event.programme!.slug, organiser: event.organisers[0].slug, free: 'true' },
        eventsCalendar: { ...shared, start: '2000-01-01', programme: event.programme!.slug, organiser: event.organisers[0].slug },
        listPosts: { locale: 'sv', q: 'ja', topic: shared.topic, blog: post.blog!.slug, tag: post.tags[0], author: post.authors[0].slug },
      };
      const feedFilters = { locale: 'sv', blog: post.blog!.slug, tag: post.tags[0] };
      const slugsOf = async (resource: string) =>
        (
          (await cms.get(resource === 'events' ? 'events?pageSize=100&start=2000-01-01' : `${resource}?pageSize=100`)).json()
            .data as Linked[]
        ).map((item) => item.slug);
      const models = readModels(cms);
      for (const endpoint of ENDPOINTS.filter((entry): entry is DataEndpoint => entry.kind === 'data')) {
        const detailOf = /^\/(\w+)\/:slug/.exec(endpoint.path)?.[1];
        const variants = detailOf
          ? (await slugsOf(detailOf)).map((slug) => ({ params: { slug }, query: {} }))
          : [{}, everyFilter[endpoint.name] ?? (endpoint.name.endsWith('Feed') ? feedFilters : {})].map((query) => ({ params: {}, query }));
        const read = new Set<Source>();
        for (const variant of variants) {
          const model = models.forRequest();
          await endpoint.render(model, endpoint.query.parse(variant.query), {
            params: variant.params,
            base: 'http://127.0.0.1',
            canonicalQuery: '',
          });
          for (const source of model.sources) read.add(source);
        }
        assert.ok(variants.length > 0, `${endpoint.path}: something to render`);
        assert.deepEqual([...read].sort(), [...endpoint.reads].sort(), `${endpoint.path} reads what it declares`);
      }
    });

    it('keeps one entry for thousands of padded spellings of one query', async () => {
      const cache = responseCache(cms);
      cache.clear();
      const spellings = [];
      for (let padding = 0; padding < 2_000; padding += 1) {
        const commas = ','.repeat(padding);
        spellings.push(
          padding % 3 === 0
            ? `region=vantaa-kerava${commas}`
            : padding % 3 === 1
              ? `region=${commas}vantaa-kerava,vantaa-kerava`
              : `region=%20vantaa-kerava${commas}&pageSize=20`,
        );
      }
      const bodies = new Set<string>();
      for (const query of spellings) {
        const response = await cms.get(`organisations?${query}`);
        assert.equal(response.status, 200, query.slice(0, 60));
        bodies.add(response.text);
      }
      assert.equal(bodies.size, 1, 'every spelling is the same request');
      assert.equal(cache.count, 1, 'and one cache entry');
      await cms.get('organisations?region=vantaa-kerava&pageSize=21');
      assert.equal(cache.count, 2, 'a different request is a different entry');
      assert.ok(cache.accountedBytes >= 2 * bodies.values().next().value!.length, 'an entry counts its body at two bytes a character');
    });

    it('keeps one entry for every spelling of a path, tag case and list order', async () => {
      const cache = responseCache(cms);
      const organisation = await firstPublished('organisation');
      const encoded = organisation.slug.replace(/^./, (letter) => `%${letter.charCodeAt(0).toString(16)}`);
      cache.clear();
      const paths = [
        `/api/kumppani/organisations/${organisation.slug}`,
        `/API/KUMPPANI/Organisations/${organisation.slug}`,
        `/api/kumppani/organisations/${encoded}`,
        `/api/kumppani/organisations/${organisation.slug}/`,
      ];
      for (const path of paths) assert.equal((await cms.get(path)).status, 200, path);
      assert.equal(cache.count, 1, 'one entry for one organisation');
      cache.clear();
      for (const query of ['tag=kumppanuus,sote-uudistus', 'tag=Kumppanuus,SOTE-uudistus,kumppanuus', 'tag=sote-uudistus&tag=KUMPPANUUS'])
        assert.equal((await cms.get(`feeds/posts.rss?${query}`)).status, 200, query);
      assert.equal(cache.count, 1, 'one entry for one set of tags');
      assert.match(
        (await cms.get('feeds/posts.rss?tag=SOTE-uudistus,Kumppanuus')).text,
        /<atom:link href="[^"]+\/api\/kumppani\/feeds\/posts\.rss\?tag=kumppanuus%2Csote-uudistus" rel="self"/,
        'the self link is the canonical spelling',
      );
    });

    it('puts every spelling of a public path behind the rate limit and the CORS allow-list', async () => {
      for (const path of [
        '/API/KUMPPANI/organisations',
        '/api/Kumppani/Organisations/',
        '/api/%6Bumppani/organisations',
        '/Api/Kumppani/feeds/posts.RSS',
      ]) {
        const response = await cms.get(path, { Origin: 'https://evil.example' });
        if (response.status === 404 && !response.headers.get('ratelimit-limit')) continue; // the router does not take this spelling either
        assert.ok(response.headers.get('ratelimit-limit'), `${path} (${response.status}) was counted`);
        assert.equal(
          response.headers.get('access-control-allow-origin'),
          null,
          `${path}: not readable by an origin outside the allow-list`,
        );
      }
      const upper = await cms.get('/API/KUMPPANI/organisations', { Origin: 'https://evil.example' });
      assert.equal(upper.status, 200, 'the router takes an upper-case path');
      assert.ok(upper.headers.get('ratelimit-limit'), 'and the guard sees it');
    });

    it('refuses a query string longer than any request needs, on every list route, with a problem document', async () => {
      assert.ok(LIST_ROUTES.includes('events.ics') && LIST_ROUTES.includes('feeds/posts.rss'), 'lists, calendars and feeds');
      for (const route of LIST_ROUTES) {
        const response = await cms.get(`${route}?region=vantaa-kerava${','.repeat(5_000)}`);
        assert.equal(response.status, 414, route);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.match(response.json().type, /\/problems\/query-too-long$/);
      }
      const documented = await cms.get('problems/query-too-long');
      assert.equal(documented.status, 200);
    });
  });

  describe('calendars', () => {
    it('keep a title with CR LF and BEGIN:VEVENT inside one event, in the calendar name too', async () => {
      const event = await firstPublished('event');
      const forged = 'Kokous\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:Väärennetty; tapahtuma, ilmainen\r\nEND:VEVENT\r\nX-Y:z';
      await writeRaw('event', event.document_id, { title: forged });
      const ics = (await cms.get(`events/${event.slug}.ics`)).text;
      const calendar = new ICAL.Component(ICAL.parse(ics));
      assert.equal(calendar.getAllSubcomponents('vevent').length, 1, 'one event, not three');
      // ical.js does not know these two properties, so it gives their values as written: escaped TEXT.
      const escaped = 'Kokous\\nBEGIN:VEVENT\\nUID:forged\\nSUMMARY:Väärennetty\\; tapahtuma\\, ilmainen\\nEND:VEVENT\\nX-Y:z';
      assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), escaped, 'the calendar name is the title, escaped');
      assert.equal(calendar.getFirstPropertyValue('name'), escaped);
      assert.equal(
        calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary'),
        forged.replace(/\r\n/g, '\n'),
        'the summary too (a TEXT line break reads as LF)',
      );
      assert.ok(!/^UID:forged/m.test(ics));
    });

    it('have one VEVENT per listed event, and ical.js reads every file', async () => {
      // One row per event, as the file holds a series once.
      const listed = (await cms.get('events?expand=false&pageSize=100')).json();
      assert.ok(listed.meta.total > 0);
      assert.equal(calendarEvents((await cms.get('events.ics')).text).length, listed.meta.total);
      for (const event of listed.data.slice(0, 5))
        assert.equal(calendarEvents((await cms.get(`events/${event.slug}.ics`)).text).length, 1, event.slug);
      const stamps = (await cms.get('events.ics')).text.match(/^(DTSTAMP|LAST-MODIFIED):.*$/gm) ?? [];
      assert.ok(stamps.length >= 2 * listed.meta.total);
      assert.ok(
        stamps.every((line) => /:\d{8}T\d{6}Z$/.test(line)),
        'DTSTAMP and LAST-MODIFIED in UTC (RFC 5545, 3.8.7.2)',
      );
    });
  });

  describe('feeds', () => {
    it('send a lead that holds markup as escaped text in RSS, Atom and JSON Feed', async () => {
      const post = await firstPublished('post');
      const lead = '<img src=x onerror="alert(1)">Johdanto & <b>lihavoitu</b>';
      const title = '<script>alert(1)</script>Otsikko & <i>kursiivi</i>';
      await writeRaw('post', post.document_id, { lead, title });
      const rss = strictXml((await cms.get('feeds/posts.rss?limit=50')).text);
      const descriptions = (rss.get('description') ?? []).map((text) => text.trim());
      assert.ok(descriptions.length > 1, 'channel and item descriptions');
      assert.ok(descriptions.includes(escapeHtml(lead)), 'the lead is HTML-escaped text');
      assert.ok(
        descriptions.every((description) => !/<img|<b>/.test(description)),
        'no description carries live markup',
      );
      const titles = (rss.get('title') ?? []).map((text) => text.trim());
      assert.ok(
        titles.includes('&lt;script&gt;alert(1)&lt;/script&gt;Otsikko & &lt;i&gt;kursiivi&lt;/i&gt;'),
        'an RSS title reads as text in readers that take it for HTML',
      );
      assert.ok(titles.every((text) => !/<script|<i>/.test(text)));
      const contents = rss.get('content:encoded') ?? [];
      assert.ok(contents.length > 0 && contents.every((html) => !/<img src="?x/.test(html)), 'full content escapes it too');

      const atom = strictXml((await cms.get('feeds/posts.atom?limit=50')).text);
      assert.ok(
        (atom.get('summary') ?? []).map((text) => text.trim()).includes(lead),
        'Atom summary is type text: the XML writer escapes it',
      );
      assert.ok((atom.get('title') ?? []).map((text) => text.trim()).includes(title), 'Atom title is type text');
      const json = (await cms.get('feeds/posts.json?limit=50')).json();
      assert.ok(
        json.items.some((item: { summary?: string; title: string }) => item.summary === lead && item.title === title),
        'JSON Feed summary and title are plain text',
      );
      assert.ok(json.items.every((item: { content_html: string }) => !item.content_html.includes('<img src=x')));
    });

    it('stay well-formed XML and readable calendars when older content holds control characters', async () => {
      const post = await firstPublished('post');
      const upcoming = (await cms.get('events?pageSize=1')).json().data[0] as { id: string; slug: string };
      const event = { slug: upcoming.slug, document_id: upcoming.id };
      const body = JSON.stringify([{ type: 'paragraph', children: [{ type: 'text', text: DIRTY }] }]);
      await writeRaw('post', post.document_id, { title: DIRTY, lead: DIRTY, body, hero_image_caption: DIRTY });
      await writeRaw('event', event.document_id, { title: DIRTY, description: DIRTY, place_name: DIRTY });

      for (const route of ['feeds/posts.rss?limit=50', 'feeds/posts.atom?limit=50', 'feeds/posts.rss?limit=50&locale=sv']) {
        const text = (await cms.get(route)).text;
        assert.ok(text.includes('Alku'), `${route} shows the post`);
        assert.ok(!FORBIDDEN_IN_XML.test(text), `${route} has no character XML refuses`);
        assert.doesNotThrow(() => strictXml(text), route);
      }
      const feed = (await cms.get('feeds/posts.json?limit=50')).json();
      assert.ok(
        feed.items.some((item: { title: string }) => item.title === 'Alku \nkeskiloppu'),
        "Word's break read as a line break",
      );

      const upcomingCount = (await cms.get('events?expand=false&pageSize=100')).json().meta.total;
      for (const [route, count] of [
        ['events.ics', upcomingCount],
        [`events/${event.slug}.ics`, 1],
      ] as const) {
        const ics = (await cms.get(route)).text;
        // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
        assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(ics), `${route}: no control character (RFC 5545, 3.1)`);
        const events = calendarEvents(ics);
        assert.equal(events.length, count, `${route}: every event, and no more`);
        assert.ok(
          events.some((vevent) => vevent.getFirstPropertyValue('summary') === 'Alku \nkeskiloppu'),
          route,
        );
      }
    });
  });

  describe('writes through the admin API', () => {
    type AttributeSchema = { type: string; required?: boolean; enum?: string[]; default?: unknown };
    const EDITED_TYPES = ['organisation', 'programme', 'event', 'post', 'person', 'blog'];
    /** A valid value per field that has a format; plain text elsewhere. */
    const VALID: Record<string, string> = {
      email: 'info@example.fi',
      website: 'https://www.example.fi/',
      onlineUrl: 'https://www.example.fi/',
      registrationUrl: 'https://www.example.fi/',
      canonicalUrl: 'https://www.example.fi/',
      phone: '+358 40 123 4567',
      businessId: '0737546-2',
      postalCode: '00100',
    };
    const textFields = (type: string) =>
      Object.entries(
        (
          cms.strapi.contentType(`plugin::kumppani.${type}` as never) as unknown as {
            attributes: Record<string, AttributeSchema & { private?: boolean }>;
          }
        ).attributes,
      ).filter(
        ([name, attribute]) =>
          ['string', 'text', 'email', 'uid'].includes(attribute.type) && !name.startsWith('search') && name !== 'locale',
      );
    const ONE_LINE = new Set(['string', 'email', 'uid']);
    let counter = 0;
    const required = (type: string): Record<string, unknown> => {
      counter += 1;
      const data: Record<string, unknown> = { slug: `kova-syote-${type}-${counter}` };
      const attributes = (
        cms.strapi.contentType(`plugin::kumppani.${type}` as never) as unknown as { attributes: Record<string, AttributeSchema> }
      ).attributes;
      for (const [name, attribute] of Object.entries(attributes)) {
        if (!attribute.required || name in data) continue;
        data[name] =
          attribute.type === 'enumeration'
            ? (attribute.default ?? attribute.enum![0])
            : attribute.type === 'datetime'
              ? '2027-03-01T15:00:00.000Z'
              : attribute.type === 'date'
                ? '2027-03-01'
                : `Testi ${counter}`;
      }
      return data;
    };
    const create = (type: string, data: Record<string, unknown>) =>
      fetch(`${cms.baseUrl}/content-manager/collection-types/plugin::kumppani.${type}?locale=fi`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(data),
      });

    it('refuse CR LF in every one-line field, naming the field, and keep nothing half-saved', async () => {
      let checked = 0;
      for (const type of EDITED_TYPES) {
        for (const [field, attribute] of textFields(type)) {
          if (!ONE_LINE.has(attribute.type)) continue;
          const base = required(type);
          const value = field === 'slug' ? `${base.slug}\r\nx` : `${VALID[field] ?? 'Rivi'}\r\nBEGIN:VEVENT`;
          const response = await create(type, { ...base, [field]: value });
          const body = (await response.json()) as { error?: { details?: { errors?: { path: string[]; message: string }[] } } };
          assert.equal(response.status, 400, `${type}.${field}`);
          const paths = (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));
          assert.ok(paths.includes(field), `${type}.${field} named: ${JSON.stringify(body.error)}`);
          assert.equal((await knex()(tableOf(type)).where('slug', base.slug as string)).length, 0, `${type}.${field}: nothing saved`);
          checked += 1;
        }
      }
      assert.ok(checked >= 30, `every one-line field of every edited type (${checked})`);
    });

    it('save every text field without the characters feeds and calendars refuse', async () => {
      let checked = 0;
      for (const type of EDITED_TYPES) {
        const fields = textFields(type);
        const data = required(type);
        const expected: Record<string, string> = {};
        for (const [field, attribute] of fields) {
          const valid = field === 'slug' ? String(data.slug) : (VALID[field] ?? `Te\u0001ks\u000Bti \uFFFE${field}`);
          // Word's break turns into a space in a one-line field, which a formatted value (an e-mail) cannot hold: those get only the removable ones.
          data[field] = field === 'slug' || VALID[field] ? `${valid.slice(0, 3)}\u0001\uFFFE${valid.slice(3)}` : valid;
          expected[field] = field === 'slug' || VALID[field] ? valid : `Teks${ONE_LINE.has(attribute.type) ? ' ' : '\n'}ti ${field}`;
          checked += 1;
        }
        if (type === 'post') data.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Lei\u0001pä\u000Bteksti\uFFFE' }] }];
        const response = await create(type, data);
        assert.ok(response.status === 200 || response.status === 201, `${type}: ${response.status} ${await response.clone().text()}`);
        const row = await knex()(tableOf(type)).where('slug', expected.slug).first();
        assert.ok(row, `${type} saved`);
        for (const [field] of fields) {
          const column = (
            cms.strapi.db.metadata.get(`plugin::kumppani.${type}` as never) as unknown as {
              attributes: Record<string, { columnName: string }>;
            }
          ).attributes[field].columnName;
          assert.equal(row[column], expected[field], `${type}.${field}`);
        }
        if (type === 'post') {
          const body = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
          assert.equal(body[0].children[0].text, 'Leipä\nteksti', 'post.body (blocks)');
        }
      }
      assert.ok(checked >= 40, `every text field of every edited type (${checked})`);
    });

    it('clean older content once, with counts per field', async () => {
      const organisation = await firstPublished('organisation');
      const post = await firstPublished('post');
      await writeRaw('organisation', organisation.document_id, { name: 'Yhdistys\r\nry\u0001', description: DIRTY });
      await writeRaw('post', post.document_id, { tags: JSON.stringify(['Kumppanuus', 'kumppanuus', 'SOTE\u0001']) });
      const counts = await cleanStoredTexts(cms.strapi);
      assert.ok(
        (counts['organisation.name'] ?? 0) >= 1 && (counts['organisation.description'] ?? 0) >= 1 && (counts['post.tags'] ?? 0) >= 1,
        JSON.stringify(counts),
      );
      const row = await knex()(tableOf('organisation')).where('slug', organisation.slug).first();
      assert.equal(row.name, 'Yhdistys ry');
      assert.equal(row.description, 'Alku \nkeskiloppu');
      const tags = await knex()(tableOf('post')).where('document_id', post.document_id).first();
      assert.deepEqual(typeof tags.tags === 'string' ? JSON.parse(tags.tags) : tags.tags, ['kumppanuus', 'sote']);
      assert.deepEqual(await cleanStoredTexts(cms.strapi), {}, 'a second run finds nothing');
      if (!usingPostgres()) {
        // SQLite keeps JSON as text, so another tool may have left some that does not parse: it stays as it is.
        await writeRaw('post', post.document_id, { tags: 'ei json\u0001' });
        assert.deepEqual(await cleanStoredTexts(cms.strapi), {});
        assert.equal((await knex()(tableOf('post')).where('document_id', post.document_id).first()).tags, 'ei json\u0001');
        await writeRaw('post', post.document_id, { tags: '[]' });
      }
    });
  });

  describe('tags', () => {
    it('can be filtered by whatever an editor saved, in the case they typed it', async () => {
      const documents = cms.strapi.documents('plugin::kumppani.post' as never) as unknown as {
        findFirst(params: unknown): Promise<{ documentId: string }>;
        update(params: unknown): Promise<unknown>;
        publish(params: unknown): Promise<unknown>;
      };
      const post = await firstPublished('post');
      await documents.update({ documentId: post.document_id, locale: 'fi', data: { tags: ['Kumppanuus', 'Hyvinvointialueet-2026'] } });
      await documents.publish({ documentId: post.document_id, locale: 'fi' });
      for (const tag of ['kumppanuus', 'Kumppanuus', 'hyvinvointialueet-2026', 'HYVINVOINTIALUEET-2026']) {
        for (const route of ['posts', 'feeds/posts.json']) {
          const response = await cms.get(`${route}?tag=${encodeURIComponent(tag)}`);
          assert.equal(response.status, 200, `${route}?tag=${tag}: ${response.text.slice(0, 200)}`);
          const items = route === 'posts' ? response.json().data : response.json().items;
          assert.ok(items.length >= 1, `${route}?tag=${tag} finds the post`);
        }
      }
      const saved = (await cms.get(`posts/${post.slug}`)).json().data.tags;
      assert.deepEqual(saved, ['kumppanuus', 'hyvinvointialueet-2026']);
    });
  });

  describe('cache dependencies', () => {
    it('a response that shows a logo changes when the file is replaced', async () => {
      // What the media library's "replace" ends with: the same file row, a new URL (the database layer moves updatedAt).
      const replaceFile = (id: number, hash: string) =>
        cms.strapi.db.query('plugin::upload.file' as never).update({ where: { id }, data: { url: `/uploads/${hash}.png`, hash } });
      const organisation = await firstPublished('organisation');
      const file = await cms.strapi.db.query('plugin::upload.file' as never).create({
        data: {
          name: 'logo.png',
          hash: 'logo_1',
          ext: '.png',
          mime: 'image/png',
          size: 1.2,
          url: '/uploads/logo_1.png',
          provider: 'local',
          width: 200,
          height: 100,
        },
      });
      const documents = cms.strapi.documents('plugin::kumppani.organisation' as never) as unknown as {
        update(params: unknown): Promise<unknown>;
        publish(params: unknown): Promise<unknown>;
      };
      await documents.update({ documentId: organisation.document_id, locale: 'fi', data: { logo: file.id, logoAlt: 'Yhdistyksen logo' } });
      await documents.publish({ documentId: organisation.document_id, locale: 'fi' });
      for (const route of [
        `organisations/${organisation.slug}`,
        `organisations?q=${encodeURIComponent(organisation.slug.split('-')[0])}&pageSize=100`,
      ]) {
        const before = await cms.get(route);
        assert.match(before.text, /logo_1\.png/, route);
        await replaceFile(file.id, `logo_${route.length}`);
        const after = await cms.get(route, { 'If-None-Match': before.headers.get('etag')! });
        assert.equal(after.status, 200, `${route}: the replaced file changes the response`);
        assert.match(after.text, new RegExp(`logo_${route.length}\\.png`));
        await replaceFile(file.id, 'logo_1');
      }
    });

    /**
     * Renames a row of `type` straight in its table and checks that every route that showed the old name shows the new one
     * to a client that sends its old ETag (a stale cache entry would answer 304), then puts the name back.
     */
    async function renameShows(type: string, documentId: string, column: string, routes: string[]) {
      const rows = (await knex()(tableOf(type)).where('document_id', documentId).select('id', column)) as Record<string, string>[];
      const renamed = `Uusi nimi ${type} ${Math.random().toString(36).slice(2, 8)}`;
      const befores = await Promise.all(routes.map((route) => cms.get(route)));
      await writeRaw(type, documentId, { [column]: renamed });
      try {
        for (const [index, route] of routes.entries()) {
          const after = await cms.get(route, { 'If-None-Match': befores[index].headers.get('etag')! });
          assert.equal(after.status, 200, `${route}: the renamed ${type} changes the response`);
          assert.ok(after.text.includes(renamed), `${route} shows the new name of the ${type}`);
        }
      } finally {
        for (const row of rows)
          await knex()(tableOf(type))
            .where('id', row.id)
            .update({ [column]: row[column], updated_at: new Date() });
      }
    }
    const documentIdOf = async (type: string, slug: string) =>
      ((await knex()(tableOf(type)).where({ slug }).first()) as { document_id: string }).document_id;

    it('a renamed region reaches every response that shows it', async () => {
      const region = (await cms.get('programmes?pageSize=100')).json().data.find((item: { regions: unknown[] }) => item.regions.length)
        .regions[0];
      // Linked to this region itself (a region filter also finds what serves its area or its counties).
      const linkedTo = (items: { slug: string; regions: { slug: string }[] }[]) =>
        items.find((item) => item.regions.some((linked) => linked.slug === region.slug))!;
      const event = linkedTo((await cms.get(`events?start=2000-01-01&region=${region.slug}&pageSize=100`)).json().data);
      const organisation = linkedTo((await cms.get(`organisations?region=${region.slug}&pageSize=100`)).json().data);
      const programme = linkedTo((await cms.get(`programmes?region=${region.slug}&pageSize=100`)).json().data);
      await renameShows('region', await documentIdOf('region', region.slug), 'name_fi', [
        `events/${event.slug}`,
        `events?start=2000-01-01&region=${region.slug}`,
        `organisations/${organisation.slug}`,
        `organisations?region=${region.slug}&facets=true`,
        `programmes/${programme.slug}`,
        `programmes?region=${region.slug}`,
      ]);
    });

    it('a renamed organisation reaches the programmes and events that link to it', async () => {
      const programme = (await cms.get('programmes?pageSize=100'))
        .json()
        .data.find((item: { administrator: unknown }) => item.administrator);
      const event = (await cms.get('events?start=2000-01-01&pageSize=100'))
        .json()
        .data.find((item: EventSummary) => item.organisers.length > 0);
      await renameShows('organisation', await documentIdOf('organisation', programme.administrator.slug), 'name', [
        `programmes/${programme.slug}`,
        `programmes?organisation=${programme.administrator.slug}`,
      ]);
      await renameShows('organisation', await documentIdOf('organisation', event.organisers[0].slug), 'name', [
        `events/${event.slug}`,
        `events?start=2000-01-01&organiser=${event.organisers[0].slug}`,
        `events.ics?start=2000-01-01&organiser=${event.organisers[0].slug}`,
      ]);
    });

    it('a renamed author or blog reaches the posts, the feeds and the programmes that show them', async () => {
      const post = (await cms.get('posts?pageSize=100'))
        .json()
        .data.find((item: { authors: unknown[]; blog: unknown }) => item.authors.length && item.blog);
      const author = post.authors[0];
      await renameShows('person', await documentIdOf('person', author.slug), 'name', [
        `posts/${post.slug}`,
        `posts?author=${author.slug}`,
        `feeds/posts.rss?blog=${post.blog.slug}`,
        `feeds/posts.json?blog=${post.blog.slug}`,
      ]);
      await renameShows('blog', await documentIdOf('blog', post.blog.slug), 'name', [`posts/${post.slug}`, `posts?blog=${post.blog.slug}`]);
      const programmes = (await cms.get('programmes?pageSize=100')).json().data;
      for (const summary of programmes) {
        const detail = (await cms.get(`programmes/${summary.slug}`)).json().data;
        if (!detail.contacts.length) continue;
        await renameShows('person', await documentIdOf('person', detail.contacts[0].slug), 'name', [`programmes/${summary.slug}`]);
        return;
      }
      assert.fail('no programme has a public contact person');
    });

    it('a list is not keyed by the tables only its detail reads', async () => {
      // An organisation's page lists the programmes it administers; the directory does not show programmes.
      const programme = (await cms.get('programmes?pageSize=100'))
        .json()
        .data.find((item: { administrator: unknown }) => item.administrator);
      const cache = responseCache(cms);
      await cms.get('organisations?pageSize=100');
      await renameShows('programme', await documentIdOf('programme', programme.slug), 'name', [
        `organisations/${programme.administrator.slug}`,
      ]);
      const entries = cache.count;
      assert.equal((await cms.get('organisations?pageSize=100')).status, 200);
      assert.equal(cache.count, entries, 'the directory is answered from its cache entry: its key has no programme in it');
      // Posts have no regions, so a region's new name does not key them either.
      await cms.get('posts?pageSize=100');
      const region = (await cms.get('organisations?pageSize=100')).json().data.find((item: { regions: unknown[] }) => item.regions.length)
        .regions[0];
      await renameShows('region', await documentIdOf('region', region.slug), 'name_fi', [`organisations?region=${region.slug}`]);
      const before = cache.count;
      await cms.get('posts?pageSize=100');
      assert.equal(cache.count, before, 'posts are answered from their cache entry');
    });
  });

  describe('names of Object.prototype', () => {
    it('are no problem type, no item, no file and no value of any enumerated parameter', async () => {
      for (const name of PROPERTY_NAMES) {
        const problem = await cms.get(`problems/${name}`);
        assert.equal(problem.status, 404, `problems/${name}`);
        assert.equal(problem.headers.get('cache-control'), 'no-store');
        for (const route of ['organisations', 'programmes', 'events', 'posts', 'events']) {
          assert.equal((await cms.get(`${route}/${name}`)).status, 404, `${route}/${name}`);
        }
        assert.equal((await cms.get(`events/${name}.ics`)).status, 404);
        assert.equal((await cms.get(`/kumppani/${name}.js`)).status, 404, `bundle file ${name}.js`);
        assert.equal((await cms.get(`/kumppani/${name}`)).status, 404, `bundle file ${name}`);
        const enumerated: [string, string][] = [
          ['organisations', 'locale'],
          ['organisations', 'kind'],
          ['organisations', 'targetGroup'],
          ['organisations', 'sort'],
          ['organisations', 'facets'],
          ['programmes', 'status'],
          ['events', 'mode'],
          ['events', 'status'],
          ['events', 'free'],
          ['feeds/posts.rss', 'locale'],
          ['events.ics', 'locale'],
        ];
        for (const [route, parameter] of enumerated) {
          const response = await cms.get(`${route}?${parameter}=${name}`);
          assert.equal(response.status, 400, `${route}?${parameter}=${name}`);
          assert.deepEqual(
            response.json().invalidParams.map((param: { name: string }) => param.name),
            [parameter],
          );
        }
        for (const [route, parameter] of [
          ['organisations', 'region'],
          ['organisations', 'topic'],
          ['events', 'region'],
          ['posts', 'topic'],
        ]) {
          const response = await cms.get(`${route}?${parameter}=${name.toLowerCase()}`);
          assert.equal(response.status, 400, `${route}?${parameter}=${name}: no such ${parameter}`);
        }
        for (const [route, parameter] of [
          ['posts', 'blog'],
          ['posts', 'author'],
          ['events', 'programme'],
          ['events', 'organiser'],
          ['programmes', 'organisation'],
        ]) {
          const response = await cms.get(`${route}?${parameter}=${name.toLowerCase()}`);
          assert.ok(
            response.status === 400 || (response.status === 200 && response.json().data.length === 0),
            `${route}?${parameter}=${name} matches nothing`,
          );
        }
      }
    });
  });
});
