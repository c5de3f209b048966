'use strict';
// Browser origins allowed to call the public API: the demo's own pages and a local static server (port 8000).
const DEMO_ORIGINS = ['http://127.0.0.1:1337', 'http://localhost:1337', 'http://127.0.0.1:8000', 'http://localhost:8000'];

/**
 * KUMPPANI_CORS_ORIGINS: comma-separated origins, `*` for any origin, or `none` for no browser origin.
 * Unset: the demo's loopback origins. Set but empty is an error: it is what an unfilled template or a
 * missing secret looks like, and guessing (the demo origins, or none) would break the embedding sites
 * silently.
 */
function corsOrigins(env) {
  const value = env('KUMPPANI_CORS_ORIGINS');
  if (value === undefined) return DEMO_ORIGINS;
  const trimmed = value.trim();
  if (trimmed === '') {
    throw new Error(
      'KUMPPANI_CORS_ORIGINS is set but empty. Give the origins of the sites that embed the widgets ' +
        '(https://www.example.fi,https://www.other.example), or * for any origin, or none for no browser ' +
        "origin; unset it for the demo's loopback origins.",
    );
  }
  if (trimmed === '*') return '*';
  if (trimmed === 'none') return [];
  return env.array('KUMPPANI_CORS_ORIGINS');
}

/**
 * The public pages of the demo's items: the example sites that the demo CMS serves at /sites/ (KUMPPANI_SITES_URL
 * to serve them elsewhere), so a link in a feed, a calendar or a widget opens a page that shows the item.
 */
function publicPages(env) {
  const sites = env('KUMPPANI_SITES_URL', `http://${env('HOST', '127.0.0.1')}:${env.int('PORT', 1337)}/sites`).replace(/\/$/, '');
  return {
    organisation: `${sites}/organisation.html?slug={slug}`,
    event: `${sites}/event.html?slug={slug}`,
    post: `${sites}/post.html?slug={slug}`,
  };
}

module.exports = ({ env }) => ({
  kumppani: {
    enabled: true,
    config: {
      cors: { origins: corsOrigins(env) },
      // Requests per client and minute; "off" disables the limit (benchmarks). KUMPPANI_RATE_LIMIT_STORE: where
      // it counts, "auto" (shared in the database on PostgreSQL, per process on SQLite), "database" or "memory".
      rateLimit:
        env('KUMPPANI_RATE_LIMIT') === 'off'
          ? false
          : { points: env.int('KUMPPANI_RATE_LIMIT', 600), durationSeconds: 60, store: env('KUMPPANI_RATE_LIMIT_STORE', 'auto') },
      cacheMaxAge: env.int('KUMPPANI_CACHE_MAX_AGE', 60),
      publicPages: publicPages(env),
      // Partners' feeds imported as posts (docs/deploy.md). KUMPPANI_FEED_IMPORT=off stops the scheduled import
      // ("Fetch now" still works); KUMPPANI_FEED_ALLOWED_ADDRESSES: comma-separated addresses or CIDR ranges that may
      // be fetched though not public (none by default).
      feedImport: {
        enabled: env('KUMPPANI_FEED_IMPORT', 'on') !== 'off',
        intervalMinutes: env.int('KUMPPANI_FEED_INTERVAL_MINUTES', 60),
        allowedPrivateAddresses: env.array('KUMPPANI_FEED_ALLOWED_ADDRESSES', []),
      },
    },
  },
});
