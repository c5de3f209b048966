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

/** The list's query: the filters, paging and the facet counts (the calendar file has no facets). */
export const eventListQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({ ...eventFilters, facets: z._default(booleanFlag, false), ...paging }),
);

/** The same filters for a calendar file; more events fit in one file than in one page. */
export const eventCalendarQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    ...eventFilters,
    pageSize: z._default(wholeNumber(1, MAX_CALENDAR_EVENTS), MAX_CALENDAR_EVENTS),
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
export type EventDetail = z.infer<typeof eventDetail>;
