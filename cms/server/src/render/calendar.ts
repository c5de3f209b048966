/**
 * iCalendar (RFC 5545) of events with ical-generator: times in Europe/Helsinki with a VTIMEZONE,
 * stable UIDs (the document id, so an update replaces the entry in a subscriber's calendar), DTSTAMP from
 * the last revision rather than the render time, cancelled events as STATUS:CANCELLED, rescheduled ones
 * with a note of the previous time.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import {
  type ContentLocale,
  deepWithoutControlCharacters,
  type EventSummary,
  HELSINKI_TIME_ZONE,
  withoutControlCharacters,
  withoutForbiddenCharacters,
} from '@kumppani/contract';
import type { Rendered } from '../public-api/http';

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

export function renderCalendar(events: EventSummary[], locale: ContentLocale, base: string, name?: string): Rendered {
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
  for (const event of deepWithoutControlCharacters(events)) {
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
    });
  }
  // Every value is clean already; this pass guards what comes from elsewhere (the base URL, a library).
  return { body: withoutForbiddenCharacters(calendar.toString()), contentType: `${CALENDAR_MEDIA_TYPE}; charset=utf-8` };
}
