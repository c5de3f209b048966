'use strict';
/**
 * `npm start`: builds the admin panel when it is missing or stale, starts the demo CMS (which loads the
 * demo content on first start) and prints where everything is.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { enabledDemoAdmin } = require('../src/demo/admin-account');
const { APP_DIR, ensureDemoEnvFile } = require('./demo-env');

const BUILD_STAMP = path.join(APP_DIR, 'build', '.kumppani-build-stamp');

/** The admin bundle depends on the Strapi version and on the plugin's admin code. */
function adminBuildFingerprint() {
  const hash = crypto.createHash('sha256');
  hash.update(require('@strapi/strapi/package.json').version);
  const pluginDir = path.dirname(require.resolve('strapi-plugin-kumppani/package.json'));
  hash.update(fs.readFileSync(path.join(pluginDir, 'package.json')));
  const adminDir = path.join(pluginDir, 'dist', 'admin');
  if (fs.existsSync(adminDir)) {
    for (const file of fs.readdirSync(adminDir, { recursive: true }).sort()) {
      const full = path.join(adminDir, String(file));
      if (fs.statSync(full).isFile()) hash.update(fs.readFileSync(full));
    }
  }
  return hash.digest('hex');
}

function ensureAdminBuild() {
  const fingerprint = adminBuildFingerprint();
  if (fs.existsSync(BUILD_STAMP) && fs.readFileSync(BUILD_STAMP, 'utf8') === fingerprint) return;
  console.log('[kumppani demo] building the admin panel (about a minute, only when it changed)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js'), 'build', '--silent'], { cwd: APP_DIR, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(BUILD_STAMP, fingerprint);
  console.log(`[kumppani demo] admin built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * What `npm start` prints once the CMS runs. `demoAdmin` is the demo admin's credentials, or null when
 * KUMPPANI_DEMO_ADMIN=off: then there are none to show.
 */
function startBanner({ base, database, demoAdmin }) {
  return [
    '',
    '  Kumppani demo CMS is running',
    `  Admin panel:  ${base}/admin`,
    demoAdmin
      ? `  Log in with:  ${demoAdmin.email} / ${demoAdmin.usesDefaults ? demoAdmin.password : '(your KUMPPANI_DEMO_ADMIN_PASSWORD)'}`
      : '  Log in with:  your own admin account (the demo admin is off; with no admin yet, /admin asks for the first one)',
    demoAdmin?.usesDefaults ? '                These demo credentials are for a local demo only: never use them in production.' : null,
    `  Database:     ${database}`,
    '  Stop with Ctrl+C.',
    '',
  ].filter((line) => line !== null).join('\n');
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
  const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${path.relative(process.cwd(), app.config.get('database.connection.connection.filename'))}`;
  console.log(startBanner({ base, database, demoAdmin }));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { startBanner };
