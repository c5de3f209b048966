import { expect } from '@open-wc/testing';
import * as contract from '@kumppani/contract';
import * as z from 'zod/mini';
import { matches, type ShapeNode } from './shape.js';
import { shapeOf, shapesModule } from './shape-of.js';
import * as shapes from './shapes.js';

/** The module `shapesModule` writes, loaded as the browser loads the generated shapes.js. */
const load = async (code: string): Promise<Record<string, ShapeNode>> => {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    return (await import(url)) as Record<string, ShapeNode>;
  } finally {
    URL.revokeObjectURL(url);
  }
};

describe('response shapes', () => {
  const event = {
    ...{ id: '1', slug: 'a', locale: 'fi', title: 'A', description: null, startsAt: '2025-05-01T10:00:00+03:00', endsAt: null },
    ...{ timeZone: 'Europe/Helsinki', attendanceMode: 'offline', place: null, onlineUrl: null, registration: null },
    ...{ organisers: [], programme: null, regions: [], topics: [], audience: null, languages: ['fi'], isFree: true, price: null },
    ...{ status: 'scheduled', previousStartsAt: null, series: null, calendarUrl: '/e.ics', url: null, updatedAt: '2025-04-01T10:00:00Z' },
  };
  const meta = { page: 1, pageSize: 20, total: 1, pageCount: 1 };

  it("are generated from the contract's schemas of the same names", () => {
    expect(Object.keys(shapes)).not.to.be.empty;
    for (const [name, shape] of Object.entries(shapes)) {
      expect(shape, name).to.deep.equal(shapeOf(contract[name as keyof typeof shapes]));
    }
  });

  it('follow a change of a schema, patterns included', async () => {
    // A test-only contract: the event list with a field added to each event and one to the response.
    const eventSchema = contract.eventList._zod.def.shape.data._zod.def.element;
    const changed = z.extend(contract.eventList, {
      data: z.array(z.extend(eventSchema, { endsBefore: z.nullable(contract.instant), note: z.optional(z.string()) })),
      next: z.nullable(z.url({ protocol: /^https?$/ })),
    });
    const generated = await load(shapesModule({ eventList: shapeOf(changed), postList: shapeOf(contract.postList) }));
    expect(generated.eventList).to.deep.equal(shapeOf(changed));
    expect(generated.eventList).not.to.deep.equal(shapes.eventList);
    expect(generated.postList).to.deep.equal(shapes.postList);
    const fields = (generated.eventList as { fields: { data: { list: { fields: Record<string, ShapeNode> } } } }).fields;
    expect(fields.data.list.fields.endsBefore).to.deep.equal({ nullable: shapeOf(contract.instant) });
    expect(fields.data.list.fields.note).to.deep.equal({ optional: 'string' });
    const later = { data: [{ ...event, endsBefore: '2025-05-01T12:00:00Z' }], meta, next: null };
    expect(matches(generated.eventList, later)).to.be.true;
    expect(matches(generated.eventList, { ...later, next: 'javascript:alert(1)' })).to.be.false;
    expect(matches(generated.eventList, { ...later, data: [{ ...event, endsBefore: 'soon' }] })).to.be.false;
  });

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
