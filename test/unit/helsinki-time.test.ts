/**
 * Helsinki wall-clock time without a Strapi: offsets, calendar days and both DST changes of 2026
 * (the clocks go from 03:00 to 04:00 on 29 March at 01:00 UTC, and from 04:00 back to 03:00 on 25 October
 * at 01:00 UTC).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { Settings } from 'luxon';
import { helsinkiDate, helsinkiOffsetMinutes, helsinkiWallTimeToUtc } from '../../cms/server/src/time/helsinki';

const utc = (date: string, time: string) => helsinkiWallTimeToUtc(date, time).toISOString();

describe('Helsinki offset from UTC', () => {
  it('is two hours in winter and three in summer, changing at 01:00 UTC on the last Sundays of March and October', () => {
    assert.equal(helsinkiOffsetMinutes(new Date('2026-01-15T12:00:00Z')), 120);
    assert.equal(helsinkiOffsetMinutes(new Date('2026-07-15T12:00:00Z')), 180);
    assert.equal(helsinkiOffsetMinutes(new Date('2026-03-29T00:59:59Z')), 120);
    assert.equal(helsinkiOffsetMinutes(new Date('2026-03-29T01:00:00Z')), 180);
    assert.equal(helsinkiOffsetMinutes(new Date('2026-10-25T00:59:59Z')), 180);
    assert.equal(helsinkiOffsetMinutes(new Date('2026-10-25T01:00:00Z')), 120);
  });
});

describe('Helsinki wall time to UTC', () => {
  it('uses winter and summer time on ordinary days', () => {
    assert.equal(utc('2026-01-15', '12:00'), '2026-01-15T10:00:00.000Z');
    assert.equal(utc('2026-07-15', '12:00'), '2026-07-15T09:00:00.000Z');
    assert.equal(utc('2026-12-31', '23:59'), '2026-12-31T21:59:00.000Z');
    assert.equal(utc('2026-03-29', '00:00'), '2026-03-28T22:00:00.000Z', 'the start of the spring change day is winter time');
    assert.equal(utc('2026-10-25', '00:00'), '2026-10-24T21:00:00.000Z', 'the start of the autumn change day is summer time');
    assert.equal(utc('2026-01-01', '24:00'), '2026-01-01T22:00:00.000Z', '24:00 is the end of the day (ISO 8601)');
  });

  it('counts a time the spring change skips an hour later, as the clock set forward shows it', () => {
    assert.equal(utc('2026-03-29', '02:59'), '2026-03-29T00:59:00.000Z');
    assert.equal(utc('2026-03-29', '03:00'), '2026-03-29T01:00:00.000Z', '03:00 does not exist: it is 04:00 summer time');
    assert.equal(utc('2026-03-29', '03:30'), '2026-03-29T01:30:00.000Z', '03:30 does not exist: it is 04:30 summer time');
    assert.equal(utc('2026-03-29', '04:00'), '2026-03-29T01:00:00.000Z');
    assert.equal(utc('2026-03-29', '04:30'), '2026-03-29T01:30:00.000Z');
  });

  it('takes the second, winter-time occurrence of a time the autumn change repeats', () => {
    assert.equal(utc('2026-10-25', '02:59'), '2026-10-24T23:59:00.000Z');
    assert.equal(utc('2026-10-25', '03:00'), '2026-10-25T01:00:00.000Z', 'not 00:00 UTC, the first 03:00');
    assert.equal(utc('2026-10-25', '03:30'), '2026-10-25T01:30:00.000Z', 'not 00:30 UTC, the first 03:30');
    assert.equal(utc('2026-10-25', '03:59'), '2026-10-25T01:59:00.000Z');
    assert.equal(utc('2026-10-25', '04:00'), '2026-10-25T02:00:00.000Z');
  });

  describe('whatever the date the process runs on', () => {
    const realNow = Settings.now;
    afterEach(() => {
      Settings.now = realNow;
      Settings.resetCaches();
    });
    for (const today of ['2026-07-01T12:00:00Z', '2026-01-01T12:00:00Z']) {
      it(`gives the same answers at the DST changes when today is ${today.slice(0, 10)}`, () => {
        // Luxon guesses the offset of a wall time from the current one; the answer must not depend on it.
        Settings.now = () => Date.parse(today);
        Settings.resetCaches();
        assert.equal(utc('2026-10-25', '03:30'), '2026-10-25T01:30:00.000Z');
        assert.equal(utc('2026-03-29', '03:30'), '2026-03-29T01:30:00.000Z');
        assert.equal(utc('2026-07-15', '12:00'), '2026-07-15T09:00:00.000Z');
      });
    }
  });

  it('refuses what is not a calendar date and a clock time', () => {
    for (const [date, time] of [
      ['2026-02-30', '10:00'],
      ['2026-13-01', '10:00'],
      ['2026-01-01', '24:30'],
      ['2026-01-01', '12:60'],
      ['2026-1-5', '09:00'],
      ['tomorrow', '09:00'],
    ]) {
      assert.throws(() => helsinkiWallTimeToUtc(date, time), RangeError, `${date} ${time}`);
    }
  });
});

describe('Helsinki calendar date of an instant', () => {
  it('changes at midnight Helsinki time, not UTC', () => {
    assert.equal(helsinkiDate(new Date('2026-06-30T20:59:59Z')), '2026-06-30');
    assert.equal(helsinkiDate(new Date('2026-06-30T21:00:00Z')), '2026-07-01');
    assert.equal(helsinkiDate(new Date('2026-12-31T21:59:59Z')), '2026-12-31');
    assert.equal(helsinkiDate(new Date('2026-12-31T22:00:00Z')), '2027-01-01');
  });

  it('moves by whole calendar days across both DST changes, a month end and a year end', () => {
    assert.equal(helsinkiDate(new Date('2026-03-28T22:30:00Z'), 1), '2026-03-30', 'the 23-hour day counts as one');
    assert.equal(helsinkiDate(new Date('2026-03-29T01:30:00Z'), -1), '2026-03-28');
    assert.equal(helsinkiDate(new Date('2026-10-24T21:30:00Z'), 1), '2026-10-26', 'the 25-hour day counts as one');
    assert.equal(helsinkiDate(new Date('2026-10-25T01:30:00Z'), -1), '2026-10-24');
    assert.equal(helsinkiDate(new Date('2026-02-28T10:00:00Z'), 1), '2026-03-01');
    assert.equal(helsinkiDate(new Date('2026-12-31T12:00:00Z'), 40), '2027-02-09');
  });

  it('refuses an invalid instant', () => {
    assert.throws(() => helsinkiDate(new Date('not a date')), RangeError);
    assert.throws(() => helsinkiOffsetMinutes(new Date(Number.NaN)), RangeError);
  });
});
