/**
 * Drafts, draft-only translations and private contact details never leave the CMS: every public route
 * is asked, in every locale, with the demo's drafts in the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONTENT_LOCALES } from '@kumppani/contract';
import { privateTexts, rowsOf, seededCms, type SeededCms } from '../helpers/api';

const LOCALES = CONTENT_LOCALES;

describe('nothing private reaches a public route', () => {
  let cms: SeededCms;
  /** Texts that exist only in drafts or as private contact details. */
  let secrets = new Map<string, string>();
  let draftSlugs: Record<string, string[]> = {};

  before(async () => {
    cms = await seededCms();
    ({ secrets, draftSlugs } = await privateTexts(cms));
    // Otherwise every "nothing leaks" check below would pass without checking anything.
    assert.ok(secrets.size > 0, 'the demo content has drafts and private contact details');
  });
  after(async () => {
    await cms?.close();
  });

  async function assertClean(path: string, expectedStatus = 200): Promise<string> {
    const response = await cms.get(path);
    assert.equal(response.status, expectedStatus, `${path}: ${response.text.slice(0, 300)}`);
    // A 404 echoes the path the client asked for; that is not a leak.
    for (const [secret, what] of secrets)
      if (!path.includes(secret)) assert.ok(!response.text.includes(secret), `${path} leaks ${what}: "${secret}"`);
    return response.text;
  }

  it('has drafts of every editorial type and private contact details to hide', () => {
    for (const type of ['organisation', 'programme', 'event', 'post', 'person']) assert.ok(draftSlugs[type]?.length, `a draft ${type}`);
    assert.ok([...secrets.values()].some((what) => what.startsWith('private e-mail')));
    assert.ok([...secrets.values()].some((what) => what.startsWith('draft post')));
  });

  it('GET /organisations and /organisations/:slug', async () => {
    for (const locale of LOCALES) {
      await assertClean(`organisations?locale=${locale}&pageSize=100&facets=true`);
      await assertClean(`organisations?locale=${locale}&q=luonnos`);
    }
    for (const slug of draftSlugs.organisation)
      for (const locale of LOCALES) await assertClean(`organisations/${slug}?locale=${locale}`, 404);
    // A published organisation whose English translation is a draft comes in Finnish, saying so.
    const response = await cms.get('organisations/vantaan-a-kilta-ry?locale=en');
    assert.equal(response.json().data.locale, 'fi');
  });

  it('GET /programmes and /programmes/:slug (contact people without private details)', async () => {
    for (const locale of LOCALES) {
      const list = JSON.parse(await assertClean(`programmes?locale=${locale}&pageSize=100`));
      assert.ok(list.data.length > 0, `programmes in ${locale}`);
      for (const programme of list.data) await assertClean(`programmes/${programme.slug}?locale=${locale}`);
    }
    for (const slug of draftSlugs.programme) await assertClean(`programmes/${slug}`, 404);
  });

  it('GET /events and /events/:slug', async () => {
    for (const locale of LOCALES) {
      const list = JSON.parse(await assertClean(`events?locale=${locale}&start=2000-01-01&pageSize=100`));
      assert.ok(list.data.length > 15);
      for (const event of list.data.slice(0, 5)) await assertClean(`events/${event.slug}?locale=${locale}`);
    }
    for (const slug of draftSlugs.event) await assertClean(`events/${slug}`, 404);
  });

  it('GET /events.ics and /events/:slug.ics', async () => {
    for (const locale of LOCALES) await assertClean(`events.ics?locale=${locale}&start=2000-01-01`);
    for (const slug of draftSlugs.event) await assertClean(`events/${slug}.ics`, 404);
  });

  it('GET /posts and /posts/:slug (authors without private details)', async () => {
    for (const locale of LOCALES) {
      const list = JSON.parse(await assertClean(`posts?locale=${locale}&pageSize=100`));
      assert.ok(list.data.length > 0, `posts in ${locale}`);
      for (const post of list.data) await assertClean(`posts/${post.slug}?locale=${locale}`);
    }
    for (const slug of draftSlugs.post) await assertClean(`posts/${slug}`, 404);
  });

  it('GET /feeds/posts.rss, .atom and .json', async () => {
    for (const format of ['rss', 'atom', 'json'])
      for (const locale of LOCALES) await assertClean(`feeds/posts.${format}?locale=${locale}&limit=50`);
  });

  it('GET /openapi.json', async () => {
    await assertClean('openapi.json');
  });

  it('keeps unpublished edits of published documents out of every route that shows them', async () => {
    // The usual way drafts leak in Strapi 5: a published document whose draft has moved on.
    const edits = [
      {
        type: 'organisation',
        field: 'name',
        slug: 'vantaan-a-kilta-ry',
        routes: (slug: string) => [`organisations/${slug}`, 'organisations?pageSize=100', 'organisations?q=julkaisematon'],
      },
      {
        type: 'post',
        field: 'title',
        slug: 'jarjestot-mukana-sote-kehittamisessa-nyt-on-paikka',
        routes: (slug: string) => [`posts/${slug}`, 'posts?pageSize=100', 'feeds/posts.rss', 'feeds/posts.atom', 'feeds/posts.json'],
      },
      {
        type: 'event',
        field: 'title',
        slug: null,
        routes: (slug: string) => [`events/${slug}`, 'events?pageSize=100', 'events.ics', `events/${slug}.ics`],
      },
    ];
    for (const edit of edits) {
      // An upcoming event, so the lists and the calendar, which show only those, include it.
      const where = edit.slug ? { slug: edit.slug } : { startsAt: { $gt: new Date().toISOString() } };
      const [published] = await rowsOf(cms, edit.type, { locale: 'fi', publishedAt: { $notNull: true }, ...where });
      assert.ok(published, `a published ${edit.type}`);
      const before = (await cms.get(edit.routes(published.slug)[0]!)).json().data[edit.field] as string;
      // Each route shows the published text first (the first words: feeds and calendars escape or fold the rest).
      const words = before.split(/\s+/).slice(0, 2).join(' ');
      for (const route of edit.routes(published.slug).filter((route) => !route.includes('q='))) {
        assert.ok((await cms.get(route)).text.includes(words), `${route} shows the published ${edit.type} "${words}"`);
      }
      const unpublished = `Julkaisematon muutos ${edit.type}`;
      await cms.strapi
        .documents(`plugin::kumppani.${edit.type}` as never)
        .update({ documentId: published.documentId, locale: 'fi', data: { [edit.field]: unpublished } } as never);
      const [draft] = await rowsOf(cms, edit.type, { documentId: published.documentId, locale: 'fi', publishedAt: null });
      assert.equal(draft?.[edit.field], unpublished, 'the draft holds the edit');
      for (const route of edit.routes(published.slug)) {
        const text = (await cms.get(route)).text;
        assert.ok(!text.includes(unpublished), `${route} shows the unpublished edit of a ${edit.type}`);
      }
      assert.equal((await cms.get(edit.routes(published.slug)[0]!)).json().data[edit.field], before, `the published ${edit.field} stands`);
    }
  });

  it('shows contact details that an editor made public', async () => {
    const people = new Map((await rowsOf(cms, 'person', { locale: 'fi', publishedAt: { $notNull: true } })).map((row) => [row.slug, row]));
    let publicContacts = 0;
    let privateContacts = 0;
    for (const locale of LOCALES) {
      const programmes = (await cms.get(`programmes?locale=${locale}&pageSize=100`)).json().data as { slug: string }[];
      assert.ok(programmes.length > 0, `programmes in ${locale}`);
      for (const { slug } of programmes) {
        const response = await cms.get(`programmes/${slug}?locale=${locale}`);
        const contacts = response.json().data.contacts as { slug: string; email?: string; phone?: string }[];
        for (const contact of contacts) {
          const person = people.get(contact.slug);
          assert.ok(person, `${slug}: contact ${contact.slug} is a published person`);
          if (person.contactPublic) {
            if (person.email && person.phone) publicContacts += 1;
            assert.equal(contact.email, person.email ?? undefined, `${slug} (${locale}) shows the public e-mail of ${person.name}`);
            assert.equal(contact.phone, person.phone ?? undefined, `${slug} (${locale}) shows the public phone of ${person.name}`);
          } else {
            if (person.email && person.phone) privateContacts += 1;
            assert.equal(contact.email, undefined, `${slug} (${locale}) shows the private e-mail of ${person.name}`);
            assert.equal(contact.phone, undefined, `${slug} (${locale}) shows the private phone of ${person.name}`);
            for (const detail of [person.email, person.phone])
              if (detail) assert.ok(!response.text.includes(detail as string), `${slug} (${locale}) leaks "${detail}"`);
          }
        }
      }
    }
    // Without both kinds linked as programme contacts, the checks above would prove nothing.
    assert.ok(publicContacts > 0, 'a programme contact with a public e-mail and phone');
    assert.ok(privateContacts > 0, 'a programme contact with a private e-mail and phone');
  });
});
