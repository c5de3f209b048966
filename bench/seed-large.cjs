'use strict';
/**
 * Bulk data for benchmarks: N organisations and M events inserted straight into the tables (a draft and a
 * published row per document, as Strapi stores them, with links to regions, topics and organisers and the
 * search columns the plugin maintains), in batches inside one transaction. The Document Service would take
 * hours for 100,000 documents; what is measured is reading, not writing. The texts come from corpus.cjs.
 *
 * Rows inserted this way bypass the document middleware that keeps the plugin's search index up to date, so
 * the index is rebuilt afterwards (the `search-index` service).
 *
 * Also a command, run by bench/api.mjs in a process of its own (one Strapi per process):
 * `node bench/seed-large.cjs <organisations> <events>` with the database settings in the environment; prints
 * one line `SEEDED <json>`.
 */
const crypto = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { createCorpus } = require('./corpus.cjs');

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

/** Documents per batch: two rows each, and SQLite's and PostgreSQL's limits on bound values stay far off. */
const BATCH = 250;

async function insertRows(knex, table, rows, size = 500) {
  const ids = [];
  for (let start = 0; start < rows.length; start += size) {
    const inserted = await knex(table)
      .insert(rows.slice(start, start + size))
      .returning('id');
    ids.push(...inserted.map((row) => (typeof row === 'object' ? row.id : row)));
  }
  return ids;
}

/** One link row per id, from `column` to the target `targetOf(index)`. */
const linkRows = (joinTable, ids, targetOf) =>
  ids.map((id, index) => ({
    [joinTable.joinColumn.name]: id,
    [joinTable.inverseJoinColumn.name]: targetOf(index),
    [joinTable.orderColumnName]: 1,
  }));

/** Rows of documents `from`…`to` of one type (a draft and a published row each), inserted with their links. */
async function insertDocuments(knex, metadata, rowsOf, links, from, to) {
  const rows = [];
  for (let index = from; index < to; index += 1) {
    const base = rowsOf(index);
    rows.push({ ...base, published_at: null }, { ...base, published_at: base.created_at });
  }
  const ids = await insertRows(knex, metadata.tableName, rows);
  for (const [attribute, targetOf] of Object.entries(links)) {
    const joinTable = metadata.attributes[attribute].joinTable;
    await insertRows(
      knex,
      joinTable.name,
      linkRows(joinTable, ids, (index) => targetOf(from + Math.floor(index / 2))),
    );
  }
  return ids;
}

/** Calls `onProgress` at most once a second (and for the last report). */
function throttled(onProgress) {
  let last = 0;
  return (progress, force = false) => {
    const now = performance.now();
    if (force || now - last >= 1000) {
      last = now;
      onProgress(progress);
    }
  };
}

const describeProgress = (progress) =>
  progress && typeof progress === 'object' && 'done' in progress && 'total' in progress
    ? `${progress.done}/${progress.total}`
    : JSON.stringify(progress);

async function seedLarge(strapi, { organisations = 10_000, events = 5_000, log = () => {} } = {}) {
  const started = performance.now();
  const corpus = createCorpus();
  const meta = (uid) => strapi.db.metadata.get(uid);
  const org = meta('plugin::kumppani.organisation');
  const ev = meta('plugin::kumppani.event');
  const connection = strapi.db.connection;
  const regionIds = (await connection('kumppani_regions').select('id').where('kind', '!=', 'collaborative_area')).map((row) => row.id);
  const topicIds = (await connection('kumppani_topics').select('id')).map((row) => row.id);
  const now = new Date();
  const progress = throttled(({ done, total, what }) => log(`inserted ${done}/${total} ${what}`));

  const publishedOrgIds = [];
  await connection.transaction(async (knex) => {
    for (let from = 0; from < organisations; from += BATCH) {
      const to = Math.min(organisations, from + BATCH);
      const ids = await insertDocuments(
        knex,
        org,
        (index) => {
          const { name, description, languages } = corpus.organisation();
          return {
            document_id: documentId(),
            name,
            slug: `bench-org-${index}`,
            kind: index % 9 === 0 ? 'foundation' : 'association',
            description,
            languages: JSON.stringify(languages),
            target_groups: JSON.stringify(['everyone']),
            locale: 'fi',
            created_at: now,
            updated_at: now,
            search_name: fold(name),
            search_text: fold(`${name}\n${description}`),
          };
        },
        {
          regions: (index) => pick(regionIds, index),
          // Two topics for a third of the organisations would need a second row; one each is enough here.
          topics: (index) => pick(topicIds, index * 7 + Math.floor(index / topicIds.length)),
        },
        from,
        to,
      );
      publishedOrgIds.push(...ids.filter((_, index) => index % 2 === 1));
      progress({ done: to, total: organisations, what: 'organisations' }, to === organisations);
    }
    for (let from = 0; from < events; from += BATCH) {
      const to = Math.min(events, from + BATCH);
      await insertDocuments(
        knex,
        ev,
        (index) => {
          const start = new Date(now.getTime() + (index - events / 5) * 3_600_000 * (35_000 / events));
          const { title, description } = corpus.event(index);
          return {
            document_id: documentId(),
            title,
            slug: `bench-event-${index}`,
            description,
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
            search_text: fold(`${title}\n${description}`),
          };
        },
        {
          regions: (index) => pick(regionIds, index),
          organisers: (index) => pick(publishedOrgIds, index * 13),
        },
        from,
        to,
      );
      progress({ done: to, total: events, what: 'events' }, to === events);
    }
  });
  const insertMilliseconds = performance.now() - started;
  log(`inserted ${organisations} organisations and ${events} events in ${Math.round(insertMilliseconds)} ms`);

  // The rows went in without the Document Service, so its middleware did not index them: rebuild, timed.
  const service = strapi.plugin('kumppani').service('search-index');
  const report = throttled((step) => log(`search index: ${describeProgress(step)}`));
  const { entries, milliseconds } = await service.rebuild({ onProgress: (step) => report(step) });
  const searchIndex = { entries, milliseconds, sizeBytes: await service.sizeBytes() };
  log(`search index: ${entries} entries, ${searchIndex.sizeBytes} bytes, built in ${Math.round(milliseconds)} ms`);
  // Nor did it expand the events into the occurrence table the event list reads.
  const { occurrences } = await strapi.plugin('kumppani').service('event-occurrences').rebuild();
  log(`event occurrences: ${occurrences}`);
  return { organisations, events, insertMilliseconds, searchIndex };
}

/** The database's name and version, for the report. */
async function databaseVersion(strapi) {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const { rows } = await knex.raw('show server_version');
    return `PostgreSQL ${rows[0].server_version.split(' ')[0]}`;
  }
  const [row] = await knex.raw('select sqlite_version() as version');
  return `SQLite ${row.version}`;
}

async function main() {
  const [organisations, events] = process.argv.slice(2).map(Number);
  const path = require('node:path');
  const appDir = path.resolve(__dirname, '..', 'examples', 'cms');
  require(path.join(appDir, 'scripts', 'demo-env.js')).setEphemeralSecrets();
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));
  const strapi = await createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false }).load();
  const log = (message) => process.stderr.write(`[seed] ${message}\n`);
  const result = await seedLarge(strapi, { organisations, events, log });
  result.database = await databaseVersion(strapi);
  await strapi.destroy();
  process.stdout.write(`SEEDED ${JSON.stringify(result)}\n`);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });

module.exports = { seedLarge };
