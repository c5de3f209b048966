/**
 * Fetches a partner's feed safely: http(s) only; every address a host name resolves to, on the first request and
 * on each redirect, must be a public unicast one (no loopback, private, link-local, CGNAT or reserved address)
 * unless the configuration lists it (`allowedPrivateAddresses`); the check runs in the connection's own DNS lookup, so a name
 * cannot resolve to one address for the check and another for the connection. Redirects, size (after
 * decompression) and time are limited, and the request is conditional (ETag, Last-Modified).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';

export interface FeedFetchLimits {
  /** Bytes of the body after decompression. */
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Addresses or CIDR ranges that may be fetched though not public (a county's intranet, or tests). */
  allowedPrivateAddresses: readonly string[];
}

export const DEFAULT_FEED_FETCH_LIMITS: FeedFetchLimits = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  allowedPrivateAddresses: [],
};

/** What the last successful fetch said, for a conditional request. */
export interface FeedValidators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FeedFetchResult =
  | { status: 'fetched'; body: string; url: string; etag: string | null; lastModified: string | null }
  | { status: 'not-modified'; url: string };

export type FeedFetchFailure = 'url' | 'address' | 'redirects' | 'too-large' | 'timeout' | 'http' | 'network';

/** Why a fetch failed, in words an editor reads in the admin, and as a reason code. */
export class FeedFetchError extends Error {
  constructor(
    readonly reason: FeedFetchFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Whether an address may be fetched: public unicast, or within one of the `allowed` addresses or CIDR ranges. */
export function isFetchableAddress(address: string, allowed: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() === 'unicast') return true;
  return allowed.some((entry) => {
    const [range, bits] = entry.includes('/') ? ipaddr.parseCIDR(entry) : [ipaddr.process(entry), parsed.kind() === 'ipv4' ? 32 : 128];
    return range.kind() === parsed.kind() && parsed.match(range, bits);
  });
}

/** A DNS lookup that fails the connection when any address of the name is not fetchable. */
function checkedLookup(allowed: readonly string[], resolve: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.find(({ address }) => !isFetchableAddress(address, allowed));
      if (refused || !list.length)
        return callback(
          new FeedFetchError('address', `${hostname} resolves to ${refused?.address ?? 'nothing'}, which is not a public address.`),
          '',
          0,
        );
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function parseUrl(text: string, allowed: readonly string[], base?: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FeedFetchError('url', `"${text}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FeedFetchError('url', `Only http and https feeds can be read, not ${url.protocol}`);
  if (url.username || url.password) throw new FeedFetchError('url', 'A feed address may not contain a user name or password.');
  // A literal IP address skips DNS: check it here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !isFetchableAddress(host, allowed)) throw new FeedFetchError('address', `${host} is not a public address.`);
  return url;
}

function request(url: URL, headers: Record<string, string>, lookup: LookupFunction, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // A connection of its own (no pooled socket): every request goes through the checked lookup.
    const req = client.get(url, { headers, lookup, signal, agent: false }, resolve);
    req.on('error', reject);
  });
}

/** The body, decompressed, up to `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  const encoding = response.headers['content-encoding'];
  if (!encoding && declared > maxBytes)
    throw new FeedFetchError('too-large', `The feed is ${declared} bytes, more than the ${maxBytes} allowed.`);
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? response.pipe(zlib.createGunzip())
      : encoding === 'br'
        ? response.pipe(zlib.createBrotliDecompress())
        : encoding === 'deflate'
          ? response.pipe(zlib.createInflate())
          : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new FeedFetchError('too-large', `The feed is more than the ${maxBytes} bytes allowed.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * GETs the feed at `address`, following up to `maxRedirects` redirects (each checked as the first request), with
 * If-None-Match / If-Modified-Since from `validators`. A 304 gives `not-modified`.
 */
export async function fetchFeed(
  address: string,
  validators: FeedValidators = {},
  limits: FeedFetchLimits = DEFAULT_FEED_FETCH_LIMITS,
  resolve: typeof dnsLookup = dnsLookup,
): Promise<FeedFetchResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const lookup = checkedLookup(limits.allowedPrivateAddresses, resolve);
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'accept-encoding': 'gzip, br',
    'user-agent': 'Kumppani feed import (+https://github.com/kumppani)',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  let url = parseUrl(address, limits.allowedPrivateAddresses);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, headers, lookup, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        if (redirects >= limits.maxRedirects) throw new FeedFetchError('redirects', `More than ${limits.maxRedirects} redirects.`);
        if (!response.headers.location) throw new FeedFetchError('http', `HTTP ${status} without a Location.`);
        url = parseUrl(response.headers.location, limits.allowedPrivateAddresses, url.href);
        continue;
      }
      if (status === 304) {
        response.resume();
        return { status: 'not-modified', url: url.href };
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FeedFetchError('http', `The feed answered HTTP ${status}.`);
      }
      const body = await readBody(response, limits.maxBytes);
      return {
        status: 'fetched',
        body,
        url: url.href,
        etag: (response.headers.etag as string | undefined) ?? null,
        lastModified: (response.headers['last-modified'] as string | undefined) ?? null,
      };
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (signal.aborted) throw new FeedFetchError('timeout', `No complete answer within ${limits.timeoutMs / 1000} s.`);
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof FeedFetchError) throw cause;
    throw new FeedFetchError('network', `The feed could not be reached: ${(error as Error).message}`);
  }
}
