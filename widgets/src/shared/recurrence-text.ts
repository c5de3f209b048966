/**
 * A series' rule in words, in fi, sv and en: "joka tiistai klo 17–19", "varje tisdag kl. 17–19", "every Tuesday,
 * 17:00–19:00"; "kuukauden ensimmäinen torstai klo 9.30", "första torsdagen i månaden kl. 9.30", "the first
 * Thursday of the month, 09:30". Weekday names, lists and times come from Intl; times are on the Helsinki clock.
 */
import { HELSINKI_TIME_ZONE, placeInMonth, WEEKDAYS, type Recurrence } from '@kumppani/contract';
import { helsinkiDate } from './dates.js';
import { cachedIntl, INTL_LOCALE, type UiLocale } from './i18n.js';

type Rule = Pick<Recurrence, 'frequency' | 'interval' | 'weekdays' | 'monthlyBy'>;

const ENGLISH_SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** 1st, 2nd, 3rd, 4th, 11th, 21st: by Intl's ordinal plural rules. */
const englishOrdinal = (n: number) =>
  `${n}${ENGLISH_SUFFIXES[cachedIntl('ordinal en', () => new Intl.PluralRules('en', { type: 'ordinal' })).select(n)] ?? 'th'}`;

/** "every", "every other" … by interval, then the words around the parts. */
const WORDS = {
  fi: {
    every: ['joka', 'joka toinen', 'joka kolmas', 'joka neljäs'],
    nth: (n: number) => `joka ${n}.`,
    week: 'viikko',
    month: 'kuukausi',
    places: ['ensimmäinen', 'toinen', 'kolmas', 'neljäs'],
    last: 'viimeinen',
    weekdayOfMonth: (place: string, day: string) => `kuukauden ${place} ${day}`,
    dateOfMonth: (date: number) => `kuukauden ${date}. päivä`,
    at: (rule: string, time: string) => `${rule} klo ${time}`,
  },
  sv: {
    every: ['varje', 'varannan', 'var tredje', 'var fjärde'],
    nth: (n: number) => `var ${n}:e`,
    week: 'vecka',
    month: 'månad',
    places: ['första', 'andra', 'tredje', 'fjärde'],
    last: 'sista',
    weekdayOfMonth: (place: string, day: string) => `${place} ${day}en i månaden`,
    dateOfMonth: (date: number) => `den ${date} i månaden`,
    at: (rule: string, time: string) => `${rule} kl. ${time}`,
  },
  en: {
    every: ['every', 'every other', 'every third', 'every fourth'],
    nth: (n: number) => `every ${englishOrdinal(n)}`,
    week: 'week',
    month: 'month',
    places: ['first', 'second', 'third', 'fourth'],
    last: 'last',
    weekdayOfMonth: (place: string, day: string) => `the ${place} ${day} of the month`,
    dateOfMonth: (date: number) => `the ${englishOrdinal(date)} of the month`,
    at: (rule: string, time: string) => `${rule}, ${time}`,
  },
} as const;

const helsinkiFormat = (locale: UiLocale, options: Intl.DateTimeFormatOptions) =>
  cachedIntl(
    `rule ${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: HELSINKI_TIME_ZONE }),
  );

/** Monday 2024-01-01 plus `index` days, named in `locale` ("tiistai", "tisdag", "Tuesday"). */
const weekdayName = (index: number, locale: UiLocale) =>
  cachedIntl(`weekday ${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' })).format(
    Date.UTC(2024, 0, 1 + index),
  );

/** 17–19 for whole hours in fi and sv (17.30–19.00 otherwise); 17:00–19:00 in en. */
function timeRange(startsAt: string, endsAt: string | null, locale: UiLocale): string {
  const whole = locale != 'en' && [startsAt, endsAt].every((instant) => !instant || new Date(instant).getUTCMinutes() === 0);
  const options: Intl.DateTimeFormatOptions = whole
    ? { hour: 'numeric' }
    : { hour: locale == 'en' ? '2-digit' : 'numeric', minute: '2-digit' };
  return [startsAt, endsAt].flatMap((instant) => (instant ? [helsinkiFormat(locale, options).format(new Date(instant))] : [])).join('–');
}

/**
 * The rule of a series whose first occurrence is `startsAt`–`endsAt`, with its time: the days of a weekly
 * series (the start's weekday when none are chosen), or the place of a monthly one in its month.
 */
export function describeRule(rule: Rule, startsAt: string, endsAt: string | null, locale: UiLocale): string {
  const words = WORDS[locale];
  const every = words.every[rule.interval - 1] ?? words.nth(rule.interval);
  // The start's weekday (0 for Monday) and day of the month on the Helsinki clock.
  const startDate = new Date(helsinkiDate(startsAt));
  const startDay = (startDate.getUTCDay() + 6) % 7;
  let text: string;
  if (rule.frequency == 'weekly') {
    const days = (rule.weekdays.length ? WEEKDAYS.flatMap((code, index) => (rule.weekdays.includes(code) ? [index] : [])) : [startDay]).map(
      (index) => weekdayName(index, locale),
    );
    const list = cachedIntl(`list ${locale}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' })).format(days);
    text = rule.interval == 1 ? `${every} ${list}` : `${every} ${words.week}: ${list}`;
  } else {
    const day = startDate.getUTCDate();
    const place = placeInMonth(day);
    const inMonth =
      rule.monthlyBy == 'date'
        ? words.dateOfMonth(day)
        : words.weekdayOfMonth(place < 0 ? words.last : words.places[place - 1]!, weekdayName(startDay, locale));
    text = rule.interval == 1 ? inMonth : `${every} ${words.month}: ${inMonth}`;
  }
  return words.at(text, timeRange(startsAt, endsAt, locale));
}
