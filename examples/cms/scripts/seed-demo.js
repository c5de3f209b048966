'use strict';
/** `npm run seed:demo`: loads the demo content into the configured database on demand, with progress. */
const { createStrapi } = require('@strapi/strapi');
const { APP_DIR, ensureDemoEnvFile } = require('./demo-env');
const { loadDemoContent, progressPrinter } = require('../src/demo/demo-content');

async function main() {
  ensureDemoEnvFile();
  process.env.KUMPPANI_DEMO_CONTENT = 'off'; // this script loads it itself, with progress
  const app = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  const report = await loadDemoContent(app, { onProgress: progressPrinter() });
  console.log(`[kumppani demo] created ${JSON.stringify(report.created)}, ${report.skipped} already present`);
  await app.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
