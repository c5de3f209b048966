/**
 * iCalendar (RFC 5545) of events with ical-generator: times in Europe/Helsinki with a VTIMEZONE,
 * stable UIDs (the document id, so an update replaces the entry in a subscriber's calendar), DTSTAMP from
 * the last revision rather than the render time, cancelled events as STATUS:CANCELLED, rescheduled ones
 * with a note of the previous time. A series is one VEVENT with RRULE and EXDATE, and a VEVENT with its
 * RECURRENCE-ID for each occurrence an editor cancelled or moved.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday, type ICalRepeatingOptions } from 'ical-generator';
import { DateTime } from 'luxon';
import {
  type ContentLocale,
  deepWithoutControlCharacters,
  type EventStatus,
  type EventSummary,
  HELSINKI_TIME_ZONE,
  type Recurrence,
  withoutControlCharacters,
  withoutForbiddenCharacters,
} from '@kumppani/contract';
import type { Rendered } from '../public-api/http';
import { helsinkiWallTimeToUtc } from '../time/helsinki';
import { changedOccurrences, ruleDays, type FirstOccurrence } from '../time/recurrence';

/** iCalendar's registered media type (RFC 5545, 8.1). */
export const CALENDAR_MEDIA_TYPE = 'text/calendar';

const ZONE = HELSINKI_TIME_ZONE;
const inHelsinki = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

const NOTES: Record<
  ContentLocale,
  { calendar: string; cancelled: string; postponed: string; previous: string; online: string; registration: string; organisers: string }
> = {
  fi: {
    calendar: 'Kumppani – tapahtumat',
    cancelled: 'PERUTTU',
    postponed: 'SIIRRETTY',
    previous: 'Aiempi ajankohta',
    online: 'Verkossa',
    registration: 'Ilmoittautuminen',
    organisers: 'Järjestäjät',
  },
  sv: {
    calendar: 'Kumppani – evenemang',
    cancelled: 'INSTÄLLT',
    postponed: 'UPPSKJUTET',
    previous: 'Tidigare tidpunkt',
    online: 'På nätet',
    registration: 'Anmälan',
    organisers: 'Arrangörer',
  },
  en: {
    calendar: 'Kumppani – events',
    cancelled: 'CANCELLED',
    postponed: 'POSTPONED',
    previous: 'Previous time',
    online: 'Online',
    registration: 'Registration',
    organisers: 'Organisers',
  },
};

/**
 * A TEXT value (RFC 5545, 3.3.11) for the properties that ical-generator writes as given (NAME and
 * X-WR-CALNAME): without escaping, a title holding CR LF could add lines, even whole events, to the file.
 */
export const calendarText = (text: string): string =>
  withoutControlCharacters(text)
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n');

/** A URL property value (written as given too): WHATWG parsing drops line breaks; anything else but http(s) goes. */
function calendarUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How often a subscribed calendar client should fetch the file again (REFRESH-INTERVAL, RFC 7986, and Outlook's
 * X-PUBLISHED-TTL): an hour, a fair trade between a changed event showing up and load on the CMS.
 */
export const CALENDAR_REFRESH_SECONDS = 3600;

/** An event of a calendar: one event, or a series from its first occurrence by its rule (time/recurrence.ts). */
export type CalendarEvent = EventSummary & {
  /**
   * The whole rule of a series (the summary's `series` leaves out the changed occurrences, which the list
   * shows as occurrences). `status`: of the series as a whole (e.g. all of it cancelled); each occurrence has its own.
   */
  rule?: SeriesRule;
};
export interface SeriesRule {
  first: FirstOccurrence;
  recurrence: Recurrence;
  status: EventStatus;
}

/** The RRULE and EXDATE of a series, as ical-generator writes them: UNTIL in UTC, EXDATE on the Helsinki clock. */
function repeatingOf({ first, recurrence }: SeriesRule): ICalRepeatingOptions {
  const { weekdays, place, monthDay } = ruleDays(first.startsAt, recurrence);
  const repeating: ICalRepeatingOptions = {
    freq: recurrence.frequency === 'weekly' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
    interval: recurrence.interval,
    startOfWeek: ICalWeekday.MO,
  };
  if (weekdays.length) repeating.byDay = weekdays.map((code) => ICalWeekday[code]);
  if (place !== null) repeating.bySetPos = place;
  if (monthDay !== null) repeating.byMonthDay = monthDay;
  // Only with dates: ical-generator writes an empty EXDATE for an empty list, which readers reject.
  const time = DateTime.fromJSDate(first.startsAt, { zone: ZONE }).toFormat('HH:mm');
  if (recurrence.exceptions.length)
    repeating.exclude = recurrence.exceptions.map((date) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }));
  // The end of the last day on the Helsinki clock, in UTC as RFC 5545 wants with a zoned DTSTART.
  if (recurrence.until) repeating.until = DateTime.fromJSDate(helsinkiWallTimeToUtc(recurrence.until, '23:59'), { zone: 'utc' });
  if (recurrence.count) repeating.count = recurrence.count;
  return repeating;
}

