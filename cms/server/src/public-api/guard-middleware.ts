/**
 * CORS allow-list and per-client rate limit for everything under /api/kumppani. Registered as an app-level
 * middleware in the plugin's register phase, so it runs before Strapi's global CORS middleware: it answers
 * preflights itself and decides the Access-Control-Allow-Origin header of our responses.
 *
 * The rate limit counts where `rateLimit.store` says (see `rateLimitStore`): on PostgreSQL by default in the
 * table kumppani_rate_limits, so that every Strapi process on the database draws from one budget per client;
 * otherwise in this process's memory. The table is created at start-up (after Strapi's schema sync). If the
 * database does not answer, the count goes on in this process's memory (rate-limiter-flexible's
 * insuranceLimiter) instead of failing the request.
 */
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type IRateLimiterOptions } from 'rate-limiter-flexible';
import type { PluginConfig, RateLimitStoreSetting } from '../config';
import { sendProblem, type HttpContext } from './http';
import { PLUGIN_ID, PUBLIC_API_PREFIX } from '@kumppani/contract';

export const PUBLIC_PREFIX = `${PUBLIC_API_PREFIX}/`;

/**
 * Whether a request reaches the public API, however its path is spelled: Strapi's router ignores case and
 * takes percent-encoded letters, so `/API/Kumppani/organisations` is the same route and must meet the same
 * rate limit and CORS rules.
 */
export function isPublicPath(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed escapes: the router cannot decode them either.
  }
  return decoded
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .startsWith(PUBLIC_PREFIX);
}
/** The PostgreSQL table of the shared rate limit, in the schema of Strapi's own tables. */
export const RATE_LIMIT_TABLE = 'kumppani_rate_limits';
/**
 * Prefix of the keys: `kumppani:600/60s:<client IP>`. Processes count together when they have the same budget;
 * one with another budget (a changed config during a rolling restart, a test instance) has counts of its own
 * rather than a window and a remainder that mean something else to it.
 */
const keyPrefix = (points: number, durationSeconds: number) => `kumppani:${points}/${durationSeconds}s`;
/** How often, at most, a process logs that it counts in memory because the database did not answer. */
const FALLBACK_WARNING_INTERVAL_MS = 60_000;

type Next = () => Promise<unknown>;
interface KoaContext extends HttpContext {
  ip: string;
  remove(header: string): void;
}
type Limiter = RateLimiterMemory | RateLimiterPostgres;

/**
 * Where the rate limit counts on a database of `client` (Strapi's `database.connection.client`): "auto" is the
 * database on PostgreSQL and memory on anything else (SQLite is one file on one machine, and a write per request
 * would queue behind its single writer). "database" anywhere but PostgreSQL is a configuration error.
 */
export function rateLimitStore(setting: RateLimitStoreSetting, client: string): 'memory' | 'database' {
  if (setting === 'memory') return 'memory';
  if (client === 'postgres') return 'database';
  if (setting === 'database') {
    throw new Error(
      `Invalid config of the kumppani plugin: rateLimit.store "database" needs PostgreSQL, and this app's database client is "${client}". Use "auto" or "memory".`,
    );
  }
  return 'memory';
}

/**
 * The insurance of the shared limiter: rate-limiter-flexible hands a request to it when the store fails. It
 * counts in this process's memory, with the same budget, and says so in the log (at most once a minute).
 */
class InsuranceLimiter extends RateLimiterMemory {
  private warnedAt = -Infinity;

  constructor(
    options: IRateLimiterOptions,
    private readonly warn: () => void,
  ) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }): Promise<RateLimiterRes> {
    const now = Date.now();
    if (now - this.warnedAt >= FALLBACK_WARNING_INTERVAL_MS) {
      this.warnedAt = now;
      this.warn();
    }
    return super.consume(key, points, options);
  }
}

/** `"name"`, for SQL. */
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the table of the shared rate limit, unless it exists. UNLOGGED: a count needs no write-ahead log (it
 * is lost in a database crash, which only resets the windows), and a commit then waits for no disk flush, so
 * a request's count costs about 0.25 ms instead of about 2.3 ms (measured with rate-limiter-flexible's upsert).
 * The columns are what RateLimiterPostgres creates itself.
 */
