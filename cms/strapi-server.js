'use strict';
// Strapi loads plugins through this file; the server is bundled from TypeScript by `npm run build` (scripts/build-server.mjs).
const server = require('./dist/server/index.js');
module.exports = server.default ?? server;