export function renderCalendar(events: CalendarEvent[], locale: ContentLocale, base: string, name?: string): Rendered {
  const notes = NOTES[locale];
  const host = new URL(base).hostname;
  const calendar = ical({
    name: calendarText(name ?? notes.calendar),
    prodId: { company: 'Kumppani', product: 'kumppani', language: locale.toUpperCase() },
    timezone: { name: null, generator: getVtimezoneComponent },
    // The zone goes on each event (with its VTIMEZONE), not on the calendar: with a calendar zone, ical-generator
    // writes DTSTAMP and LAST-MODIFIED as local times, and RFC 5545 (3.8.7.2) wants them in UTC.
    x: [['X-WR-TIMEZONE', ZONE]],
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  const seriesWritten = new Set<string>();
  for (const { rule: series, ...event } of events.map((item) => ({ ...deepWithoutControlCharacters(item), rule: item.rule }))) {
    // One VEVENT (and its changed occurrences) per series, however many of its occurrences the list holds.
    if (series && seriesWritten.size === seriesWritten.add(event.id).size) continue;
    // A series is written from its first occurrence, whichever occurrence the list gave.
    const first = series && {
      ...event,
      startsAt: series.first.startsAt.toISOString(),
      endsAt: series.first.endsAt?.toISOString() ?? null,
      status: series.status,
      previousStartsAt: null,
    };
    writeEvent(first ?? event, series ? { repeating: repeatingOf(series) } : {});
    for (const changed of series ? changedOccurrences(series.first, series.recurrence) : [])
      writeEvent(
        {
          ...event,
          startsAt: changed.startsAt.toISOString(),
          endsAt: changed.endsAt?.toISOString() ?? null,
          status: changed.status,
          previousStartsAt: changed.previousStartsAt?.toISOString() ?? null,
        },
        { recurrenceId: DateTime.fromJSDate(changed.ruleStart, { zone: ZONE }) },
      );
  }

  /** One VEVENT; `extra` makes it a series (repeating) or one changed occurrence of a series (recurrenceId). */
  function writeEvent(event: EventSummary, extra: { repeating?: ICalRepeatingOptions; recurrenceId?: DateTime }): void {
    const start = inHelsinki(event.startsAt);
    const prefix = event.status === 'cancelled' ? `${notes.cancelled}: ` : event.status === 'postponed' ? `${notes.postponed}: ` : '';
    const description = [
      event.description,
      event.previousStartsAt
        ? `${notes.previous}: ${inHelsinki(event.previousStartsAt).setLocale(locale).toLocaleString(DateTime.DATETIME_MED)}`
        : null,
      event.organisers.length ? `${notes.organisers}: ${event.organisers.map((organiser) => organiser.name).join(', ')}` : null,
      event.registration?.url ? `${notes.registration}: ${event.registration.url}` : null,
    ]
      .filter(Boolean)
      .join('\n\n');
    const place = event.place
      ? [event.place.name, event.place.streetAddress, [event.place.postalCode, event.place.locality].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ')
      : null;
    calendar.createEvent({
      id: `${event.id}@${host}`,
      start,
      end: event.endsAt ? inHelsinki(event.endsAt) : start.plus({ hours: 1 }),
      timezone: ZONE,
      summary: prefix + event.title,
      description: description || undefined,
      location:
        place ?? (event.onlineUrl ? `${notes.online}: ${event.onlineUrl}` : event.attendanceMode === 'online' ? notes.online : undefined),
      // The event's page where the settings give one (a reader lands on a page, never on JSON), else where to join or register.
      url: calendarUrl(event.url ?? event.onlineUrl ?? event.registration?.url),
      status:
        event.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : event.status === 'postponed'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      // Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2), not when the file
      // was written: so the file is the same whenever and by whichever process it is rendered.
      stamp: DateTime.fromISO(event.updatedAt),
      lastModified: DateTime.fromISO(event.updatedAt),
      categories: event.topics.map((topic) => ({ name: topic.name })),
      ...extra,
    });
  }
  // Every value is clean already; this pass guards what comes from elsewhere (the base URL, a library).
  return { body: withoutForbiddenCharacters(calendar.toString()), contentType: `${CALENDAR_MEDIA_TYPE}; charset=utf-8` };
}
