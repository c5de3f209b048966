/** The demo CMS app: its admin account, its safe defaults, and validation as the admin panel sees it. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { APP_DIR, bootCms, type TestCms } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const adminAccount = require(path.join(APP_DIR, 'src', 'demo', 'admin-account.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { env: strapiEnv } = require('@strapi/utils');

describe('demo admin credentials', () => {
  it('uses the documented defaults on a developer machine', () => {
    const credentials = adminAccount.demoAdminCredentials({});
    assert.deepEqual(credentials, { ...adminAccount.DEMO_ADMIN_DEFAULTS, usesDefaults: true });
  });
  it('refuses the defaults when NODE_ENV=production, with a message that says what to do', () => {
    assert.throws(() => adminAccount.demoAdminCredentials({ NODE_ENV: 'production' }), /demo admin defaults are for local demos only.*KUMPPANI_DEMO_ADMIN_PASSWORD/s);
    assert.throws(() => adminAccount.demoAdminCredentials({ NODE_ENV: 'production', KUMPPANI_DEMO_ADMIN_EMAIL: 'me@example.fi' }), /Refusing/);
  });
  it('accepts own credentials in production', () => {
    const credentials = adminAccount.demoAdminCredentials({ NODE_ENV: 'production', KUMPPANI_DEMO_ADMIN_EMAIL: 'me@example.fi', KUMPPANI_DEMO_ADMIN_PASSWORD: 'Own-Secret-123' });
    assert.equal(credentials.usesDefaults, false);
  });
});

describe('demo server config', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serverConfig = require(path.join(APP_DIR, 'config', 'server.js'));
  it('listens on loopback unless HOST says otherwise', () => {
    const saved = process.env.HOST;
    try {
      delete process.env.HOST;
      assert.equal(serverConfig({ env: strapiEnv }).host, '127.0.0.1');
      process.env.HOST = '0.0.0.0';
      assert.equal(serverConfig({ env: strapiEnv }).host, '0.0.0.0');
    } finally {
      process.env.HOST = saved;
    }
  });
  it('uses SQLite under the app by default and PostgreSQL when DATABASE_URL is set', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const databaseConfig = require(path.join(APP_DIR, 'config', 'database.js'));
    const saved = { url: process.env.DATABASE_URL, file: process.env.DATABASE_FILENAME };
    try {
      delete process.env.DATABASE_URL;
      delete process.env.DATABASE_FILENAME;
      const sqlite = databaseConfig({ env: strapiEnv });
      assert.equal(sqlite.connection.client, 'sqlite');
      assert.equal(sqlite.connection.connection.filename, path.join(APP_DIR, '.tmp', 'data.db'));
      process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
      assert.equal(databaseConfig({ env: strapiEnv }).connection.client, 'postgres');
    } finally {
      if (saved.url === undefined) delete process.env.DATABASE_URL; else process.env.DATABASE_URL = saved.url;
      if (saved.file !== undefined) process.env.DATABASE_FILENAME = saved.file;
    }
  });
});

describe('demo CMS with its admin account', () => {
  let cms: TestCms;
  before(async () => { cms = await bootCms({ http: true, env: { KUMPPANI_DEMO_ADMIN: 'on' } }); });
  after(async () => { await cms?.close(); });

  async function login(): Promise<string> {
    const response = await fetch(`${cms.baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminAccount.DEMO_ADMIN_DEFAULTS.email, password: adminAccount.DEMO_ADMIN_DEFAULTS.password }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    const body = (await response.json()) as { data: { token: string } };
    return body.data.token;
  }

  it('created a super admin that can log in with the documented credentials', async () => {
    assert.ok(await login());
  });

  it('does not create a second admin on the next start', async () => {
    assert.equal(await adminAccount.ensureDemoAdmin(cms.strapi, {}), null);
    assert.equal(await cms.strapi.db.query('admin::user').count(), 1);
  });

  it('shows the editor which field is wrong when the admin panel saves an invalid organisation', async () => {
    const token = await login();
    const response = await fetch(`${cms.baseUrl}/content-manager/collection-types/plugin::kumppani.organisation?locale=fi`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Virheellinen ry', slug: 'virheellinen', kind: 'association', businessId: '0737546-3' }),
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { name: string; details: { errors: { path: string[]; message: string }[] } } };
    assert.equal(body.error.name, 'ValidationError');
    assert.deepEqual(body.error.details.errors.map((problem) => problem.path), [['businessId']]);
    assert.match(body.error.details.errors[0].message, /expected 2/);
    assert.equal(await cms.strapi.db.query('plugin::kumppani.organisation' as never).count(), 0);
  });
});
