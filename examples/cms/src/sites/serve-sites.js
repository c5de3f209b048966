'use strict';
/**
 * Serves the example host pages of examples/sites at /sites/ from the demo CMS, so `npm start` shows them
 * next to the admin. The pages name the demo's default address, http://127.0.0.1:1337, for the bundle
 * and the API (a web developer copies them as they are); it is replaced by the address the page was asked
 * on, so the pages also work on another port or host name.
 */
const fs = require('node:fs');
const path = require('node:path');

const SITES_DIR = path.resolve(__dirname, '..', '..', '..', 'sites');
const DEMO_ORIGIN = 'http://127.0.0.1:1337';
const PREFIX = '/sites';
const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function sitesMiddleware(sitesDir = SITES_DIR) {
  return async (ctx, next) => {
    if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
    if (ctx.path === PREFIX) {
      ctx.redirect(`${PREFIX}/`);
      return;
    }
    const name = ctx.path.slice(PREFIX.length + 1) || 'index.html';
    // Only files that are in the folder, by exact name: nothing outside it can be asked for.
    const files = fs.readdirSync(sitesDir).filter((file) => Object.hasOwn(CONTENT_TYPES, path.extname(file)));
    if (!files.includes(name) || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const text = fs.readFileSync(path.join(sitesDir, name), 'utf8');
    ctx.type = CONTENT_TYPES[path.extname(name)];
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = text.split(DEMO_ORIGIN).join(ctx.origin);
  };
}

module.exports = { sitesMiddleware, SITES_DIR };
