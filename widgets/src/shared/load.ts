import { PUBLIC_API_PREFIX } from '@kumppani/contract';
import { matches, type Shape } from './shape.js';

/** `refused`: the CMS answered, but its CORS allow-list does not include this page's origin. */
export type LoadFailure = 'network' | 'refused' | 'http' | 'malformed';

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

/**
 * Errors where the CMS (not our query) is at fault, so an earlier answer is better than nothing. A refusal
 * counts too: this tab could only have kept an answer while the origin was allowed, and a proxy's error page
 * without CORS headers (a 502 while the CMS restarts) looks the same as a refusal from here.
 */
function isOutage(error: LoadError): boolean {
  return error.failure !== 'http' || error.status === undefined || error.status >= 500 || error.status === 429;
}

/**
 * API origins whose refusal the console has named, shared by every element file on the page (each bundles its
 * own copy of this module), so that a page of many widgets says it once.
 */
const reported: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('kumppani.refused')] ??= new Set());

/**
 * Why no response reached the page. If the server answers the same request in `no-cors` mode with an opaque
 * response (only a cross-origin server gives one), it is up but does not let this origin read it; the site's
 * developer learns from the console what to change. Only on this path, so a working page never makes the
 * extra request. A proxy's error page without CORS headers looks the same from here (docs/deploy.md).
 */
async function networkFailure(url: string, signal: AbortSignal): Promise<LoadFailure> {
  try {
    if ((await fetch(url, { mode: 'no-cors', signal })).type != 'opaque') return 'network';
  } catch {
    return 'network';
  }
  const api = new URL(url).origin;
  if (reported.size < reported.add(api).size)
    console.error(`[kumppani] add ${location.origin} to cors.origins (KUMPPANI_CORS_ORIGINS) of ${api}`);
  return 'refused';
}

async function fetchParsed<Data>(url: string, shape: Shape<Data>, signal: AbortSignal): Promise<{ data: Data; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(await networkFailure(url, signal));
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
  if (!matches(shape, body)) throw new LoadError('malformed');
  return { data: body as Data, text };
}

/**
 * GETs `url` and checks the body against the shape of its contract schema (shapes.js). A good response is
 * kept in sessionStorage; when the CMS is down, the kept response of the same URL comes back with
 * `stale: true`. Cached data is checked again, so a response kept by an older widget version cannot break a
 * newer one.
 */
export async function loadParsed<Data>(url: string, shape: Shape<Data>, signal: AbortSignal): Promise<Loaded<Data>> {
  try {
    const { data, text } = await fetchParsed(url, shape, signal);
    // In a task of its own, after the list is on screen: storing a long response takes a while, and can wait.
    setTimeout(() => writeCache(url, text));
    return { data, stale: false };
  } catch (error) {
    if (!(error instanceof LoadError) || !isOutage(error)) throw error;
    const kept = readCache(url);
    if (matches(shape, kept)) return { data: kept as Data, stale: true };
    throw error;
  }
}
