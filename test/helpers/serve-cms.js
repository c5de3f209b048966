'use strict';
/**
 * A second Strapi process on the same database, for tests of behaviour across instances. Prints
 * "LISTENING <port>" when ready. The database and other settings come from the environment.
 */
const path = require('node:path');
const APP_DIR = path.resolve(__dirname, '..', '..', 'examples', 'cms');
require(path.join(APP_DIR, 'scripts', 'demo-env.js')).setEphemeralSecrets();
const { createStrapi } = require('@strapi/strapi');

createStrapi({ appDir: APP_DIR, distDir: APP_DIR, autoReload: false, serveAdminPanel: false })
  .load()
  .then(async (strapi) => {
    await strapi.listen();
    process.stdout.write(`LISTENING ${strapi.server.httpServer.address().port}\n`);
    process.on('SIGTERM', () => strapi.destroy().then(() => process.exit(0)));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
