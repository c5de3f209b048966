/**
 * The rules every input and output goes by, without a Strapi: what text may hold, one tag rule for editors
 * and the API, the response cache's accounting, and which failures count as a database outage.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  asOneLine,
  feedQuery,
  organisationListQuery,
  postListQuery,
  withoutControlCharacters,
  withoutForbiddenCharacters,
} from '@kumppani/contract';
import { calendarText } from '../../cms/server/src/render/calendar';
import { isDatabaseUnavailable } from '../../cms/server/src/public-api/database-errors';
import { canonicalQueryString } from '../../cms/server/src/public-api/http';
import { PROBLEM_TYPE_BY_SLUG } from '../../cms/server/src/public-api/problem-types';
import { ResponseCache, responseKey, retainedBytes, type CachedResponse } from '../../cms/server/src/public-api/response-cache';
import { documentProblems, normaliseTexts } from '../../cms/server/src/validation/rules';

/** Characters that XML 1.0 refuses anywhere, and what Word pastes for a line break. */
const HOSTILE = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const PROPERTY_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

describe('text rules', () => {
  it('remove every character that XML 1.0 or iCalendar refuses, and keep the rest', () => {
    for (const character of HOSTILE) {
      const cleaned = withoutControlCharacters(`Kädet${character}Sotessa 😀`);
      assert.ok(XML_CHAR.test(cleaned) && !cleaned.includes('\u007F'), `U+${character.charCodeAt(0).toString(16)} removed`);
      assert.ok(cleaned.startsWith('Kädet') && cleaned.endsWith('Sotessa 😀'), 'the text around it stays, astral characters too');
      assert.notEqual(withoutControlCharacters(`a${character}b`), `a${character}b`);
    }
    assert.equal(withoutControlCharacters('rivi\u000Btoinen'), 'rivi\ntoinen', "Word's line break becomes a line break");
    assert.equal(withoutControlCharacters('sarake\tja\r\nrivi'), 'sarake\tja\r\nrivi');
    assert.equal(
      withoutForbiddenCharacters('BEGIN:VCALENDAR\r\nX\u000B\u0001:y\r\n'),
      'BEGIN:VCALENDAR\r\nX:y\r\n',
      "a document's own line ends stay",
    );
  });

  it('make one line of older content: a break and the space around it become one space', () => {
    assert.equal(asOneLine('Kokous \r\n BEGIN:VEVENT\u000Bx'), 'Kokous BEGIN:VEVENT x');
  });

  it('clean a write, refuse a line break in a one-line field and name the field', () => {
    const attributes = {
      title: { type: 'string' },
      description: { type: 'text' },
      body: { type: 'blocks' },
      tags: { type: 'json' },
      website: { type: 'string' },
    };
    const { data, problems } = normaliseTexts(attributes, {
      title: 'Otsikko\r\nBEGIN:VEVENT',
      description: 'Ensimmäinen\u000Btoinen\u0001',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Leipä\uFFFEteksti' }] }],
      tags: ['Kumppanuus', 'SOTE'],
      website: 'https://www.example.fi/\u0001',
    });
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['title'],
    );
    assert.match(problems[0].message, /one line/);
    assert.equal(data.description, 'Ensimmäinen\ntoinen');
    assert.deepEqual(data.body, [{ type: 'paragraph', children: [{ type: 'text', text: 'Leipäteksti' }] }]);
    assert.deepEqual(data.tags, ['kumppanuus', 'sote']);
    assert.equal(data.website, 'https://www.example.fi/');
    assert.equal(
      normaliseTexts(attributes, { title: 'Yksi\u000Brivi' }).data.title,
      'Yksi rivi',
      "Word's break in a one-line field is a space",
    );
  });

  it('let the API filter by every tag an editor can save, and by the tag as the editor typed it', () => {
    const typed = [
      'Kumppanuus',
      'sote-uudistus',
      'ÄÄNI',
      'Hyvinvointi2026',
      'mielenterveys',
      'Ålands-förening',
      'x'.repeat(60),
      'x'.repeat(61),
      'kaksi sanaa',
      '-alku',
      'İstanbul',
      'ǅemal',
      '#tagi',
      'a_b',
    ];
    let saved = 0;
    for (const tag of typed) {
      const { data } = normaliseTexts({ tags: { type: 'json' } }, { tags: [tag] });
      const accepted = documentProblems('post', data).length === 0;
      const query = postListQuery.safeParse({ tag });
      if (accepted) {
        saved += 1;
        const stored = (data.tags as string[])[0];
        assert.deepEqual(postListQuery.safeParse({ tag: stored }).data?.tag, [stored], `the saved tag ${stored} is a valid filter`);
        assert.deepEqual(query.data?.tag, [stored], `tag=${tag} as typed finds the saved ${stored}`);
        assert.deepEqual(feedQuery.safeParse({ tag }).data?.tag, [stored], 'feeds take the same rule');
      } else {
        assert.equal(query.success, false, `tag=${tag}, which no editor can save, is refused by the API too`);
      }
    }
    assert.ok(saved >= 6 && saved < typed.length, `some tags saved (${saved}), some refused`);
  });
});

