/**
 * Recurring events through Strapi: a series saved on the event type is refused by field when its rule is wrong,
 * and the public API lists its occurrences (paging, filters, facets and search by occurrence, `expand=false` one
 * row per series), its calendar file holds it once with RRULE, EXDATE and RECURRENCE-ID, and drafts stay out.
 * The series crosses the spring daylight-saving change: 17:00 stays 17:00 on the Helsinki clock.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { EventSummary } from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';
import { clock } from '../helpers/strapi';
import { icalOccurrences } from '../helpers/ical-occurrences';

type ValidationFailure = { name: string; details?: { errors?: { path: string[]; message: string }[] } };
type Docs = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
  unpublish(params: unknown): Promise<unknown>;
};

/** A word no demo text has, so that `q` finds this test's events only. */
const WORD = 'kvarkkiryhmä';

/** Tuesdays at 17–19 from 16 March 2027; Finland moves to summer time on 28 March. */
const SERIES = {
  title: `Vertaistukiryhmä ${WORD}`,
  slug: 'vertaistukiryhma-kvarkki',
  startsAt: '2027-03-16T15:00:00.000Z',
  endsAt: '2027-03-16T17:00:00.000Z',
  attendanceMode: 'offline',
  locality: 'Vantaa',
  languages: ['fi'],
  recurrence: {
    frequency: 'weekly',
    weekdays: ['TU'],
    count: 6,
    exceptions: ['2027-03-23'],
    changes: [
      { date: '2027-04-06', status: 'cancelled' },
      { date: '2027-04-13', status: 'rescheduled', startsAt: '2027-04-13T18:00:00+03:00', endsAt: '2027-04-13T20:00:00+03:00' },
    ],
  },
};

/** The occurrences the rule gives in UTC: 17:00 is 15:00Z in winter time, 14:00Z in summer time. */
const OCCURRENCES = [
  ['2027-03-16T15:00:00.000Z', 'scheduled'],
  ['2027-03-30T14:00:00.000Z', 'scheduled'],
  ['2027-04-06T14:00:00.000Z', 'cancelled'],
  ['2027-04-13T15:00:00.000Z', 'rescheduled'],
  ['2027-04-20T14:00:00.000Z', 'scheduled'],
];
const WINDOW = `q=${WORD}&start=2027-03-01&end=2027-05-31`;

