/** The content model as Strapi sees it after boot: types, fields, i18n, draft & publish, admin layouts. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { normaliseTexts } from '../../cms/server/src/validation/rules';
import { bootCms, type TestCms } from '../helpers/strapi';

type Attribute = {
  type: string;
  relation?: string;
  target?: string;
  customField?: string;
  default?: unknown;
  pluginOptions?: { i18n?: { localized?: boolean } };
};
type Schema = {
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
};

const EXPECTED_FIELDS: Record<string, string[]> = {
  organisation: [
    'name',
    'slug',
    'alternateNames',
    'businessId',
    'kind',
    'description',
    'logo',
    'logoAlt',
    'website',
    'email',
    'phone',
    'streetAddress',
    'postalCode',
    'locality',
    'latitude',
    'longitude',
    'regions',
    'topics',
    'targetGroups',
    'languages',
    'parent',
  ],
  programme: [
    'name',
    'slug',
    'description',
    'goals',
    'administrator',
    'partners',
    'funders',
    'regions',
    'topics',
    'startDate',
    'endDate',
    'programmeStatus',
    'website',
    'contacts',
  ],
  event: [
    'title',
    'slug',
    'description',
    'startsAt',
    'endsAt',
    'attendanceMode',
    'placeName',
    'streetAddress',
    'locality',
    'onlineUrl',
    'registrationUrl',
    'registrationDeadline',
    'organisers',
    'programme',
    'regions',
    'topics',
    'audience',
    'languages',
    'isFree',
    'price',
    'eventStatus',
    'previousStartsAt',
  ],
  post: [
    'title',
    'slug',
    'lead',
    'body',
    'heroImage',
    'heroImageAlt',
    'heroImageCaption',
    'authors',
    'blog',
    'tags',
    'topics',
    'publishedDate',
    'canonicalUrl',
    'relatedPosts',
    'feedSource',
  ],
  person: ['name', 'roleTitle', 'organisation', 'bio', 'photo', 'email', 'phone', 'contactPublic'],
  blog: ['name', 'slug', 'description', 'organisation'],
  region: ['code', 'slug', 'kind', 'nameFi', 'nameSv', 'nameEn', 'collaborativeArea', 'counties'],
  topic: ['slug', 'nameFi', 'nameSv', 'nameEn'],
  'feed-source': [
    'name',
    'feedUrl',
    'blog',
    'organisation',
    'publishMode',
    'fullText',
    'active',
    'lastFetchedAt',
    'lastSuccessAt',
    'lastError',
    'itemCount',
  ],
};

const RELATIONS: [string, string, string, string][] = [
  ['programme', 'administrator', 'manyToOne', 'organisation'],
  ['programme', 'partners', 'manyToMany', 'organisation'],
  ['programme', 'funders', 'manyToMany', 'organisation'],
  ['organisation', 'parent', 'manyToOne', 'organisation'],
  ['organisation', 'regions', 'manyToMany', 'region'],
  ['event', 'organisers', 'manyToMany', 'organisation'],
  ['event', 'programme', 'manyToOne', 'programme'],
  ['event', 'regions', 'manyToMany', 'region'],
  ['event', 'topics', 'manyToMany', 'topic'],
  ['post', 'authors', 'manyToMany', 'person'],
  ['post', 'blog', 'manyToOne', 'blog'],
  ['post', 'topics', 'manyToMany', 'topic'],
  ['post', 'relatedPosts', 'manyToMany', 'post'],
  ['region', 'collaborativeArea', 'manyToOne', 'region'],
  ['post', 'feedSource', 'manyToOne', 'feed-source'],
  ['feed-source', 'blog', 'manyToOne', 'blog'],
  ['feed-source', 'organisation', 'manyToOne', 'organisation'],
];

describe('content types', () => {
  let cms: TestCms;
  before(async () => {
    cms = await bootCms();
  });
  after(async () => {
    await cms?.close();
  });

  const schema = (name: string) => cms.strapi.contentType(`plugin::kumppani.${name}` as never) as unknown as Schema;

  it('registers every type with the fields DESIGN.md names', () => {
    for (const [name, fields] of Object.entries(EXPECTED_FIELDS)) {
      const attributes = schema(name)?.attributes;
      assert.ok(attributes, `plugin::kumppani.${name} exists`);
      const missing = fields.filter((field) => !(field in attributes));
      assert.deepEqual(missing, [], `${name} lacks ${missing.join(', ')}`);
    }
  });

  it('links the types with the intended relations', () => {
    for (const [name, field, relation, target] of RELATIONS) {
      const attribute = schema(name).attributes[field];
      assert.equal(attribute.type, 'relation', `${name}.${field}`);
      assert.equal(attribute.relation, relation, `${name}.${field}`);
      assert.equal(attribute.target, `plugin::kumppani.${target}`, `${name}.${field}`);
    }
  });

  it('uses draft & publish and fi/sv/en i18n on the editorial types only', () => {
    for (const name of ['organisation', 'programme', 'event', 'post', 'person']) {
      assert.equal(schema(name).options?.draftAndPublish, true, `${name} has draft & publish`);
      assert.equal(schema(name).pluginOptions?.i18n?.localized, true, `${name} is localized`);
    }
    for (const name of ['region', 'topic', 'blog', 'feed-source']) {
      assert.equal(schema(name).options?.draftAndPublish, false, `${name} is reference data`);
      assert.notEqual(schema(name).pluginOptions?.i18n?.localized, true, `${name} carries its names per language instead`);
    }
  });

  it('marks texts as localized and facts shared between translations', () => {
    const localized = (name: string, field: string) => schema(name).attributes[field].pluginOptions?.i18n?.localized;
    for (const [name, field] of [
      ['organisation', 'name'],
      ['organisation', 'description'],
      ['event', 'title'],
      ['post', 'body'],
      ['person', 'bio'],
      ['programme', 'goals'],
    ]) {
      assert.equal(localized(name, field), true, `${name}.${field} is translated`);
    }
    for (const [name, field] of [
      ['organisation', 'businessId'],
      ['organisation', 'regions'],
      ['event', 'startsAt'],
      ['event', 'languages'],
      ['post', 'blog'],
      ['post', 'topics'],
      ['person', 'email'],
    ]) {
      assert.equal(localized(name, field), false, `${name}.${field} is shared`);
    }
    // Links to translated documents are kept per locale: Strapi would otherwise demand that the target
    // exists in every locale. The Finnish version carries them and the public API reads them from there.
    for (const [name, field] of [
      ['post', 'authors'],
      ['event', 'organisers'],
      ['programme', 'partners'],
      ['organisation', 'parent'],
    ]) {
      assert.equal(localized(name, field), true, `${name}.${field} is kept per locale`);
    }
  });

  it("stores an event's series, the plugin's custom field, in the same JSON column, shared and cleaned as JSON", () => {
    const recurrence = schema('event').attributes.recurrence;
    // Strapi swaps a custom field's type for its data type: the middlewares and the text rules see JSON.
    assert.equal(recurrence.type, 'json');
    assert.equal(recurrence.customField, 'plugin::kumppani.recurrence');
    assert.equal(recurrence.pluginOptions?.i18n?.localized, false);
    assert.equal((cms.strapi.get('custom-fields').get('plugin::kumppani.recurrence') as { type: string }).type, 'json');
    const column = (
      cms.strapi.db.metadata.get('plugin::kumppani.event') as { attributes: Record<string, { type: string; columnName?: string }> }
    ).attributes.recurrence;
    assert.deepEqual([column.type, column.columnName], ['json', 'recurrence']);
    const { data } = normaliseTexts(schema('event').attributes, { recurrence: { frequency: 'weekly', exceptions: ['2027-03-23\u0000'] } });
    assert.deepEqual(data.recurrence, { frequency: 'weekly', exceptions: ['2027-03-23'] });
  });

  it('keeps person contact details out of the stock REST API (private fields)', () => {
    const attributes = schema('person').attributes as Record<string, Attribute & { private?: boolean }>;
    assert.equal(attributes.email.private, true);
    assert.equal(attributes.phone.private, true);
  });

  it("keeps a syndicated post's item key and fingerprint, and a feed's validators, private and hidden", () => {
    const post = schema('post').attributes as Record<string, Attribute & { private?: boolean; visible?: boolean }>;
    const source = schema('feed-source').attributes as Record<string, Attribute & { private?: boolean; visible?: boolean }>;
    for (const attribute of [post.sourceItemKey, post.sourceFingerprint, source.etag, source.lastModified]) {
      assert.equal(attribute.private, true);
      assert.equal(attribute.visible, false);
    }
  });

  it("shows a feed source's import status to editors without letting them edit it", async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    const configuration = await contentTypes.findConfiguration({ uid: 'plugin::kumppani.feed-source' });
    for (const field of ['lastFetchedAt', 'lastSuccessAt', 'lastError', 'itemCount'])
      assert.equal(configuration.metadatas[field].edit.editable, false, field);
    for (const field of ['name', 'feedUrl', 'publishMode', 'active'])
      assert.equal(configuration.metadatas[field].edit.editable, true, field);
    assert.equal(schema('feed-source').attributes.publishMode.default, 'draft');
  });

  it('has fi as the default locale with sv and en available', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    assert.equal(await locales.getDefaultLocale(), 'fi');
    const codes = ((await locales.find()) as { code: string }[]).map((locale) => locale.code).sort();
    assert.deepEqual(
      codes.filter((code) => ['fi', 'sv', 'en'].includes(code)),
      ['en', 'fi', 'sv'],
    );
  });

  it('gives editors sensible list columns and labels in the Content Manager', async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    const organisation = await contentTypes.findConfiguration({ uid: 'plugin::kumppani.organisation' });
    assert.deepEqual(organisation.layouts.list, ['name', 'kind', 'locality', 'regions']);
    assert.equal(organisation.settings.mainField, 'name');
    assert.equal(organisation.metadatas.businessId.edit.label, 'Business ID (Y-tunnus)');
    const event = await contentTypes.findConfiguration({ uid: 'plugin::kumppani.event' });
    assert.deepEqual(event.layouts.list, ['title', 'startsAt', 'attendanceMode', 'eventStatus']);
    assert.equal(event.settings.defaultSortBy, 'startsAt');
    const displayed = (contentTypes.findDisplayedContentTypes() as { uid: string }[]).map((type) => type.uid);
    for (const name of Object.keys(EXPECTED_FIELDS))
      assert.ok(displayed.includes(`plugin::kumppani.${name}`), `${name} is shown in the Content Manager`);
  });
});
