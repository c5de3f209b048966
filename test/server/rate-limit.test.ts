/**
 * The public API's rate limit across Strapi processes. On PostgreSQL every process on the database draws from
 * one budget per client, counted in the table kumppani_rate_limits in Strapi's schema (created at start-up);
 * when the database cannot count, each process goes on counting in its own memory instead of answering 500.
 * On SQLite each process keeps its own budget in memory.
 *
 * Two processes: this one and a child (test/helpers/second-instance.ts) on the same database, both with a
 * budget of 10 requests a minute and trusting X-Forwarded-For, so that each test is a client of its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSecondInstance, type SecondInstance } from '../helpers/second-instance';
import { bootCms, usingPostgres, type TestCms } from '../helpers/strapi';

const BUDGET = 10;
const TABLE = 'kumppani_rate_limits';
const ROUTE = '/api/kumppani/organisations?pageSize=1';
const ON_POSTGRES = usingPostgres();
const ONLY_POSTGRES = ON_POSTGRES ? false : 'SQLite keeps the memory store (one budget per process): nothing is shared to test';
const ONLY_SQLITE = ON_POSTGRES ? 'PostgreSQL shares the budget (the tests above, with the memory store as a setting there)' : false;

let clients = 0;
/** A client address of its own for each test. */
const newClient = () => `203.0.113.${(clients += 1)}`;

interface Answer {
  status: number;
  limit: string | null;
  remaining: string | null;
  retryAfter: string | null;
  body: string;
}

