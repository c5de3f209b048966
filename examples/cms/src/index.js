'use strict';
const { ensureDemoAdmin } = require('./demo/admin-account');
const { loadDemoContentIfEmpty, progressPrinter } = require('./demo/demo-content');
const { registerStockRest } = require('./bench/stock-rest');
const { sitesMiddleware } = require('./sites/serve-sites');

module.exports = {
  register({ strapi }) {
    if (process.env.KUMPPANI_STOCK_REST === 'on') registerStockRest(strapi);
    if (process.env.KUMPPANI_EXAMPLE_SITES !== 'off') strapi.server.use(sitesMiddleware());
  },

  async bootstrap({ strapi }) {
    const admin = await ensureDemoAdmin(strapi);
    if (admin) {
      strapi.log.warn(
        `[kumppani demo] created the demo admin ${admin.email}${admin.usesDefaults ? ' with the documented demo password: for local demo only' : ''}`,
      );
    }
    if (process.env.KUMPPANI_DEMO_CONTENT !== 'off') {
      const report = await loadDemoContentIfEmpty(strapi, { onProgress: progressPrinter() });
      if (report) strapi.log.info(`[kumppani demo] demo content loaded: ${JSON.stringify(report.created)}`);
    }
  },
};
