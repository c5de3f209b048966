/** The demo CMS app: its admin account, its safe defaults, and validation as the admin panel sees it. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pluginConfig from '../../cms/server/src/config';
import { APP_DIR, bootCms, type TestCms } from '../helpers/strapi';
import { adminToken } from '../helpers/api';

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
    assert.throws(
      () => adminAccount.demoAdminCredentials({ NODE_ENV: 'production' }),
      /demo admin defaults are for local demos only.*KUMPPANI_DEMO_ADMIN_PASSWORD/s,
    );
    assert.throws(
      () => adminAccount.demoAdminCredentials({ NODE_ENV: 'production', KUMPPANI_DEMO_ADMIN_EMAIL: 'me@example.fi' }),
      /Refusing/,
    );
  });
  it('accepts own credentials in production', () => {
    const credentials = adminAccount.demoAdminCredentials({
      NODE_ENV: 'production',
      KUMPPANI_DEMO_ADMIN_EMAIL: 'me@example.fi',
      KUMPPANI_DEMO_ADMIN_PASSWORD: 'Own-Secret-123',
    });
    assert.equal(credentials.usesDefaults, false);
  });
});

describe('npm start', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startBanner } = require(path.join(APP_DIR, 'scripts', 'start-demo.js'));
  /** The banner as start-demo.js prints it for this environment. */
  const bannerFor = (env: Record<string, string | undefined>) =>
    startBanner({ base: 'http://127.0.0.1:1337', database: 'SQLite .tmp/data.db', demoAdmin: adminAccount.enabledDemoAdmin(env) });
  const { email, password } = adminAccount.DEMO_ADMIN_DEFAULTS;

  it('prints the demo credentials with a warning when the demo admin is on', () => {
    const banner = bannerFor({});
    assert.ok(banner.includes(`Log in with:  ${email} / ${password}`), banner);
    assert.match(banner, /for a local demo only/);
    assert.ok(banner.includes('Example sites: http://127.0.0.1:1337/sites/'), banner);
    assert.ok(
      !startBanner({ base: 'http://127.0.0.1:1337', database: 'SQLite', demoAdmin: null, exampleSites: false }).includes('/sites/'),
    );
    const own = bannerFor({
      NODE_ENV: 'production',
      KUMPPANI_DEMO_ADMIN_EMAIL: 'me@example.fi',
      KUMPPANI_DEMO_ADMIN_PASSWORD: 'Own-Secret-123',
    });
    assert.ok(own.includes('me@example.fi / (your KUMPPANI_DEMO_ADMIN_PASSWORD)') && !own.includes('Own-Secret-123'), own);
  });

  it('prints no credentials when KUMPPANI_DEMO_ADMIN=off, and does not refuse production for them', () => {
    for (const env of [{ KUMPPANI_DEMO_ADMIN: 'off' }, { KUMPPANI_DEMO_ADMIN: 'off', NODE_ENV: 'production' }]) {
      const banner = bannerFor(env);
      assert.ok(!banner.includes(email) && !banner.includes(password) && !/local demo only/.test(banner), banner);
      assert.match(banner, /Log in with: {2}your own admin account/);
    }
  });

  it('still refuses the demo defaults in production when the demo admin is on', () => {
    assert.throws(() => bannerFor({ NODE_ENV: 'production' }), /Refusing to start/);
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
  it('trusts a reverse proxy in the form Strapi 5 reads (proxy.koa) only when KUMPPANI_TRUST_PROXY=on', () => {
    const saved = process.env.KUMPPANI_TRUST_PROXY;
    try {
      delete process.env.KUMPPANI_TRUST_PROXY;
      assert.deepEqual(serverConfig({ env: strapiEnv }).proxy, { koa: false });
      process.env.KUMPPANI_TRUST_PROXY = 'on';
      assert.deepEqual(serverConfig({ env: strapiEnv }).proxy, { koa: true, maxIpsCount: 1 });
      process.env.KUMPPANI_TRUST_PROXY = 'yes';
      assert.throws(() => serverConfig({ env: strapiEnv }), /KUMPPANI_TRUST_PROXY must be "on".*not "yes"/);
    } finally {
      if (saved === undefined) delete process.env.KUMPPANI_TRUST_PROXY;
      else process.env.KUMPPANI_TRUST_PROXY = saved;
    }
  });
  it('reads the CORS allow-list from KUMPPANI_CORS_ORIGINS: origins, * for any, none for no origin; empty is an error', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pluginsConfig = require(path.join(APP_DIR, 'config', 'plugins.js'));
    const saved = process.env.KUMPPANI_CORS_ORIGINS;
    const origins = (value: string | undefined) => {
      if (value === undefined) delete process.env.KUMPPANI_CORS_ORIGINS;
      else process.env.KUMPPANI_CORS_ORIGINS = value;
      const { config } = pluginsConfig({ env: strapiEnv }).kumppani;
      pluginConfig.validator(config);
      return config.cors.origins;
    };
    try {
      assert.ok(origins(undefined).includes('http://localhost:8000'), 'unset: the demo origins');
      assert.deepEqual(origins('https://www.vakehyva.fi,https://www.a-kilta.fi'), ['https://www.vakehyva.fi', 'https://www.a-kilta.fi']);
      assert.equal(origins('*'), '*');
      assert.equal(origins(' * '), '*');
      assert.deepEqual(origins('none'), []);
      for (const empty of ['', '  ']) assert.throws(() => origins(empty), /KUMPPANI_CORS_ORIGINS is set but empty/);
    } finally {
      if (saved === undefined) delete process.env.KUMPPANI_CORS_ORIGINS;
      else process.env.KUMPPANI_CORS_ORIGINS = saved;
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
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      if (saved.file !== undefined) process.env.DATABASE_FILENAME = saved.file;
    }
  });
});

describe('demo CMS with its admin account', () => {
  let cms: TestCms;
  before(async () => {
    cms = await bootCms({ http: true, env: { KUMPPANI_DEMO_ADMIN: 'on' } });
  });
  after(async () => {
    await cms?.close();
  });

  const login = () => adminToken(cms, adminAccount.DEMO_ADMIN_DEFAULTS);

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
    assert.deepEqual(
      body.error.details.errors.map((problem) => problem.path),
      [['businessId']],
    );
    assert.match(body.error.details.errors[0].message, /expected 2/);
    assert.equal(await cms.strapi.db.query('plugin::kumppani.organisation' as never).count(), 0);
  });
});
