'use strict';
// Loads the app without its admin panel (which would need `strapi build`), listens on a free port and
// tells the test which one on stdout.
const { createStrapi } = require('@strapi/strapi');

async function main() {
  const strapi = await createStrapi({ appDir: __dirname, distDir: __dirname, autoReload: false, serveAdminPanel: false }).load();
  await strapi.listen();
  console.log(`LISTENING ${strapi.server.httpServer.address().port}`);
  const stop = () => strapi.destroy().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
