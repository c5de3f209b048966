'use strict';
/**
 * For the API benchmark only (bench/api.mjs): Strapi's stock REST content API for the plugin's
 * organisations and events under /api/stock (the content API adds /api), built from Strapi's own core controllers, so that our
 * directory search can be measured side by side with the nearest stock query. Off unless
 * KUMPPANI_STOCK_REST=on.
 */
const { factories } = require('@strapi/strapi');

function registerStockRest(strapi) {
  const routes = ['organisation', 'event'].map((name) => {
    const controller = factories.createCoreController(`plugin::kumppani.${name}`)({ strapi });
    const handler = (ctx) => {
      // Stock REST only filters and populates through relations the caller may read. This stands for a site
      // that made all these types publicly readable: an auth whose strategy grants every read scope.
      ctx.state.auth = { strategy: { name: 'benchmark-public-read' }, credentials: null };
      return controller.find(ctx);
    };
    return { method: 'GET', path: `/${name}s`, handler, config: { auth: false } };
  });
  strapi.server.routes({ type: 'content-api', prefix: '/stock', routes });
}

module.exports = { registerStockRest };
