/**
 * Series of events (contract/src/recurrence.ts): their occurrences on the Helsinki clock, and the rules an editor's
 * series must keep. rrule (RFC 5545) does the calendar arithmetic. It counts in "floating" time: a Date whose UTC
 * fields are the Helsinki wall clock, so that a weekly 17:00 stays 17:00 across the daylight-saving changes; each
 * occurrence is then placed on the real clock: a wall time the spring change skips an hour later (as
 * helsinkiWallTimeToUtc), one the autumn change repeats at its first instant (RFC 5545, 3.3.5).
 */
import {
  MAX_RECURRENCE_INTERVAL,
  MAX_SERIES_OCCURRENCES,
  MONTHLY_BY,
  placeInMonth,
  RECURRENCE_FREQUENCIES,
  WEEKDAYS,
  type Recurrence,
  type Weekday,
} from '@kumppani/contract';
import { DateTime } from 'luxon';
import { RRule, type Options } from 'rrule';
import type { FieldProblem } from '../validation/field-checks';
import { HELSINKI, helsinkiWallTimeToUtc } from './helsinki';

/** How far a moved occurrence may go from its date, and how long it may last: a month, as a change, not a new event. */
const MAX_MOVE_DAYS = 31;

const RRULE_WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const DAY_MS = 86_400_000;

/** The first occurrence: the event's own start and end. */
export interface FirstOccurrence {
  startsAt: Date;
  endsAt: Date | null;
}

export interface Occurrence {
  /** The start the rule gives this occurrence (RFC 5545's RECURRENCE-ID), also when it was moved. */
  ruleStart: Date;
  startsAt: Date;
  endsAt: Date | null;
  status: 'scheduled' | 'cancelled' | 'rescheduled';
  /** A moved occurrence's start by the rule, as a rescheduled single event has it. */
  previousStartsAt: Date | null;
}

/** The Helsinki wall clock of an instant, as a floating Date. */
function floating(instant: Date): Date {
  const local = DateTime.fromJSDate(instant, { zone: HELSINKI });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
}

/** A floating Date back on the real clock (a wall time the spring change skips counts an hour later). */
function fromFloating(wallClock: Date): Date {
  const [date, time] = [wallClock.toISOString().slice(0, 10), wallClock.toISOString().slice(11, 16)];
  const repeated = DateTime.fromISO(`${date}T${time}`, { zone: HELSINKI }).getPossibleOffsets();
  return repeated.length > 1 ? new Date(Math.min(...repeated.map((candidate) => candidate.toMillis()))) : helsinkiWallTimeToUtc(date, time);
}

const dayOf = (wallClock: Date): string => wallClock.toISOString().slice(0, 10);
const weekdayOf = (wallClock: Date): Weekday => WEEKDAYS[(wallClock.getUTCDay() + 6) % 7]!;

/** The days a series meets on: weekdays (with their place in the month for a monthly series), or a date of the month. */
export interface RuleDays {
  weekdays: Weekday[];
  /** Monthly by weekday: placeInMonth of the start. */
  place: number | null;
  /** Monthly by date: the start's day of the month. */
  monthDay: number | null;
}

/** The days of a series from its start on the Helsinki clock: weekly the chosen weekdays (else the start's). */
export function ruleDays(startsAt: Date, recurrence: Recurrence): RuleDays {
  const start = floating(startsAt);
  if (recurrence.frequency === 'weekly')
    return { weekdays: recurrence.weekdays.length ? recurrence.weekdays : [weekdayOf(start)], place: null, monthDay: null };
  if (recurrence.monthlyBy === 'date') return { weekdays: [], place: null, monthDay: start.getUTCDate() };
  return { weekdays: [weekdayOf(start)], place: placeInMonth(start.getUTCDate()), monthDay: null };
}

