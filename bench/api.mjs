#!/usr/bin/env node
/**
 * `npm run bench:api`: seeds 10,000 organisations and 5,000 events, starts the demo CMS in a separate
 * process, and measures the directory search (text + region filter) through Kumppani's API side by side
 * with the nearest query through Strapi's stock REST content API, interleaved in one run. Also measures
 * throughput with concurrency and the 304 path. Writes docs/performance.md.
 *
 * Options (env): BENCH_REQUESTS (default 400 per side), BENCH_CONCURRENCY (4), DATABASE_URL for PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, machineLine, summarize, writeSection } from './report.mjs';

const require = createRequire(import.meta.url);
const APP_DIR = path.join(REPO_ROOT, 'examples', 'cms');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const ORGANISATIONS = 10_000;
const EVENTS = 5_000;

const requireFromApp = createRequire(path.join(APP_DIR, 'package.json'));
const { seedLarge } = require('./seed-large.cjs');

function log(message) {
  process.stderr.write(`[bench:api] ${message}\n`);
}

async function prepareDatabase(env) {
  Object.assign(process.env, env);
  requireFromApp('./scripts/demo-env.js').setEphemeralSecrets();
  const { createStrapi } = requireFromApp('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  const started = performance.now();
  await seedLarge(strapi, { organisations: ORGANISATIONS, events: EVENTS });
  log(`seeded ${ORGANISATIONS} organisations and ${EVENTS} events in ${Math.round(performance.now() - started)} ms`);
  await strapi.destroy();
}

function startServer(env) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'test', 'helpers', 'serve-cms.js')], {
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve({ base: `http://127.0.0.1:${match[1]}`, child });
    });
  });
}

async function timed(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200 && response.status !== 204 && response.status !== 304)
    throw new Error(`${url} → ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
  return { elapsed, status: response.status, bytes: body.byteLength };
}

async function throughput(urls, concurrency, headers = {}) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next];
      next += 1;
      await timed(url, headers);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return urls.length / ((performance.now() - started) / 1000);
}

const TERMS = [
  'yhteistyö',
  'vertaistuki',
  'hyvinvointi',
  'osallisuus',
  'kumppanuus',
  'päihdetyö',
  'lapsiperheet',
  'ikäihmiset',
  'kotoutuminen',
  'työkyky',
  'järjestöt',
  'mielenterveys',
];

async function main() {
  const dbDir = path.join(REPO_ROOT, 'bench', '.tmp');
  mkdirSync(dbDir, { recursive: true });
  const dbFile = path.join(dbDir, `bench-${process.pid}.db`);
  const env = {
    LOG_LEVEL: 'error',
    KUMPPANI_DEMO_CONTENT: 'off',
    KUMPPANI_DEMO_ADMIN: 'off',
    KUMPPANI_STOCK_REST: 'on',
    KUMPPANI_RATE_LIMIT: 'off',
    ...(process.env.DATABASE_URL ? {} : { DATABASE_FILENAME: dbFile }),
  };
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  await prepareDatabase(env);
  const { base, child } = await startServer(env);
  try {
    const taxonomy = await (await fetch(`${base}/api/kumppani/organisations?pageSize=1&facets=true`)).json();
    const counties = taxonomy.meta.facets.region.map((facet) => facet.value);
    const pairs = Array.from({ length: REQUESTS }, (_, index) => ({
      term: TERMS[index % TERMS.length],
      region: counties[(index * 7) % counties.length],
      pageSize: 10 + (index % 11),
    }));
    const ours = ({ term, region, pageSize }) =>
      `${base}/api/kumppani/organisations?q=${encodeURIComponent(term)}&region=${region}&pageSize=${pageSize}`;
    const stock = ({ term, region, pageSize }) =>
      `${base}/api/stock/organisations?filters[$or][0][name][$containsi]=${encodeURIComponent(term)}&filters[$or][1][description][$containsi]=${encodeURIComponent(term)}` +
      `&filters[regions][slug][$in][0]=${region}&populate[0]=regions&populate[1]=topics&sort=name:asc&pagination[pageSize]=${pageSize}&locale=fi`;

    log('warming up');
    for (const pair of pairs.slice(0, 30)) {
      await timed(ours({ ...pair, pageSize: 21 }));
      await timed(stock(pair));
    }

    log(`measuring ${REQUESTS} requests per side, interleaved, one at a time`);
    const oursTimes = [];
    const stockTimes = [];
    for (const pair of pairs) {
      oursTimes.push((await timed(ours(pair))).elapsed);
      stockTimes.push((await timed(stock(pair))).elapsed);
    }
    const oursSummary = summarize(oursTimes);
    const stockSummary = summarize(stockTimes);

    log(`throughput with concurrency ${CONCURRENCY}`);
    const freshPairs = pairs.map((pair, index) => ({ ...pair, pageSize: 1 + (index % 9) }));
    const oursRps = await throughput(freshPairs.map(ours), CONCURRENCY);
    const stockRps = await throughput(freshPairs.map(stock), CONCURRENCY);

    log('304 path');
    const cachedUrl = `${base}/api/kumppani/organisations?region=vantaa-kerava&pageSize=20`;
    const etag = (await fetch(cachedUrl)).headers.get('etag');
    const notModifiedRps = await throughput(Array(3000).fill(cachedUrl), 16, { 'If-None-Match': etag });
    const notModifiedTimes = [];
    for (let index = 0; index < 300; index += 1) notModifiedTimes.push((await timed(cachedUrl, { 'If-None-Match': etag })).elapsed);
    const notModified = summarize(notModifiedTimes);
    const healthRps = await throughput(Array(3000).fill(`${base}/_health`), 16);

    const sample = await timed(ours(pairs[0]));
    const stockSample = await timed(stock(pairs[0]));
    const ms = (value) => value.toFixed(1);
    const speedup = stockSummary.p95 / oursSummary.p95;
    const markdown = `
## Directory search: Kumppani API vs stock Strapi REST

Command: \`npm run bench:api\` (${REQUESTS} requests per side${process.env.DATABASE_URL ? ', DATABASE_URL set' : ''}). Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machineLine()}. Database: ${database}, ${ORGANISATIONS.toLocaleString('en')} organisations and ${EVENTS.toLocaleString('en')} events (a draft and a published row each, linked to regions and topics).

Query: free text + region, page sizes 10–20, a different combination on each request, so that responses are built, not served from the response cache.
Ours: \`/api/kumppani/organisations?q=yhteistyö&region=vantaa-kerava&pageSize=20\` (accent-folded search over name, alternate names, description and topic names, region with its collaborative area, Finnish collation).
Stock: Strapi's core controller for the same content type: \`$containsi\` on name or description, \`regions.slug $in\`, \`populate\` regions and topics, \`sort=name:asc\` (no accent folding, database collation).
The two ran interleaved in one process pair, one request at a time, from a client in another process.

| | p50 ms | p95 ms | p99 ms | mean ms | req/s (concurrency ${CONCURRENCY}) |
| --- | ---: | ---: | ---: | ---: | ---: |
| Kumppani \`/api/kumppani/organisations\` | ${ms(oursSummary.p50)} | ${ms(oursSummary.p95)} | ${ms(oursSummary.p99)} | ${ms(oursSummary.mean)} | ${Math.round(oursRps)} |
| Stock REST \`/api/stock/organisations\` | ${ms(stockSummary.p50)} | ${ms(stockSummary.p95)} | ${ms(stockSummary.p99)} | ${ms(stockSummary.mean)} | ${Math.round(stockRps)} |

p95 ratio stock / ours: **${speedup.toFixed(1)}×** (budget: ours p95 ≤ 20 ms and at least 2× faster). Sample response sizes: ours ${sample.bytes} B, stock ${stockSample.bytes} B.

Conditional request answered with 304 from the response cache (\`If-None-Match\`): **${Math.round(notModifiedRps)} req/s** with 16 concurrent clients, p50 ${ms(notModified.p50)} ms and p95 ${ms(notModified.p95)} ms one at a time. For scale, Strapi's own \`/_health\` answers ${Math.round(healthRps)} req/s from the same client: one Node process serves both, and the client shares the two cores. Every 304 still reads the data fingerprint (row count, highest id and latest update of the tables behind the response, one index lookup each) from the database, which keeps it correct when several Strapi processes share one database.
`;
    const file = writeSection(`api-${database.toLowerCase()}`, markdown);
    process.stdout.write(markdown);
    log(`written to ${path.relative(REPO_ROOT, file)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
