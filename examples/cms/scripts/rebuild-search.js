'use strict';
/**
 * `npm run search:rebuild`: rebuilds Kumppani's search index from the published content, with progress.
 * Start-up builds a missing or incomplete index by itself; run this after writing rows into the tables
 * without the Document Service (an import, a restored dump) or to measure the build.
 */
const { createStrapi } = require('@strapi/strapi');
const { APP_DIR, ensureDemoEnvFile } = require('./demo-env');

async function main() {
  ensureDemoEnvFile();
  process.env.KUMPPANI_DEMO_CONTENT = 'off';
  const app = await createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false }).load();
  const index = app.plugin('kumppani').service('search-index');
  let shown = 0;
  const { entries, milliseconds } = await index.rebuild({
    onProgress: ({ type, done, total }) => {
      if (done === total || Date.now() - shown > 1000) {
        shown = Date.now();
        console.log(`[kumppani search] ${type}: ${done}/${total}`);
      }
    },
  });
  const bytes = await index.sizeBytes();
  console.log(`[kumppani search] ${entries} entries indexed in ${milliseconds} ms; the index takes ${Math.round(bytes / 1024)} KiB`);
  // The event list's occurrence table derives from the same rows: expand the events again too.
  const { occurrences } = await app.plugin('kumppani').service('event-occurrences').rebuild();
  console.log(`[kumppani search] ${occurrences} event occurrences`);
  await app.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