/** The RFC 5545 rule of a series that starts at `startsAt`, in floating time. */
export function seriesRule(startsAt: Date, recurrence: Recurrence): RRule {
  const { weekdays, place, monthDay } = ruleDays(startsAt, recurrence);
  const options: Partial<Options> = {
    freq: recurrence.frequency === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY,
    interval: recurrence.interval,
    dtstart: floating(startsAt),
    wkst: RRule.MO,
  };
  if (weekdays.length)
    options.byweekday = weekdays.map((day) => {
      const weekday = RRULE_WEEKDAYS[WEEKDAYS.indexOf(day)]!;
      return place === null ? weekday : weekday.nth(place);
    });
  if (monthDay !== null) options.bymonthday = monthDay;
  if (recurrence.until) options.until = new Date(`${recurrence.until}T23:59:59Z`);
  if (recurrence.count) options.count = recurrence.count;
  return new RRule(options);
}

/** The rule's occurrences on one Helsinki date (YYYY-MM-DD), as floating Dates. */
const ruleOn = (rule: RRule, date: string): Date[] => rule.between(new Date(`${date}T00:00:00Z`), new Date(`${date}T23:59:59Z`), true);

/**
 * The occurrence the rule gives at `wallClock` (floating), of the first occurrence's wall-clock `length`
 * (17–19 stays 17–19); null on an exception date; cancelled, or moved to its new time, as its
 * change says.
 */
function occurrenceAt(recurrence: Recurrence, length: number | null, wallClock: Date): Occurrence | null {
  const day = dayOf(wallClock);
  if (recurrence.exceptions.includes(day)) return null;
  const ruleStart = fromFloating(wallClock);
  const change = recurrence.changes.find((candidate) => candidate.date === day);
  if (change?.status === 'rescheduled' && change.startsAt) {
    // A moved occurrence without an end of its own keeps the series' length.
    const movedStart = new Date(change.startsAt);
    const endsAt = change.endsAt ? new Date(change.endsAt) : length === null ? null : new Date(movedStart.getTime() + length);
    return { ruleStart, startsAt: movedStart, endsAt, status: 'rescheduled', previousStartsAt: ruleStart };
  }
  const endsAt = length === null ? null : fromFloating(new Date(wallClock.getTime() + length));
  return { ruleStart, startsAt: ruleStart, endsAt, status: change?.status ?? 'scheduled', previousStartsAt: null };
}

/** The first occurrence's length on the wall clock (ms), or null without an end. */
const wallClockLength = (first: FirstOccurrence): number | null =>
  first.endsAt ? floating(first.endsAt).getTime() - floating(first.startsAt).getTime() : null;

const isOccurrence = (item: Occurrence | null): item is Occurrence => item !== null;
const byStart = (a: Occurrence, b: Occurrence) => a.startsAt.getTime() - b.startsAt.getTime();

/**
 * The occurrences that overlap [from, to), but those on exception dates: a cancelled one with that status, a
 * moved one at its new time (where that overlaps the window, wherever its date by the rule is).
 */
export function occurrencesBetween(first: FirstOccurrence, recurrence: Recurrence, from: Date, to: Date): Occurrence[] {
  const rule = seriesRule(first.startsAt, recurrence);
  const movedDates = new Set(recurrence.changes.filter((change) => change.status === 'rescheduled').map((change) => change.date));
  // A day and the event's length of margin each side of the window for the offset; the exact test comes after.
  const margin = DAY_MS + (first.endsAt ? first.endsAt.getTime() - first.startsAt.getTime() : 0);
  const inWindow = rule
    .between(new Date(floating(from).getTime() - margin), new Date(floating(to).getTime() + DAY_MS), true)
    .filter((wallClock) => !movedDates.has(dayOf(wallClock)));
  const moved = [...movedDates].flatMap((date) => ruleOn(rule, date));
  const length = wallClockLength(first);
  return [...inWindow, ...moved]
    .map((wallClock) => occurrenceAt(recurrence, length, wallClock))
    .filter(isOccurrence)
    .filter((item) => item.startsAt < to && (item.endsAt ?? item.startsAt) >= from)
    .sort(byStart);
}

