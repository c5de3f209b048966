/**
 * Fetching a partner's feed (cms/server/src/feed-import/fetch-feed.ts) from a local feed server: a conditional
 * request and its 304, redirects followed and limited, private addresses refused by name, by literal and on a
 * redirect, a huge body (also compressed), a slow server, and plain HTTP errors.
 */
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_FEED_FETCH_LIMITS,
  FeedFetchError,
  fetchFeed,
  isFetchableAddress,
  type FeedFetchLimits,
} from '../../cms/server/src/feed-import/fetch-feed';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Blogi</title></channel></rss>';
const ETAG = '"v1"';

let server: Server;
let port: number;
let slowResponses = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/rss') {
      if (req.headers['if-none-match'] === ETAG) return res.writeHead(304).end();
      return res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' })
        .end(RSS);
    }
    if (path === '/moved') return res.writeHead(301, { location: '/rss' }).end();
    if (path.startsWith('/loop')) return res.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/to-intranet') return res.writeHead(302, { location: `http://intranet.test:${port}/rss` }).end();
    if (path === '/huge') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('x'.repeat(2 * 1024 * 1024));
    if (path === '/bomb') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(50 * 1024 * 1024)));
    if (path === '/slow') {
      slowResponses++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss>');
      return; // never ends
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** Names of the test: feeds.test is the local server; intranet.test a private address. */
const resolve = ((hostname: string, _options: unknown, callback: (error: Error | null, addresses: LookupAddress[]) => void) => {
  const address = hostname === 'feeds.test' ? '127.0.0.1' : hostname === 'intranet.test' ? '10.1.2.3' : null;
  if (!address) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address, family: 4 }]);
}) as unknown as typeof import('node:dns').lookup;

/** The local server, and only it, allowed though it is a loopback address. */
const limits = (more: Partial<FeedFetchLimits> = {}): FeedFetchLimits => ({
  ...DEFAULT_FEED_FETCH_LIMITS,
  allowedPrivateAddresses: ['127.0.0.1'],
  ...more,
});
const feed = (path: string) => `http://feeds.test:${port}${path}`;

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(
    () => assert.fail('the fetch did not fail'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof FeedFetchError, String(error));
  return error;
}

describe('fetching a feed', () => {
  it('reads a feed with its validators, and sends them back: a 304 is "not modified"', async () => {
    const first = await fetchFeed(feed('/rss'), {}, limits(), resolve);
    assert.deepEqual(first, { status: 'fetched', body: RSS, url: feed('/rss'), etag: ETAG, lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    assert.deepEqual(await fetchFeed(feed('/rss'), { etag: ETAG }, limits(), resolve), { status: 'not-modified', url: feed('/rss') });
  });

  it('follows a redirect and says where the feed now is; stops after the limit', async () => {
    assert.equal((await fetchFeed(feed('/moved'), {}, limits(), resolve)).url, feed('/rss'));
    assert.equal((await failure(fetchFeed(feed('/loop'), {}, limits({ maxRedirects: 3 }), resolve))).reason, 'redirects');
  });

  it('refuses private addresses: by name, as a literal, and on a redirect, unless listed', async () => {
    assert.equal((await failure(fetchFeed(feed('/rss'), {}, limits({ allowedPrivateAddresses: [] }), resolve))).reason, 'address');
    assert.equal((await failure(fetchFeed(`http://10.0.0.7:${port}/rss`, {}, limits(), resolve))).reason, 'address');
    assert.equal((await failure(fetchFeed(feed('/to-metadata'), {}, limits(), resolve))).reason, 'address');
    const intranet = await failure(fetchFeed(feed('/to-intranet'), {}, limits(), resolve));
    assert.equal(intranet.reason, 'address');
    assert.match(intranet.message, /intranet\.test resolves to 10\.1\.2\.3/);
  });

  it('reads only http and https, without credentials in the address', async () => {
    for (const address of [
      'file:///etc/passwd',
      'ftp://feeds.test/rss',
      'gopher://feeds.test/',
      `http://user:pw@feeds.test:${port}/rss`,
      'not a url',
    ])
      assert.equal((await failure(fetchFeed(address, {}, limits(), resolve))).reason, 'url', address);
  });

  it('stops reading a body over the size limit, also when it is compressed', async () => {
    assert.equal((await failure(fetchFeed(feed('/huge'), {}, limits({ maxBytes: 1024 * 1024 }), resolve))).reason, 'too-large');
    assert.equal((await failure(fetchFeed(feed('/bomb'), {}, limits({ maxBytes: 1024 * 1024 }), resolve))).reason, 'too-large');
  });

  it('gives up on a slow feed at the time limit', async () => {
    const slow = await failure(fetchFeed(feed('/slow'), {}, limits({ timeoutMs: 300 }), resolve));
    assert.equal(slow.reason, 'timeout');
    assert.equal(slowResponses, 1);
  });

  it('says the HTTP status of an error, and a name that does not resolve', async () => {
    const missing = await failure(fetchFeed(feed('/missing'), {}, limits(), resolve));
    assert.deepEqual([missing.reason, missing.message], ['http', 'The feed answered HTTP 404.']);
    assert.equal((await failure(fetchFeed('http://nowhere.test/rss', {}, limits(), resolve))).reason, 'network');
  });
});

describe('addresses a feed may come from', () => {
  it('are public unicast ones, and listed private ones or ranges', () => {
    for (const address of ['8.8.8.8', '2001:4860:4860::8888']) assert.ok(isFetchableAddress(address, []), address);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::ffff:127.0.0.1',
      'fd00::1',
      'fe80::1',
    ])
      assert.ok(!isFetchableAddress(address, []), address);
    assert.ok(isFetchableAddress('10.20.30.40', ['10.20.0.0/16']));
    assert.ok(!isFetchableAddress('10.21.0.1', ['10.20.0.0/16']));
  });
});
