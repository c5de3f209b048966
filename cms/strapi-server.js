'use strict';
// Strapi loads plugins through this file; the server code is compiled from TypeScript by `npm run build`.
const server = require('./dist/server/index.js');
module.exports = server.default ?? server;
