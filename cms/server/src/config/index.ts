/**
 * Plugin configuration: `config/plugins.js` of the host app, key `kumppani`, property `config`.
 * Validated at start-up; a mistake stops Strapi with a message that names the setting.
 */
import * as z from 'zod/mini';

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
   */
  rateLimit: z._default(
    z.union([
      z.literal(false),
      z.strictObject({
        points: z.int().check(z.gte(1), z.lte(1_000_000)),
        durationSeconds: z.int().check(z.gte(1), z.lte(86_400)),
      }),
    ]),
    { points: 300, durationSeconds: 60 },
  ),
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
