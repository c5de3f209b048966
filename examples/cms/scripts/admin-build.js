'use strict';
/**
 * The demo's admin panel build, redone only when what it is built from changed: the Strapi version and the
 * plugin's admin code. Used by `npm start` and by the end-to-end tests of the admin.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..');
const BUILD_STAMP = path.join(APP_DIR, 'build', '.kumppani-build-stamp');

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

/** Builds the admin panel into examples/cms/build when it is missing or stale. Throws when the build fails. */
function ensureAdminBuild({ log = console.log } = {}) {
  const fingerprint = adminBuildFingerprint();
  if (fs.existsSync(BUILD_STAMP) && fs.readFileSync(BUILD_STAMP, 'utf8') === fingerprint) return false;
  log('[kumppani demo] building the admin panel (about a minute, only when it changed)…');
  const started = Date.now();
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  const result = spawnSync(process.execPath, [strapiBin, 'build', '--silent'], { cwd: APP_DIR, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`strapi build failed with exit code ${result.status}`);
  fs.writeFileSync(BUILD_STAMP, fingerprint);
  log(`[kumppani demo] admin built in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

module.exports = { ensureAdminBuild, adminBuildFingerprint };
