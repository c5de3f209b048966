/**
 * Plugin configuration: `config/plugins.js` of the host app, key `kumppani`, property `config`.
 * Validated at start-up; a mistake stops Strapi with a message that names the setting.
 */
import * as z from 'zod/mini';
import { publicPagesSettings } from '@kumppani/contract';
import ipaddr from 'ipaddr.js';
import { DEFAULT_FEED_FETCH_LIMITS } from '../feed-import/fetch-feed';
import { DEFAULT_FEED_MAX_ITEMS } from '../feed-import/parse-feed';

// zod/mini ships without message texts (to stay small in the widgets); the server wants readable ones.
z.config(z.locales.en());

const origin = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an origin such as https://www.example.fi (scheme and host, no path or trailing slash)'),
);

const DEFAULT_FEED_IMPORT_LIMITS = {
  maxBytes: DEFAULT_FEED_FETCH_LIMITS.maxBytes,
  timeoutMs: DEFAULT_FEED_FETCH_LIMITS.timeoutMs,
  maxRedirects: DEFAULT_FEED_FETCH_LIMITS.maxRedirects,
  maxItems: DEFAULT_FEED_MAX_ITEMS,
};

/** An IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
const address = z.string().check(
  z.refine((value) => {
    try {
      if (value.includes('/')) ipaddr.parseCIDR(value);
      else ipaddr.parse(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be an IP address or a CIDR range such as 10.0.0.0/8'),
);

/** Where the rate limit counts: see `rateLimitStore` in public-api/guard-middleware.ts. */
export const RATE_LIMIT_STORES = ['auto', 'memory', 'database'] as const;
export type RateLimitStoreSetting = (typeof RATE_LIMIT_STORES)[number];
// Not z.enum: inside the union with `false`, an enum's failure would be reported as "Invalid input at
// rateLimit"; a non-aborting check lets the union report it at rateLimit.store.
const rateLimitStore = z.custom<RateLimitStoreSetting>((value) => (RATE_LIMIT_STORES as readonly unknown[]).includes(value), {
  error: `must be one of ${RATE_LIMIT_STORES.map((store) => `"${store}"`).join(', ')}`,
  abort: false,
});

export const pluginConfigSchema = z.strictObject({
  /** Make fi the default locale and make sure sv and en exist (DESIGN.md: fi first). */
  manageLocales: z._default(z.boolean(), true),
  /** Absolute base URL of the CMS for links in feeds and calendars; by default the request's origin. */
  publicUrl: z.optional(z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })),
  /** Browser origins allowed to call the public API, or "*" for any. */
  cors: z._default(z.strictObject({ origins: z._default(z.union([z.literal('*'), z.array(origin)]), []) }), { origins: [] }),
  /**
   * Per-client request budget on the public API, by client IP. Behind a reverse proxy, the host app must trust
   * it in config/server: `proxy: { koa: true, maxIpsCount: 1 }` (Strapi 5 ignores a bare `proxy: true`).
   * `store`: "database" counts in a PostgreSQL table shared by every Strapi process on the database,
   * "memory" in each process's own memory, "auto" (default) the database on PostgreSQL and memory otherwise.
   */
  rateLimit: z._default(
    z.union([
      z.literal(false),
      z.strictObject({
        points: z.int().check(z.gte(1), z.lte(1_000_000)),
        durationSeconds: z.int().check(z.gte(1), z.lte(86_400)),
        store: z._default(rateLimitStore, 'auto'),
      }),
    ]),
    { points: 300, durationSeconds: 60, store: 'auto' },
  ),
  /**
   * URL templates of the items' public pages, per type (organisation, programme, event, post) and optionally per
   * locale, e.g. `https://www.example.fi/{locale}/jarjestot/{slug}`; `blogs` gives a blog's posts its own site.
   * Each key set here wins over the admin's settings page. See docs/deploy.md.
   */
  publicPages: z._default(publicPagesSettings, {}),
  /** Cache-Control max-age of public responses, in seconds. */
  cacheMaxAge: z._default(z.int().check(z.gte(0), z.lte(86_400)), 60),
  /**
   * Partners' feeds imported as posts (content type feed-source). `enabled`: whether the scheduled import runs (a
   * Strapi cron task, every five minutes, fetching each active source whose last fetch is `intervalMinutes` old);
   * "Fetch now" in the admin works either way. `allowedPrivateAddresses`: addresses or CIDR ranges that may be
   * fetched though not public (none by default: loopback, private and link-local addresses are refused).
   * `limits`: of one fetch. See docs/deploy.md.
   */
  feedImport: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      intervalMinutes: z._default(z.int().check(z.gte(5), z.lte(7 * 24 * 60)), 60),
      allowedPrivateAddresses: z._default(z.array(address), []),
      limits: z._default(
        z.strictObject({
          maxBytes: z._default(z.int().check(z.gte(1024), z.lte(100 * 1024 * 1024)), DEFAULT_FEED_FETCH_LIMITS.maxBytes),
          timeoutMs: z._default(z.int().check(z.gte(100), z.lte(300_000)), DEFAULT_FEED_FETCH_LIMITS.timeoutMs),
          maxRedirects: z._default(z.int().check(z.gte(0), z.lte(20)), DEFAULT_FEED_FETCH_LIMITS.maxRedirects),
          maxItems: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULT_FEED_MAX_ITEMS),
        }),
        DEFAULT_FEED_IMPORT_LIMITS,
      ),
    }),
    { enabled: true, intervalMinutes: 60, allowedPrivateAddresses: [], limits: DEFAULT_FEED_IMPORT_LIMITS },
  ),
});

export type PluginConfig = z.output<typeof pluginConfigSchema>;

export default {
  default: () => pluginConfigSchema.parse({}),
  validator(config: unknown): void {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid config of the kumppani plugin (config/plugins, kumppani.config):\n${z.prettifyError(result.error)}`);
    }
  },
};
