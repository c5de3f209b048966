import { PUBLIC_API_PREFIX } from '@kumppani/contract';
import type * as z from 'zod/mini';

export type LoadFailure = 'network' | 'http' | 'malformed';

/** A failed load the UI can explain; `status` is set for HTTP errors. */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status?: number,
  ) {
    super(status ? `${failure} ${status}` : failure);
  }
}

export interface Loaded<Data> {
  data: Data;
  /** True when the CMS failed and this is the last good response of the same request. */
  stale: boolean;
}

type QueryValue = string | number | boolean | readonly string[] | undefined;

/**
 * The URL of an API route. `api` is the base URL of the CMS; empty means the page's own origin.
 * Empty values and empty lists are left out; lists are comma-separated as the API accepts.
 */
export function apiUrl(api: string, route: string, query: Record<string, QueryValue>): string {
  const url = new URL(PUBLIC_API_PREFIX + route, new URL(api || '/', document.baseURI));
  for (const [name, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
    if (text !== '') url.searchParams.set(name, text);
  }
  return url.href;
}

const CACHE_PREFIX = 'kumppani:';

/** sessionStorage may be missing or throw (privacy modes, sandboxed iframes, a full quota): never fatal. */
function readCache(key: string): unknown {
  try {
    const text = sessionStorage.getItem(CACHE_PREFIX + key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Keeps the body as it came (serialising the parsed data again would cost as much as parsing it). */
function writeCache(key: string, body: string): void {
  try {
    sessionStorage.setItem(CACHE_PREFIX + key, body);
  } catch {
    // Not cached: the widget still works, it only cannot show stale data later.
  }
}

/** Errors where the CMS (not our query) is at fault, so an earlier answer is better than nothing. */
function isOutage(error: LoadError): boolean {
  return error.failure !== 'http' || error.status === undefined || error.status >= 500 || error.status === 429;
}

async function fetchParsed<Schema extends z.ZodMiniType>(
  url: string,
  schema: Schema,
  signal: AbortSignal,
): Promise<{ data: z.output<Schema>; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('network');
  }
  if (!response.ok) throw new LoadError('http', response.status);
  let text: string;
  let body: unknown;
  try {
    text = await response.text();
    body = JSON.parse(text);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('malformed');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new LoadError('malformed');
  return { data: parsed.data, text };
}

/**
 * GETs `url` and parses the body with a contract schema. A good response is kept in sessionStorage; when
 * the CMS is down, the kept response of the same URL comes back with `stale: true`. Cached data is parsed
 * again, so a response kept by an older widget version cannot break a newer one.
 */
export async function loadParsed<Schema extends z.ZodMiniType>(
  url: string,
  schema: Schema,
  signal: AbortSignal,
): Promise<Loaded<z.output<Schema>>> {
  try {
    const { data, text } = await fetchParsed(url, schema, signal);
    // In a task of its own, after the list is on screen: storing a long response takes a while, and can wait.
    setTimeout(() => writeCache(url, text));
    return { data, stale: false };
  } catch (error) {
    if (!(error instanceof LoadError) || !isOutage(error)) throw error;
    const kept = schema.safeParse(readCache(url));
    if (kept.success) return { data: kept.data, stale: true };
    throw error;
  }
}
