/** Regions and topics are seeded at bootstrap, correctly and only once. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REGIONS } from '../../cms/server/src/reference-data/regions';
import { TOPICS } from '../../cms/server/src/reference-data/topics';
import { bootCms, type TestCms } from '../helpers/strapi';

type Region = {
  code: string;
  slug: string;
  kind: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  updatedAt: string;
  collaborativeArea: { slug: string } | null;
};

describe('reference data', () => {
  let cms: TestCms;
  before(async () => {
    cms = await bootCms();
  });
  after(async () => {
    await cms?.close();
  });

  const regions = async () =>
    (await cms.strapi.db
      .query('plugin::kumppani.region' as never)
      .findMany({ populate: ['collaborativeArea'], orderBy: { code: 'asc' } })) as Region[];

  it('holds the 21 wellbeing services counties, the City of Helsinki and the five collaborative areas', async () => {
    const all = await regions();
    assert.equal(all.filter((region) => region.kind === 'wellbeing_services_county').length, 21);
    assert.equal(all.filter((region) => region.kind === 'city').length, 1);
    assert.equal(all.filter((region) => region.kind === 'collaborative_area').length, 5);
    assert.equal(new Set(all.map((region) => region.code)).size, all.length, 'codes are unique');
  });

  it('names regions officially in fi, sv and en and puts every county in its collaborative area', async () => {
    const bySlug = new Map((await regions()).map((region) => [region.slug, region]));
    assert.equal(bySlug.size, REGIONS.length);
    const vantaaKerava = bySlug.get('vantaa-kerava');
    assert.equal(vantaaKerava?.nameFi, 'Vantaan ja Keravan hyvinvointialue');
    assert.equal(vantaaKerava?.nameSv, 'Vanda och Kervo välfärdsområde');
    assert.equal(vantaaKerava?.collaborativeArea?.slug, 'yta-etela-suomi');
    assert.equal(bySlug.get('helsinki')?.nameSv, 'Helsingfors stad');
    // Decree 91/2022: Keski-Suomi belongs to the Eastern Finland area, Pirkanmaa to Inner Finland.
    assert.equal(bySlug.get('keski-suomi')?.collaborativeArea?.slug, 'yta-ita-suomi');
    assert.equal(bySlug.get('pirkanmaa')?.collaborativeArea?.slug, 'yta-sisa-suomi');
    assert.equal(bySlug.get('yta-sisa-suomi')?.nameFi, 'Sisä-Suomen yhteistyöalue');
    for (const region of bySlug.values()) {
      if (region.kind !== 'collaborative_area') assert.ok(region.collaborativeArea, `${region.slug} has an area`);
    }
  });

  it('seeds the topic taxonomy', async () => {
    const topics = (await cms.strapi.db.query('plugin::kumppani.topic' as never).findMany({})) as { slug: string }[];
    assert.deepEqual(topics.map((topic) => topic.slug).sort(), TOPICS.map((topic) => topic.slug).sort());
  });

  it('changes nothing when seeded again', async () => {
    const before = await regions();
    const service = cms.strapi.plugin('kumppani').service('reference-data');
    assert.deepEqual(await service.seedRegions(), { created: 0, updated: 0, unchanged: REGIONS.length });
    assert.deepEqual(await service.seedTopics(), { created: 0, updated: 0, unchanged: TOPICS.length });
    assert.deepEqual(await regions(), before, 'rows and their updatedAt are untouched');
  });

  it('repairs a region an editor broke, and only that one', async () => {
    await cms.strapi.db.query('plugin::kumppani.region' as never).update({ where: { slug: 'kainuu' }, data: { nameSv: 'fel' } });
    const report = await cms.strapi.plugin('kumppani').service('reference-data').seedRegions();
    assert.deepEqual(report, { created: 0, updated: 1, unchanged: REGIONS.length - 1 });
    const kainuu = (await regions()).find((region) => region.slug === 'kainuu');
    assert.equal(kainuu?.nameSv, 'Kajanalands välfärdsområde');
  });
});
