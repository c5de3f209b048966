'use strict';
/**
 * For the API benchmark only (bench/api.mjs): Strapi's stock REST content API for the plugin's
 * organisations and events under /api/stock, built from Strapi's own core controllers, so that our
 * directory search can be measured side by side with the nearest stock query. Off unless
 * KUMPPANI_STOCK_REST=on.
 */
const { factories } = require('@strapi/strapi');

function registerStockRest(strapi) {
  const routes = ['organisation', 'event'].map((name) => {
    const controller = factories.createCoreController(`plugin::kumppani.${name}`)({ strapi });
    return { method: 'GET', path: `/${name}s`, handler: (ctx) => controller.find(ctx), config: { auth: false } };
  });
  strapi.server.routes({ type: 'content-api', prefix: '/api/stock', routes });
}

module.exports = { registerStockRest };
