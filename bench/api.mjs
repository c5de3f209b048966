#!/usr/bin/env node
/**
 * `npm run bench:api`: the directory search as an outsider measures it. For each data size (10,000 and
 * 100,000 organisations, half as many events) on a fresh database (SQLite, or PostgreSQL when DATABASE_URL is
 * set), it seeds the data (bench/seed-large.cjs, in a process of its own), starts the demo CMS in another
 * process, and measures Kumppani's `/api/kumppani/organisations` side by side with Strapi's stock REST
 * content API on the same data, interleaved: text only and text + region, one at a time and at 10
 * connections. Every search request is a different query (term × region × page size × page), never repeated
 * in the run, so that no response cache helps. Also a 304 revalidation against `/_health`. Writes the
 * database's section of docs/performance.md.
 *
 * Options (env):
 * - BENCH_SIZES: organisation counts, comma-separated (default 10000,100000).
 * - BENCH_REQUESTS: Kumppani requests per query kind, one at a time and again at 10 connections (default 400).
 * - BENCH_STOCK_REQUESTS: the same for stock REST (default: as BENCH_REQUESTS up to 10,000 organisations, a
 *   quarter of it above, where one stock request takes a third of a second or more).
 * - BENCH_PHASE_SECONDS: a time limit, so that a slow engine cannot stretch the run (default 50): the
 *   one-at-a-time requests of a kind stop after twice this (but not before 50 Kumppani requests), each side
 *   at 10 connections after this. The report gives the numbers of requests sent.
 * - DATABASE_URL: PostgreSQL; DATABASE_SCHEMA names the schema (default kumppani_bench), which is dropped and
 *   created again for every size. Never `public`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, machineLine, summarize, writeSection } from './report.mjs';

const require = createRequire(import.meta.url);
const { queryTerms, random, FAMILIES } = require('./corpus.cjs');
const requireFromApp = createRequire(path.join(REPO_ROOT, 'examples', 'cms', 'package.json'));

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map((size) => Number(size.trim()));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const stockRequests = (size) => Number(process.env.BENCH_STOCK_REQUESTS ?? (size > 10_000 ? Math.ceil(REQUESTS / 4) : REQUESTS));
const PHASE_SECONDS = Number(process.env.BENCH_PHASE_SECONDS ?? 50);
const MIN_REQUESTS = 50;
const CONCURRENCY = 10;
const REVALIDATION_CONCURRENCY = 16;
const REVALIDATION_REQUESTS = 3000;
const WARM_UP = 20;
const KINDS = ['text', 'text + region'];
const POSTGRES = Boolean(process.env.DATABASE_URL);
const SCHEMA = process.env.DATABASE_SCHEMA || 'kumppani_bench';

if (SIZES.some((size) => !Number.isInteger(size) || size < 100))
  throw new Error(`BENCH_SIZES: whole numbers ≥ 100, got ${process.env.BENCH_SIZES}`);
if (POSTGRES && (SCHEMA === 'public' || !/^[a-z_][a-z0-9_]*$/.test(SCHEMA)))
  throw new Error(`DATABASE_SCHEMA: the benchmark drops and recreates its schema, so it must be its own (not public), got ${SCHEMA}`);

function log(message) {
  process.stderr.write(`[bench:api ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Runs a Node script and resolves with its stdout once a line matches `pattern` (the server) or it exits (the seeder). */
function run(script, args, env, pattern) {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.on('exit', (code) => (code === 0 && !pattern ? resolve({ output, child }) : reject(new Error(`${script} exited with ${code}`))));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = pattern?.exec(output);
      if (match) resolve({ match, child });
    });
  });
}

/** A fresh, empty schema of our own on PostgreSQL (never another's: only DATABASE_SCHEMA is touched). */
async function resetSchema() {
  const { Client } = requireFromApp('pg');
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${SCHEMA}" cascade`);
    await client.query(`create schema "${SCHEMA}"`);
  } finally {
    await client.end();
  }
}

/**
 * Connections the server reset before answering (a kept-alive socket closed by the server as the client
 * reused it, seen once on the loaded machine); such a request is sent again, timed afresh, and counted here.
 */
const resets = { count: 0 };

