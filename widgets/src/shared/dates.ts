import { HELSINKI_TIME_ZONE } from '@kumppani/contract';
import { cachedIntl, INTL_LOCALE, type UiLocale } from './i18n.js';

/**
 * Dates and times of events, always on the Helsinki clock (an event in Vantaa starts at 17.30 whatever the
 * reader's device says), in the UI locale's Intl conventions: fi-FI "ke 1.6. klo 17.30", sv-FI
 * "ons 1 juni 17.30", en-GB "Wed 1 Jun, 17:30". Formatters are cached (cachedIntl).
 */
type Instant = string | Date;

/** `tag` is a BCP 47 tag: a UI locale goes through INTL_LOCALE. */
const format = (instant: Instant, tag: string, options: Intl.DateTimeFormatOptions): string =>
  cachedIntl(
    `date ${tag} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(tag, { ...options, timeZone: HELSINKI_TIME_ZONE }),
  ).format(new Date(instant));

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...TIME };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Helsinki calendar day of an instant as `YYYY-MM-DD` (en-CA writes ISO 8601): a grouping key and a valid `<time datetime>`. */
export const helsinkiDate = (instant: Instant): string => format(instant, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The last Helsinki day (YYYY-MM-DD) of the day, week (Monday to Sunday) or month that holds `instant`:
 * 2026-03-29T21:30:00Z is already Monday 30 March in Helsinki, so its week ends on 5 April.
 */
export function helsinkiPeriodEnd(period: 'today' | 'week' | 'month', instant: Instant): string {
  const day = new Date(helsinkiDate(instant)); // midnight UTC of that calendar day
  if (period === 'week') day.setUTCDate(day.getUTCDate() + ((7 - day.getUTCDay()) % 7));
  if (period === 'month') day.setUTCMonth(day.getUTCMonth() + 1, 0);
  return day.toISOString().slice(0, 10);
}

/** "Keskiviikko 1. kesäkuuta 2022", "Onsdag 1 juni 2022", "Wednesday 1 June 2022". */
export const formatDayHeading = (instant: Instant, locale: UiLocale): string =>
  capitalise(
    `${format(instant, INTL_LOCALE[locale], { weekday: 'long' })} ${format(instant, INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric' })}`,
  );

/** "Kesäkuu 2022", "Juni 2022", "June 2022". */
export const formatMonthHeading = (instant: Instant, locale: UiLocale): string =>
  capitalise(format(instant, INTL_LOCALE[locale], { month: 'long', year: 'numeric' }));

/** A day and a time, e.g. a deadline or an earlier start: "ke 1.6. klo 17.30", "ons 1 juni 17.30", "Wed 1 Jun, 17:30". */
export const formatDateTimeShort = (instant: Instant, locale: UiLocale): string => format(instant, INTL_LOCALE[locale], DATE_TIME);

/** A day in words: `long` "1. kesäkuuta 2022", "1 juni 2022", "1 June 2022"; `medium` "1.6.2022", "1 juni 2022", "1 Jun 2022". */
export const formatDate = (instant: Instant, locale: UiLocale, dateStyle: 'long' | 'medium'): string =>
  format(instant, INTL_LOCALE[locale], { dateStyle });

/** A registration deadline: as formatDateTimeShort. */
export const formatDeadline = formatDateTimeShort;

/**
 * The texts of a start and an optional end. A range within one Helsinki day collapses to "17.30–19.00"
 * (with the day in front, "ke 1.6. klo 17.30–19.00", when `withDate`); one over several days shows both
 * days. Join the two with an unspaced dash when `sameDay`, else with a spaced one.
 */
export function formatTimeRange(
  startsAt: Instant,
  endsAt: Instant | null,
  locale: UiLocale,
  withDate: boolean,
): { start: string; end?: string; sameDay: boolean } {
  const sameDay = !endsAt || helsinkiDate(startsAt) === helsinkiDate(endsAt);
  const tag = INTL_LOCALE[locale];
  return {
    start: format(startsAt, tag, withDate || !sameDay ? DATE_TIME : TIME),
    end: endsAt ? format(endsAt, tag, sameDay ? TIME : DATE_TIME) : undefined,
    sameDay,
  };
}