/** The occurrences an editor changed (cancelled or moved), each with the start the rule gives it: RECURRENCE-ID. */
export function changedOccurrences(first: FirstOccurrence, recurrence: Recurrence): Occurrence[] {
  const rule = seriesRule(first.startsAt, recurrence);
  return recurrence.changes
    .flatMap((change) => ruleOn(rule, change.date))
    .map((wallClock) => occurrenceAt(recurrence, wallClockLength(first), wallClock))
    .filter(isOccurrence)
    .sort(byStart);
}

/** The Helsinki dates the rule gives, up to one past the maximum (enough to tell that there are too many). */
function ruleDates(rule: RRule): string[] {
  return rule.all((_date, index) => index <= MAX_SERIES_OCCURRENCES).map(dayOf);
}

/**
 * What is wrong with a series, each problem at the field an editor changes (`recurrence.<field>`), in words:
 * an interval out of range, a first occurrence that is not one of the rule's days, no end or two ends, an end
 * before the start, more than MAX_SERIES_OCCURRENCES occurrences, exceptions and changes on dates the rule does
 * not give, a moved occurrence without a time or ending before it starts, and a series with nothing left.
 */
export function recurrenceProblems(first: FirstOccurrence, recurrence: Recurrence): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: `recurrence.${field}`, message });
  const shapeProblems = recurrenceShapeProblems(recurrence);
  if (shapeProblems.length) return shapeProblems;
  const { interval, until, count } = recurrence;
  if (!Number.isInteger(interval) || interval < 1 || interval > MAX_RECURRENCE_INTERVAL)
    problem('interval', `The interval must be a whole number from 1 to ${MAX_RECURRENCE_INTERVAL}.`);
  const start = floating(first.startsAt);
  const startDay = weekdayOf(start);
  if (recurrence.frequency === 'weekly' && recurrence.weekdays.length && !recurrence.weekdays.includes(startDay))
    problem('weekdays', `The event's start (${dayOf(start)}, ${startDay}) must fall on one of the series' weekdays.`);
  if (until && count) problem('count', 'Give the series either a last date or a number of occurrences, not both.');
  if (!until && !count)
    problem('until', `Give the series an end: a last date or a number of occurrences (at most ${MAX_SERIES_OCCURRENCES}).`);
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > MAX_SERIES_OCCURRENCES))
    problem('count', `The number of occurrences must be a whole number from 1 to ${MAX_SERIES_OCCURRENCES}.`);
  if (until && until < dayOf(start)) problem('until', `The series ends (${until}) before its first occurrence (${dayOf(start)}).`);
  if (problems.length) return problems;

  const dates = ruleDates(seriesRule(first.startsAt, recurrence));
  if (dates.length > MAX_SERIES_OCCURRENCES)
    problem('until', `The series has more than ${MAX_SERIES_OCCURRENCES} occurrences up to ${until}: end it sooner.`);
  const given = new Set(dates);
  recurrence.exceptions.forEach((day, index) => {
    if (!given.has(day)) problem(`exceptions.${index}`, `${day} is not a date of this series.`);
    else if (recurrence.exceptions.indexOf(day) < index) problem(`exceptions.${index}`, `${day} is listed twice.`);
  });
  recurrence.changes.forEach((change, index) => {
    if (!given.has(change.date)) problem(`changes.${index}.date`, `${change.date} is not a date of this series.`);
    if (recurrence.changes.findIndex((other) => other.date === change.date) < index)
      problem(`changes.${index}.date`, `${change.date} is changed twice: keep one change per occurrence.`);
    if (recurrence.exceptions.includes(change.date))
      problem(`changes.${index}.date`, `${change.date} is skipped (an exception): it cannot be changed as well.`);
    if (change.status !== 'rescheduled') return;
    if (!change.startsAt) problem(`changes.${index}.startsAt`, `The occurrence of ${change.date} is moved: give its new start.`);
    else if (Math.abs(Date.parse(change.startsAt) - Date.parse(`${change.date}T12:00:00Z`)) > MAX_MOVE_DAYS * DAY_MS)
      problem(`changes.${index}.startsAt`, `The occurrence of ${change.date} may move at most ${MAX_MOVE_DAYS} days.`);
    else if (change.endsAt && Date.parse(change.endsAt) < Date.parse(change.startsAt))
      problem(`changes.${index}.endsAt`, `The moved occurrence of ${change.date} ends before it starts.`);
    else if (change.endsAt && Date.parse(change.endsAt) - Date.parse(change.startsAt) > MAX_MOVE_DAYS * DAY_MS)
      problem(`changes.${index}.endsAt`, `The moved occurrence of ${change.date} may last at most ${MAX_MOVE_DAYS} days.`);
  });
  const skipped = new Set(recurrence.exceptions);
  const cancelled = new Set(recurrence.changes.filter((change) => change.status === 'cancelled').map((change) => change.date));
  if (dates.length && dates.every((day) => skipped.has(day) || cancelled.has(day)))
    problem('exceptions', 'Every occurrence of the series is skipped or cancelled: nothing is left to show.');
  if (!dates.length) problem('until', 'The rule gives no occurrence: check its days and its end.');
  return problems;
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
// luxon, not Date.parse, which rolls 30 February over to 2 March.
const isInstant = (value: unknown): boolean =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  DateTime.fromISO(value, { setZone: true }).isValid;
const CHANGE_FIELDS = new Set(['date', 'status', 'startsAt', 'endsAt']);
const oneOf = (values: readonly string[]) => `one of ${values.map((value) => `"${value}"`).join(', ')}`;

