/**
 * A database outage under a running server: the API answers 503 with Retry-After (a problem document, not
 * cached), and recovers by itself when the database is back. The database "goes away" behind a TCP relay
 * (test/helpers/tcp-proxy.ts), so the PostgreSQL that other test files share keeps running.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';
import { bootCms, usingPostgres, type TestCms } from '../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';

const ROUTES = ['organisations', 'organisations?q=yhdistys', 'events.ics', 'feeds/posts.rss', 'posts/jokin-kirjoitus', 'openapi.json'];

describe(
  'a database outage',
  {
    skip: usingPostgres()
      ? false
      : 'SQLite is a file inside the Strapi process, it cannot become unreachable; the PostgreSQL pass (DATABASE_URL) runs this',
  },
  () => {
    let cms: TestCms;
    let proxy: TcpProxy;
    let server: SecondInstance;

    before(async () => {
      cms = await bootCms();
      const database = new URL(process.env.DATABASE_URL!);
      proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
      database.host = `127.0.0.1:${proxy.port}`;
      server = await startSecondInstance({ DATABASE_URL: database.toString(), KUMPPANI_RATE_LIMIT: 'off' });
    });
    after(async () => {
      await server?.stop();
      await proxy?.close();
      await cms?.close();
    });

    const get = (route: string) => fetch(`${server.baseUrl}/api/kumppani/${route}`);

    it('is answered with 503, Retry-After and a problem document, and the API comes back with the database', async () => {
      for (const route of ROUTES.filter((route) => !route.startsWith('posts/')))
        assert.equal((await get(route)).status, 200, `${route} before`);

      await proxy.cut();
      for (const route of ROUTES.filter((route) => route !== 'openapi.json')) {
        const response = await get(route);
        assert.equal(response.status, 503, `${route} during the outage`);
        assert.equal(response.headers.get('retry-after'), '10');
        assert.equal(response.headers.get('cache-control'), 'no-store', 'a proxy must not keep the failure');
        const problem = (await response.json()) as { type: string; status: number; detail: string };
        assert.match(problem.type, /\/problems\/service-unavailable$/);
        assert.equal(problem.status, 503);
      }
      assert.equal((await get('openapi.json')).status, 200, 'what needs no database still answers');

      await proxy.restore();
      let status = 0;
      for (let attempt = 0; attempt < 60 && status !== 200; attempt += 1) {
        status = (await get('organisations')).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.equal(status, 200, 'recovered without a restart');
      for (const route of ROUTES.filter((route) => !route.startsWith('posts/')))
        assert.equal((await get(route)).status, 200, `${route} after`);
    });
  },
);
