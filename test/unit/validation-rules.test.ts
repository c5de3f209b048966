/**
 * The field rules on their own, without a Strapi: the checks shared by every type (validation/), then each
 * type's own rules (content-types/<name>/rules.ts) through documentProblems, with the messages editors read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  businessIdProblem,
  emailProblem,
  httpUrlProblem,
  orderProblem,
  phoneProblem,
  slugProblem,
  stringListProblem,
} from '../../cms/server/src/validation/field-checks';
import { documentProblems } from '../../cms/server/src/validation/rules';

describe('Y-tunnus (business ID)', () => {
  it('accepts IDs whose check digit matches, including remainder 0', () => {
    // 0737546-2 (weights 7,9,10,5,8,4,2: sum 53, remainder 9, 11-9 = 2); 1572860-0 has remainder 0.
    assert.equal(businessIdProblem('0737546-2'), null);
    assert.equal(businessIdProblem('1572860-0'), null);
  });
  it('rejects a wrong check digit and says which digit was expected', () => {
    assert.match(businessIdProblem('0737546-3') ?? '', /wrong check digit: expected 2/);
  });
  it('rejects IDs whose remainder is 1 (no valid check digit exists)', () => {
    // 1000001: 7*1 + 2*1 = 9 ... find one with remainder 1: 0000006 → 2*6 = 12, remainder 1.
    assert.match(businessIdProblem('0000006-0') ?? '', /no check digit exists/);
  });
  it('rejects malformed IDs with the expected format in the message', () => {
    for (const bad of ['07375462', '0737546-22', 'abcdefg-h', ' 0737546-2', '737546-2']) {
      assert.match(businessIdProblem(bad) ?? '', /1234567-8/, bad);
    }
  });
});

describe('web addresses', () => {
  it('accepts http and https URLs', () => {
    assert.equal(httpUrlProblem('https://www.soste.fi/'), null);
    assert.equal(httpUrlProblem('http://example.fi/path?q=1'), null);
  });
  it('rejects other schemes, relative paths and hostless addresses', () => {
    assert.match(httpUrlProblem('javascript:alert(1)') ?? '', /Only http/);
    assert.match(httpUrlProblem('ftp://example.fi/') ?? '', /Only http/);
    assert.match(httpUrlProblem('www.example.fi') ?? '', /not a web address/);
    assert.match(httpUrlProblem('https://intranet/') ?? '', /no proper host/);
  });
});

describe('e-mail and phone', () => {
  it('accepts ordinary addresses and numbers', () => {
    assert.equal(emailProblem('info@soste.example.fi'), null);
    assert.equal(phoneProblem('+358 40 123 4567'), null);
    assert.equal(phoneProblem('09 123 456'), null);
  });
  it('rejects malformed ones', () => {
    assert.match(emailProblem('info at soste.fi') ?? '', /not an e-mail address/);
    assert.match(emailProblem('info@soste') ?? '', /not an e-mail address/);
    assert.match(phoneProblem('call me') ?? '', /not a phone number/);
  });
});

describe('order of times', () => {
  it('passes when the later time is later or equal, or when either is missing', () => {
    assert.equal(orderProblem('2026-01-01T10:00:00Z', '2026-01-01T12:00:00Z', 'x'), null);
    assert.equal(orderProblem('2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', 'x'), null);
    assert.equal(orderProblem(null, '2026-01-01T10:00:00Z', 'x'), null);
  });
  it('fails with the given message when the order is reversed', () => {
    assert.equal(orderProblem('2026-01-01T12:00:00Z', '2026-01-01T10:00:00Z', 'ends before it starts'), 'ends before it starts');
  });
});

describe('slugs', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    assert.equal(slugProblem('vantaa-kerava'), null);
    assert.equal(slugProblem('yta-2026'), null);
  });
  it('rejects letters outside a–z, spaces, doubled hyphens and overlong slugs', () => {
    for (const bad of ['Ääkköset ja välit', 'kumppani--paiva', 'Iso']) assert.match(slugProblem(bad) ?? '', /lowercase letters/, bad);
    assert.match(slugProblem('a'.repeat(500)) ?? '', /longer than/);
  });
});

describe('lists of codes', () => {
  const isLanguage = (code: string) => /^[a-z]{2,3}$/.test(code);
  it('accepts a list of allowed values and no value at all', () => {
    assert.equal(stringListProblem(['fi', 'sv', 'smn'], isLanguage, 'language codes'), null);
    assert.equal(stringListProblem(undefined, isLanguage, 'language codes'), null);
  });
  it('names the unknown values and rejects non-lists', () => {
    assert.match(stringListProblem(['fi', 'Finnish'], isLanguage, 'language codes') ?? '', /Unknown language codes: Finnish/);
    assert.match(stringListProblem('fi', isLanguage, 'language codes') ?? '', /Must be a list/);
  });
});

describe('documentProblems per content type', () => {
  it('reports every problem of an organisation at once, each with its field', () => {
    const problems = documentProblems('organisation', {
      businessId: '0737546-3',
      website: 'soste.fi',
      email: 'x',
      targetGroups: ['aliens'],
      latitude: 100,
    });
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['businessId', 'email', 'latitude', 'targetGroups', 'website']);
  });
  it('checks event end, registration deadline and rescheduling', () => {
    const problems = documentProblems('event', {
      startsAt: '2026-05-01T10:00:00Z',
      endsAt: '2026-05-01T09:00:00Z',
      registrationDeadline: '2026-05-02T00:00:00Z',
      eventStatus: 'rescheduled',
    });
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['endsAt', 'registrationDeadline', 'previousStartsAt'],
    );
  });
  it('checks programme dates and post hero image alt text', () => {
    assert.deepEqual(
      documentProblems('programme', { startDate: '2026-01-01', endDate: '2025-12-31' }).map((p) => p.path),
      ['endDate'],
    );
    assert.deepEqual(
      documentProblems('post', { heroImage: 3, heroImageAlt: ' ' }).map((p) => p.path),
      ['heroImageAlt'],
    );
    assert.deepEqual(
      documentProblems('post', { tags: ['kumppanuus', 'two words'] }).map((p) => p.path),
      ['tags'],
    );
  });
  it('checks coordinates and logo alternative text of an organisation', () => {
    const problems = documentProblems('organisation', { latitude: 60.2, longitude: 'east', logo: 7, logoAlt: '' });
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['longitude', 'logoAlt'],
    );
    assert.match(problems[1].message, /alternative text/);
    assert.deepEqual(documentProblems('organisation', { latitude: null, longitude: -180, logo: 7, logoAlt: 'SOSTE' }), []);
  });
  it("applies a type's own rules to that type only, and the shared field rules to every type", () => {
    assert.deepEqual(documentProblems('programme', { latitude: 100, logo: 7, heroImage: 3 }), []);
    assert.deepEqual(documentProblems('person', { endsAt: '2026-01-01', startsAt: '2026-02-01', photo: 7 }), []);
    assert.deepEqual(
      documentProblems('person', { email: 'x', phone: 'call me' }).map((problem) => problem.path),
      ['email', 'phone'],
    );
  });
  it('finds nothing wrong in a complete, valid event', () => {
    assert.deepEqual(
      documentProblems('event', {
        startsAt: '2026-05-01T10:00:00Z',
        endsAt: '2026-05-01T12:00:00Z',
        registrationDeadline: '2026-04-28T20:59:00Z',
        registrationUrl: 'https://www.example.fi/ilmoittaudu',
        languages: ['fi', 'sv'],
        eventStatus: 'scheduled',
      }),
      [],
    );
  });
});