/** One request, timed to its last byte; anything but 200 (204 for /_health, 304 when revalidating) fails the run. */
async function timed(url, headers = {}, retry = true) {
  const started = performance.now();
  let response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    if (!retry || error.cause?.code !== 'ECONNRESET') throw error;
    resets.count += 1;
    return timed(url, headers, false);
  }
  const body = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  const expected = headers['If-None-Match'] ? 304 : url.endsWith('/_health') ? 204 : 200;
  if (response.status !== expected) throw new Error(`${url} → ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
  return { elapsed, status: response.status, body };
}

/**
 * Sends `urls` over `concurrency` connections, none started after `seconds` (then the rest stay unsent);
 * `onSend` sees each URL as it goes. The requests sent and the seconds they took.
 */
async function concurrently(urls, concurrency, { headers = {}, seconds = Infinity, onSend = () => {} } = {}) {
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (next < urls.length && performance.now() < deadline) {
      const url = urls[next];
      next += 1;
      onSend(url);
      await timed(url, headers);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sent: next, seconds: (performance.now() - started) / 1000 };
}

/**
 * Search queries for both sides, each one new in the whole run: term × region × page size × page, drawn at
 * random (seeded) from the terms people type, page sizes 10–30, pages 1–3 (mostly 1). Every URL is recorded;
 * one seen before is drawn again, and `assertUnique` checks the record at the end.
 */
function queryPlan() {
  const rand = random(2024);
  const terms = queryTerms();
  const issued = new Set();
  const sent = new Set();
  const pageOf = () => {
    const roll = rand();
    return roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3;
  };
  return {
    next(base, kind, regions) {
      for (let attempt = 0; attempt < 1000; attempt += 1) {
        const query = {
          term: terms[Math.floor(rand() * terms.length)],
          region: kind === 'text' ? undefined : regions[Math.floor(rand() * regions.length)],
          pageSize: 10 + Math.floor(rand() * 21),
          page: pageOf(),
        };
        const urls = { ours: ours(base, query), stock: stock(base, query) };
        if (issued.has(urls.ours) || issued.has(urls.stock)) continue;
        issued.add(urls.ours);
        issued.add(urls.stock);
        return urls;
      }
      throw new Error('no new query left');
    },
    /** Counts a URL as sent; every one must be one `next` gave out, and each may be sent only once. */
    sent(url) {
      if (!issued.has(url) || sent.has(url)) throw new Error(`repeated or unplanned query: ${url}`);
      sent.add(url);
    },
    get count() {
      return sent.size;
    },
  };
}

const ours = (base, { term, region, pageSize, page }) =>
  `${base}/api/kumppani/organisations?q=${encodeURIComponent(term)}${region ? `&region=${region}` : ''}&pageSize=${pageSize}&page=${page}`;
const stock = (base, { term, region, pageSize, page }) =>
  `${base}/api/stock/organisations?filters[$or][0][name][$containsi]=${encodeURIComponent(term)}` +
  `&filters[$or][1][description][$containsi]=${encodeURIComponent(term)}` +
  (region ? `&filters[regions][slug][$in][0]=${region}` : '') +
  `&populate[0]=regions&populate[1]=topics&sort=name:asc&pagination[pageSize]=${pageSize}&pagination[page]=${page}&locale=fi`;

/** Spreads `few` items evenly among `many` steps: true at the steps where one is due. */
const spread = (few, many) => (step) => Math.floor(((step + 1) * few) / many) > Math.floor((step * few) / many);

async function measureSize(size, plan) {
  const events = Math.round(size / 2);
  const dbFile = path.join(REPO_ROOT, 'bench', '.tmp', `bench-${process.pid}-${size}.db`);
  const env = {
    LOG_LEVEL: 'error',
    KUMPPANI_DEMO_CONTENT: 'off',
    KUMPPANI_DEMO_ADMIN: 'off',
    KUMPPANI_STOCK_REST: 'on',
    KUMPPANI_RATE_LIMIT: 'off',
    ...(POSTGRES ? { DATABASE_SCHEMA: SCHEMA } : { DATABASE_FILENAME: dbFile }),
  };
  if (POSTGRES) await resetSchema();
  else mkdirSync(path.dirname(dbFile), { recursive: true });

  log(`${size} organisations: seeding`);
  const seedStarted = performance.now();
  const { output } = await run(path.join(REPO_ROOT, 'bench', 'seed-large.cjs'), [String(size), String(events)], env);
  const seeded = JSON.parse(/SEEDED (.*)/.exec(output)[1]);
  seeded.totalMilliseconds = performance.now() - seedStarted;

  const { match, child } = await run(path.join(REPO_ROOT, 'test', 'helpers', 'serve-cms.js'), [], { ...env, PORT: '0' }, /LISTENING (\d+)/);
  const base = `http://127.0.0.1:${match[1]}`;
  try {
    const facets = await (await fetch(`${base}/api/kumppani/organisations?pageSize=1&facets=true`)).json();
    const regions = facets.meta.facets.region.filter((facet) => facet.count > 0).map((facet) => facet.value);
    const stockCount = stockRequests(size);
    const result = { size, events, seeded, stockCount, kinds: {} };

    for (const kind of KINDS) {
      log(`${size} organisations, ${kind}: warming up`);
      for (let index = 0; index < WARM_UP; index += 1) {
        const urls = plan.next(base, kind, regions);
        for (const url of [urls.ours, urls.stock]) {
          plan.sent(url);
          await timed(url);
        }
      }

      log(`${size} organisations, ${kind}: ${REQUESTS} Kumppani and ${stockCount} stock requests one at a time, interleaved`);
      const oursTimes = [];
      const stockTimes = [];
      const oursTotals = [];
      const stockTotals = [];
      const stockDue = spread(stockCount, REQUESTS);
      const serialDeadline = performance.now() + 2 * PHASE_SECONDS * 1000;
      for (let index = 0; index < REQUESTS && (index < MIN_REQUESTS || performance.now() < serialDeadline); index += 1) {
        const urls = plan.next(base, kind, regions);
        plan.sent(urls.ours);
        const answer = await timed(urls.ours);
        oursTimes.push(answer.elapsed);
        oursTotals.push(JSON.parse(Buffer.from(answer.body).toString()).meta.total);
        if (stockDue(index)) {
          plan.sent(urls.stock);
          const stockAnswer = await timed(urls.stock);
          stockTimes.push(stockAnswer.elapsed);
          stockTotals.push(JSON.parse(Buffer.from(stockAnswer.body).toString()).meta.pagination.total);
        }
      }

      log(
        `${size} organisations, ${kind}: ${REQUESTS} Kumppani and ${stockCount} stock requests at ${CONCURRENCY} connections, in alternating halves`,
      );
      const oursUrls = [];
      const stockUrls = [];
      for (let index = 0; index < REQUESTS; index += 1) {
        const urls = plan.next(base, kind, regions);
        oursUrls.push(urls.ours);
        if (stockDue(index)) stockUrls.push(urls.stock);
      }
      // Each side in two halves, alternating, each half at most PHASE_SECONDS / 2.
      const halves = (urls) => [urls.slice(0, urls.length >> 1), urls.slice(urls.length >> 1)];
      const load = { ours: { sent: 0, seconds: 0 }, stock: { sent: 0, seconds: 0 } };
      const [oursHalves, stockHalves] = [halves(oursUrls), halves(stockUrls)];
      for (const half of [0, 1])
        for (const [side, urls] of [
          ['ours', oursHalves[half]],
          ['stock', stockHalves[half]],
        ]) {
          const { sent, seconds } = await concurrently(urls, CONCURRENCY, { seconds: PHASE_SECONDS / 2, onSend: (url) => plan.sent(url) });
          load[side].sent += sent;
          load[side].seconds += seconds;
        }

      result.kinds[kind] = {
        ours: {
          ...summarize(oursTimes),
          rps: load.ours.sent / load.ours.seconds,
          concurrent: load.ours.sent,
          totals: summarize(oursTotals),
        },
        stock: {
          ...summarize(stockTimes),
          rps: load.stock.sent / load.stock.seconds,
          concurrent: load.stock.sent,
          totals: summarize(stockTotals),
        },
      };
    }

    log(`${size} organisations: 304 revalidation and /_health at ${REVALIDATION_CONCURRENCY} connections, alternating`);
    const cachedUrl = `${base}/api/kumppani/organisations?q=vertaistukea&region=${regions[0]}&pageSize=20`;
    const etag = (await fetch(cachedUrl)).headers.get('etag');
    const conditional = { 'If-None-Match': etag };
    let notModifiedSeconds = 0;
    let healthSeconds = 0;
    for (let round = 0; round < 2; round += 1) {
      healthSeconds += (await concurrently(Array(REVALIDATION_REQUESTS / 2).fill(`${base}/_health`), REVALIDATION_CONCURRENCY)).seconds;
      notModifiedSeconds += (
        await concurrently(Array(REVALIDATION_REQUESTS / 2).fill(cachedUrl), REVALIDATION_CONCURRENCY, { headers: conditional })
      ).seconds;
    }
    const notModifiedTimes = [];
    for (let index = 0; index < 300; index += 1) notModifiedTimes.push((await timed(cachedUrl, conditional)).elapsed);
    result.revalidation = {
      rps: REVALIDATION_REQUESTS / notModifiedSeconds,
      healthRps: REVALIDATION_REQUESTS / healthSeconds,
      oneAtATime: summarize(notModifiedTimes),
    };
    return result;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  }
}

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const count = (value) => value.toLocaleString('en');
const percent = (part, whole) => `${((100 * part) / whole).toFixed(part / whole < 0.1 ? 1 : 0)} %`;
const bytes = (value) => (value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MiB` : `${(value / 1024).toFixed(0)} KiB`);
const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;

function markdown({ results, database, command, machine, minutes }) {
  const searchRows = results.flatMap(({ size, kinds }) =>
    KINDS.map((kind) => {
      const { ours, stock } = kinds[kind];
      return `| ${count(size)} | ${kind} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(ours.p99)} | ${Math.round(ours.rps)} (${ours.concurrent}) | ${stock.rps.toFixed(stock.rps < 10 ? 1 : 0)} (${stock.concurrent}) | **${(ours.rps / stock.rps).toFixed(1)}×** | ${percent(ours.totals.p50, size)} / ${percent(ours.totals.max, size)} |`;
    }),
  );
  const serialRows = results.flatMap(({ size, kinds }) =>
    KINDS.map((kind) => {
      const { ours, stock } = kinds[kind];
      return `| ${count(size)} | ${kind} | ${ms(ours.p50)} / ${ms(ours.p95)} / ${ms(ours.p99)} / ${ms(ours.mean)} (${ours.count}) | ${ms(stock.p50)} / ${ms(stock.p95)} / ${ms(stock.p99)} / ${ms(stock.mean)} (${stock.count}) | ${percent(stock.totals.p50, size)} / ${percent(stock.totals.max, size)} |`;
    }),
  );
  const revalidationRows = results.map(
    ({ size, revalidation }) =>
      `| ${count(size)} | ${Math.round(revalidation.rps)} | ${Math.round(revalidation.healthRps)} | **${percent(revalidation.rps, revalidation.healthRps)}** | ${ms(revalidation.oneAtATime.p50)} / ${ms(revalidation.oneAtATime.p95)} |`,
  );
  const seedRows = results.map(({ size, events, seeded }) => {
    const index = seeded.searchIndex;
    const indexCells = `${count(index.entries)} | ${bytes(index.sizeBytes)} | ${seconds(index.milliseconds)}`;
    return `| ${count(size)} | ${count(events)} | ${seconds(seeded.insertMilliseconds)} | ${indexCells} |`;
  });
  const fewerStock = results.filter(({ stockCount }) => stockCount < REQUESTS);
  return `
