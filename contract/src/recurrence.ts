/**
 * A recurring event (a series): the rule an editor sets on an event, after RFC 5545's RRULE and Open Referral
 * HSDS's schedule. The event's own start and end are the first occurrence; every occurrence keeps its wall-clock
 * time on the Helsinki clock and its length.
 */

/** The plugin's custom field of an event's series (plugin::kumppani.recurrence), a JSON column edited with a form. */
export const RECURRENCE_CUSTOM_FIELD = 'recurrence';

/** RFC 5545 weekday codes, Monday first as in Finland. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * `weekly` on the chosen weekdays; `monthly` on the start's date (`monthlyBy: 'date'`, e.g. the 15th; a month
 * without that date is skipped) or on its weekday in the same place of the month (`'weekday'`, e.g. the first
 * Thursday; a start in a month's last seven days past the fourth means the last such weekday).
 */
export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];
export const MONTHLY_BY = ['weekday', 'date'] as const;

/**
 * Where a monthly-by-weekday series meets, from the day of the month of its start: 1–4 (the first to the fourth
 * such weekday), or -1 (the last) for a start past the 28th. RFC 5545's BYSETPOS value.
 */
export const placeInMonth = (dayOfMonth: number): number => (dayOfMonth > 28 ? -1 : Math.ceil(dayOfMonth / 7));

/** Every `interval`th week or month: 1 is every, 2 every other; up to a year of months or weeks. */
export const MAX_RECURRENCE_INTERVAL = 12;

/** The most occurrences one series may have (`count`, or those up to `until`): five years of a weekly group. */
export const MAX_SERIES_OCCURRENCES = 260;

/** What happened to one occurrence: cancelled, or held at another time (`startsAt`, and `endsAt` if it has an end). */
export interface OccurrenceChange {
  /** The Helsinki date (YYYY-MM-DD) the rule gives the occurrence. */
  date: string;
  status: 'cancelled' | 'rescheduled';
  startsAt?: string | null;
  endsAt?: string | null;
}

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** 1 (every week or month) to MAX_RECURRENCE_INTERVAL. */
  interval: number;
  /** `weekly`: the days (none: the start's weekday). Not used by `monthly`. */
  weekdays: Weekday[];
  /** `monthly`: by the start's date or by its weekday in the month. */
  monthlyBy: (typeof MONTHLY_BY)[number];
  /** The last Helsinki date (YYYY-MM-DD) an occurrence may fall on, or null. */
  until: string | null;
  /** How many occurrences, the first included, or null. At most one of `until` and `count`; neither: no end. */
  count: number | null;
  /** Helsinki dates (YYYY-MM-DD) the rule gives but the series skips (a holiday). */
  exceptions: string[];
  changes: OccurrenceChange[];
}
