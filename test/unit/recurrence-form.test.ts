/**
 * The admin's series form without a browser (cms/admin/src/recurrence/recurrence-form.ts): a new series, weekdays,
 * the form to the field's value and back, times of moved occurrences on the Helsinki clock, and the server's
 * problems by part of the form. What the form saves is what the server's own rules accept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  defaultForm,
  formFromRecurrence,
  helsinkiInstant,
  helsinkiLocal,
  problemsByPart,
  recurrenceFromForm,
  sameRecurrence,
  startWeekday,
  toggleWeekday,
  withRepeats,
  type RecurrenceForm,
} from '../../cms/admin/src/recurrence/recurrence-form';
import { recurrenceFromInput } from '../../cms/server/src/occurrences/stored-recurrence';
import { recurrenceProblems } from '../../cms/server/src/time/recurrence';
import { helsinkiWallTimeToUtc } from '../../cms/server/src/time/helsinki';

/** A Tuesday 17:00 in Helsinki (UTC+2). */
const TUESDAY_START = '2027-03-02T15:00:00.000Z';

const form = (changes: Partial<RecurrenceForm>): RecurrenceForm => ({ ...defaultForm(TUESDAY_START), repeats: 'weekly', ...changes });

describe('series form: a new series', () => {
  it('repeats nothing at first, and offers every week on the start’s weekday in Helsinki, ended by a count', () => {
    assert.deepEqual(defaultForm(TUESDAY_START), {
      repeats: 'none',
      interval: '1',
      weekdays: ['TU'],
      monthlyBy: 'weekday',
      end: 'count',
      until: '',
      count: '',
      exceptions: [],
      changes: [],
    });
    assert.equal(recurrenceFromForm(defaultForm(TUESDAY_START)), null);
  });

  it('reads the start’s weekday on the Helsinki clock, not UTC’s, and none without a start', () => {
    // 23:30 UTC on a Monday is 01:30 on Tuesday in Helsinki.
    assert.equal(startWeekday('2027-03-01T23:30:00.000Z'), 'TU');
    assert.equal(startWeekday('2027-03-07T12:00:00+02:00'), 'SU');
    assert.equal(startWeekday(null), null);
    assert.equal(startWeekday('not a time'), null);
    assert.deepEqual(defaultForm(undefined).weekdays, []);
  });

  it('turned weekly, shows the start’s weekday when none is chosen, and keeps the editor’s own choice', () => {
    const none = defaultForm(undefined);
    assert.deepEqual(withRepeats(none, 'weekly', '2027-03-04T15:00:00.000Z').weekdays, ['TH']);
    assert.deepEqual(withRepeats({ ...none, weekdays: ['MO'] }, 'weekly', '2027-03-04T15:00:00.000Z').weekdays, ['MO']);
    assert.deepEqual(withRepeats(none, 'monthly', '2027-03-04T15:00:00.000Z'), { ...none, repeats: 'monthly' });
    assert.deepEqual(withRepeats(none, 'weekly', null), { ...none, repeats: 'weekly' });
  });

  it('toggles a weekday on and off, keeping Monday first', () => {
    assert.deepEqual(toggleWeekday(['TU'], 'MO'), ['MO', 'TU']);
    assert.deepEqual(toggleWeekday(['SU', 'MO'], 'TH'), ['MO', 'TH', 'SU']);
    assert.deepEqual(toggleWeekday(['MO', 'TU'], 'MO'), ['TU']);
    assert.deepEqual(toggleWeekday([], 'SU'), ['SU']);
  });
});

