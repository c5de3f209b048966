/** The partner directory as a widget or partner site uses it. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seededCms, type SeededCms } from '../helpers/api';

type Org = {
  slug: string;
  name: string;
  locale: string;
  kind: string;
  regions: { slug: string; kind: string }[];
  topics: { slug: string }[];
  languages: string[];
  targetGroups: string[];
};

describe('GET /organisations', () => {
  let cms: SeededCms;
  before(async () => {
    cms = await seededCms();
  });
  after(async () => {
    await cms?.close();
  });

  const list = async (query: string) => {
    const response = await cms.get(`organisations?${query}`);
    assert.equal(response.status, 200, response.text);
    return response.json() as {
      data: Org[];
      meta: {
        total: number;
        page: number;
        pageSize: number;
        pageCount: number;
        facets?: Record<string, { value: string; count: number; kind?: string }[]>;
      };
    };
  };
  const all = async (query = '') => (await list(`pageSize=100&${query}`)).data;

  it('finds "yhteistyö" whether typed with or without the accent, in any case', async () => {
    const plain = await all('q=Yhteistyo');
    const exact = await all('q=yhteistyö');
    assert.ok(plain.length > 0);
    assert.deepEqual(
      plain.map((org) => org.slug),
      exact.map((org) => org.slug),
    );
    assert.deepEqual(
      (await all('q=YHTEISTYÖ')).map((org) => org.slug),
      exact.map((org) => org.slug),
    );
  });

  it('finds organisations by alternate name and by topic name', async () => {
    assert.ok((await all('q=soste')).some((org) => org.slug === 'soste-suomen-sosiaali-ja-terveys-ry'));
    const byTopic = await all('q=vertaistuki');
    assert.ok(byTopic.some((org) => org.topics.some((topic) => topic.slug === 'vertaistuki')));
  });

  it('ranks name matches before matches in descriptions, whole words before word starts, each group alphabetically', async () => {
    const results = await all('q=mielenterveys');
    const words = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u);
    // 0: the name holds the whole word; 1: a word of the name starts with it; 2: only the description or a topic matches.
    const tier = (name: string) =>
      words(name).includes('mielenterveys') ? 0 : words(name).some((word) => word.startsWith('mielenterveys')) ? 1 : 2;
    const tiers = results.map((org) => tier(org.name));
    assert.ok(tiers.includes(0) && tiers.includes(1) && tiers.includes(2), `the demo has every kind of match: ${tiers.join(',')}`);
    assert.deepEqual(
      tiers,
      [...tiers].sort((a, b) => a - b),
      results.map((org) => org.name).join(' | '),
    );
    const collator = new Intl.Collator('fi-FI', { sensitivity: 'base', numeric: true });
    for (const level of [0, 1, 2]) {
      const group = results.filter((_, index) => tiers[index] === level);
      assert.deepEqual(
        group.map((org) => org.name),
        group.map((org) => org.name).sort(collator.compare),
      );
    }
    const byName = await all('q=mielenterveys&sort=name');
    assert.equal(byName.length, results.length, 'the same matches in another order');
    assert.deepEqual(
      byName.map((org) => org.name),
      byName.map((org) => org.name).sort(collator.compare),
    );
  });

  it('requires every word of the query to match', async () => {
    const both = await all('q=vantaan a-kilta');
    assert.ok(both.length >= 1);
    assert.ok(both.every((org) => /vanta/i.test(JSON.stringify(org))));
  });

  it('filters by region; a county includes organisations serving its collaborative area, an area its counties', async () => {
    const county = await all('region=vantaa-kerava');
    assert.ok(county.length > 0);
    assert.ok(county.every((org) => org.regions.some((region) => ['vantaa-kerava', 'yta-etela-suomi'].includes(region.slug))));
    assert.ok(county.some((org) => org.regions.some((region) => region.slug === 'vantaa-kerava')));
    const area = await all('region=yta-etela-suomi');
    assert.ok(
      area.some((org) => org.regions.some((region) => region.slug === 'helsinki')),
      'Helsinki is in the southern area',
    );
    assert.ok(area.length > county.length);
  });

  it('filters by topic, kind, language and target group, and combines filters with AND', async () => {
    const topic = await all('topic=mielenterveys-ja-paihteet');
    assert.ok(topic.length > 0 && topic.every((org) => org.topics.some((t) => t.slug === 'mielenterveys-ja-paihteet')));
    const counties = await all('kind=wellbeing_services_county');
    assert.ok(counties.length >= 3 && counties.every((org) => org.kind === 'wellbeing_services_county'));
    const swedish = await all('language=sv');
    assert.ok(swedish.length > 0 && swedish.every((org) => org.languages.includes('sv')));
    const families = await all('targetGroup=families');
    assert.ok(families.length > 0 && families.every((org) => org.targetGroups.includes('families')));
    const combined = await all('kind=association&language=sv');
    assert.ok(combined.length > 0 && combined.every((org) => org.kind === 'association' && org.languages.includes('sv')));
    assert.ok(combined.length <= swedish.length);
  });

  it('sorts by name with the collation of the locale: Finnish puts Ä and Ö after Z', async () => {
    const names = (await all()).map((org) => org.name);
    const sorted = [...names].sort(new Intl.Collator('fi-FI', { sensitivity: 'base', numeric: true }).compare);
    assert.deepEqual(names, sorted);
    assert.ok(names.length >= 40);
  });

  it('pages consistently and reports totals', async () => {
    const first = await list('pageSize=10&page=1');
    const second = await list('pageSize=10&page=2');
    assert.equal(first.meta.total, (await all()).length);
    assert.equal(first.meta.pageCount, Math.ceil(first.meta.total / 10));
    assert.equal(first.data.length, 10);
    assert.equal(new Set([...first.data, ...second.data].map((org) => org.slug)).size, 20, 'pages do not overlap');
    const beyond = await list(`pageSize=10&page=${first.meta.pageCount + 1}`);
    assert.deepEqual(beyond.data, []);
  });

  it('counts matches per region, topic and kind for the current query', async () => {
    const { meta, data } = await list('facets=true&pageSize=100&topic=kumppanuus');
    const kinds = meta.facets!.kind;
    assert.ok(meta.total > 0 && kinds.length > 0 && meta.facets!.region.length > 0, 'matches, with kinds and regions to count');
    assert.equal(
      kinds.reduce((sum, facet) => sum + facet.count, 0),
      meta.total,
    );
    for (const facet of kinds) assert.equal(facet.count, data.filter((org) => org.kind === facet.value).length, facet.value);
    for (const facet of meta.facets!.region)
      assert.equal(facet.count, data.filter((org) => org.regions.some((r) => r.slug === facet.value)).length, facet.value);
    assert.equal(meta.facets!.topic.find((facet) => facet.value === 'kumppanuus')?.count, meta.total);
    assert.equal((await list('pageSize=1')).meta.facets, undefined, 'only when asked');
  });

  it("says each counted region's kind, so a reader's list can group collaborative areas apart from counties", async () => {
    const { meta, data } = await list('facets=true&pageSize=100');
    const kindOf = new Map(data.flatMap((org) => org.regions.map((region) => [region.slug, region.kind] as const)));
    const regions = meta.facets!.region;
    assert.ok(
      regions.some((facet) => facet.kind === 'collaborative_area') && regions.some((facet) => facet.kind === 'wellbeing_services_county'),
    );
    for (const facet of regions) assert.equal(facet.kind, kindOf.get(facet.value), facet.value);
    for (const facet of meta.facets!.topic) assert.equal(facet.kind, undefined, 'only regions have a kind');
  });

  it('counts each facet group without its own filter, so other choices stay visible', async () => {
    const withoutRegion = await list('facets=true&pageSize=1&kind=association');
    const withRegion = await list('facets=true&pageSize=100&kind=association&region=helsinki');
    assert.deepEqual(withRegion.meta.facets!.region, withoutRegion.meta.facets!.region, 'region counts ignore the region filter');
    assert.ok(withRegion.meta.facets!.region.filter((facet) => facet.count > 0).length > 1);
    // The other groups do follow the region filter.
    assert.ok(withRegion.meta.facets!.topic.length > 0, 'topics to count');
    assert.equal(withRegion.meta.facets!.kind.find((facet) => facet.value === 'association')?.count, withRegion.meta.total);
    for (const facet of withRegion.meta.facets!.topic) {
      assert.equal(
        facet.count,
        withRegion.data.filter((org) => org.topics.some((topic) => topic.slug === facet.value)).length,
        facet.value,
      );
    }
  });

  it('returns Swedish texts where they exist and Finnish otherwise, saying which', async () => {
    const swedish = await all('locale=sv');
    assert.ok(swedish.some((org) => org.locale === 'sv'));
    assert.ok(swedish.some((org) => org.locale === 'fi'));
    assert.equal(swedish.length, (await all()).length, 'every published organisation, whatever its translations');
    const folkhalsan = swedish.find((org) => org.name.startsWith('Samfundet Folkhälsan'));
    assert.equal(folkhalsan?.locale, 'sv');
  });

  it('answers unknown regions and topics with a 400 that names them', async () => {
    const response = await cms.get('organisations?region=vantaa,helsinki');
    assert.equal(response.status, 400);
    assert.deepEqual(response.json().invalidParams, [{ name: 'region', reason: 'has no match for vantaa' }]);
  });

  it('shows one organisation with its members, parent and programmes', async () => {
    const response = await cms.get('organisations/vantaan-a-kilta-ry');
    assert.equal(response.status, 200);
    const { data } = response.json();
    assert.equal(data.parent?.slug, 'a-kiltojen-liitto-ry');
    const parent = (await cms.get('organisations/a-kiltojen-liitto-ry')).json().data;
    assert.ok(parent.members.some((member: { slug: string }) => member.slug === 'vantaan-a-kilta-ry'));
    const kyt = (await cms.get('organisations?q=keski-suomen yhteisojen tuki')).json().data[0];
    const detail = (await cms.get(`organisations/${kyt.slug}`)).json().data;
    assert.ok(
      detail.programmes.some((programme: { name: string }) => programme.name.includes('vaikuttavat järjestöt')),
      JSON.stringify(detail.programmes),
    );
    assert.equal((await cms.get('organisations/no-such-organisation')).status, 404);
  });
});
