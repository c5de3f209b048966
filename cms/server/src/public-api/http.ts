/**
 * HTTP behaviour shared by every public endpoint: strict query parsing into RFC 9457 problem documents,
 * strong ETags and Last-Modified, 304 for conditional requests, Cache-Control, and a response cache that
 * is keyed by the data version read from the database (so it is never stale, whichever process serves).
 * A response that depends on the time as well (upcoming events) is used only within the span of time in
 * which it holds (time/clock.ts).
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import * as z from 'zod/mini';
import type { ContentTypeName } from '../content-types/uids';
import { invalidParamsOf, type InvalidParam } from '../contract/problem';
import { slug as slugSchema } from '../contract/query';
import type { PluginConfig } from '../config';
import { timedRendering, stillHolds, type Span } from '../time/clock';
import { UnknownValueError } from './errors';
import { dataVersion } from './versions';

export const PROBLEM_BASE = '/api/kumppani/problems';

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

interface CachedResponse extends Rendered, Span {
  etag: string;
  lastModified: string;
}

const responses = new LRUCache<string, CachedResponse>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (entry) => entry.body.length + 200,
});

/** Forget cached responses (tests of cache behaviour use it to simulate a second process). */
export function clearResponseCache(): void {
  responses.clear();
}

export function sendProblem(ctx: HttpContext, status: number, slug: string, title: string, detail: string, invalidParams?: InvalidParam[]): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ type: `${PROBLEM_BASE}/${slug}`, title, status, detail, instance: ctx.path, ...(invalidParams ? { invalidParams } : {}) });
}

/** The public URL base for absolute links: the configured publicUrl, or the request's origin. */
export function publicBase(strapi: Core.Strapi, ctx: HttpContext): string {
  const configured = (strapi.config.get('plugin::kumppani') as PluginConfig).publicUrl;
  return (configured ?? ctx.origin).replace(/\/$/, '');
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

export interface EndpointOptions<Q> {
  /** The contract schema of the query string. */
  query: z.ZodMiniType<Q, unknown>;
  /** Tables the response is built from: their data version keys the cache. */
  dependsOn: readonly ContentTypeName[];
  /** Builds the response; null means 404. */
  render(strapi: Core.Strapi, query: Q, ctx: HttpContext, base: string): Promise<Rendered | null>;
  /** What the resource is, for the 404 message. */
  noun?: string;
}

export function endpoint<Q>(strapi: Core.Strapi, options: EndpointOptions<Q>) {
  return async (ctx: HttpContext): Promise<void> => {
    const parsed = options.query.safeParse(ctx.query);
    if (!parsed.success) {
      const invalid = invalidParamsOf(parsed.error as never);
      sendProblem(ctx, 400, 'invalid-parameter', 'Invalid query parameter', `Check ${invalid.map((param) => param.name).join(', ')}: ${invalid.map((param) => `${param.name} ${param.reason}`).join('; ')}.`, invalid);
      return;
    }
    // A slug that cannot exist (bad characters, NUL bytes, 5 KB of text) is not looked up at all.
    if (ctx.params?.slug !== undefined && !slugSchema.safeParse(ctx.params.slug).success) {
      sendProblem(ctx, 404, 'not-found', 'Not found', `No published ${options.noun ?? 'item'} has this address.`);
      return;
    }
    const base = publicBase(strapi, ctx);
    const version = await dataVersion(strapi, options.dependsOn);
    const key = `${ctx.method} ${ctx.path}?${ctx.querystring}#${base}#${version.token}`;
    let cached = responses.get(key);
    if (!cached || !stillHolds(cached)) {
      let rendered: Rendered | null;
      let span: Span;
      try {
        ({ result: rendered, ...span } = await timedRendering(() => options.render(strapi, parsed.data, ctx, base)));
      } catch (error) {
        if (error instanceof UnknownValueError) {
          const invalid = [{ name: error.parameter, reason: `has no match for ${error.values.join(', ')}` }];
          sendProblem(ctx, 400, 'invalid-parameter', 'Invalid query parameter', `No ${error.parameter} is called ${error.values.join(', ')}.`, invalid);
          return;
        }
        throw error;
      }
      if (!rendered) {
        sendProblem(ctx, 404, 'not-found', 'Not found', `No published ${options.noun ?? 'item'} at ${ctx.path}.`);
        return;
      }
      const etag = `"${createHash('sha256').update(rendered.body).digest('base64url').slice(0, 32)}"`;
      // A response that changed with time last changed at the start of its span, if that is later than the data.
      const lastModified = Math.max(version.lastModified.getTime(), Math.floor(span.since / 1000) * 1000);
      cached = { ...rendered, ...span, etag, lastModified: new Date(lastModified).toUTCString() };
      responses.set(key, cached);
    }
    const maxAge = (strapi.config.get('plugin::kumppani') as PluginConfig).cacheMaxAge;
    ctx.set('ETag', cached.etag);
    ctx.set('Last-Modified', cached.lastModified);
    ctx.set('Cache-Control', `public, max-age=${maxAge}`);
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

export const json = (value: unknown): Rendered => ({ body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' });
