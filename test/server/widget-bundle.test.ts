/**
 * The plugin serves the widgets' CDN build: stable URLs with a short cache, content-hashed URLs cached for a
 * year, compressed, loadable as a module script from any host. Needs `npm run build` (npm test builds first):
 * the plugin's build copies the widgets' CDN build into its own files, and what it serves must be that build.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet } from '../helpers/api';
import { bootCms, REPO_ROOT, type TestCms } from '../helpers/strapi';

const CDN_DIR = path.join(REPO_ROOT, 'widgets', 'dist', 'cdn');

describe('widget bundle served by the CMS', () => {
  let cms: TestCms;
  before(async () => {
    cms = await bootCms({ http: true, env: { KUMPPANI_CORS_ORIGINS: 'https://allowed.example.fi' } });
  });
  after(() => cms?.close());

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(cms.baseUrl + pathname, { headers });

  it('serves kumppani.js and every element file byte for byte, with a short cache and the hashed name', async () => {
    for (const name of ['kumppani.js', 'partner-directory.js', 'event-list.js', 'blog-feed.js', 'programme-list.js']) {
      const onDisk = readFileSync(path.join(CDN_DIR, name));
      const response = await get(`/kumppani/${name}`, { 'Accept-Encoding': 'identity', Origin: 'https://any-host.example.org' });
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(response.headers.get('access-control-allow-origin'), '*', 'a module script from another origin is fetched in CORS mode');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=300\b/);
      const hash = createHash('sha256').update(onDisk).digest('hex').slice(0, 12);
      assert.equal(response.headers.get('etag'), `"${hash}"`);
      assert.equal(response.headers.get('x-kumppani-bundle'), `/kumppani/${name.replace(/\.js$/, `.${hash}.js`)}`);
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(onDisk), `${name} differs from the build`);
    }
  });

  it('serves the content-hashed URL as immutable, and refuses a hash of another build', async () => {
    const stable = await get('/kumppani/kumppani.js');
    const hashed = stable.headers.get('x-kumppani-bundle')!;
    const pinned = await get(hashed, { 'Accept-Encoding': 'identity' });
    assert.equal(pinned.status, 200);
    assert.equal(pinned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(pinned.headers.get('x-kumppani-bundle'), null);
    assert.equal(await pinned.text(), readFileSync(path.join(CDN_DIR, 'kumppani.js'), 'utf8'));

    const old = await get('/kumppani/kumppani.0123456789ab.js');
    assert.equal(old.status, 404);
    assert.equal(old.headers.get('content-type'), 'application/problem+json');
    const problem = await old.json();
    assert.equal(problem.type, '/api/kumppani/problems/widget-bundle-unavailable');
    assert.ok(problem.detail.includes(hashed), 'the problem names the current bundle');
  });

  it('serves the chunks the loader imports byte for byte, the modules cached for a year and their source maps briefly', async () => {
    const chunks = readdirSync(path.join(CDN_DIR, 'chunks'));
    assert.ok(chunks.some((name) => name.endsWith('.js')) && chunks.some((name) => name.endsWith('.js.map')));
    for (const name of chunks) {
      const onDisk = readFileSync(path.join(CDN_DIR, 'chunks', name));
      const response = await get(`/kumppani/chunks/${name}`, { 'Accept-Encoding': 'identity', Origin: 'https://any-host.example.org' });
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('etag'), `"${createHash('sha256').update(onDisk).digest('hex').slice(0, 12)}"`);
      assert.equal(response.headers.get('x-kumppani-bundle'), null, `${name}: its name is already its content's`);
      if (name.endsWith('.js')) {
        assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
        assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', name);
      } else {
        // Rollup's hash in the name is of the module's code: a map can change under the same name.
        assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
        assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=300\b/, name);
      }
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(onDisk), `${name} differs from the build`);
    }
    const stale = await get('/kumppani/chunks/templates-0123abcd.js');
    assert.equal(stale.status, 404);
    assert.match((await stale.json()).detail, /chunks\/templates-0123abcd\.js is not part of/);
  });

  it('the loader at its pinned URL reaches only files cached for a year, all served', async () => {
    const stable = await get('/kumppani/kumppani.js');
    assert.match(
      stable.headers.get('cache-control') ?? '',
      /^public, max-age=300\b/,
      'the loader keeps its name: it must not be immutable',
    );
    const pinned = stable.headers.get('x-kumppani-bundle')!;
    // Every import the browser makes from the pinned loader, followed through the chunks' static imports.
    const seen = new Set<string>();
    const pending = [pinned];
    while (pending.length) {
      const url = pending.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await get(url);
      assert.equal(response.status, 200, url);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', url);
      const code = await response.text();
      for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.\.?\/[^"]+)"/g))
        pending.push(new URL(specifier!, `http://cms.invalid${url}`).pathname);
    }
    const elements = readdirSync(path.join(REPO_ROOT, 'widgets', 'src'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && entry.name !== 'shared',
    );
    for (const element of elements)
      assert.ok(
        [...seen].some((url) => url.startsWith(`/kumppani/chunks/${element.name}-`)),
        `the loader imports a module for <${element.name}>`,
      );
  });

  it('compresses with brotli or gzip as the client accepts, and answers 304 to a matching ETag', async () => {
    // An element file: the loader is under a kilobyte, where compression gains less than half.
    const onDisk = readFileSync(path.join(CDN_DIR, 'partner-directory.js'));
    const brotli = await get('/kumppani/partner-directory.js', { 'Accept-Encoding': 'gzip, br' });
    // fetch() decodes the body itself; the header and a smaller Content-Length show what was sent.
    assert.equal(brotli.headers.get('content-encoding'), 'br');
    assert.equal(brotli.headers.get('vary'), 'Accept-Encoding');
    assert.ok(Number(brotli.headers.get('content-length')) < onDisk.length / 2);
    assert.ok(Buffer.from(await brotli.arrayBuffer()).equals(onDisk));

    const raw = await rawGet(cms.baseUrl, '/kumppani/partner-directory.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(raw.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(raw.body).equals(onDisk));
    const rawBrotli = await rawGet(cms.baseUrl, '/kumppani/partner-directory.js', { 'Accept-Encoding': 'br' });
    assert.ok(brotliDecompressSync(rawBrotli.body).equals(onDisk));

    const notModified = await get('/kumppani/partner-directory.js', { 'If-None-Match': brotli.headers.get('etag')! });
    assert.equal(notModified.status, 304);
    assert.equal((await notModified.arrayBuffer()).byteLength, 0);
  });

  it('answers unknown files and other methods clearly, and leaves the rest of the CMS alone', async () => {
    // Raw paths (fetch would resolve the dots before sending) to a file that exists next to the bundle's folder in
    // the plugin (dist/widgets/../server/index.js, the plugin's server code).
    for (const raw of ['/kumppani/../server/index.js', '/kumppani/%2e%2e/server/index.js', '/kumppani/..%2fserver%2findex.js'])
      assert.notEqual((await rawGet(cms.baseUrl, raw)).status, 200, raw);
    const unknown = await get('/kumppani/nothing-here.js');
    assert.equal(unknown.status, 404);
    assert.match((await unknown.json()).detail, /nothing-here\.js is not part of/);
    const post = await fetch(`${cms.baseUrl}/kumppani/kumppani.js`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    // The data API keeps its own allow-list: a host that may load the script may not read the data.
    const api = await get('/api/kumppani/organisations', { Origin: 'https://any-host.example.org' });
    assert.equal(api.headers.get('access-control-allow-origin'), null);
  });
});