describe('query parsing', () => {
  it('reads padded, repeated, reordered and differently cased list values as one request, and writes it back without defaults', () => {
    const plain = postListQuery.parse({ blog: 'kadet-sotessa' });
    for (const padded of ['kadet-sotessa,,,,', ' kadet-sotessa ,kadet-sotessa', ['kadet-sotessa', '', 'kadet-sotessa']]) {
      assert.deepEqual(postListQuery.parse({ blog: padded }), plain, JSON.stringify(padded));
    }
    assert.deepEqual(postListQuery.parse({ tag: 'Kumppanuus,kumppanuus,KUMPPANUUS' }).tag, ['kumppanuus']);
    assert.deepEqual(postListQuery.parse({ blog: 'b-blogi,a-blogi' }), postListQuery.parse({ blog: ['a-blogi', 'b-blogi'] }));
    assert.equal(canonicalQueryString(postListQuery, plain), '?blog=kadet-sotessa');
    assert.equal(canonicalQueryString(feedQuery, feedQuery.parse({ limit: '50', locale: 'fi' })), '?limit=50');
    assert.equal(canonicalQueryString(feedQuery, feedQuery.parse({})), '');
  });

  it('refuses property names of Object.prototype in every enumerated parameter', () => {
    for (const name of PROPERTY_NAMES) {
      for (const parameter of ['locale', 'sort', 'kind', 'targetGroup', 'facets']) {
        assert.equal(organisationListQuery.safeParse({ [parameter]: name }).success, false, `${parameter}=${name}`);
      }
      assert.equal(PROBLEM_TYPE_BY_SLUG.get(name), undefined, `problem type ${name}`);
    }
  });
});

describe('calendar text', () => {
  it('escapes a name so that it stays one property value (RFC 5545, 3.3.11)', () => {
    assert.equal(calendarText('Kokous\r\nBEGIN:VEVENT\r\nSUMMARY:x; y, z\\'), 'Kokous\\nBEGIN:VEVENT\\nSUMMARY:x\\; y\\, z\\\\');
    assert.ok(!/[\r\n]/.test(calendarText('a\rb\nc\u000Bd')));
  });
});

describe('database outage', () => {
  it('counts refused and cut connections, PostgreSQL shutdowns and pool timeouts, not faults in the code', () => {
    const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    const unavailable = [
      coded('ECONNREFUSED'),
      Object.assign(new AggregateError([coded('ECONNREFUSED')], ''), { code: 'ECONNREFUSED' }),
      coded('57P01', 'terminating connection due to administrator command'),
      coded('57P03', 'the database system is starting up'),
      coded('08006'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      coded('SQLITE_BUSY', 'database is locked'),
      coded('SQLITE_READONLY', 'attempt to write a readonly database'),
      coded('53100', 'could not extend file: No space left on device'),
      coded('57014', 'canceling statement due to statement timeout'),
      new Error('Client was closed and is not queryable'),
      new Error('select failed', { cause: coded('ECONNRESET') }),
    ];
    for (const error of unavailable)
      assert.equal(isDatabaseUnavailable(error), true, error.message || String((error as { code?: string }).code));
    const faults = [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      coded('42P01', 'relation "x" does not exist'),
      coded('SQLITE_ERROR', 'no such column'),
      coded('23505'),
      null,
      'text',
    ];
    for (const error of faults) assert.equal(isDatabaseUnavailable(error), false, String(error));
  });
});

describe('response cache', () => {
  const entry = (body: string): CachedResponse => ({
    body,
    contentType: 'application/json; charset=utf-8',
    etag: `"${'e'.repeat(32)}"`,
    lastModified: new Date().toUTCString(),
    since: -Infinity,
    until: Infinity,
  });

  it('keys by a fixed-length digest of the parsed request, whatever the URL length', () => {
    const short = responseKey({ method: 'GET', route: 'endpoint-1', params: {}, query: { blog: ['a'] }, base: 'http://x', version: 'v1' });
    const long = responseKey({
      method: 'GET',
      route: 'endpoint-1',
      params: {},
      query: { q: 'x'.repeat(200), blog: Array(30).fill('a'.repeat(100)) },
      base: 'http://x',
      version: 'v1',
    });
    assert.equal(short.length, long.length);
    assert.notEqual(
      responseKey({ method: 'GET', route: 'endpoint-1', params: {}, query: { blog: ['a'] }, base: 'http://x', version: 'v2' }),
      short,
      'a new data version is a new key',
    );
  });

  it('accounts at least what its entries keep alive in the heap', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const cache = new ResponseCache(256 * 1024 * 1024);
    const count = 2_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < count; index += 1) {
      // Fresh strings with a character above U+00FF, as Finnish feeds have ("–"), so V8 keeps them at two bytes a character.
      const body = JSON.stringify({ data: [{ name: `Järjestö – ${index}`, text: 'ä'.repeat(500 + (index % 300)) }] });
      const key = responseKey({
        method: 'GET',
        route: 'endpoint-1',
        params: {},
        query: { q: `haku${index}` },
        base: 'http://127.0.0.1',
        version: 'v1',
      });
      cache.set(key, entry(body));
    }
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    assert.equal(cache.count, count);
    assert.ok(retained > 0, 'the entries take heap');
    assert.ok(cache.accountedBytes >= retained, `accounted ${cache.accountedBytes} B, retained ${retained} B`);
    const [key] = cache.keys();
    assert.ok(retainedBytes(key, cache.get(key)!) >= 2 * (key.length + cache.get(key)!.body.length), 'key and body are both counted');
  });

  it('stays within its byte budget however many entries arrive', () => {
    const cache = new ResponseCache(1024 * 1024);
    for (let index = 0; index < 5_000; index += 1) cache.set(`k${index}`, entry('x'.repeat(1_000)));
    assert.ok(cache.accountedBytes <= cache.maxBytes);
    assert.ok(cache.count < 5_000 && cache.count > 0);
  });
});
