/**
 * Boots the demo CMS in-process for one test file: a throwaway SQLite file, or, when DATABASE_URL is set,
 * a fresh PostgreSQL schema that is dropped afterwards. Node's test runner gives every file its own
 * process, which Strapi needs (it sets a global `strapi`).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { PLUGIN_ID } from '@kumppani/contract';
import type { ResponseCache } from '../../cms/server/src/public-api/response-cache';
import type { ReadModels } from '../../cms/server/src/read-model/read-model';
import type { Clock } from '../../cms/server/src/time/clock';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const APP_DIR = path.join(REPO_ROOT, 'examples', 'cms');
const TMP_DIR = path.join(REPO_ROOT, 'test', '.tmp');

export interface TestCms {
  strapi: Core.Strapi;
  /** Base URL of the HTTP server, when started with `http: true`. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface BootOptions {
  /** Start the HTTP server on a free loopback port. */
  http?: boolean;
  /** Extra environment for this boot (e.g. the demo admin switches). */
  env?: Record<string, string>;
  /** Serve the admin panel (built into examples/cms/build; see ensureAdminBuild). */
  admin?: boolean;
}

/** The public API's response cache of a booted CMS (a plugin service). */
export const responseCache = (cms: TestCms): ResponseCache => cms.strapi.plugin(PLUGIN_ID).service('response-cache') as ResponseCache;
export const readModels = (cms: TestCms): ReadModels => cms.strapi.plugin(PLUGIN_ID).service('read-model') as ReadModels;

/** The clock of a booted CMS's public API (a plugin service): tests move time with `clock(cms).set(...)`. */
export const clock = (cms: TestCms): Clock => cms.strapi.plugin(PLUGIN_ID).service('clock') as Clock;

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL);

async function withPg<T>(run: (client: { query(sql: string): Promise<unknown> }) => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require(require.resolve('pg', { paths: [APP_DIR] }));
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function bootCms(options: BootOptions = {}): Promise<TestCms> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    LOG_LEVEL: 'error',
    KUMPPANI_DEMO_ADMIN: 'off',
    KUMPPANI_DEMO_CONTENT: 'off',
    HOST: '127.0.0.1',
    ...options.env,
  };
  // A port chosen here rather than by the server, so that the demo's page templates (examples/cms/config/plugins.js)
  // name the port its example sites are served on, and feed and widget links open them. Written out, so that a
  // second instance on another port (second-instance.ts) links to the same pages and answers the same bytes.
  env.PORT ??= String(await freePort());
  env.KUMPPANI_SITES_URL ??= `http://${env.HOST}:${env.PORT}/sites`;
  let cleanup: () => Promise<void>;
  if (usingPostgres()) {
    const schema = `kumppani_test_${id}`;
    await withPg((client) => client.query(`CREATE SCHEMA "${schema}"`));
    env.DATABASE_SCHEMA = schema;
    cleanup = () => withPg((client) => client.query(`DROP SCHEMA "${schema}" CASCADE`)).then(() => undefined);
  } else {
    mkdirSync(TMP_DIR, { recursive: true });
    const file = path.join(TMP_DIR, `cms_${id}.db`);
    env.DATABASE_FILENAME = file;
    cleanup = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    };
  }
  Object.assign(process.env, env);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(APP_DIR, 'scripts', 'demo-env.js')).setEphemeralSecrets();

  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: APP_DIR,
    autoReload: false,
    serveAdminPanel: options.admin === true,
  }).load();
  let baseUrl = '';
  if (options.http) {
    await strapi.listen();
    const address = strapi.server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('the test server has no TCP address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  }
  return {
    strapi,
    baseUrl,
    async close() {
      await strapi.destroy();
      await cleanup();
    },
  };
}
