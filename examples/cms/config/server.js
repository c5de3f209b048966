'use strict';

/**
 * KUMPPANI_TRUST_PROXY=on: Strapi runs behind one reverse proxy (nginx) that sets X-Forwarded-For, -Proto
 * and -Host, and cannot be reached except through it. Koa then takes the client IP (which the rate limit
 * counts by) from the last address of X-Forwarded-For, and the scheme and host of absolute links from the
 * proxy's headers. Strapi 5 reads this from `proxy.koa`; a bare `proxy: true` does nothing.
 */
function proxyConfig(value) {
  if (value === undefined || value === '' || value === 'off') return { koa: false };
  if (value === 'on') return { koa: true, maxIpsCount: 1 };
  throw new Error(`KUMPPANI_TRUST_PROXY must be "on" (behind a reverse proxy) or "off", not "${value}".`);
}

// The demo listens on loopback unless HOST says otherwise: it ships with demo credentials.
module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: proxyConfig(env('KUMPPANI_TRUST_PROXY')),
  app: { keys: env.array('APP_KEYS') },
});
