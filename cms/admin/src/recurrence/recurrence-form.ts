/**
 * The series form of an event (the `recurrence` custom field) and the contract's Recurrence, both ways. The form
 * keeps what an editor types (a number field may be empty for a moment, a date row not filled in yet), the field's
 * value is the whole Recurrence object, or null for a single event. Pure, so that the unit tests cover what is saved.
 * Times of a moved occurrence are entered on the Helsinki clock and saved with their offset, as the server asks.
 */
import { HELSINKI_TIME_ZONE, WEEKDAYS, type OccurrenceChange, type Recurrence, type Weekday } from '@kumppani/contract';

export type Repeats = 'none' | Recurrence['frequency'];

export interface ChangeRow {
  date: string;
  status: OccurrenceChange['status'];
  /** A moved occurrence's new start and end on the Helsinki clock (YYYY-MM-DDTHH:mm), or ''. */
  startsAt: string;
  endsAt: string;
}

export interface RecurrenceForm {
  repeats: Repeats;
  interval: string;
  weekdays: Weekday[];
  monthlyBy: Recurrence['monthlyBy'];
  end: 'until' | 'count';
  until: string;
  count: string;
  exceptions: string[];
  changes: ChangeRow[];
}

const INSTANT_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

/** The Helsinki wall clock of an instant: YYYY-MM-DDTHH:mm and its weekday. */
function helsinkiParts(instant: Date): { local: string; weekday: Weekday } {
  const part = (type: Intl.DateTimeFormatPartTypes) => INSTANT_PARTS.formatToParts(instant).find((item) => item.type === type)!.value;
  return {
    local: `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`,
    weekday: part('weekday').slice(0, 2).toUpperCase() as Weekday,
  };
}

/** An instant (ISO 8601 with an offset) as the Helsinki wall clock YYYY-MM-DDTHH:mm, or '' when there is none. */
export function helsinkiLocal(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : helsinkiParts(date).local;
}

const pad = (value: number) => String(value).padStart(2, '0');

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

/** A wall clock YYYY-MM-DDTHH:mm read as if it were UTC (ms), or NaN. */
const wallClockMs = (local: string): number => {
  const match = LOCAL_TIME.exec(local);
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5]) : NaN;
};
/** Helsinki's offset from UTC at an instant (ms). */
const offsetAt = (instant: number): number => wallClockMs(helsinkiParts(new Date(instant)).local) - instant;

/**
 * A Helsinki wall clock (YYYY-MM-DDTHH:mm) as an instant with its offset, e.g. 2027-05-04T18:00:00+03:00; null when
 * empty or not a real time. As the server counts: a wall time the autumn change repeats is its first instant, one
 * the spring change skips an hour later.
 */
