/**
 * The content-type registry without a Strapi: every UID has a folder whose schema names it, Strapi gets each
 * schema, and the search columns a type writes are the ones its schema holds, filled from its texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  ORGANISATION_KINDS,
  PLUGIN_ID,
  PROGRAMME_STATUSES,
  RECURRENCE_CUSTOM_FIELD,
  REGION_KINDS,
} from '@kumppani/contract';
import strapiContentTypes, { CONTENT_TYPES } from '../../cms/server/src/content-types';
import { EDITORIAL_TYPES, UID, type ContentTypeName } from '../../cms/server/src/content-types/uids';
import { SEARCHABLE_TYPES } from '../../cms/server/src/search/search-index';

const names = Object.keys(UID) as ContentTypeName[];

describe('content-type registry', () => {
  it('holds one definition per UID, each with the schema of that singular name', () => {
    assert.deepEqual(Object.keys(CONTENT_TYPES).sort(), [...names].sort());
    for (const name of names) assert.equal(CONTENT_TYPES[name].schema.info.singularName, name);
  });

  it('indexes for search exactly the types that write search columns', () => {
    const withSearch = names.filter((name) => CONTENT_TYPES[name].search);
    assert.deepEqual([...SEARCHABLE_TYPES].sort(), withSearch.sort());
  });

  it("gives Strapi every type's schema under its name, and nothing else", () => {
    assert.deepEqual(Object.keys(strapiContentTypes).sort(), [...names].sort());
    for (const name of names) assert.deepEqual(strapiContentTypes[name], { schema: CONTENT_TYPES[name].schema });
  });

  it('names as editorial exactly the types with drafts', () => {
    assert.deepEqual(names.filter((name) => CONTENT_TYPES[name].schema.options.draftAndPublish).sort(), [...EDITORIAL_TYPES].sort());
  });

  it("lists in each schema's enumerations exactly the contract's vocabulary, which schema.json cannot import", () => {
    const enumeration = (name: ContentTypeName, field: string) =>
      (CONTENT_TYPES[name].schema.attributes[field] as { type: string; enum?: string[] }).enum;
    assert.deepEqual(enumeration('organisation', 'kind'), [...ORGANISATION_KINDS]);
    assert.deepEqual(enumeration('event', 'attendanceMode'), [...ATTENDANCE_MODES]);
    assert.deepEqual(enumeration('event', 'eventStatus'), [...EVENT_STATUSES]);
    assert.deepEqual(enumeration('programme', 'programmeStatus'), [...PROGRAMME_STATUSES]);
    assert.deepEqual(enumeration('region', 'kind'), [...REGION_KINDS]);
    assert.deepEqual(enumeration('feed-source', 'publishMode'), ['draft', 'publish']);
    const enumerations = names.flatMap((name) =>
      Object.entries(CONTENT_TYPES[name].schema.attributes)
        .filter(([, attribute]) => attribute.type === 'enumeration')
        .map(([field]) => `${name}.${field}`),
    );
    assert.deepEqual(enumerations.sort(), [
      'event.attendanceMode',
      'event.eventStatus',
      'feed-source.publishMode',
      'organisation.kind',
      'programme.programmeStatus',
      'region.kind',
    ]);
  });

  it("names in the event's series the custom field the plugin registers, which schema.json cannot import", () => {
    const recurrence = CONTENT_TYPES.event.schema.attributes.recurrence as { type: string; customField?: string };
    assert.deepEqual(recurrence, { ...recurrence, type: 'customField', customField: `plugin::${PLUGIN_ID}.${RECURRENCE_CUSTOM_FIELD}` });
  });

  it('writes search columns for exactly the types whose schema has them', () => {
    for (const name of names) {
      const { attributes } = CONTENT_TYPES[name].schema;
      const hasColumns = 'searchName' in attributes && 'searchText' in attributes;
      assert.equal(Boolean(CONTENT_TYPES[name].search), hasColumns, name);
    }
    assert.deepEqual(names.filter((name) => CONTENT_TYPES[name].search).sort(), ['event', 'organisation', 'post', 'programme']);
  });
});

describe('search columns', () => {
  const search = (name: ContentTypeName, data: Record<string, unknown>) => CONTENT_TYPES[name].search?.(data);

  it('fold an organisation’s names into the name column and its description and locality into the text', () => {
    assert.deepEqual(
      search('organisation', {
        name: 'Kädet Sotessa ry',
        alternateNames: 'KäSo\nHänder i vården',
        description: 'Yhteistyötä',
        locality: 'Vantaa',
        email: 'ei@haeta.fi',
      }),
      { searchName: 'kadet sotessa ry kaso hander i varden', searchText: 'kadet sotessa ry kaso hander i varden yhteistyota vantaa' },
    );
  });

  it('index a programme’s goals, an event’s place and audience, and a post’s body and tags', () => {
    assert.deepEqual(search('programme', { name: 'Ohjelma', description: 'Kuvaus', goals: 'Tavoite', website: 'https://x.fi' }), {
      searchName: 'ohjelma',
      searchText: 'ohjelma kuvaus tavoite',
    });
    assert.deepEqual(
      search('event', { title: 'Päivä', description: 'D', placeName: 'Sali', locality: 'Oulu', audience: 'Kaikki', price: '10 €' }),
      { searchName: 'paiva', searchText: 'paiva d sali oulu kaikki' },
    );
    assert.deepEqual(
      search('post', {
        title: 'Otsikko',
        lead: 'Ingressi',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Leipäteksti' }] }],
        tags: ['kumppanuus', 'järjestöt'],
      }),
      { searchName: 'otsikko', searchText: 'otsikko ingressi leipateksti kumppanuus jarjestot' },
    );
  });

  it('leave out fields that hold no text', () => {
    assert.deepEqual(search('event', { title: 'Päivä', description: null, audience: 3 }), { searchName: 'paiva', searchText: 'paiva' });
  });
});