async function ask(baseUrl: string, client: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}${ROUTE}`, { headers: { 'X-Forwarded-For': client } });
  return {
    status: response.status,
    limit: response.headers.get('ratelimit-limit'),
    remaining: response.headers.get('ratelimit-remaining'),
    retryAfter: response.headers.get('retry-after'),
    body: await response.text(),
  };
}

function assertRefused(answer: Answer, where: string): void {
  assert.equal(answer.status, 429, `${where}: ${answer.body.slice(0, 200)}`);
  assert.equal(answer.limit, String(BUDGET), where);
  assert.equal(answer.remaining, '0', where);
  const retryAfter = Number(answer.retryAfter);
  assert.ok(retryAfter >= 1 && retryAfter <= 60, `${where}: Retry-After ${answer.retryAfter}`);
  const problem = JSON.parse(answer.body) as { type: string; status: number; detail: string };
  assert.equal(problem.status, 429, where);
  assert.match(problem.type, /too-many-requests$/, where);
  assert.match(problem.detail, /more than 10 requests in 60 s/, where);
}

describe('rate limit across Strapi processes', () => {
  let first: TestCms;
  let second: SecondInstance;
  // bootCms puts these into process.env, so the second process gets them too, with the same database.
  before(async () => {
    first = await bootCms({ http: true, env: { KUMPPANI_RATE_LIMIT: String(BUDGET), KUMPPANI_TRUST_PROXY: 'on' } });
    second = await startSecondInstance();
  });
  after(async () => {
    await second?.stop();
    await first?.close();
  });

  const sql = async <T>(text: string, bindings: unknown[] = []): Promise<T[]> =>
    ((await first.strapi.db.connection.raw(text, bindings as never)) as { rows: T[] }).rows;
  const schema = () => first.strapi.db.getSchemaName() ?? 'public';

  it(`creates ${TABLE} in Strapi's schema at start-up, before any request`, { skip: ONLY_POSTGRES }, async () => {
    const columns = await sql<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY column_name',
      [schema(), TABLE],
    );
    assert.deepEqual(
      columns.map((column) => column.column_name),
      ['expire', 'key', 'points'],
      `${schema()}.${TABLE}`,
    );
    assert.equal((await sql(`SELECT 1 FROM "${schema()}"."${TABLE}"`)).length, 0, 'no request has been counted yet');
    const [table] = await sql<{ relpersistence: string }>(
      'SELECT c.relpersistence FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?',
      [schema(), TABLE],
    );
    assert.equal(table.relpersistence, 'u', 'UNLOGGED: counts need no write-ahead log');
  });

  it('shares one budget between two processes on one PostgreSQL database', { skip: ONLY_POSTGRES }, async () => {
    const client = newClient();
    const processes = [first.baseUrl, second.baseUrl];
    const answers: Answer[] = [];
    for (let index = 0; index < BUDGET + 4; index += 1) answers.push(await ask(processes[index % 2], client));
    const allowed = answers.slice(0, BUDGET);
    assert.deepEqual(
      allowed.map((answer) => answer.status),
      Array(BUDGET).fill(200),
    );
    assert.deepEqual(
      allowed.map((answer) => Number(answer.remaining)),
      Array.from({ length: BUDGET }, (_, index) => BUDGET - 1 - index),
      'each answer counts the requests that both processes let through',
    );
    answers
      .slice(BUDGET)
      .forEach((answer, index) => assertRefused(answer, `request ${BUDGET + index + 1}, process ${((BUDGET + index) % 2) + 1}`));
    const rows = await sql<{ points: number }>(`SELECT points FROM "${schema()}"."${TABLE}" WHERE key = ?`, [
      `kumppani:${BUDGET}/60s:${client}`,
    ]);
    assert.equal(rows.length, 1, 'one row per client and budget');
    assert.ok(rows[0].points >= BUDGET);
  });

  it('lets exactly the budget through when requests race over both processes', { skip: ONLY_POSTGRES }, async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: 3 * BUDGET }, (_, index) => ask(index % 2 ? second.baseUrl : first.baseUrl, client)),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.length, 3 * BUDGET);
    assert.equal(statuses.filter((status) => status === 200).length, BUDGET, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 429).length, 2 * BUDGET, statuses.join(' '));
  });

  it(
    'counts in each process’s memory, without a 500, while the database cannot count, and shares again after',
    { skip: ONLY_POSTGRES },
    async () => {
      const client = newClient();
      await sql(`ALTER TABLE "${schema()}"."${TABLE}" RENAME TO "${TABLE}_away"`);
      try {
        const answers = [await ask(first.baseUrl, client), await ask(first.baseUrl, client), await ask(second.baseUrl, client)];
        assert.deepEqual(
          answers.map((answer) => answer.status),
          [200, 200, 200],
          answers.map((answer) => answer.body.slice(0, 200)).join('\n'),
        );
        assert.deepEqual(
          answers.map((answer) => answer.remaining),
          ['9', '8', '9'],
          'each process counts on its own',
        );
        for (let index = 0; index < BUDGET - 2; index += 1) assert.equal((await ask(first.baseUrl, client)).status, 200);
        assertRefused(await ask(first.baseUrl, client), 'the memory count keeps the budget too');
      } finally {
        await sql(`ALTER TABLE "${schema()}"."${TABLE}_away" RENAME TO "${TABLE}"`);
      }
      const another = newClient();
      const shared = [await ask(first.baseUrl, another), await ask(second.baseUrl, another)];
      assert.deepEqual(
        shared.map((answer) => [answer.status, answer.remaining]),
        [
          [200, '9'],
          [200, '8'],
        ],
        'shared again once the table is back',
      );
    },
  );

  it('keeps a budget of its own in a process whose rateLimit.store is "memory"', { skip: ONLY_POSTGRES }, async () => {
    const own = await startSecondInstance({ KUMPPANI_RATE_LIMIT_STORE: 'memory' });
    try {
      const client = newClient();
      for (let index = 0; index < BUDGET; index += 1)
        assert.equal((await ask(index % 2 ? second.baseUrl : first.baseUrl, client)).status, 200);
      assertRefused(await ask(first.baseUrl, client), 'the shared budget is used up');
      const answer = await ask(own.baseUrl, client);
      assert.deepEqual([answer.status, answer.remaining], [200, '9']);
    } finally {
      await own.stop();
    }
  });

  it('keeps one budget per process on SQLite (the memory store)', { skip: ONLY_SQLITE }, async () => {
    const client = newClient();
    const answers: Answer[] = [];
    for (let index = 0; index < BUDGET; index += 1) answers.push(await ask(first.baseUrl, client));
    assert.deepEqual(
      answers.map((answer) => [answer.status, Number(answer.remaining)]),
      Array.from({ length: BUDGET }, (_, index) => [200, BUDGET - 1 - index]),
    );
    assertRefused(await ask(first.baseUrl, client), 'the first process');
    const other = await ask(second.baseUrl, client);
    assert.deepEqual([other.status, other.remaining], [200, '9'], 'the second process has counted nothing yet');
  });

  it('refuses rateLimit.store "database" on SQLite at start-up, naming the setting', { skip: ONLY_SQLITE }, async () => {
    const failure = await startSecondInstance({ KUMPPANI_RATE_LIMIT_STORE: 'database' }).then(
      async (started) => {
        await started.stop();
        return new Error('it started');
      },
      (error: Error) => error,
    );
    assert.match(failure.message, /rateLimit\.store "database" needs PostgreSQL/);
  });

  it('refuses to start with an unknown rateLimit.store, naming it', async () => {
    const failure = await startSecondInstance({ KUMPPANI_RATE_LIMIT_STORE: 'redis' }).then(
      async (started) => {
        await started.stop();
        return new Error('it started');
      },
      (error: Error) => error,
    );
    assert.match(failure.message, /rateLimit\.store/, 'the demo app passes KUMPPANI_RATE_LIMIT_STORE to it');
  });
});