export function helsinkiInstant(local: string): string | null {
  const wallClock = wallClockMs(local);
  if (Number.isNaN(wallClock) || new Date(wallClock).toISOString().slice(0, 16) !== local) return null;
  // The offsets half a day either side; the wall clock is at one of them (at both when repeated, at neither when skipped).
  const around = [offsetAt(wallClock - 12 * HOUR_MS), offsetAt(wallClock + 12 * HOUR_MS)];
  const instants = around.map((offset) => wallClock - offset).filter((instant) => offsetAt(instant) === wallClock - instant);
  const instant = instants.length ? Math.min(...instants) : wallClock - around[0];
  const minutes = Math.round(offsetAt(instant) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  return `${helsinkiParts(new Date(instant)).local}:00${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** The weekday of an event's start on the Helsinki clock, or null without a valid start. */
export function startWeekday(startsAt: unknown): Weekday | null {
  if (typeof startsAt !== 'string' && !(startsAt instanceof Date)) return null;
  const date = new Date(startsAt);
  return Number.isNaN(date.getTime()) ? null : helsinkiParts(date).weekday;
}

/** A new series: weekly on the start's weekday, every week, ended by a number of occurrences still to give. */
export function defaultForm(startsAt?: unknown): RecurrenceForm {
  const weekday = startWeekday(startsAt);
  return {
    repeats: 'none',
    interval: '1',
    weekdays: weekday ? [weekday] : [],
    monthlyBy: 'weekday',
    end: 'count',
    until: '',
    count: '',
    exceptions: [],
    changes: [],
  };
}

/**
 * The form repeating as chosen. A weekly series with no weekday chosen yet gets the start's: what the server
 * would use anyway, now shown.
 */
export function withRepeats(form: RecurrenceForm, repeats: Repeats, startsAt?: unknown): RecurrenceForm {
  const weekday = startWeekday(startsAt);
  return { ...form, repeats, weekdays: repeats === 'weekly' && !form.weekdays.length && weekday ? [weekday] : form.weekdays };
}

/** Whether two field values are the same series (an object from PostgreSQL may have its keys in another order). */
export const sameRecurrence = (a: unknown, b: unknown): boolean =>
  JSON.stringify(recurrenceFromForm(formFromRecurrence(a))) === JSON.stringify(recurrenceFromForm(formFromRecurrence(b)));

/** The weekdays with `day` added or taken away, Monday first. */
export function toggleWeekday(weekdays: readonly Weekday[], day: Weekday): Weekday[] {
  const chosen = new Set(weekdays);
  if (chosen.has(day)) chosen.delete(day);
  else chosen.add(day);
  return WEEKDAYS.filter((weekday) => chosen.has(weekday));
}

const asObject = (value: unknown): Record<string, unknown> | null => {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
};
const text = (value: unknown): string => (typeof value === 'number' || typeof value === 'string' ? String(value) : '');

/**
 * The form of a stored or typed field value (an object, its JSON text from SQLite, or null); parts left out take
 * the server's defaults, and a single event gets the form of a new series with `repeats: 'none'`.
 */
export function formFromRecurrence(value: unknown, startsAt?: unknown): RecurrenceForm {
  const form = defaultForm(startsAt);
  const rule = asObject(value);
  if (!rule || (rule.frequency !== 'weekly' && rule.frequency !== 'monthly')) return form;
  const changes = Array.isArray(rule.changes) ? (rule.changes as Partial<OccurrenceChange>[]) : [];
  return {
    repeats: rule.frequency,
    interval: rule.interval === undefined || rule.interval === null ? '1' : text(rule.interval),
    weekdays: Array.isArray(rule.weekdays) ? WEEKDAYS.filter((day) => (rule.weekdays as unknown[]).includes(day)) : [],
    monthlyBy: rule.monthlyBy === 'date' ? 'date' : 'weekday',
    end: rule.until && !rule.count ? 'until' : 'count',
    until: text(rule.until),
    count: text(rule.count),
    exceptions: Array.isArray(rule.exceptions) ? rule.exceptions.map(text) : [],
    changes: changes.map((change) => ({
      date: text(change?.date),
      status: change?.status === 'rescheduled' ? 'rescheduled' : 'cancelled',
      startsAt: helsinkiLocal(change?.startsAt),
      endsAt: helsinkiLocal(change?.endsAt),
    })),
  };
}

/** A number field's text as a number: '' is null, anything else its value (the server says what is wrong with it). */
const numberOf = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/**
 * The field's value: null for a single event, else the whole Recurrence. Only the chosen end is kept, the weekdays
 * only for a weekly series; rows not filled in are kept as they are, so that the server's problem at
 * `exceptions.2` is the form's third row.
 */
export function recurrenceFromForm(form: RecurrenceForm): Recurrence | null {
  if (form.repeats === 'none') return null;
  return {
    frequency: form.repeats,
    interval: numberOf(form.interval) ?? 1,
    weekdays: form.repeats === 'weekly' ? [...form.weekdays] : [],
    monthlyBy: form.monthlyBy,
    until: form.end === 'until' && form.until ? form.until : null,
    count: form.end === 'count' ? numberOf(form.count) : null,
    exceptions: [...form.exceptions],
    changes: form.changes.map((row) =>
      row.status === 'rescheduled'
        ? { date: row.date, status: row.status, startsAt: helsinkiInstant(row.startsAt), endsAt: helsinkiInstant(row.endsAt) }
        : { date: row.date, status: row.status },
    ),
  };
}

/**
 * The problems the server found, by the form's part: '' for the whole field, else the path under `recurrence`
 * (`count`, `exceptions.0`, `changes.1.startsAt`). The admin gives the field a string, or the nested object it
 * builds from the paths of a refused save (`recurrence.count` becomes `{ count }`).
 */
export function problemsByPart(error: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') problems[path] = value;
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(error, '');
  return problems;
}
