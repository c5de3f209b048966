/**
 * The HTTP edge of every endpoint of the table (endpoints.ts): strict query parsing into RFC 9457 problem documents,
 * strong ETags and Last-Modified, 304 for conditional requests, Cache-Control, and a response cache that
 * is keyed by the data version read from the database (so it is never stale, whichever process serves).
 * A response that depends on the time as well (upcoming events) is used only within the span of time in
 * which it holds (time/clock.ts). The read model's errors become problems here, and a response that read a
 * table its endpoint does not declare is refused (its cache key would miss changes to that table).
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import * as z from 'zod/mini';
import { PLUGIN_ID } from '../content-types/uids';
import { type InvalidParam, invalidParamsOf, MAX_QUERY_STRING_LENGTH, PUBLIC_API_PREFIX, slug as slugSchema } from '@kumppani/contract';
import type { PluginConfig } from '../config';
import { UnknownValueError } from '../read-model/errors';
import type { ReadModels } from '../read-model/read-model';
import type { Source } from '../read-model/tables';
import type { Clock } from '../time/clock';
import { isDatabaseUnavailable } from './database-errors';
import type { DataEndpoint } from './endpoints';
import { PROBLEM_TYPE_BY_SLUG, type ProblemTypeSlug } from './problem-types';
import { responseKey, type CachedResponse, type ResponseCache } from './response-cache';

export const PROBLEM_BASE = `${PUBLIC_API_PREFIX}/problems`;

/** Seconds a client should wait when the database cannot be reached (a restart takes a few). */
export const DATABASE_RETRY_AFTER_SECONDS = 10;
/** How long a cache in between may serve a response it holds while the CMS fails (a day). */
const STALE_IF_ERROR_SECONDS = 86_400;

/** Minimal view of Koa's context, enough for our handlers and testable without Koa. */
export interface HttpContext {
  method: string;
  path: string;
  querystring: string;
  query: Record<string, unknown>;
  params: Record<string, string>;
  origin: string;
  status: number;
  body: unknown;
  get(header: string): string;
  set(header: string, value: string): void;
  type: string;
}

export interface Rendered {
  body: string;
  contentType: string;
}

/** What a resource is rendered from besides its query. */
export interface RenderRequest {
  params: Record<string, string>;
  /** Absolute base URL for links. */
  base: string;
  /** The query as parsed, written back (`?blog=kadet-sotessa`, or ''), for self links: never the raw query string. */
  canonicalQuery: string;
}

export function sendProblem(
  ctx: HttpContext,
  status: number,
  slug: ProblemTypeSlug,
  title: string,
  detail: string,
  invalidParams?: InvalidParam[],
): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({
    type: `${PROBLEM_BASE}/${slug}`,
    title,
    status,
    detail,
    instance: ctx.path,
    ...(invalidParams ? { invalidParams } : {}),
  });
}

/** The public URL base for absolute links: the configured publicUrl, or the request's origin. */
export function publicBase(config: PluginConfig, ctx: HttpContext): string {
  return (config.publicUrl ?? ctx.origin).replace(/\/$/, '');
}

export function isFresh(ctx: HttpContext, etag: string, lastModified: string): boolean {
  const ifNoneMatch = ctx.get('If-None-Match');
  if (ifNoneMatch) {
    if (ifNoneMatch.trim() === '*') return true;
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  }
  const ifModifiedSince = ctx.get('If-Modified-Since');
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(lastModified) <= since;
  }
  return false;
}

/** The values a query takes when the client gives none: computed once per endpoint, not per request. */
export function queryDefaults(schema: z.ZodMiniType<unknown, unknown>): Record<string, unknown> {
  return (schema.safeParse({}).data ?? {}) as Record<string, unknown>;
}

/** The query as a query string without the values that are defaults: the same for every spelling of one request. */
export function canonicalQueryString(
  schema: z.ZodMiniType<unknown, unknown>,
  parsed: unknown,
  defaults: Record<string, unknown> = queryDefaults(schema),
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(defaults[name])) continue;
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What an endpoint's query schema made of one query string: the parsed query (frozen: it is shared), or what is wrong. */
type ParsedQuery = { ok: true; data: unknown } | { ok: false; invalid: InvalidParam[] };
/**
 * Query strings whose parse each endpoint keeps: a client or CDN that revalidates a URL it knows is not parsed
 * again (the parse costs more than the fingerprint query on SQLite). Only short ones, so that the memo stays
 * small (at most 128 × 512 characters per endpoint); a longer one is parsed every time.
 */
const PARSED_QUERIES_KEPT = 128;
const PARSED_QUERY_MAX_KEY = 512;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** A response read a table that its endpoint does not declare: its cache key would miss changes there. */
export class UndeclaredReadError extends Error {}