describe('series form: the field’s value', () => {
  it('is the whole rule: weekly on Tuesday, ten times, which the server accepts', () => {
    const value = recurrenceFromForm(form({ count: '10' }));
    assert.deepEqual(value, {
      frequency: 'weekly',
      interval: 1,
      weekdays: ['TU'],
      monthlyBy: 'weekday',
      until: null,
      count: 10,
      exceptions: [],
      changes: [],
    });
    const { recurrence, problems } = recurrenceFromInput(value);
    assert.deepEqual(problems, []);
    assert.deepEqual(recurrenceProblems({ startsAt: new Date(TUESDAY_START), endsAt: null }, recurrence!), []);
  });

  it('keeps only the chosen end, and the weekdays only of a weekly series', () => {
    const monthly = recurrenceFromForm(form({ repeats: 'monthly', monthlyBy: 'date', end: 'until', until: '2027-12-31', count: '5' }));
    assert.equal(monthly?.frequency, 'monthly');
    assert.equal(monthly?.monthlyBy, 'date');
    assert.deepEqual(monthly?.weekdays, []);
    assert.equal(monthly?.until, '2027-12-31');
    assert.equal(monthly?.count, null);
    const counted = recurrenceFromForm(form({ end: 'count', until: '2027-12-31', count: '5', interval: '2' }));
    assert.equal(counted?.until, null);
    assert.equal(counted?.count, 5);
    assert.equal(counted?.interval, 2);
  });

  it('sends an empty count as none and a wrong one as it is, for the server to name; an empty interval is every week', () => {
    assert.equal(recurrenceFromForm(form({ count: '' }))?.count, null);
    assert.equal(recurrenceFromForm(form({ count: '1000' }))?.count, 1000);
    assert.equal(recurrenceFromForm(form({ interval: '' }))?.interval, 1);
    const problems = recurrenceProblems({ startsAt: new Date(TUESDAY_START), endsAt: null }, recurrenceFromForm(form({ count: '1000' }))!);
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['recurrence.count'],
    );
  });

  it('keeps exception and change rows in their order, with a moved occurrence’s times in Helsinki with their offset', () => {
    const value = recurrenceFromForm(
      form({
        count: '26',
        exceptions: ['2027-04-13', ''],
        changes: [
          { date: '2027-03-30', status: 'cancelled', startsAt: '2027-03-30T18:00', endsAt: '' },
          { date: '2027-05-04', status: 'rescheduled', startsAt: '2027-05-04T18:00', endsAt: '2027-05-04T20:00' },
          { date: '2027-05-11', status: 'rescheduled', startsAt: '', endsAt: '' },
        ],
      }),
    );
    assert.deepEqual(value?.exceptions, ['2027-04-13', '']);
    assert.deepEqual(value?.changes, [
      { date: '2027-03-30', status: 'cancelled' },
      { date: '2027-05-04', status: 'rescheduled', startsAt: '2027-05-04T18:00:00+03:00', endsAt: '2027-05-04T20:00:00+03:00' },
      { date: '2027-05-11', status: 'rescheduled', startsAt: null, endsAt: null },
    ]);
    const problems = recurrenceProblems({ startsAt: new Date(TUESDAY_START), endsAt: null }, value!);
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['recurrence.exceptions.1'],
    );
  });

  it('comes back as the same form, from the object or its JSON text, with left-out parts at the server’s defaults', () => {
    const filled = form({
      repeats: 'weekly',
      weekdays: ['TU', 'TH'],
      interval: '2',
      end: 'until',
      until: '2027-06-30',
      exceptions: ['2027-04-13'],
      changes: [{ date: '2027-05-04', status: 'rescheduled', startsAt: '2027-05-04T18:00', endsAt: '2027-05-04T20:00' }],
    });
    const value = recurrenceFromForm(filled);
    assert.deepEqual(formFromRecurrence(value, TUESDAY_START), { ...filled, count: '' });
    assert.deepEqual(formFromRecurrence(JSON.stringify(value), TUESDAY_START), { ...filled, count: '' });
    assert.deepEqual(formFromRecurrence({ frequency: 'monthly', count: 12 }, TUESDAY_START), {
      ...defaultForm(TUESDAY_START),
      repeats: 'monthly',
      weekdays: [],
      count: '12',
    });
  });

  it('tells the same series apart from another, whatever the order of its keys or its parts left out', () => {
    const rule = { frequency: 'weekly', weekdays: ['TU'], count: 10 };
    assert.ok(sameRecurrence(rule, { count: 10, weekdays: ['TU'], interval: 1, frequency: 'weekly', exceptions: [] }));
    assert.ok(sameRecurrence(JSON.stringify(rule), rule));
    assert.ok(sameRecurrence(null, undefined));
    assert.ok(!sameRecurrence(rule, { ...rule, count: 11 }));
    assert.ok(!sameRecurrence(rule, null));
  });

  it('shows a single event, or a value it cannot read, as a new series not repeating', () => {
    for (const value of [null, undefined, '', 'not json', [], { frequency: 'daily' }])
      assert.deepEqual(formFromRecurrence(value, TUESDAY_START), defaultForm(TUESDAY_START), JSON.stringify(value));
  });
});

describe('series form: times on the Helsinki clock', () => {
  it('writes a wall time with the offset of its day, across both changes of 2027, as the server reads it', () => {
    for (const [local, expected] of [
      ['2027-03-27T18:00', '2027-03-27T18:00:00+02:00'],
      ['2027-03-29T18:00', '2027-03-29T18:00:00+03:00'],
      ['2027-10-30T18:00', '2027-10-30T18:00:00+03:00'],
      ['2027-11-01T18:00', '2027-11-01T18:00:00+02:00'],
    ] as const) {
      assert.equal(helsinkiInstant(local), expected);
      const [date, time] = local.split('T');
      assert.equal(Date.parse(expected), helsinkiWallTimeToUtc(date, time).getTime(), local);
      assert.equal(helsinkiLocal(expected), local);
    }
  });

  it('takes a repeated autumn time at its first instant and a skipped spring time an hour later', () => {
    assert.equal(helsinkiInstant('2027-10-31T03:30'), '2027-10-31T03:30:00+03:00');
    assert.equal(helsinkiInstant('2027-03-28T03:30'), '2027-03-28T04:30:00+03:00');
    assert.equal(Date.parse(helsinkiInstant('2027-03-28T03:30')!), helsinkiWallTimeToUtc('2027-03-28', '03:30').getTime());
  });

  it('has no instant for an empty or impossible time, and no wall clock for none', () => {
    assert.equal(helsinkiInstant(''), null);
    assert.equal(helsinkiInstant('2027-02-30T18:00'), null);
    assert.equal(helsinkiInstant('2027-05-04'), null);
    assert.equal(helsinkiLocal(null), '');
    assert.equal(helsinkiLocal('nonsense'), '');
    assert.equal(helsinkiLocal('2027-05-04T15:00:00.000Z'), '2027-05-04T18:00');
  });
});

describe('series form: problems from the server', () => {
  it('are placed by part: the whole field, the count, a row of exceptions or changes', () => {
    assert.deepEqual(problemsByPart('The series is not valid JSON.'), { '': 'The series is not valid JSON.' });
    assert.deepEqual(
      problemsByPart({
        count: 'The number of occurrences must be a whole number from 1 to 260.',
        exceptions: [undefined, '2027-04-14 is not a date of this series.'],
        changes: { 0: { startsAt: 'The occurrence of 2027-05-11 is moved: give its new start.' } },
      }),
      {
        count: 'The number of occurrences must be a whole number from 1 to 260.',
        'exceptions.1': '2027-04-14 is not a date of this series.',
        'changes.0.startsAt': 'The occurrence of 2027-05-11 is moved: give its new start.',
      },
    );
    assert.deepEqual(problemsByPart(undefined), {});
  });
});
