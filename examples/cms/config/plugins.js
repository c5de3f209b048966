'use strict';
// Browser origins allowed to call the public API: the demo's own pages and a local static server (port 8000).
const DEMO_ORIGINS = ['http://127.0.0.1:1337', 'http://localhost:1337', 'http://127.0.0.1:8000', 'http://localhost:8000'];

module.exports = ({ env }) => ({
  kumppani: {
    enabled: true,
    config: {
      cors: { origins: env('KUMPPANI_CORS_ORIGINS') ? env.array('KUMPPANI_CORS_ORIGINS') : DEMO_ORIGINS },
      // Requests per client and minute; "off" disables the limit (benchmarks).
      rateLimit: env('KUMPPANI_RATE_LIMIT') === 'off' ? false : { points: env.int('KUMPPANI_RATE_LIMIT', 600), durationSeconds: 60 },
      cacheMaxAge: env.int('KUMPPANI_CACHE_MAX_AGE', 60),
    },
  },
});
