/**
 * Series of events without a Strapi (cms/server/src/time/recurrence.ts): occurrences on the Helsinki clock across
 * both daylight-saving changes of 2027 (28 March and 31 October), monthly rules, exceptions and changed
 * occurrences, and the problems an editor's series is refused with.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { Recurrence } from '@kumppani/contract';
import { occurrencesBetween, recurrenceProblems, type FirstOccurrence } from '../../cms/server/src/time/recurrence';
import { helsinkiWallTimeToUtc } from '../../cms/server/src/time/helsinki';

const at = (date: string, time: string) => helsinkiWallTimeToUtc(date, time);
/** An instant as Helsinki reads it: 'YYYY-MM-DD HH:mm'. */
const wall = (instant: Date | null) => instant && DateTime.fromJSDate(instant, { zone: 'Europe/Helsinki' }).toFormat('yyyy-MM-dd HH:mm');

const series = (rule: Partial<Recurrence>): Recurrence => ({
  frequency: 'weekly',
  interval: 1,
  weekdays: [],
  monthlyBy: 'weekday',
  until: null,
  count: null,
  exceptions: [],
  changes: [],
  ...rule,
});

/** A peer-support group every Tuesday 17–19 from 2 March 2027. */
const tuesdays: FirstOccurrence = { startsAt: at('2027-03-02', '17:00'), endsAt: at('2027-03-02', '19:00') };
const YEAR = [new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')] as const;

const starts = (first: FirstOccurrence, rule: Recurrence, from: Date = YEAR[0], to: Date = YEAR[1]) =>
  occurrencesBetween(first, rule, from, to).map((occurrence) => wall(occurrence.startsAt));

describe('occurrences of a series', () => {
  it('keeps 17–19 on the Helsinki clock across the March change (UTC 15:00 in winter, 14:00 in summer)', () => {
    const weeks = occurrencesBetween(tuesdays, series({ count: 6 }), ...YEAR);
    assert.deepEqual(
      weeks.map((occurrence) => `${wall(occurrence.startsAt)}–${wall(occurrence.endsAt)!.slice(11)}`),
      ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06'].map((day) => `${day} 17:00–19:00`),
    );
    assert.equal(weeks[3]!.startsAt.toISOString(), '2027-03-23T15:00:00.000Z');
    assert.equal(weeks[4]!.startsAt.toISOString(), '2027-03-30T14:00:00.000Z');
  });

  it('keeps 17:00 across the October change too', () => {
    const autumn = { startsAt: at('2027-10-19', '17:00'), endsAt: at('2027-10-19', '19:00') };
    const weeks = occurrencesBetween(autumn, series({ until: '2027-11-02' }), ...YEAR);
    assert.deepEqual(
      weeks.map((occurrence) => occurrence.startsAt.toISOString()),
      ['2027-10-19T14:00:00.000Z', '2027-10-26T14:00:00.000Z', '2027-11-02T15:00:00.000Z'],
    );
  });

  it('meets on several weekdays every other week, up to and including the last date', () => {
    const rule = series({ interval: 2, weekdays: ['TU', 'TH'], until: '2027-03-30' });
    assert.deepEqual(
      starts(tuesdays, rule),
      ['2027-03-02', '2027-03-04', '2027-03-16', '2027-03-18', '2027-03-30'].map((day) => `${day} 17:00`),
    );
  });

  it('meets on the first Thursday of the month, or the last Friday, by the place of the start in its month', () => {
    const network = { startsAt: at('2027-01-07', '09:00'), endsAt: null };
    assert.deepEqual(starts(network, series({ frequency: 'monthly', count: 4 })), [
      '2027-01-07 09:00',
      '2027-02-04 09:00',
      '2027-03-04 09:00',
      '2027-04-01 09:00',
    ]);
    const lastFriday = { startsAt: at('2027-01-29', '18:00'), endsAt: null };
    assert.deepEqual(starts(lastFriday, series({ frequency: 'monthly', count: 3 })), [
      '2027-01-29 18:00',
      '2027-02-26 18:00',
      '2027-03-26 18:00',
    ]);
  });

  it('meets on the same date each month, skipping months without it', () => {
    const monthEnd = { startsAt: at('2027-01-31', '12:00'), endsAt: null };
    assert.deepEqual(starts(monthEnd, series({ frequency: 'monthly', monthlyBy: 'date', count: 3 })), [
      '2027-01-31 12:00',
      '2027-03-31 12:00',
      '2027-05-31 12:00',
    ]);
  });

  it('leaves out exception dates, marks a cancelled occurrence, and shows a moved one at its new time', () => {
    const rule = series({
      count: 4,
      exceptions: ['2027-03-09'],
      changes: [
        { date: '2027-03-16', status: 'cancelled' },
        {
          date: '2027-03-23',
          status: 'rescheduled',
          startsAt: at('2027-03-24', '18:00').toISOString(),
          endsAt: at('2027-03-24', '20:00').toISOString(),
        },
      ],
    });
    const weeks = occurrencesBetween(tuesdays, rule, ...YEAR);
    assert.deepEqual(
      weeks.map((occurrence) => [
        wall(occurrence.startsAt),
        occurrence.status,
        wall(occurrence.previousStartsAt),
        wall(occurrence.ruleStart),
      ]),
      [
        ['2027-03-02 17:00', 'scheduled', null, '2027-03-02 17:00'],
        ['2027-03-16 17:00', 'cancelled', null, '2027-03-16 17:00'],
        ['2027-03-24 18:00', 'rescheduled', '2027-03-23 17:00', '2027-03-23 17:00'],
      ],
    );
  });

  it('puts an occurrence in the hour the October change repeats at its first instant, as RFC 5545 says', () => {
    const night = { startsAt: new Date('2027-10-17T00:30:00Z'), endsAt: null }; // Sunday 03:30 in summer time
    const sundays = occurrencesBetween(night, series({ count: 3 }), ...YEAR).map((occurrence) => occurrence.startsAt.toISOString());
    assert.deepEqual(sundays, ['2027-10-17T00:30:00.000Z', '2027-10-24T00:30:00.000Z', '2027-10-31T00:30:00.000Z']);
  });

  it("keeps the series' length for a moved occurrence given only its new start", () => {
    const rule = series({
      count: 2,
      changes: [{ date: '2027-03-09', status: 'rescheduled', startsAt: at('2027-03-10', '12:00').toISOString() }],
    });
    const moved = occurrencesBetween(tuesdays, rule, ...YEAR)[1]!;
    assert.deepEqual([wall(moved.startsAt), wall(moved.endsAt)], ['2027-03-10 12:00', '2027-03-10 14:00']);
  });

  it('gives the occurrences that overlap the window: one under way at its start, a moved one from outside it', () => {
    const rule = series({
      count: 10,
      changes: [{ date: '2027-04-27', status: 'rescheduled', startsAt: at('2027-03-11', '10:00').toISOString(), endsAt: null }],
    });
    const window = [at('2027-03-09', '18:00'), at('2027-03-16', '17:00')] as const;
    assert.deepEqual(starts(tuesdays, rule, ...window), ['2027-03-09 17:00', '2027-03-11 10:00']);
  });
});

describe('problems of a series', () => {
  const problems = (rule: Partial<Recurrence>, first = tuesdays) =>
    recurrenceProblems(first, series(rule)).map(({ path, message }) => `${path}: ${message}`);

  it('accepts a weekly group with an end', () => {
    assert.deepEqual(problems({ weekdays: ['TU'], until: '2027-12-31' }), []);
    assert.deepEqual(problems({ count: 12 }), []);
  });

  it('refuses an interval out of range, and a start that is not one of the weekdays', () => {
    assert.match(problems({ interval: 0, count: 3 })[0]!, /^recurrence\.interval: .*1 to 12/);
    assert.match(problems({ weekdays: ['WE'], count: 3 })[0]!, /^recurrence\.weekdays: .*2027-03-02, TU/);
  });

  it('needs exactly one end, and a count within the maximum', () => {
    assert.match(problems({})[0]!, /^recurrence\.until: Give the series an end/);
    assert.match(problems({ until: '2027-12-31', count: 3 })[0]!, /^recurrence\.count: .*not both/);
    assert.match(problems({ count: 261 })[0]!, /^recurrence\.count: .*1 to 260/);
  });

  it('refuses an end before the start, and more occurrences than the maximum up to the end', () => {
    assert.match(problems({ until: '2027-03-01' })[0]!, /^recurrence\.until: The series ends \(2027-03-01\) before its first occurrence/);
    assert.match(problems({ until: '2032-12-31' })[0]!, /^recurrence\.until: The series has more than 260 occurrences/);
  });

  it('names exceptions and changes on dates the rule does not give, and a moved occurrence without its new time', () => {
    assert.deepEqual(
      problems({
        count: 4,
        exceptions: ['2027-03-10'],
        changes: [
          { date: '2027-03-12', status: 'cancelled' },
          { date: '2027-03-16', status: 'rescheduled' },
          { date: '2027-03-23', status: 'rescheduled', startsAt: '2027-03-24T16:00:00Z', endsAt: '2027-03-24T15:00:00Z' },
        ],
      }),
      [
        'recurrence.exceptions.0: 2027-03-10 is not a date of this series.',
        'recurrence.changes.0.date: 2027-03-12 is not a date of this series.',
        'recurrence.changes.1.startsAt: The occurrence of 2027-03-16 is moved: give its new start.',
        'recurrence.changes.2.endsAt: The moved occurrence of 2027-03-23 ends before it starts.',
      ],
    );
  });

  it('names values of the wrong kind at their fields before looking at dates', () => {
    const wrong = {
      frequency: 'daily',
      monthlyBy: 'week',
      weekdays: ['TU', 'XX'],
      until: '2027-13-45',
      exceptions: ['maaliskuu'],
      changes: [
        { date: '2027-03-09', status: 'postponed' },
        { date: '2027-03-16', status: 'rescheduled', startsAt: 'tomorrow' },
      ],
    } as unknown as Partial<Recurrence>;
    assert.deepEqual(
      problems(wrong).map((line) => line.split(':')[0]),
      [
        'recurrence.frequency',
        'recurrence.monthlyBy',
        'recurrence.weekdays',
        'recurrence.until',
        'recurrence.exceptions.0',
        'recurrence.changes.0.status',
        'recurrence.changes.1.startsAt',
      ],
    );
    assert.match(problems({ weekdays: ['TU', 'TU'], count: 2 })[0]!, /^recurrence\.weekdays: A weekday is listed twice/);
  });

  it('refuses two changes of one occurrence, and compares moved times as instants, not as text', () => {
    const twice = problems({
      count: 3,
      changes: [
        { date: '2027-03-09', status: 'cancelled' },
        { date: '2027-03-09', status: 'rescheduled', startsAt: '2027-03-10T18:00:00+02:00', endsAt: '2027-03-10T17:00:00Z' },
      ],
    });
    // 17:00Z is 19:00 in Helsinki: an end after the start, though it sorts before it as text.
    assert.deepEqual(twice, ['recurrence.changes.1.date: 2027-03-09 is changed twice: keep one change per occurrence.']);
  });

  it('refuses an exception listed twice, a change of a skipped date, a move of over a month, and unknown or rolled-over parts', () => {
    assert.deepEqual(problems({ count: 4, exceptions: ['2027-03-09', '2027-03-09'] }), [
      'recurrence.exceptions.1: 2027-03-09 is listed twice.',
    ]);
    assert.deepEqual(problems({ count: 4, exceptions: ['2027-03-09'], changes: [{ date: '2027-03-09', status: 'cancelled' }] }), [
      'recurrence.changes.0.date: 2027-03-09 is skipped (an exception): it cannot be changed as well.',
    ]);
    const moved = (startsAt: string, endsAt: string | null = null) =>
      problems({ count: 4, changes: [{ date: '2027-03-09', status: 'rescheduled', startsAt, endsAt }] });
    assert.deepEqual(moved('2027-03-10T18:00:00+02:00'), []);
    assert.match(moved('2099-03-10T18:00:00+02:00')[0]!, /^recurrence\.changes\.0\.startsAt: .* at most 31 days/);
    assert.match(
      moved('2027-03-10T18:00:00+02:00', '2099-03-10T18:00:00+02:00')[0]!,
      /^recurrence\.changes\.0\.endsAt: .* at most 31 days/,
    );
    // Date.parse would take 30 February as 2 March.
    assert.match(moved('2027-02-30T18:00:00+02:00')[0]!, /^recurrence\.changes\.0\.startsAt: A time must be/);
    const extra = { date: '2027-03-09', status: 'cancelled', colour: 'red' } as unknown as Recurrence['changes'][number];
    assert.deepEqual(problems({ count: 4, changes: [extra] }), [
      'recurrence.changes.0.colour: A changed occurrence has no field "colour".',
    ]);
  });

  it('refuses a series with no occurrence left', () => {
    assert.match(
      problems({ count: 2, exceptions: ['2027-03-02'], changes: [{ date: '2027-03-09', status: 'cancelled' }] })[0]!,
      /^recurrence\.exceptions: Every occurrence .* nothing is left/,
    );
  });
});
