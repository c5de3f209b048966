import { expect } from '@open-wc/testing';
import * as contract from '@kumppani/contract';
import * as z from 'zod/mini';
import { matches } from './shape.js';
import * as shapes from './shapes.js';
import { shapeOf } from './testing/shape-of.js';

describe('response shapes', () => {
  for (const name of ['eventList', 'organisationList', 'postList', 'programmeList'] as const) {
    it(`${name} is the contract's schema node for node`, () => {
      // On a failure, write the contract's change into shapes.ts (the diff shows where).
      expect(shapes[name]).to.deep.equal(shapeOf(contract[name]));
    });
  }

  // Every kind of node the shapes use, each given values of every JSON type and the near misses.
  const schemas = {
    string: z.string(),
    number: z.number(),
    boolean: z.boolean(),
    enum: z.enum(contract.CONTENT_LOCALES),
    literal: z.literal(contract.HELSINKI_TIME_ZONE),
    instant: contract.instant,
    date: z.iso.date(),
    url: z.url({ protocol: /^https?$/ }),
    nullable: z.nullable(z.string()),
    list: z.array(z.number()),
    object: z.object({ name: z.string(), note: z.optional(z.nullable(z.string())), count: z.nullable(z.number()) }),
    nested: contract.eventList,
  };
  const event = {
    ...{ id: '1', slug: 'a', locale: 'fi', title: 'A', description: null, startsAt: '2025-05-01T10:00:00+03:00', endsAt: null },
    ...{ timeZone: 'Europe/Helsinki', attendanceMode: 'offline', place: null, onlineUrl: null, registration: null },
    ...{ organisers: [], programme: null, regions: [], topics: [], audience: null, languages: ['fi'], isFree: true, price: null },
    ...{ status: 'scheduled', previousStartsAt: null, calendarUrl: '/e.ics', updatedAt: '2025-04-01T10:00:00Z' },
  };
  const meta = { page: 1, pageSize: 20, total: 1, pageCount: 1 };
  const values: unknown[] = [
    ...[undefined, null, true, false, 0, -1.5, '', 'fi', 'FI', 'Europe/Helsinki', ' x ', [], [1, 2], [1, 'x'], ['x'], {}],
    ...['2025-05-01T10:00:00Z', '2025-05-01T10:00:00.123+03:00', '2025-05-01T10:00Z', '2025-05-01 10:00:00Z', '2025-05-01'],
    ...['2024-02-29', '2025-02-29', '2025-13-01', 'https://cms.test/a.png', ' https://cms.test/a.png ', 'http://a', 'ftp://a/b'],
    ...['\u00a0https://cms.test/a.png', 'javascript:alert(1)', '/relative.png', 'https://', 'data:image/png;base64,AA'],
    ...[{ name: 'x' }, { name: 'x', note: null, count: 1 }, { name: 'x', note: 'y', count: null }, { name: 'x', count: '1' }],
    ...[{ name: 1, count: 1 }, { name: 'x', note: 1, count: 1 }, { name: 'x', count: 1, more: true }, [{ name: 'x' }]],
    ...[
      { data: [event], meta },
      { data: [], meta: { ...meta, facets: { region: [], topic: [], mode: [], language: [], free: [] } } },
    ],
    ...[
      { data: [event], meta: { ...meta, facets: {} } },
      { data: [{ ...event, startsAt: 'tomorrow' }], meta },
    ],
    ...[{ data: [{ ...event, status: 'unknown' }], meta }, { data: [{ ...event, place: {} }], meta }, { data: [event] }],
  ];

  for (const [kind, schema] of Object.entries(schemas)) {
    it(`gives zod's verdict for ${kind}`, () => {
      const shape = shapeOf(schema);
      for (const value of values) {
        expect(matches(shape, value), JSON.stringify(value) ?? 'undefined').to.equal(schema.safeParse(value).success);
      }
      // A valid value must pass too, not only be refused alike.
      expect(values.some((value) => matches(shape, value))).to.be.true;
    });
  }

  it('cannot be made of what a shape cannot check', () => {
    for (const schema of [
      z.strictObject({ a: z.string() }),
      z.looseObject({ a: z.string() }),
      z.number().check(z.minimum(1)),
      z.int(),
      z.email(),
      z.iso.datetime(),
      z.url(),
      z._default(z.string(), 'x'),
      z.pipe(z.string(), z.transform(Number)),
      z.union([z.string(), z.number()]),
      z.array(z.string()).check(z.minLength(1)),
    ]) {
      expect(() => shapeOf(schema)).to.throw();
    }
  });
});
