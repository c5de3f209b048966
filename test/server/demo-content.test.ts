/** The demo content: loaded once from the seed-based dataset, rich enough to browse, with drafts kept private. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { APP_DIR, bootCms, type TestCms } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require(path.join(APP_DIR, 'src', 'demo', 'demo-content.js'));

type Row = Record<string, unknown> & { documentId: string; locale: string; publishedAt: string | null };

describe('demo content', () => {
  let cms: TestCms;
  const progress: { done: number; total: number }[] = [];
  const now = new Date();

  before(async () => {
    cms = await bootCms();
    await demo.loadDemoContentIfEmpty(cms.strapi, { onProgress: (step: { done: number; total: number }) => progress.push(step), now });
  });
  after(async () => {
    await cms?.close();
  });

  const rows = (name: string, where: Record<string, unknown> = {}, populate?: string[]) =>
    cms.strapi.db.query(`plugin::kumppani.${name}` as never).findMany({ where, populate }) as Promise<Row[]>;
  const published = (name: string, extra: Record<string, unknown> = {}, populate?: string[]) =>
    rows(name, { publishedAt: { $notNull: true }, ...extra }, populate);

  it('reports progress for every item, ending at the total', () => {
    assert.ok(progress.length > 100);
    assert.deepEqual(
      progress.map((step) => step.done),
      progress.map((_, index) => index + 1),
    );
    assert.equal(progress.at(-1)?.done, progress.at(-1)?.total);
  });

  it('holds the organisations, programmes, people and posts of the seed texts', async () => {
    const organisationNames = (await published('organisation', { locale: 'fi' })).map((row) => row.name);
    for (const name of ['Vantaan A-kilta ry', 'SOSTE Suomen sosiaali ja terveys ry']) assert.ok(organisationNames.includes(name), name);
    const programmeNames = (await published('programme', { locale: 'fi' })).map((row) => row.name as string);
    assert.ok(
      programmeNames.some((name) => name.startsWith('Vantaa–Kerava-sote: Asukkaan asialla')),
      programmeNames.join(' | '),
    );
    assert.ok(programmeNames.some((name) => name.includes('Keski-Suomen vaikuttavat järjestöt')));
    const people = (await published('person', { locale: 'fi' })).map((row) => row.name);
    for (const name of ['Kirsi Jormanainen', 'Leena-Kaisa Nikkarinen', 'Niina Salo-Lehtinen', 'Hanna Kaunisto'])
      assert.ok(people.includes(name), name);
    const blogs = (await rows('blog')).map((row) => row.name);
    assert.ok(blogs.includes('Kädet Sotessa'));
    const events = await published('event', { locale: 'fi' });
    const akatemia = events.find((row) => String(row.title).includes('Yhteistyöllä lisää hyvinvointia ja terveyttä'));
    // 1.6.2022 17.30 in Helsinki (summer time, UTC+3) is 14.30 UTC.
    assert.equal(new Date(akatemia?.startsAt as string).toISOString(), '2022-06-01T14:30:00.000Z');
    assert.equal(akatemia?.attendanceMode, 'online');
  });

  it("has a partner's feed, inactive (the demo has no internet), and posts imported from it that link to their originals", async () => {
    const [source, ...others] = await rows('feed-source', {}, ['blog', 'organisation']);
    assert.equal(others.length, 0);
    assert.equal(source.active, false);
    assert.equal((source.blog as { slug: string }).slug, 'yhdyspinnalla');
    assert.equal((source.organisation as { name: string }).name, 'Vantaan A-kilta ry');
    const syndicated = await published('post', { locale: 'fi', feedSource: { documentId: source.documentId } });
    assert.equal(syndicated.length, 2);
    for (const post of syndicated) {
      assert.match(post.canonicalUrl as string, /^https:\/\/blogi\.vantaan-a-kilta\.example\//);
      assert.equal(post.sourceItemKey, post.canonicalUrl);
    }
  });

  it('is worth browsing: 40+ organisations in 8+ regions, 15+ events mostly upcoming, 8+ posts', async () => {
    const organisations = await published('organisation', { locale: 'fi' }, ['regions']);
    assert.ok(organisations.length >= 40, `${organisations.length} organisations`);
    const regions = new Set(organisations.flatMap((row) => (row.regions as { slug: string }[]).map((region) => region.slug)));
    assert.ok(regions.size >= 8, `${regions.size} regions`);
    const events = await published('event', { locale: 'fi' });
    assert.ok(events.length >= 15, `${events.length} events`);
    const upcoming = events.filter((row) => new Date(row.startsAt as string) > now);
    assert.ok(upcoming.length > events.length / 2, `${upcoming.length} of ${events.length} upcoming`);
    assert.ok((await published('post', { locale: 'fi' })).length >= 8);
  });

  it('has a Swedish translation of the SOSTE post of 15.6.2022', async () => {
    const swedish = await published('post', { locale: 'sv' });
    assert.ok(swedish.some((row) => String(row.title).startsWith('Organisationerna har mycket att påverka i välfärdsområdena')));
  });

  it('keeps at least one draft of every editorial type unpublished', async () => {
    for (const name of ['organisation', 'programme', 'event', 'post', 'person']) {
      const all = await rows(name);
      const publishedIds = new Set(all.filter((row) => row.publishedAt).map((row) => row.documentId));
      const draftOnly = all.filter((row) => !row.publishedAt && !publishedIds.has(row.documentId));
      assert.ok(draftOnly.length >= 1, `${name} has a draft that was never published`);
    }
  });

  it('keeps an unpublished translation of a published document', async () => {
    const organisations = await rows('organisation');
    const publishedKeys = new Set(organisations.filter((row) => row.publishedAt).map((row) => `${row.documentId}:${row.locale}`));
    const draftTranslation = organisations.find(
      (row) =>
        !row.publishedAt &&
        row.locale !== 'fi' &&
        !publishedKeys.has(`${row.documentId}:${row.locale}`) &&
        publishedKeys.has(`${row.documentId}:fi`),
    );
    assert.ok(draftTranslation, 'a published organisation with a draft-only translation');
  });

  it('has people whose contact details are private, and one whose are public', async () => {
    const people = await published('person', { locale: 'fi' });
    assert.ok(people.filter((row) => !row.contactPublic && row.email && row.phone).length >= 2);
    assert.ok(people.some((row) => row.contactPublic && row.email));
  });

  it('links published documents to published versions', async () => {
    const children = await published('organisation', { locale: 'fi', parent: { id: { $notNull: true } } }, ['parent']);
    assert.ok(children.length > 0);
    for (const child of children) assert.ok((child.parent as Row).publishedAt, `${child.name} → published parent`);
  });

  it('is never loaded twice', async () => {
    const countsBefore = await Promise.all(['organisation', 'event', 'post'].map((name) => rows(name).then((list) => list.length)));
    assert.equal(await demo.loadDemoContentIfEmpty(cms.strapi, {}), null, 'the first-start loader does nothing');
    const report = await demo.loadDemoContent(cms.strapi, {});
    assert.deepEqual(report.created, {}, 'loading on demand finds everything present');
    assert.equal(report.skipped, progress.length);
    const countsAfter = await Promise.all(['organisation', 'event', 'post'].map((name) => rows(name).then((list) => list.length)));
    assert.deepEqual(countsAfter, countsBefore);
  });
});
