/**
 * Plugin configuration: `config/plugins.js` of the host app, key `kumppani`, property `config`.
 * Validated at start-up; a mistake stops Strapi with a message that names the setting.
 */
import * as z from 'zod/mini';
import { publicPagesSettings } from '@kumppani/contract';

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