describe('recurring events', () => {
  let cms: SeededCms;
  const docs = () => cms.strapi.documents('plugin::kumppani.event' as never) as unknown as Docs;
  let documentId: string;

  const list = async (query: string): Promise<{ data: EventSummary[]; meta: Record<string, unknown> }> => {
    const response = await cms.get(`events?${query}`);
    assert.equal(response.status, 200, `${query}: ${response.text.slice(0, 300)}`);
    return response.json();
  };

  before(async () => {
    cms = await seededCms();
    ({ documentId } = await docs().create({ data: SERIES, locale: 'fi' }));
    await docs().publish({ documentId, locale: 'fi' });
  });
  afterEach(() => clock(cms).set(null));
  after(async () => {
    await cms?.close();
  });

  describe('saving a series', () => {
    async function assertRefused(recurrence: Record<string, unknown>, field: string, message: RegExp): Promise<void> {
      const data = {
        ...SERIES,
        slug: `refused-${Math.random().toString(36).slice(2, 8)}`,
        recurrence: { ...SERIES.recurrence, ...recurrence },
      };
      await assert.rejects(docs().create({ data, locale: 'fi' }), (error: ValidationFailure) => {
        assert.equal(error.name, 'ValidationError');
        const problem = error.details?.errors?.find((entry) => entry.path.join('.') === field);
        assert.ok(problem, `an error for ${field} in ${JSON.stringify(error.details)}`);
        assert.match(problem.message, message);
        return true;
      });
    }

    it('refuses a count over the maximum, an end before the start, a rule with no end, a start off its weekdays', async () => {
      await assertRefused({ count: 1000 }, 'recurrence.count', /from 1 to 260/);
      await assertRefused(
        { count: null, until: '2027-03-01', exceptions: [], changes: [] },
        'recurrence.until',
        /before its first occurrence/,
      );
      await assertRefused({ count: null }, 'recurrence.until', /Give the series an end/);
      await assertRefused({ weekdays: ['WE'] }, 'recurrence.weekdays', /must fall on one of the series' weekdays/);
      await assertRefused({ exceptions: ['2027-03-24'] }, 'recurrence.exceptions.0', /not a date of this series/);
      await assertRefused({ colour: 'red' }, 'recurrence.colour', /no field "colour"/);
    });

    it('refuses a rule that leaves nothing to show', async () => {
      await assertRefused(
        { count: 2, exceptions: ['2027-03-16'], changes: [{ date: '2027-03-23', status: 'cancelled' }] },
        'recurrence.exceptions',
        /nothing is left/,
      );
    });
  });

  describe('the list', () => {
    it('lists each occurrence in the window on the Helsinki clock, with the series and its next dates', async () => {
      const { data, meta } = await list(`${WINDOW}&pageSize=20`);
      assert.deepEqual(
        data.map((event) => [event.startsAt, event.status]),
        OCCURRENCES,
      );
      assert.equal(meta.total, 5);
      const moved = data[3];
      assert.equal(moved.previousStartsAt, '2027-04-13T14:00:00.000Z', 'a moved occurrence says where the rule had it');
      assert.equal(moved.endsAt, '2027-04-13T17:00:00.000Z');
      const [first] = data;
      assert.equal(first.series?.recurrence.frequency, 'weekly');
      assert.deepEqual(first.series?.recurrence.exceptions, ['2027-03-23']);
      assert.equal(first.series?.firstStartsAt, SERIES.startsAt);
      assert.deepEqual(
        first.series?.next.map((occurrence) => occurrence.startsAt),
        OCCURRENCES.slice(1, 4).map(([startsAt]) => startsAt),
      );
      assert.ok(data.every((event) => event.id === documentId));
    });

    it('pages, filters and counts facets by occurrence', async () => {
      const second = await list(`${WINDOW}&pageSize=2&page=2`);
      assert.deepEqual(second.meta, { page: 2, pageSize: 2, total: 5, pageCount: 3 });
      assert.deepEqual(
        second.data.map((event) => event.startsAt),
        [OCCURRENCES[2][0], OCCURRENCES[3][0]],
      );
      const cancelled = await list(`${WINDOW}&status=cancelled`);
      assert.deepEqual(
        cancelled.data.map((event) => event.startsAt),
        [OCCURRENCES[2][0]],
      );
      const april = await list(`q=${WORD}&start=2027-04-01&end=2027-04-15`);
      assert.equal(april.meta.total, 2, 'the occurrences of 6 and 13 April');
      const faceted = await list(`${WINDOW}&facets=true`);
      const facets = faceted.meta.facets as { mode: { value: string; count: number }[] };
      assert.deepEqual(facets.mode, [{ value: 'offline', label: 'Paikan päällä', count: 5 }]);
    });

    it('with expand=false lists the series once, at its first occurrence in the window', async () => {
      const { data, meta } = await list(`q=${WORD}&start=2027-03-25&end=2027-05-31&expand=false&facets=true`);
      assert.equal(meta.total, 1);
      assert.equal(data[0].startsAt, OCCURRENCES[1][0]);
      assert.deepEqual(
        data[0].series?.next.map((occurrence) => occurrence.status),
        ['cancelled', 'rescheduled', 'scheduled'],
      );
      assert.equal((meta.facets as { mode: { count: number }[] }).mode[0].count, 1, 'facets count the series once');
    });

    it('without dates lists the occurrences not ended yet', async () => {
      clock(cms).set(() => Date.parse('2027-04-06T12:00:00Z'));
      const { data } = await list(`q=${WORD}`);
      assert.deepEqual(
        data.map((event) => event.startsAt),
        OCCURRENCES.slice(2).map(([startsAt]) => startsAt),
      );
      const detail = (await cms.get(`events/${SERIES.slug}`)).json().data as EventSummary;
      assert.equal(detail.startsAt, OCCURRENCES[2][0], 'one event is shown at its next occurrence');
      assert.equal(detail.status, 'cancelled');
    });
  });

  describe('the calendar file', () => {
    /** The occurrences ical.js expands from a file: start in UTC, and scheduled, cancelled or moved. */
    const expand = (text: string): string[][] =>
      icalOccurrences(text).map(({ startsAt, status, changed }) => [
        startsAt,
        status === 'CANCELLED' ? 'cancelled' : changed ? 'rescheduled' : 'scheduled',
      ]);

    it('holds the series once, and ical.js reads back the occurrences the list gives', async () => {
      for (const path of [`events.ics?${WINDOW}`, `events/${SERIES.slug}.ics`]) {
        const response = await cms.get(path);
        assert.equal(response.status, 200);
        const unfolded = response.text.replace(/\r\n[ \t]/g, '');
        assert.equal(unfolded.match(/^RRULE:FREQ=WEEKLY/gm)?.length, 1, `${path}: one series`);
        assert.match(unfolded, /^EXDATE;TZID=Europe\/Helsinki:20270323T170000\r$/m);
        assert.equal(unfolded.match(/^RECURRENCE-ID/gm)?.length, 2, `${path}: the cancelled and the moved occurrence`);
        assert.deepEqual(expand(response.text), OCCURRENCES, path);
      }
    });
  });

  describe('several series', () => {
    const OTHER = 'leptoniryhmä';
    const create = async (data: Record<string, unknown>) => {
      const created = await docs().create({ data: { ...SERIES, ...data }, locale: 'fi' });
      await docs().publish({ documentId: created.documentId, locale: 'fi' });
      return created.documentId;
    };

    it('with expand=false orders series by their first occurrence in the window, and pages them', async () => {
      // Tuesdays as above, and Mondays 15, 22 and 29 March.
      const tuesdays = await create({ title: `Tiistairyhmä ${OTHER}`, slug: 'tiistairyhma-lepton' });
      const mondays = await create({
        title: `Maanantairyhmä ${OTHER}`,
        slug: 'maanantairyhma-lepton',
        startsAt: '2027-03-15T15:00:00.000Z',
        endsAt: '2027-03-15T17:00:00.000Z',
        recurrence: { frequency: 'weekly', count: 3 },
      });
      const { data, meta } = await list(`q=${OTHER}&start=2027-03-20&end=2027-05-31&expand=false`);
      assert.equal(meta.total, 2);
      assert.deepEqual(
        data.map((event) => [event.id, event.startsAt]),
        [
          [mondays, '2027-03-22T15:00:00.000Z'],
          [tuesdays, '2027-03-30T14:00:00.000Z'],
        ],
      );
      const second = await list(`q=${OTHER}&start=2027-03-20&end=2027-05-31&expand=false&pageSize=1&page=2`);
      assert.deepEqual(
        second.data.map((event) => event.id),
        [tuesdays],
      );
      assert.equal((await list(`q=${OTHER}&start=2027-03-20&end=2027-05-31`)).meta.total, 6, 'two Mondays and four Tuesdays expanded');
    });

    it('lists a series stored without its checks (no end) as one event, neither vanished nor endless', async () => {
      const documentId = await create({ title: `Rikkinäinen ${OTHER}`, slug: 'rikkinainen-lepton', recurrence: null });
      await cms.strapi.db
        .connection('kumppani_events')
        .where({ document_id: documentId })
        .update({ recurrence: JSON.stringify({ frequency: 'weekly' }) });
      await cms.strapi.plugin('kumppani').service('event-occurrences').rebuild();
      const { data } = await list(`q=rikkinäinen&start=2027-01-01&end=2030-12-31`);
      assert.deepEqual(
        data.map((event) => [event.id, event.startsAt]),
        [[documentId, SERIES.startsAt]],
      );
      assert.equal(data[0].series, null, 'nor is it shown as a series');
      assert.doesNotMatch((await cms.get('events/rikkinainen-lepton.ics')).text, /^RRULE:FREQ=WEEKLY/m);
    });
  });

  describe('drafts', () => {
    it('a draft series and an unpublished one list no occurrence', async () => {
      const draft = await docs().create({ data: { ...SERIES, slug: 'kvarkki-luonnos', title: `Luonnos ${WORD}` }, locale: 'fi' });
      assert.equal((await list(`${WINDOW}&pageSize=50`)).meta.total, 5, 'the draft adds nothing');
      await docs().publish({ documentId: draft.documentId, locale: 'fi' });
      assert.equal((await list(`${WINDOW}&pageSize=50`)).meta.total, 10, 'published, its occurrences are listed');
      await docs().unpublish({ documentId: draft.documentId, locale: 'fi' });
      assert.equal((await list(`${WINDOW}&pageSize=50`)).meta.total, 5, 'unpublished, they are gone');
      assert.equal((await cms.get(`events/kvarkki-luonnos.ics`)).status, 404);
    });

    it('a changed rule lists the new occurrences once published', async () => {
      await docs().update({ documentId, locale: 'fi', data: { recurrence: { ...SERIES.recurrence, count: 3, changes: [] } } });
      assert.equal((await list(WINDOW)).meta.total, 5, 'the published version stays until the change is published');
      await docs().publish({ documentId, locale: 'fi' });
      const { data } = await list(WINDOW);
      assert.deepEqual(
        data.map((event) => event.startsAt),
        [OCCURRENCES[0][0], OCCURRENCES[1][0]],
      );
    });
  });
});
