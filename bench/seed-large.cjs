'use strict';
/**
 * Bulk data for benchmarks: N organisations and M events inserted straight into the tables (a draft and a
 * published row per document, as Strapi stores them, with links to regions, topics and organisers and the
 * search columns the plugin maintains). The Document Service would take many minutes for 15,000 documents;
 * what is measured is reading, not writing.
 */
const crypto = require('node:crypto');

const PLACES = [
  'Vantaan',
  'Keravan',
  'Helsingin',
  'Espoon',
  'Porvoon',
  'Tampereen',
  'Jyväskylän',
  'Oulun',
  'Turun',
  'Kuopion',
  'Joensuun',
  'Vaasan',
  'Rovaniemen',
  'Lahden',
  'Kotkan',
  'Seinäjoen',
  'Kajaanin',
  'Mikkelin',
  'Hämeenlinnan',
  'Porin',
];
const KINDS = [
  'Mielenterveysyhdistys',
  'Omaishoitajat',
  'Yhteistyöverkosto',
  'Setlementti',
  'Martat',
  'Nuorisoseura',
  'Vammaisyhdistys',
  'Eläkeläiset',
  'Perhekeskus',
  'Kumppanuuspöytä',
  'A-kilta',
  'Kylätoimikunta',
];
const WORDS = [
  'yhteistyö',
  'vertaistuki',
  'hyvinvointi',
  'osallisuus',
  'kumppanuus',
  'päihdetyö',
  'lapsiperheet',
  'ikäihmiset',
  'kotoutuminen',
  'vapaaehtoistoiminta',
  'työkyky',
  'järjestöt',
];

const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const documentId = () =>
  crypto
    .randomBytes(18)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'a')
    .slice(0, 24);
const pick = (list, index) => list[index % list.length];

async function insertChunks(knex, table, rows, size = 500) {
  const ids = [];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const inserted = await knex(table).insert(chunk).returning('id');
    ids.push(...inserted.map((row) => (typeof row === 'object' ? row.id : row)));
  }
  return ids;
}

async function seedLarge(strapi, { organisations = 10_000, events = 5_000 } = {}) {
  const knex = strapi.db.connection;
  const meta = (uid) => strapi.db.metadata.get(uid);
  const org = meta('plugin::kumppani.organisation');
  const ev = meta('plugin::kumppani.event');
  const regionIds = (await knex('kumppani_regions').select('id').where('kind', '!=', 'collaborative_area')).map((row) => row.id);
  const topicIds = (await knex('kumppani_topics').select('id')).map((row) => row.id);
  const now = new Date();

  const orgRows = [];
  for (let index = 0; index < organisations; index += 1) {
    const name = `${pick(PLACES, index)} ${pick(KINDS, Math.floor(index / PLACES.length))} ${index} ry`;
    const description = `${pick(WORDS, index)} ja ${pick(WORDS, index * 7 + 3)} ${pick(PLACES, index * 3)} alueella. Toimimme yhdessä hyvinvointialueen kanssa.`;
    const base = {
      document_id: documentId(),
      name,
      slug: `bench-org-${index}`,
      kind: index % 9 === 0 ? 'foundation' : 'association',
      description,
      languages: JSON.stringify(index % 5 === 0 ? ['fi', 'sv'] : ['fi']),
      target_groups: JSON.stringify(['everyone']),
      locale: 'fi',
      created_at: now,
      updated_at: now,
      search_name: fold(name),
      search_text: fold(`${name}\n${description}`),
    };
    orgRows.push({ ...base, published_at: null }, { ...base, published_at: now });
  }
  const orgIds = await insertChunks(knex, org.tableName, orgRows);
  const regionsLink = org.attributes.regions.joinTable;
  const topicsLink = org.attributes.topics.joinTable;
  const links = [];
  const topicLinks = [];
  orgIds.forEach((id, index) => {
    const document = Math.floor(index / 2);
    links.push({
      [regionsLink.joinColumn.name]: id,
      [regionsLink.inverseJoinColumn.name]: pick(regionIds, document),
      [regionsLink.orderColumnName]: 1,
    });
    topicLinks.push({
      [topicsLink.joinColumn.name]: id,
      [topicsLink.inverseJoinColumn.name]: pick(topicIds, document),
      [topicsLink.orderColumnName]: 1,
    });
  });
  await insertChunks(knex, regionsLink.name, links, 400);
  await insertChunks(knex, topicsLink.name, topicLinks, 400);

  const publishedOrgIds = orgIds.filter((_, index) => index % 2 === 1);
  const eventRows = [];
  for (let index = 0; index < events; index += 1) {
    const start = new Date(now.getTime() + (index - events / 5) * 3_600_000 * 7);
    const title = `${pick(WORDS, index)}: ${pick(PLACES, index * 11)} ${pick(KINDS, index)} tapaaminen ${index}`;
    const base = {
      document_id: documentId(),
      title,
      slug: `bench-event-${index}`,
      description: `${pick(WORDS, index + 5)} ja ${pick(WORDS, index + 2)}.`,
      starts_at: start,
      ends_at: new Date(start.getTime() + 7_200_000),
      attendance_mode: pick(['offline', 'online', 'mixed'], index),
      languages: JSON.stringify(['fi']),
      is_free: index % 4 !== 0,
      event_status: 'scheduled',
      locale: 'fi',
      created_at: now,
      updated_at: now,
      search_name: fold(title),
      search_text: fold(title),
    };
    eventRows.push({ ...base, published_at: null }, { ...base, published_at: now });
  }
  const eventIds = await insertChunks(knex, ev.tableName, eventRows);
  const eventRegions = ev.attributes.regions.joinTable;
  const organisers = ev.attributes.organisers.joinTable;
  await insertChunks(
    knex,
    eventRegions.name,
    eventIds.map((id, index) => ({
      [eventRegions.joinColumn.name]: id,
      [eventRegions.inverseJoinColumn.name]: pick(regionIds, Math.floor(index / 2)),
      [eventRegions.orderColumnName]: 1,
    })),
    400,
  );
  await insertChunks(
    knex,
    organisers.name,
    eventIds.map((id, index) => ({
      [organisers.joinColumn.name]: id,
      [organisers.inverseJoinColumn.name]: pick(publishedOrgIds, Math.floor(index / 2) * 13),
      [organisers.orderColumnName]: 1,
    })),
    400,
  );
  return { organisations, events };
}

module.exports = { seedLarge, WORDS, PLACES };
