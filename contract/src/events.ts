/**
 * /events and the calendars (/events.ics, /events/{slug}.ics): the queries, and the list and detail
 * responses. `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { HELSINKI_TIME_ZONE } from './api';
import { detailResponse, facetedListMeta, listResponse } from './envelopes';
import { booleanFlag, dateOrInstant, languageCode, listOf, locale, oneOf, paging, slug, textQuery, wholeNumber } from './parameters';
import { MAX_CALENDAR_EVENTS } from './patterns-and-limits';
import { address, contentLocale, instant, organisationRef, programmeRef, regionRef, topicRef, pageUrl } from './references';
import { schema } from './schema';
import { ATTENDANCE_MODES, EVENT_STATUSES } from './vocabulary';
import { MONTHLY_BY, RECURRENCE_FREQUENCIES, WEEKDAYS } from './recurrence';

/** The filters of the list and of the calendar file. */
const eventFilters = /*#__PURE__*/ schema(() => ({
  locale,
  q: z.optional(textQuery),
  start: z.optional(dateOrInstant),
  end: z.optional(dateOrInstant),
  region: z.optional(listOf(slug)),
  topic: z.optional(listOf(slug)),
  programme: z.optional(listOf(slug)),
  organiser: z.optional(listOf(slug)),
  mode: z.optional(listOf(oneOf(ATTENDANCE_MODES))),
  language: z.optional(listOf(languageCode)),
  free: z.optional(booleanFlag),
  status: z.optional(listOf(oneOf(EVENT_STATUSES))),
}));

/**
 * What `/events?facets=true` counts: the matches per region, topic, attendance mode, spoken language and
 * price (`free`: the values `true` and `false`, as the `free` filter takes them).
 */
export const EVENT_FACET_GROUPS = ['region', 'topic', 'mode', 'language', 'free'] as const;
export type EventFacetGroup = (typeof EVENT_FACET_GROUPS)[number];

/**
 * The list's query: the filters, paging and the facet counts (the calendar file has no facets). `expand`: a
 * series is one row per occurrence in the window (default), or with `false` one row, its next occurrence there.
 */
export const eventListQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({ ...eventFilters, expand: z._default(booleanFlag, true), facets: z._default(booleanFlag, false), ...paging }),
);

/** The same filters for a calendar file; more events fit in one file than in one page. */
export const eventCalendarQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    ...eventFilters,
    pageSize: z._default(wholeNumber(1, MAX_CALENDAR_EVENTS), MAX_CALENDAR_EVENTS),
  }),
);

/** One occurrence of a series: its times and status (a cancelled or moved one says so). */
const occurrence = /*#__PURE__*/ schema(() => z.object({ startsAt: instant, endsAt: z.nullable(instant), status: z.enum(EVENT_STATUSES) }));

/** How many of a series' later occurrences an event row lists (`series.next`). */
export const SERIES_NEXT_OCCURRENCES = 3;

/**
 * A recurring event's rule (recurrence.ts), its first occurrence, and the occurrences after the one the row
 * shows (up to SERIES_NEXT_OCCURRENCES). The row's own startsAt, endsAt and status are its occurrence's.
 */
export const eventSeries = /*#__PURE__*/ schema(() =>
  z.object({
    recurrence: z.object({
      frequency: z.enum(RECURRENCE_FREQUENCIES),
      interval: z.number(),
      weekdays: z.array(z.enum(WEEKDAYS)),
      monthlyBy: z.enum(MONTHLY_BY),
      until: z.nullable(z.string()),
      count: z.nullable(z.number()),
      exceptions: z.array(z.string()),
    }),
    firstStartsAt: instant,
    firstEndsAt: z.nullable(instant),
    next: z.array(occurrence),
  }),
);

export const eventSummary = /*#__PURE__*/ schema(() =>
  z.object({
    id: z.string(),
    slug: z.string(),
    locale: contentLocale,
    title: z.string(),
    description: z.nullable(z.string()),
    startsAt: instant,
    endsAt: z.nullable(instant),
    timeZone: z.literal(HELSINKI_TIME_ZONE),
    attendanceMode: z.enum(ATTENDANCE_MODES),
    place: z.nullable(z.extend(address, { name: z.nullable(z.string()) })),
    onlineUrl: z.nullable(z.string()),
    registration: z.nullable(z.object({ url: z.nullable(z.string()), deadline: z.nullable(instant) })),
    organisers: z.array(organisationRef),
    programme: z.nullable(programmeRef),
    regions: z.array(regionRef),
    topics: z.array(topicRef),
    audience: z.nullable(z.string()),
    languages: z.array(z.string()),
    isFree: z.boolean(),
    price: z.nullable(z.string()),
    status: z.enum(EVENT_STATUSES),
    previousStartsAt: z.nullable(instant),
    /** Null for a single event. */
    series: z.nullable(eventSeries),
    calendarUrl: z.string(),
    url: pageUrl,
    updatedAt: instant,
  }),
);
/** An event's detail is its summary: the list already gives everything. */
export const eventDetail = eventSummary;

export const eventList = /*#__PURE__*/ schema(() => listResponse(eventSummary, facetedListMeta(EVENT_FACET_GROUPS)));
export const eventResponse = /*#__PURE__*/ schema(() => detailResponse(eventDetail));

export type EventListQuery = z.output<typeof eventListQuery>;
export type EventCalendarQuery = z.output<typeof eventCalendarQuery>;
export type EventListMeta = z.infer<typeof eventList>['meta'];
export type EventSummary = z.infer<typeof eventSummary>;
export type EventSeries = z.infer<typeof eventSeries>;
export type EventDetail = z.infer<typeof eventDetail>;