/**
 * The problems of a series' form before its dates are looked at: unknown values, weekdays that are not RFC 5545
 * codes or repeat, dates that are not real YYYY-MM-DD dates, instants without a time zone, a count that is not a
 * number. A series saved through the admin or the API meets these; one that does not is refused by field.
 */
function recurrenceShapeProblems(recurrence: Recurrence): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: `recurrence.${field}`, message });
  if (!RECURRENCE_FREQUENCIES.includes(recurrence.frequency))
    problem('frequency', `The frequency must be ${oneOf(RECURRENCE_FREQUENCIES)}.`);
  if (!MONTHLY_BY.includes(recurrence.monthlyBy)) problem('monthlyBy', `A monthly series goes by ${oneOf(MONTHLY_BY)}.`);
  if (!Array.isArray(recurrence.weekdays) || recurrence.weekdays.some((day) => !WEEKDAYS.includes(day)))
    problem('weekdays', `Weekdays are ${oneOf(WEEKDAYS)}.`);
  else if (new Set(recurrence.weekdays).size < recurrence.weekdays.length) problem('weekdays', 'A weekday is listed twice.');
  if (recurrence.until !== null && !isDate(recurrence.until)) problem('until', 'The last date must be a date (YYYY-MM-DD).');
  if (recurrence.count !== null && typeof recurrence.count !== 'number') problem('count', 'The number of occurrences must be a number.');
  if (typeof recurrence.interval !== 'number') problem('interval', 'The interval must be a number.');
  (Array.isArray(recurrence.exceptions) ? recurrence.exceptions : [null]).forEach((day, index) => {
    if (!isDate(day)) problem(`exceptions.${index}`, 'An exception must be a date (YYYY-MM-DD).');
  });
  (Array.isArray(recurrence.changes) ? recurrence.changes : [null]).forEach((change, index) => {
    if (!change || !isDate(change.date)) return problem(`changes.${index}.date`, 'A changed occurrence needs its date (YYYY-MM-DD).');
    for (const key of Object.keys(change))
      if (!CHANGE_FIELDS.has(key)) problem(`changes.${index}.${key}`, `A changed occurrence has no field "${key}".`);
    if (change.status !== 'cancelled' && change.status !== 'rescheduled')
      problem(`changes.${index}.status`, 'A changed occurrence is "cancelled" or "rescheduled".');
    for (const field of ['startsAt', 'endsAt'] as const)
      if (change[field] != null && !isInstant(change[field]))
        problem(`changes.${index}.${field}`, 'A time must be a date and time with its offset (e.g. 2027-03-24T18:00:00+02:00).');
  });
  return problems;
}
