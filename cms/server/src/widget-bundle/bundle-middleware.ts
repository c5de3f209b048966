/**
 * Serves the widget bundle under /kumppani/: the loader `kumppani.js` and one file per element at stable URLs
 * with a short cache (hosts that paste the stable URL get updates within minutes), and each at a content-hashed
 * URL (`kumppani.<hash>.js`) that may be cached for a year. The chunks the loader imports
 * (`chunks/<name>-<hash>.js`) carry Rollup's content hash in their own name, so they are cached for a year too:
 * a pinned loader imports only pinned chunks. Module scripts from another origin are fetched in CORS mode, so
 * every host may load them: the data API keeps its own allow-list.
 */
import { PLUGIN_ID, WIDGET_BUNDLE_FILE } from '@kumppani/contract';
import type { Core } from '@strapi/strapi';
import { isFresh, sendProblem, type HttpContext } from '../public-api/http';
import { BundleNotBuiltError, widgetBundle, type BundleFile } from './bundle-files';

export const BUNDLE_PREFIX = `/${PLUGIN_ID}/`;
const STABLE_CACHE = 'public, max-age=300, stale-while-revalidate=86400';
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

interface KoaContext extends HttpContext {
  acceptsEncodings(encoding: string): string | false;
}
type Next = () => Promise<unknown>;

/**
 * Names the bundle can have: `kumppani.js`, `event-list.js`, `kumppani.<hash>.js`, `chunks/templates-9c8ba5ab.js`,
 * and their source maps.
 */
const BUNDLE_FILE_NAME = /^(?:[a-z][a-z-]*(?:\.[0-9a-f]{12})?|chunks\/[A-Za-z0-9][\w.-]*-[0-9a-f]{8,})\.js(?:\.map)?$/;

export function bundleMiddleware(strapi: Core.Strapi, files = widgetBundle) {
  return async (ctx: KoaContext, next: Next) => {
    if (!ctx.path.startsWith(BUNDLE_PREFIX)) return next();
    const name = ctx.path.slice(BUNDLE_PREFIX.length);
    // The plugin's admin routes share the prefix (/kumppani/embed-options).
    if (!BUNDLE_FILE_NAME.test(name)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      ctx.status = 405;
      ctx.type = 'text/plain';
      ctx.body = `Only GET and HEAD are allowed on ${BUNDLE_PREFIX}.`;
      return;
    }

    let file: BundleFile | undefined;
    try {
      file = files.get(name);
    } catch (error) {
      if (!(error instanceof BundleNotBuiltError)) throw error;
      strapi.log.warn(`[kumppani] ${error.message}`);
      sendProblem(ctx, 404, 'widget-bundle-unavailable', 'Widget bundle unavailable', error.message);
      return;
    }
    if (!file) {
      const current = files.get(WIDGET_BUNDLE_FILE);
      sendProblem(
        ctx,
        404,
        'widget-bundle-unavailable',
        'Widget bundle unavailable',
        `${name} is not part of this CMS's widget bundle.${current ? ` The current bundle is ${BUNDLE_PREFIX}${WIDGET_BUNDLE_FILE} (${BUNDLE_PREFIX}${current.hashedName}).` : ''}`,
      );
      return;
    }

    const pinned = (name === file.hashedName && name !== file.name) || file.immutable;
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Vary', 'Accept-Encoding');
    ctx.set('Cache-Control', pinned ? IMMUTABLE_CACHE : STABLE_CACHE);
    ctx.set('ETag', file.etag);
    ctx.set('Last-Modified', file.lastModified);
    if (!pinned && file.hashedName !== file.name) ctx.set('X-Kumppani-Bundle', `${BUNDLE_PREFIX}${file.hashedName}`);
    if (isFresh(ctx, file.etag, file.lastModified)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }

    // Brotli when the client takes it, whatever order it lists encodings in: it is the smaller.
    const encoding = ctx.acceptsEncodings('br') === 'br' ? 'br' : ctx.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : 'identity';
    ctx.status = 200;
    ctx.type = file.contentType;
    if (encoding === 'br' || encoding === 'gzip') ctx.set('Content-Encoding', encoding);
    ctx.body = encoding === 'br' ? file.brotli : encoding === 'gzip' ? file.gzip : file.identity;
  };
}