## Directory search: Kumppani API vs stock Strapi REST (${database})

Command: \`${command}\`. Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes.toFixed(1)} minutes in all.
Machine: ${machine}. Database: ${results[0].seeded.database}, fresh for each size; the server and the client in separate processes on the same machine.

Data: ${results.map(({ size, events }) => `${count(size)} organisations and ${count(events)} events`).join('; ')} (a draft and a published row each, linked to a region and a topic), inserted by \`bench/seed-large.cjs\`. Descriptions (median about 280 characters) are sentences over ${FAMILIES.finnish} Finnish and ${FAMILIES.swedish} Swedish word families, each written in several inflected forms and drawn with Zipf frequencies (the commonest family is in most descriptions, the rarest in under 1 %); 78 % of the organisations are Finnish, 12 % Swedish, 10 % both (all stored in the \`fi\` locale, \`languages\` set accordingly).

Queries: every request a different query, never repeated in the run (checked by the benchmark): a term × a region × page size 10–30 × page 1–3 (mostly 1). Terms are taken uniformly from ${queryTerms().length} that people type: each family's base and inflected forms (\`järjestöjen\`, \`mielenterveyttä\`, \`vertaistukea\`, \`föreningarna\`, …), prefixes (\`mielent\`, \`vertais\`, \`fören\`), compound parts and a few two-word queries, so they are as selective as they come: the last column gives the share of all organisations that Kumppani's answers matched (\`meta.total\`, median / max).
Ours: \`/api/kumppani/organisations?q=vertaistukea&region=…&pageSize=…&page=…\`. Stock: Strapi's core controller for the same content type, \`$containsi\` on name or description, \`regions.slug $in\`, \`populate\` regions and topics, \`sort=name:asc\`, \`locale=fi\`.
One at a time: Kumppani and stock requests interleaved (up to ${REQUESTS} Kumppani requests per size and kind, after ${WARM_UP} warm-up requests per side). At ${CONCURRENCY} connections: as many new queries again, Kumppani and stock alternating in two halves each.${fewerStock.length ? ` Stock REST got a quarter as many requests at ${fewerStock.map(({ size }) => count(size)).join(', ')}: one takes a third of a second or more there.` : ''} A time limit keeps the run short when an engine is slow (${2 * PHASE_SECONDS} s for the one-at-a-time requests of a kind, ${PHASE_SECONDS} s per side at ${CONCURRENCY} connections); the tables give the requests actually sent.

Targets from issue 13, stated here, not checked: at 100,000 organisations, text search one at a time p95 ≤ 15 ms; ≥ 10× stock REST req/s at ${CONCURRENCY} connections for text alone and text + region, at 10,000 too; a 304 revalidation ≥ 50 % of \`/_health\`'s req/s.

| organisations | query | ours p50 ms | ours p95 ms (target ≤ 15 at 100k) | ours p99 ms | ours req/s @${CONCURRENCY} (requests) | stock req/s @${CONCURRENCY} (requests) | ours / stock (target ≥ 10×) | matches, median / max |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${searchRows.join('\n')}

One at a time, both sides (p50 / p95 / p99 / mean ms, requests); stock REST's matches differ because it does not fold accents or search topic names:

| organisations | query | Kumppani | stock REST | stock matches, median / max |
| ---: | --- | ---: | ---: | ---: |
${serialRows.join('\n')}

${resets.count ? `The server reset ${resets.count} connection(s) before answering; those requests were sent again and timed afresh.\n\n` : ''}Conditional request answered with 304 from the response cache (\`If-None-Match\`, one search URL revalidated over and over, the only repeated URL of the run) against Strapi's own \`/_health\`, ${REVALIDATION_CONCURRENCY} connections, ${REVALIDATION_REQUESTS} requests each, alternating in halves:

| organisations | 304 req/s | \`/_health\` req/s | 304 / \`/_health\` (target ≥ 50 %) | 304 one at a time p50 / p95 ms |
| ---: | ---: | ---: | ---: | ---: |
${revalidationRows.join('\n')}

Seeding and the search index (\`strapi.plugin('kumppani').service('search-index')\`, rebuilt by the seeder after the bulk insert, which bypasses the document middleware):

| organisations | events | rows inserted in | index entries | index size | index build time |
| ---: | ---: | ---: | ---: | ---: | ---: |
${seedRows.join('\n')}
`;
}

