/**
 * Every format proven by a parser we did not write: RSS and Atom by @rowanmanning/feed-parser, JSON Feed
 * against the JSON Feed 1.1 JSON Schema, iCalendar by ical.js (times checked in Europe/Helsinki), the
 * OpenAPI document by an OpenAPI 3.1 validator, and JSON responses by the shared contract and by the
 * schemas the OpenAPI document publishes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import * as contract from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonFeedSchema = require('jsonfeed-schema/schema-v1.1.json');

const helsinkiTime = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(instant)
    .replace(' ', 'T');

describe('formats', () => {
  let cms: SeededCms;
  before(async () => {
    cms = await seededCms();
  });
  after(async () => {
    await cms?.close();
  });

  describe('feeds', () => {
    it('RSS 2.0 parses, with full content, authors, categories and a self link', async () => {
      const response = await cms.get('feeds/posts.rss?limit=50');
      assert.match(response.headers.get('content-type') ?? '', /application\/rss\+xml/);
      const feed = parseFeed(response.text);
      const posts = (await cms.get('posts?pageSize=50')).json().data;
      assert.equal(feed.items.length, posts.length);
      const first = feed.items[0];
      assert.equal(first.title, posts[0].title);
      assert.ok((first.content ?? '').includes('<p>'), 'full HTML content');
      assert.ok(
        feed.items.some((item) => item.authors.length > 0),
        'authors (dc:creator)',
      );
      assert.ok(
        feed.items.some((item) => item.categories.length > 0),
        'categories',
      );
      assert.match(response.text, /<atom:link href="[^"]+\/api\/kumppani\/feeds\/posts\.rss\?limit=50" rel="self"/);
    });

    it('Atom parses, per blog and per tag, in Swedish', async () => {
      const blog = await cms.get('feeds/posts.atom?blog=kadet-sotessa');
      const feed = parseFeed(blog.text);
      const expected = (await cms.get('posts?blog=kadet-sotessa&pageSize=50')).json().data;
      assert.deepEqual(
        feed.items.map((item) => item.title),
        expected.map((post: { title: string }) => post.title),
      );
      assert.ok(feed.items.length > 0);
      assert.ok(
        feed.items.every((item) => item.id && item.updated),
        'entries have id and updated',
      );
      assert.match(blog.text, /rel="self"/);

      const swedish = parseFeed((await cms.get('feeds/posts.atom?locale=sv')).text);
      assert.ok(swedish.items.some((item) => item.title?.startsWith('Organisationerna har mycket att påverka')));
      const tagged = parseFeed((await cms.get('feeds/posts.atom?tag=tulevaisuustukitrio')).text);
      assert.ok(tagged.items.length >= 1);
    });

    it('JSON Feed validates against the JSON Feed 1.1 schema', async () => {
      const response = await cms.get('feeds/posts.json');
      assert.match(response.headers.get('content-type') ?? '', /application\/feed\+json/);
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(jsonFeedSchema);
      assert.ok(validate(response.json()), JSON.stringify(validate.errors));
      const feed = response.json<{ version: string; items: { content_html: string; authors?: unknown[] }[] }>();
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.ok(feed.items.length > 0 && feed.items.every((item: { content_html: string }) => item.content_html.length > 0));
      assert.ok(feed.items.some((item: { authors?: unknown[] }) => item.authors?.length));
    });
  });

  describe('iCalendar', () => {
    const eventsOf = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      // ical.js resolves TZID references through the VTIMEZONE the calendar itself carries.
      for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
      return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    };

    it('gives correct Helsinki times in summer and in winter, with stable UIDs', async () => {
      const listed = (await cms.get('events?start=2000-01-01&pageSize=100')).json().data as contract.EventSummary[];
      const summer = listed.find((event) => event.title.includes('SOSTE Akatemia'))!;
      // A single event: a series' own file starts at its first occurrence (test/server/event-series.test.ts).
      const winter = listed.find(
        (event) => !event.series && (new Date(event.startsAt).getUTCMonth() === 0 || new Date(event.startsAt).getUTCMonth() === 11),
      )!;
      assert.ok(summer && winter, 'a summer and a winter event in the demo');
      for (const event of [summer, winter]) {
        const [parsed] = eventsOf((await cms.get(`events/${event.slug}.ics`)).text);
        assert.equal(parsed.startDate.zone?.tzid, 'Europe/Helsinki');
        assert.equal(parsed.startDate.toJSDate().toISOString(), event.startsAt, `${event.title} is the same instant`);
        const wall = parsed.startDate.toString().slice(0, 16);
        assert.equal(wall, helsinkiTime(new Date(event.startsAt)), 'wall-clock time in Helsinki');
        assert.equal(parsed.uid, `${event.id}@127.0.0.1`);
      }
      // 1.6.2022 klo 17.30 in the seed text.
      const [akatemia] = eventsOf((await cms.get(`events/${summer.slug}.ics`)).text);
      assert.equal(akatemia.startDate.toString().slice(0, 16), '2022-06-01T17:30');
      // The same event in the list calendar has the same UID.
      const all = eventsOf((await cms.get('events.ics?start=2000-01-01')).text);
      assert.ok(all.some((event) => event.uid === akatemia.uid));
    });

    it('marks cancelled events CANCELLED and follows the list filters', async () => {
      const cancelled = (await cms.get('events?status=cancelled')).json().data;
      assert.ok(cancelled.length >= 1);
      const [entry] = new ICAL.Component(ICAL.parse((await cms.get(`events/${cancelled[0].slug}.ics`)).text)).getAllSubcomponents('vevent');
      assert.equal(entry.getFirstPropertyValue('status'), 'CANCELLED');
      const online = eventsOf((await cms.get('events.ics?mode=online')).text);
      // The file holds a series once, so it matches the list of one row per event.
      const onlineList = (await cms.get('events?mode=online&expand=false&pageSize=100')).json().data;
      assert.ok(onlineList.length > 0, 'an upcoming online event');
      assert.equal(online.length, onlineList.length);
    });

    it('gives every event the STATUS of its state: postponed TENTATIVE, cancelled CANCELLED, the others CONFIRMED', async () => {
      const expected: Record<contract.EventSummary['status'], string> = {
        scheduled: 'CONFIRMED',
        cancelled: 'CANCELLED',
        postponed: 'TENTATIVE',
        rescheduled: 'CONFIRMED',
        moved_online: 'CONFIRMED',
      };
      // One row per event, as the file holds a series once; a series' own entry has the status of its next
      // occurrence in the demo (the first cancelled one comes later).
      const listed = (await cms.get('events?expand=false&pageSize=100')).json().data as contract.EventSummary[];
      const series = eventsOf((await cms.get('events.ics')).text).filter((event) => !event.isRecurrenceException());
      const listCalendar = new Map(series.map((event) => [event.uid, event.component.getFirstPropertyValue('status')]));
      assert.equal(listCalendar.size, listed.length, 'the calendar holds the events the list shows');
      for (const [status, icalStatus] of Object.entries(expected)) {
        const events = listed.filter((event) => event.status === status);
        // The demo has an upcoming event in each state; without one, this state would go unchecked.
        assert.ok(events.length > 0, `an upcoming ${status} event in the demo`);
        for (const event of events) {
          assert.equal(listCalendar.get(`${event.id}@127.0.0.1`), icalStatus, `${event.title} (${status}) in events.ics`);
          const own = eventsOf((await cms.get(`events/${event.slug}.ics`)).text).filter((entry) => !entry.isRecurrenceException());
          assert.equal(own.length, 1);
          assert.equal(own[0]!.component.getFirstPropertyValue('status'), icalStatus, `${event.title} (${status}) in its own .ics`);
        }
      }
    });
  });

  describe('OpenAPI and the contract', () => {
    it('publishes a valid OpenAPI 3.1 document', async () => {
      const document = (await cms.get('openapi.json')).json();
      const result = await new Validator().validate(document);
      assert.ok(result.valid, JSON.stringify(result.errors ?? null).slice(0, 2000));
      assert.equal(document.openapi, '3.1.0');
      const organisations = document.paths['/organisations'].get.parameters.map((parameter: { name: string }) => parameter.name);
      assert.deepEqual(organisations.sort(), Object.keys(contract.organisationListQuery.shape).sort(), 'parameters come from the contract');
      // The contract checks instants with a pattern; the document still tells clients they are date-times.
      const event = document.components.schemas.Event.properties.data.properties;
      for (const field of ['startsAt', 'updatedAt']) assert.equal(event[field].format, 'date-time', `Event.${field}`);
      assert.ok(
        event.endsAt.anyOf.some((option: { format?: string }) => option.format === 'date-time'),
        'Event.endsAt (nullable)',
      );
    });

    it('every JSON response matches the contract and the published schemas', async () => {
      const document = (await cms.get('openapi.json')).json();
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      for (const [name, schema] of Object.entries(document.components.schemas))
        ajv.addSchema(schema as object, `#/components/schemas/${name}`);
      const firstSlug = async (path: string) => (await cms.get(`${path}?pageSize=1`)).json().data[0].slug;
      const cases: [string, string, { safeParse(value: unknown): { success: boolean; error?: unknown } }][] = [
        ['organisations?facets=true', 'OrganisationList', contract.organisationList],
        [`organisations/${await firstSlug('organisations')}`, 'Organisation', contract.detailResponse(contract.organisationDetail)],
        ['programmes', 'ProgrammeList', contract.programmeList],
        [`programmes/${await firstSlug('programmes')}`, 'Programme', contract.detailResponse(contract.programmeDetail)],
        ['events?start=2000-01-01', 'EventList', contract.eventList],
        [`events/${await firstSlug('events')}`, 'Event', contract.detailResponse(contract.eventDetail)],
        ['posts?locale=sv', 'PostList', contract.postList],
        [`posts/${await firstSlug('posts')}`, 'Post', contract.detailResponse(contract.postDetail)],
      ];
      for (const [path, schemaName, schema] of cases) {
        const body = (await cms.get(path)).json();
        const parsed = schema.safeParse(body);
        assert.ok(parsed.success, `${path} parses by the contract: ${JSON.stringify(parsed.error)?.slice(0, 500)}`);
        const validate = ajv.getSchema(`#/components/schemas/${schemaName}`)!;
        assert.ok(validate(body), `${path} matches ${schemaName}: ${JSON.stringify(validate.errors)?.slice(0, 500)}`);
      }
    });

    it('answers bad input with a problem document that the contract parses', async () => {
      const response = await cms.get('organisations?pageSize=1000');
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = contract.problem.parse(response.json());
      assert.deepEqual(
        problem.invalidParams?.map((param) => param.name),
        ['pageSize'],
      );
      const type = await fetch(new URL(problem.type, cms.baseUrl));
      assert.equal(type.status, 200, 'the problem type URI documents itself');
    });
  });
});
