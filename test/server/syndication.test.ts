/**
 * Syndication lands on pages (issue 10): with the demo's URL templates, every item of the API carries its page
 * address; feeds and calendars link readers there (never to the API's JSON), a blog's feed is titled with the
 * blog's name; a filtered calendar subscription holds the list's events and tells clients how often to refresh;
 * and the admin's settings page changes the addresses at once, behind its own permission, refusing a bad template
 * with the field named while the config file's templates win.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import type { EventSummary, OrganisationDetail, PostDetail, PostSummary, ProgrammeSummary } from '@kumppani/contract';
import { adminToken, seededCms, type SeededCms } from '../helpers/api';
import { readModels } from '../helpers/strapi';

const SITES = 'https://sivut.example.fi/demo';
const DEMO_ADMIN = { email: 'demo@kumppani.example', password: 'Kumppani-demo-2026' };
const EDITOR = { email: 'editor@kumppani.example', password: 'Editor-without-settings-1' };
const API_PATH = '/api/kumppani/';

/**
 * Every link of an XML feed, read by saxes, a strict XML 1.0 parser: element texts of <link> (RSS) and the href
 * of every element that has one (Atom links, atom:link), each with its rel.
 */
function xmlLinks(xml: string): { href: string; rel: string; element: string }[] {
  const parser = new SaxesParser();
  const links: { href: string; rel: string; element: string }[] = [];
  const open: { name: string; text: string }[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    open.push({ name: tag.name, text: '' });
    const href = tag.attributes.href;
    if (typeof href === 'string') links.push({ href, rel: String(tag.attributes.rel ?? 'alternate'), element: tag.name });
  });
  parser.on('text', (text) => {
    if (open.length) open[open.length - 1].text += text;
  });
  parser.on('closetag', () => {
    const element = open.pop()!;
    if (element.name === 'link' && element.text.trim()) links.push({ href: element.text.trim(), rel: 'alternate', element: 'link' });
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return links;
}

const pageOf = (type: 'organisation' | 'event' | 'post', slug: string) => `${SITES}/${type}.html?slug=${slug}`;

describe('syndication to public pages', () => {
  let cms: SeededCms;

  before(async () => {
    cms = await seededCms({ env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_SITES_URL: SITES } });
    const editorRole = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi
      .service('admin::user')
      .create({ ...EDITOR, firstname: 'Eila', lastname: 'Editori', isActive: true, roles: [editorRole.id] });
  });
  after(async () => {
    await cms?.close();
  });

  describe('page addresses in the API', () => {
    it('every organisation, event and post has the page its type’s template gives, in every locale', async () => {
      for (const locale of ['fi', 'sv', 'en']) {
        const organisations = (await cms.get(`organisations?locale=${locale}&pageSize=100`)).json().data as OrganisationDetail[];
        assert.ok(organisations.length > 10);
        for (const organisation of organisations) assert.equal(organisation.url, pageOf('organisation', organisation.slug));
        const events = (await cms.get(`events?locale=${locale}&start=2000-01-01&pageSize=100`)).json().data as EventSummary[];
        assert.ok(events.length > 10);
        for (const event of events) {
          assert.equal(event.url, pageOf('event', event.slug));
          for (const organiser of event.organisers) assert.equal(organiser.url, pageOf('organisation', organiser.slug));
        }
        const posts = (await cms.get(`posts?locale=${locale}&pageSize=100`)).json().data as PostSummary[];
        assert.ok(posts.length > 5);
        for (const post of posts) assert.equal(post.url, post.canonicalUrl ?? pageOf('post', post.slug));
      }
    });

    it('a type without a template (the demo has no programme pages) has null, and so do its references', async () => {
      const programmes = (await cms.get('programmes?pageSize=100')).json().data as ProgrammeSummary[];
      assert.ok(programmes.length > 0);
      for (const programme of programmes) assert.equal(programme.url, null);
      const events = (await cms.get('events?start=2000-01-01&pageSize=100')).json().data as EventSummary[];
      const withProgramme = events.filter((event) => event.programme);
      assert.ok(withProgramme.length > 0);
      for (const event of withProgramme) assert.equal(event.programme!.url, null);
    });

    it('one item has the same address as in the list, and related posts link to their pages', async () => {
      const [listed] = (await cms.get('posts?blog=kadet-sotessa')).json().data as PostSummary[];
      const post = (await cms.get(`posts/${listed.slug}`)).json().data as PostDetail;
      assert.equal(post.url, listed.url);
      const withRelated = ((await cms.get('posts?pageSize=100')).json().data as PostSummary[]).map((item) => item.slug);
      const details = await Promise.all(withRelated.map(async (slug) => (await cms.get(`posts/${slug}`)).json().data as PostDetail));
      const related = details.flatMap((detail) => detail.relatedPosts);
      assert.ok(related.length > 0, 'the demo has related posts');
      for (const item of related) assert.equal(item.url, pageOf('post', item.slug));
    });
  });

  describe('feeds', () => {
    it('link every item and the channel to pages, never to the API (RSS and Atom read by a strict XML parser)', async () => {
      const posts = (await cms.get('posts?pageSize=50')).json().data as PostSummary[];
      for (const format of ['rss', 'atom']) {
        for (const query of ['', '?blog=kadet-sotessa', '?tag=kumppanuus', '?locale=sv']) {
          const { text, status } = await cms.get(`feeds/posts.${format}${query}`);
          assert.equal(status, 200);
          const links = xmlLinks(text);
          const readerLinks = links.filter((link) => link.rel !== 'self');
          assert.ok(readerLinks.length > 1, `${format}${query}: links`);
          for (const link of readerLinks) assert.ok(!link.href.includes(API_PATH), `${format}${query}: ${link.element} → ${link.href}`);
          // The self link is the feed itself (RSS best practice, Atom's rel="self"): the only link into the API.
          assert.ok(links.some((link) => link.rel === 'self' && link.href.includes(`${API_PATH}feeds/posts.${format}`)));
        }
        const feed = parseFeed((await cms.get(`feeds/posts.${format}?limit=50`)).text);
        assert.deepEqual(
          feed.items.map((item) => item.url),
          posts.map((post) => post.url),
        );
      }
      const atom = (await cms.get('feeds/posts.atom')).text;
      assert.ok(!atom.includes('type="application/json"'), 'no Atom link to JSON once templates are set');
      assert.match(atom, /<link href="[^"]+" rel="alternate" type="text\/html" hreflang="fi"\/>/);
    });

    it('JSON Feed links items and its home page to pages', async () => {
      const feed = (await cms.get('feeds/posts.json?limit=50')).json() as {
        home_page_url: string;
        items: { id: string; url: string; _kumppani?: { source: { name: string } } }[];
      };
      assert.equal(feed.home_page_url, `${SITES}/`);
      assert.ok(feed.items.length > 0);
      for (const item of feed.items) {
        assert.ok(!item.url.includes(API_PATH) && !item.id.includes(API_PATH), item.url);
        // A post imported from a partner's feed links to its original on the partner's site, and names the partner.
        if (item._kumppani) assert.match(item.url, /^https:\/\/blogi\.vantaan-a-kilta\.example\//);
        else assert.ok(item.url.startsWith(`${SITES}/post.html?slug=`), item.url);
      }
      const syndicated = feed.items.filter((item) => item._kumppani);
      assert.equal(syndicated.length, 2, 'the demo has two syndicated posts');
      for (const item of syndicated) assert.equal(item._kumppani?.source.name, 'Vantaan A-kilta ry');
    });

    it("a blog's feed takes the blog's name and description, and its website when it has one", async () => {
      const kadet = parseFeed((await cms.get('feeds/posts.rss?blog=kadet-sotessa')).text);
      assert.equal(kadet.title, 'Kädet Sotessa');
      assert.equal(kadet.description, 'Blogi sosiaali- ja terveyspalveluiden kehittämisestä Vantaalla ja Keravalla.');
      // Kädet Sotessa has no website in the demo: the folder of its posts' pages, where the example site is.
      assert.equal(kadet.url, `${SITES}/`);
      const soste = parseFeed((await cms.get('feeds/posts.atom?blog=hyvinvointi-ja-terveys-blogi')).text);
      assert.equal(soste.title, 'Hyvinvointi ja terveys -blogi');
      assert.equal(soste.url, 'https://www.soste.fi/');
      const tagged = parseFeed((await cms.get('feeds/posts.rss?blog=kadet-sotessa&tag=kumppanuus')).text);
      assert.equal(tagged.title, 'Kädet Sotessa (#kumppanuus)');
      const json = (await cms.get('feeds/posts.json?blog=hyva-digi,kadet-sotessa')).json() as { title: string };
      assert.equal(json.title, 'HyVä-digi, Kädet Sotessa');
    });
  });

  describe('calendar subscriptions', () => {
    const eventsOf = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
      return { calendar, events: calendar.getAllSubcomponents('vevent') };
    };

    it('a filtered subscription holds the same events as the list, links each to its page, and says how often to refresh', async () => {
      const filters = [
        'region=keski-suomi&start=2000-01-01',
        'mode=online&start=2000-01-01',
        'topic=kumppanuus&free=true&start=2000-01-01',
        'q=omaishoitajien&start=2000-01-01&locale=sv',
      ];
      for (const filter of filters) {
        // One row per event: the file holds a series once (with its changed occurrences under the same UID).
        const listed = (await cms.get(`events?${filter}&expand=false&pageSize=100`)).json().data as EventSummary[];
        assert.ok(listed.length > 0, `${filter}: events in the demo`);
        const response = await cms.get(`events.ics?${filter}`);
        assert.equal(response.status, 200);
        const { calendar, events } = eventsOf(response.text);
        assert.equal(calendar.getFirstPropertyValue('refresh-interval')?.toString(), 'PT1H', filter);
        assert.equal(calendar.getFirstPropertyValue('x-published-ttl'), 'PT1H', filter);
        assert.deepEqual(
          [...new Set(events.map((event) => String(event.getFirstPropertyValue('uid')).split('@')[0]))].sort(),
          listed.map((event) => event.id).sort(),
          filter,
        );
        const urls = new Map(
          events.map((event) => [String(event.getFirstPropertyValue('uid')).split('@')[0], event.getFirstPropertyValue('url')]),
        );
        for (const event of listed) assert.equal(urls.get(event.id), pageOf('event', event.slug));
        assert.ok(!response.text.includes(API_PATH), `${filter}: no link into the API`);
      }
    });
  });

  describe('the admin settings page', () => {
    const login = (account: { email: string; password: string }) => adminToken(cms, account);
    const settings = (token: string | null, body?: unknown) =>
      fetch(`${cms.baseUrl}/kumppani/settings/public-pages`, {
        method: body === undefined ? 'GET' : 'PUT',
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('is behind its own permission, which the super admin has and the editor role has not', async () => {
      assert.equal(
        cms.strapi.service('admin::permission').actionProvider.get('plugin::kumppani.settings')?.displayName,
        'Edit public page addresses',
      );
      assert.equal((await settings(null)).status, 401);
      const editor = await login(EDITOR);
      assert.equal((await settings(editor)).status, 403);
      assert.equal((await settings(editor, { programme: 'https://x.example/{slug}' })).status, 403);
    });

    it('saves templates that change the API at once, while the config file’s keys win', async () => {
      const token = await login(DEMO_ADMIN);
      const before = await settings(token);
      assert.equal(before.status, 200);
      const document = (await before.json()) as { fromConfig: Record<string, unknown>; stored: Record<string, unknown> };
      assert.equal(document.fromConfig.organisation, `${SITES}/organisation.html?slug={slug}`);

      const programmesBefore = await cms.get('programmes');
      const settingsVersion = (await readModels(cms).version(['settings'])).token;
      // Other plugins and the admin write to the same core store: that empties no cache.
      await cms.strapi.store({ type: 'plugin', name: 'other-plugin', key: 'anything' }).set({ value: { at: Date.now() } });
      assert.equal((await readModels(cms).version(['settings'])).token, settingsVersion, "another plugin's setting is not ours");
      assert.equal((await cms.get('programmes')).headers.get('etag'), programmesBefore.headers.get('etag'));
      const saved = await settings(token, {
        programme: { fi: 'https://www.vakehyva.fi/hankkeet/{slug}', sv: 'https://www.vakehyva.fi/sv/projekt/{slug}' },
        organisation: 'https://admin.example/{slug}',
        blogs: { 'kadet-sotessa': 'https://kadet.example/blogi/{slug}' },
      });
      assert.equal(saved.status, 200, await saved.clone().text());
      assert.notEqual((await readModels(cms).version(['settings'])).token, settingsVersion, 'the save moves the settings counter');

      const programmesAfter = await cms.get('programmes');
      assert.notEqual(programmesAfter.headers.get('etag'), programmesBefore.headers.get('etag'));
      for (const programme of programmesAfter.json().data as ProgrammeSummary[]) {
        assert.equal(programme.url, `https://www.vakehyva.fi/hankkeet/${programme.slug}`);
      }
      const swedish = (await cms.get('programmes?locale=sv')).json().data as ProgrammeSummary[];
      for (const programme of swedish) {
        assert.equal(
          programme.url,
          programme.locale === 'sv'
            ? `https://www.vakehyva.fi/sv/projekt/${programme.slug}`
            : `https://www.vakehyva.fi/hankkeet/${programme.slug}`,
        );
      }
      const [organisation] = (await cms.get('organisations')).json().data as OrganisationDetail[];
      assert.equal(organisation.url, pageOf('organisation', organisation.slug), 'the config file wins');

      // A blog's own site, for its posts wherever they appear: in lists, and as another post's related post.
      const posts = (await cms.get('posts?pageSize=100')).json().data as PostSummary[];
      const blogOf = new Map(posts.map((post) => [post.slug, post.blog?.slug]));
      const expectedUrl = (slug: string) =>
        blogOf.get(slug) === 'kadet-sotessa' ? `https://kadet.example/blogi/${slug}` : pageOf('post', slug);
      for (const post of posts) assert.equal(post.url, post.canonicalUrl ?? expectedUrl(post.slug));
      const related = (
        await Promise.all(posts.map(async (post) => ((await cms.get(`posts/${post.slug}`)).json().data as PostDetail).relatedPosts))
      ).flat();
      assert.ok(
        related.some((item) => blogOf.get(item.slug) === 'kadet-sotessa'),
        'a related post of Kädet Sotessa in the demo',
      );
      for (const item of related) assert.equal(item.url, expectedUrl(item.slug), item.slug);
    });

    it('refuses a bad template with the field named, and keeps what was saved', async () => {
      const token = await login(DEMO_ADMIN);
      const stored = ((await (await settings(token)).json()) as { stored: unknown }).stored;
      const refused = await settings(token, {
        programme: { fi: 'https://www.vakehyva.fi/hankkeet/{slug}', sv: 'www.vakehyva.fi/{slug}' },
        event: 'https://x.fi/{id}/{slug}',
      });
      assert.equal(refused.status, 400);
      const body = (await refused.json()) as { error: { details: { errors: { path: string[]; message: string }[] } } };
      assert.deepEqual(body.error.details.errors.map((error) => error.path.join('.')).sort(), ['event', 'programme.sv']);
      assert.match(body.error.details.errors.find((error) => error.path[0] === 'event')!.message, /unknown placeholder \{id\}/);
      assert.deepEqual(((await (await settings(token)).json()) as { stored: unknown }).stored, stored);
      const unknownKey = await settings(token, { person: 'https://x.fi/{slug}' });
      assert.equal(unknownKey.status, 400);
    });
  });
});