async function main() {
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const plan = queryPlan();
  const results = [];
  for (const size of SIZES) results.push(await measureSize(size, plan));
  const loadAfter = os.loadavg()[0];
  const database = POSTGRES ? 'PostgreSQL' : 'SQLite';
  const options = [
    process.env.BENCH_SIZES ? `BENCH_SIZES=${process.env.BENCH_SIZES}` : '',
    process.env.BENCH_REQUESTS ? `BENCH_REQUESTS=${REQUESTS}` : '',
    process.env.BENCH_STOCK_REQUESTS ? `BENCH_STOCK_REQUESTS=${process.env.BENCH_STOCK_REQUESTS}` : '',
    process.env.BENCH_PHASE_SECONDS ? `BENCH_PHASE_SECONDS=${PHASE_SECONDS}` : '',
    POSTGRES ? `DATABASE_URL=postgres://… DATABASE_SCHEMA=${SCHEMA}` : '',
  ].filter(Boolean);
  const text = markdown({
    results,
    database,
    command: [...options, 'npm run bench:api'].join(' '),
    machine: `${machineLine()}; 1-minute load average ${loadBefore.toFixed(1)} before the run, ${loadAfter.toFixed(1)} after`,
    minutes: (performance.now() - started) / 60_000,
  });
  log(`${plan.count} search requests, every one a different URL`);
  const file = writeSection(`api-${database.toLowerCase()}`, text);
  process.stdout.write(text);
  log(`written to ${path.relative(REPO_ROOT, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
