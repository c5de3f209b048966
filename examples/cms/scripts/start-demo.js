'use strict';
/**
 * `npm start`: builds the admin panel when it is missing or stale, starts the demo CMS (which loads the
 * demo content on first start) and prints where everything is.
 */
const path = require('node:path');
const { enabledDemoAdmin } = require('../src/demo/admin-account');
const { ensureAdminBuild } = require('./admin-build');
const { APP_DIR, ensureDemoEnvFile } = require('./demo-env');

/**
 * What `npm start` prints once the CMS runs. `demoAdmin` is the demo admin's credentials, or null when
 * KUMPPANI_DEMO_ADMIN=off: then there are none to show. `exampleSites` is false with KUMPPANI_EXAMPLE_SITES=off.
 */
function startBanner({ base, database, demoAdmin, exampleSites = true }) {
  return [
    '',
    '  Kumppani demo CMS is running',
    `  Admin panel:  ${base}/admin`,
    exampleSites ? `  Example sites: ${base}/sites/  (host pages that embed the widgets)` : null,
    demoAdmin
      ? `  Log in with:  ${demoAdmin.email} / ${demoAdmin.usesDefaults ? demoAdmin.password : '(your KUMPPANI_DEMO_ADMIN_PASSWORD)'}`
      : '  Log in with:  your own admin account (the demo admin is off; with no admin yet, /admin asks for the first one)',
    demoAdmin?.usesDefaults ? '                These demo credentials are for a local demo only: never use them in production.' : null,
    `  Database:     ${database}`,
    '  Stop with Ctrl+C.',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}

async function main() {
  ensureDemoEnvFile();
  // Before the admin build and start: the demo admin's defaults are refused in production, as in bootstrap.
  const demoAdmin = enabledDemoAdmin();
  ensureAdminBuild();
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: APP_DIR, distDir: APP_DIR });
  await app.start();
  const base = `http://${app.config.get('server.host')}:${app.config.get('server.port')}`;
  const database = process.env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `SQLite ${path.relative(process.cwd(), app.config.get('database.connection.connection.filename'))}`;
  console.log(startBanner({ base, database, demoAdmin, exampleSites: process.env.KUMPPANI_EXAMPLE_SITES !== 'off' }));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { startBanner };