/** The handler of a data endpoint: query checks, the response cache, conditional requests, problems. */
export function serveData(strapi: Core.Strapi, endpoint: DataEndpoint) {
  const defaults = queryDefaults(endpoint.query);
  const declared = new Set<Source>(endpoint.reads);
  const parsedQueries = new LRUCache<string, ParsedQuery>({ max: PARSED_QUERIES_KEPT });
  // ctx.query is parsed from ctx.querystring alone, so the query string keys its parse.
  const parse = (ctx: HttpContext): ParsedQuery => {
    const memo = ctx.querystring.length <= PARSED_QUERY_MAX_KEY;
    let parsed = memo ? parsedQueries.get(ctx.querystring) : undefined;
    if (!parsed) {
      const result = endpoint.query.safeParse(ctx.query);
      parsed = result.success
        ? { ok: true, data: deepFreeze(result.data) }
        : { ok: false, invalid: invalidParamsOf(result.error as never) };
      if (memo) parsedQueries.set(ctx.querystring, parsed);
    }
    return parsed;
  };
  // The plugin's services, looked up on the first request (they exist once Strapi has registered the plugin).
  let services: { readModels: ReadModels; clock: Clock; cache: ResponseCache } | undefined;
  const servicesOf = () => {
    const plugin = strapi.plugin(PLUGIN_ID);
    services ??= {
      readModels: plugin.service('read-model') as ReadModels,
      clock: plugin.service('clock') as Clock,
      cache: plugin.service('response-cache') as ResponseCache,
    };
    return services;
  };
  return async (ctx: HttpContext): Promise<void> => {
    // Longer than any request needs; refused before parsing, so it can cost nothing (see the cache's key).
    if (ctx.querystring.length > MAX_QUERY_STRING_LENGTH) {
      sendProblem(
        ctx,
        414,
        'query-too-long',
        'Query string too long',
        `The query string has ${ctx.querystring.length} characters; this API reads at most ${MAX_QUERY_STRING_LENGTH}.`,
      );
      return;
    }
    const parsed = parse(ctx);
    if (!parsed.ok) {
      const { invalid } = parsed;
      sendProblem(
        ctx,
        400,
        'invalid-parameter',
        'Invalid query parameter',
        `Check ${invalid.map((param) => param.name).join(', ')}: ${invalid.map((param) => `${param.name} ${param.reason}`).join('; ')}.`,
        invalid,
      );
      return;
    }
    // A slug that cannot exist (bad characters, NUL bytes, 5 KB of text) is not looked up at all.
    if (ctx.params?.slug !== undefined && !slugSchema.safeParse(ctx.params.slug).success) {
      sendProblem(ctx, 404, 'not-found', 'Not found', `No published ${endpoint.noun ?? 'item'} has this address.`);
      return;
    }
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
    const base = publicBase(config, ctx);
    const { readModels, clock, cache } = servicesOf();
    let cached: CachedResponse | undefined;
    try {
      const version = await readModels.version(endpoint.reads);
      // By endpoint and the router's decoded, named params (Strapi's router also puts the raw path in params[0]):
      // `/API/Kumppani/organisations/x/` and `…/%78` are no new entries.
      const namedParams = Object.fromEntries(Object.entries(ctx.params ?? {}).filter(([name]) => !/^\d+$/.test(name)));
      const key = responseKey({
        method: ctx.method,
        route: endpoint.name,
        params: namedParams,
        query: parsed.data,
        base,
        version: version.token,
      });
      cached = cache.get(key);
      if (!cached || !clock.stillHolds(cached)) {
        const request: RenderRequest = {
          params: ctx.params ?? {},
          base,
          canonicalQuery: canonicalQueryString(endpoint.query, parsed.data, defaults),
        };
        const model = readModels.forRequest();
        const { result: rendered, ...span } = await clock.timedRendering(() => endpoint.render(model, parsed.data, request));
        const undeclared = [...model.sources].filter((source) => !declared.has(source));
        if (undeclared.length) {
          throw new UndeclaredReadError(
            `${endpoint.path} read ${undeclared.join(', ')}, which its declaration (public-api/endpoints.ts) does not list`,
          );
        }
        if (!rendered) {
          sendProblem(ctx, 404, 'not-found', 'Not found', `No published ${endpoint.noun ?? 'item'} at ${ctx.path}.`);
          return;
        }
        const etag = `"${createHash('sha256').update(rendered.body).digest('base64url').slice(0, 32)}"`;
        // A response that changed with time last changed at the start of its span, if that is later than the data.
        const lastModified = Math.max(version.lastModified.getTime(), Math.floor(span.since / 1000) * 1000);
        cached = { ...rendered, ...span, etag, lastModified: new Date(lastModified).toUTCString() };
        cache.set(key, cached);
      }
    } catch (error) {
      if (error instanceof UnknownValueError) {
        const invalid = [{ name: error.parameter, reason: `has no match for ${error.values.join(', ')}` }];
        sendProblem(
          ctx,
          400,
          'invalid-parameter',
          'Invalid query parameter',
          `No ${error.parameter} is called ${error.values.join(', ')}.`,
          invalid,
        );
        return;
      }
      if (isDatabaseUnavailable(error)) {
        strapi.log.warn(`[kumppani] ${ctx.path}: database unavailable (${(error as Error).message}); answered 503`);
        ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        sendProblem(
          ctx,
          503,
          'service-unavailable',
          'Service unavailable',
          `The CMS cannot reach its database. Try again in ${DATABASE_RETRY_AFTER_SECONDS} s.`,
        );
        return;
      }
      throw error;
    }
    ctx.set('ETag', cached.etag);
    ctx.set('Last-Modified', cached.lastModified);
    // A CDN or proxy may answer from its copy while it revalidates, and while the CMS fails (RFC 5861).
    ctx.set(
      'Cache-Control',
      `public, max-age=${config.cacheMaxAge}, stale-while-revalidate=${config.cacheMaxAge}, stale-if-error=${STALE_IF_ERROR_SECONDS}`,
    );
    if (isFresh(ctx, cached.etag, cached.lastModified)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.type = cached.contentType;
    ctx.body = cached.body;
  };
}

/** The documentation of one problem type: static JSON, cached a day by clients. */
export async function serveProblemType(ctx: HttpContext): Promise<void> {
  const type = PROBLEM_TYPE_BY_SLUG.get(ctx.params.type);
  if (!type) {
    sendProblem(ctx, 404, 'not-found', 'Not found', `No problem type ${ctx.params.type}.`);
    return;
  }
  ctx.set('Cache-Control', 'public, max-age=86400');
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(type);
}

export const json = (value: unknown): Rendered => ({ body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' });
