/**
 * A series in iCalendar without a Strapi (cms/server/src/render/calendar.ts): one VEVENT with RRULE and EXDATE,
 * a VEVENT with RECURRENCE-ID for each cancelled or moved occurrence, read back by ical.js (an RFC 5545
 * implementation of its own) into the same occurrences as the API's expansion (time/recurrence.ts), across the
 * March daylight-saving change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Recurrence } from '@kumppani/contract';
import { renderCalendar, type CalendarEvent } from '../../cms/server/src/render/calendar';
import { helsinkiWallTimeToUtc } from '../../cms/server/src/time/helsinki';
import { occurrencesBetween } from '../../cms/server/src/time/recurrence';
import { eventSummary } from '../../widgets/src/shared/testing/items';
import { icalOccurrences } from '../helpers/ical-occurrences';

const at = (date: string, time: string) => helsinkiWallTimeToUtc(date, time);

// An event as the API lists it (the widgets' test builder), here the second occurrence of a weekly group.
const summary = eventSummary(1, {
  id: 'series-1',
  title: 'Vertaistukiryhmä',
  startsAt: at('2027-03-09', '17:00').toISOString(),
  endsAt: at('2027-03-09', '19:00').toISOString(),
});

const first = { startsAt: at('2027-03-02', '17:00'), endsAt: at('2027-03-02', '19:00') };

/** Every occurrence ical.js reads from `text`: its start and end in UTC, and its status. */
const readBack = (text: string): string[] =>
  icalOccurrences(text).map(({ startsAt, endsAt, status }) => `${startsAt} ${endsAt} ${status.toLowerCase()}`);

describe('a series in the calendar file', () => {
  const recurrence: Recurrence = {
    frequency: 'weekly',
    interval: 1,
    weekdays: ['TU'],
    monthlyBy: 'weekday',
    until: '2027-04-06',
    count: null,
    exceptions: ['2027-03-16'],
    changes: [
      { date: '2027-03-23', status: 'cancelled' },
      {
        date: '2027-03-30',
        status: 'rescheduled',
        startsAt: at('2027-03-31', '18:00').toISOString(),
        endsAt: at('2027-03-31', '20:00').toISOString(),
      },
    ],
  };
  // Two occurrences of the same series in the list: the file still has the series once.
  const events: CalendarEvent[] = [
    // The moved occurrence first, as a list of one week may give it: the series' own entry is still as scheduled.
    {
      ...summary,
      status: 'rescheduled',
      startsAt: at('2027-03-31', '18:00').toISOString(),
      previousStartsAt: at('2027-03-30', '17:00').toISOString(),
      rule: { first, recurrence, status: 'scheduled' },
    },
    { ...summary, startsAt: at('2027-04-06', '17:00').toISOString(), rule: { first, recurrence, status: 'scheduled' } },
  ];
  const text = String(renderCalendar(events, 'fi', 'https://cms.test').body);

  it('is one VEVENT with RRULE and EXDATE, and one per changed occurrence with its RECURRENCE-ID', () => {
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    assert.match(unfolded, /^RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20270406T205900Z;BYDAY=TU;WKST=MO\r$/m);
    assert.match(unfolded, /^EXDATE;TZID=Europe\/Helsinki:20270316T170000\r$/m);
    assert.match(unfolded, /^DTSTART;TZID=Europe\/Helsinki:20270302T170000\r$/m);
    assert.deepEqual(unfolded.match(/^RECURRENCE-ID;TZID=Europe\/Helsinki:\d{8}T\d{6}\r$/gm), [
      'RECURRENCE-ID;TZID=Europe/Helsinki:20270323T170000\r',
      'RECURRENCE-ID;TZID=Europe/Helsinki:20270330T170000\r',
    ]);
    assert.equal(unfolded.match(/^UID:series-1@cms\.test\r$/gm)?.length, 3);
    // The note of a previous time belongs to the moved occurrence alone.
    assert.equal(unfolded.match(/Aiempi ajankohta/g)?.length, 1);
  });

  it('writes no EXDATE for a series without exceptions, and ical.js reads it', () => {
    const plain = { ...recurrence, exceptions: [], changes: [] };
    const file = String(
      renderCalendar([{ ...summary, rule: { first, recurrence: plain, status: 'scheduled' } }], 'fi', 'https://cms.test').body,
    );
    assert.doesNotMatch(file, /EXDATE/);
    assert.equal(readBack(file).length, 6);
  });

  it("reads back in ical.js as the API's occurrences, 17–19 on the Helsinki clock on both sides of the March change", () => {
    const ours = occurrencesBetween(first, recurrence, new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')).map(
      (occurrence) =>
        `${occurrence.startsAt.toISOString()} ${occurrence.endsAt!.toISOString()} ${occurrence.status === 'scheduled' || occurrence.status === 'rescheduled' ? 'confirmed' : 'cancelled'}`,
    );
    assert.deepEqual(readBack(text), ours);
    assert.deepEqual(ours, [
      '2027-03-02T15:00:00.000Z 2027-03-02T17:00:00.000Z confirmed',
      '2027-03-09T15:00:00.000Z 2027-03-09T17:00:00.000Z confirmed',
      '2027-03-23T15:00:00.000Z 2027-03-23T17:00:00.000Z cancelled',
      '2027-03-31T15:00:00.000Z 2027-03-31T17:00:00.000Z confirmed',
      '2027-04-06T14:00:00.000Z 2027-04-06T16:00:00.000Z confirmed',
    ]);
  });
});