async function createRateLimitTable(strapi: Core.Strapi, table: string): Promise<void> {
  try {
    await strapi.db.connection.raw(
      `CREATE UNLOGGED TABLE IF NOT EXISTS ${table} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
  } catch (error) {
    // Another process starting at the same moment created it (IF NOT EXISTS does not cover the race).
    if (!['23505', '42P07'].includes((error as { code?: string }).code ?? '')) {
      throw new Error(`[kumppani] could not create the rate-limit table ${table}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** Builds the configured limiter; for the database store, creates its table first. */
async function createLimiter(strapi: Core.Strapi, rateLimit: Exclude<PluginConfig['rateLimit'], false>): Promise<Limiter> {
  const client = String(strapi.config.get('database.connection.client'));
  const options = {
    keyPrefix: keyPrefix(rateLimit.points, rateLimit.durationSeconds),
    points: rateLimit.points,
    duration: rateLimit.durationSeconds,
  };
  const budget = `${rateLimit.points} requests per ${rateLimit.durationSeconds} s and client`;
  if (rateLimitStore(rateLimit.store ?? 'auto', client) === 'memory') {
    strapi.log.info(`[kumppani] rate limit: ${budget}, counted in this process's memory`);
    return new RateLimiterMemory(options);
  }
  // In the schema of Strapi's own tables (the connection's `schema`), else where the search_path says.
  const schemaName = strapi.db.getSchemaName();
  const table = schemaName ? `${quoteIdentifier(schemaName)}.${quoteIdentifier(RATE_LIMIT_TABLE)}` : quoteIdentifier(RATE_LIMIT_TABLE);
  await createRateLimitTable(strapi, table);
  const limiter = new RateLimiterPostgres({
    ...options,
    storeClient: strapi.db.connection,
    storeType: 'knex',
    schemaName,
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    // When the database fails (down, unreachable, table gone), this process counts in its own memory.
    insuranceLimiter: new InsuranceLimiter(options, () => {
      strapi.log.warn(`[kumppani] rate limit: the database could not count (${table}); counting in this process's memory until it can`);
    }),
    // Once a client has used its budget, this process refuses it from memory until the window ends, without
    // asking the database again: a flood of refused requests costs no queries.
    inMemoryBlockOnConsumed: rateLimit.points,
  });
  strapi.log.info(`[kumppani] rate limit: ${budget}, shared by every process on the database (table ${table})`);
  return limiter;
}

export function guardMiddleware(strapi: Core.Strapi) {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  let limiter: Promise<Limiter | null> | undefined;
  const rateLimiter = () => {
    if (limiter === undefined) {
      const { rateLimit } = config();
      limiter = rateLimit ? createLimiter(strapi, rateLimit) : Promise.resolve(null);
    }
    return limiter;
  };
  // At start-up, once Strapi has synchronised its schema: a table that cannot be created, or a store that
  // does not fit the database, stops Strapi then rather than failing the first request.
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await rateLimiter();
  });

  const allowedOrigin = (origin: string): boolean => {
    const { origins } = config().cors;
    return origins === '*' || origins.includes(origin);
  };

  return async (ctx: KoaContext, next: Next) => {
    if (!isPublicPath(ctx.path)) return next();
    const origin = ctx.get('Origin');
    const corsAllowed = origin !== '' && allowedOrigin(origin);

    if (ctx.method === 'OPTIONS') {
      ctx.set('Vary', 'Origin');
      if (!corsAllowed) {
        sendProblem(
          ctx,
          403,
          'origin-not-allowed',
          'Origin not allowed',
          `${origin || 'This origin'} is not in the kumppani cors.origins allow-list.`,
        );
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

    const limit = await rateLimiter();
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
        sendProblem(
          ctx,
          429,
          'too-many-requests',
          'Too many requests',
          `This client has made more than ${limit.points} requests in ${limit.duration} s. Try again in ${seconds} s.`,
        );
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
