/**
 * CORS allow-list and per-client rate limit for everything under /api/kumppani. Registered as an app-level
 * middleware in the plugin's register phase, so it runs before Strapi's global CORS middleware: it answers
 * preflights itself and decides the Access-Control-Allow-Origin header of our responses.
 */
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { PluginConfig } from '../config';
import { sendProblem, type HttpContext } from './http';

export const PUBLIC_PREFIX = '/api/kumppani/';

type Next = () => Promise<unknown>;
interface KoaContext extends HttpContext {
  ip: string;
  remove(header: string): void;
}

export function guardMiddleware(strapi: Core.Strapi) {
  let limiter: RateLimiterMemory | null | undefined;
  const config = () => strapi.config.get('plugin::kumppani') as PluginConfig;
  const rateLimiter = () => {
    if (limiter === undefined) {
      const { rateLimit } = config();
      limiter = rateLimit ? new RateLimiterMemory({ points: rateLimit.points, duration: rateLimit.durationSeconds }) : null;
    }
    return limiter;
  };

  const allowedOrigin = (origin: string): boolean => {
    const { origins } = config().cors;
    return origins === '*' || origins.includes(origin);
  };

  return async (ctx: KoaContext, next: Next) => {
    if (!ctx.path.startsWith(PUBLIC_PREFIX)) return next();
    const origin = ctx.get('Origin');
    const corsAllowed = origin !== '' && allowedOrigin(origin);

    if (ctx.method === 'OPTIONS') {
      ctx.set('Vary', 'Origin');
      if (!corsAllowed) {
        sendProblem(ctx, 403, 'origin-not-allowed', 'Origin not allowed', `${origin || 'This origin'} is not in the kumppani cors.origins allow-list.`);
        return;
      }
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'If-None-Match');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      ctx.body = null;
      return;
    }

    const limit = rateLimiter();
    if (limit) {
      try {
        const state = await limit.consume(ctx.ip || 'unknown');
        ctx.set('RateLimit-Limit', String(limit.points));
        ctx.set('RateLimit-Remaining', String(state.remainingPoints));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        ctx.set('Retry-After', String(seconds));
        ctx.set('RateLimit-Limit', String(limit.points));
        ctx.set('RateLimit-Remaining', '0');
        applyCors(ctx, origin, corsAllowed);
        sendProblem(ctx, 429, 'too-many-requests', 'Too many requests', `This client has made more than ${limit.points} requests in ${limit.duration} s. Try again in ${seconds} s.`);
        return;
      }
    }

    await next();
    applyCors(ctx, origin, corsAllowed);
  };
}

function applyCors(ctx: KoaContext, origin: string, allowed: boolean): void {
  // Responses differ by Origin, so caches must keep them apart.
  ctx.set('Vary', 'Origin');
  ctx.remove('Access-Control-Allow-Credentials');
  if (allowed) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Expose-Headers', 'ETag, Last-Modified, RateLimit-Limit, RateLimit-Remaining, Retry-After');
  } else {
    ctx.remove('Access-Control-Allow-Origin');
  }
}
