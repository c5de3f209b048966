/**
 * The public API, one declaration per endpoint: its path, query schema, response, what renders it, the
 * noun of its 404 and the tables it reads. The routes (routes/index.ts), the controller (controllers/
 * public.ts), the OpenAPI document (render/openapi.ts) and the cache keys (the fingerprint of `reads`,
 * http.ts) are all derived from this table; add an endpoint here and nowhere else.
 *
 * Order matters for the router: the .ics routes come before the routes that would take "slug.ics" as a slug.
 */
import * as z from 'zod/mini';
import {
  type ContentLocale,
  detailQuery,
  detailResponse,
  eventCalendarQuery,
  eventDetail,
  eventList,
  eventListQuery,
  feedQuery,
  HELSINKI_TIME_ZONE,
  organisationDetail,
  organisationList,
  organisationListQuery,
  postDetail,
  postList,
  postListQuery,
  programmeDetail,
  programmeList,
  programmeListQuery,
} from '@kumppani/contract';
import type { ContentTypeName } from '../content-types/uids';
import type { ReadModel } from '../read-model/read-model';
import type { Source } from '../read-model/tables';
import { CALENDAR_MEDIA_TYPE, renderCalendar } from '../render/calendar';
import { FEED_MEDIA_TYPES, renderFeed, type FeedFormat } from '../render/feeds';
import { openApiDocument, type OpenApiResponse } from '../render/openapi';
import { PUBLIC_PREFIX } from './guard-middleware';
import { json, type Rendered, type RenderRequest } from './http';
import { calendarEvents, EVENT_READS, findEvent, findEventForCalendar, listEvents } from './resources/events';
import { findOrganisation, listOrganisations, ORGANISATION_DETAIL_READS, ORGANISATION_LIST_READS } from './resources/organisations';
import { feedBlogs, feedPosts, findPost, listPosts, POST_READS } from './resources/posts';
import { findProgramme, listProgrammes, PROGRAMME_DETAIL_READS, PROGRAMME_LIST_READS } from './resources/programmes';

/** An endpoint that answers from the database (or from nothing), through the response cache. */
export interface DataEndpoint<Q = unknown> {
  kind: 'data';
  /** The controller action, as routes name it. */
  name: string;
  /** Router path under /api/kumppani (`:slug` for one item). */
  path: string;
  summary: string;
  query: z.ZodMiniObject;
  response: OpenApiResponse;
  /** The tables the response reads: their fingerprint keys its cache, and a read of any other table is a bug. */
  reads: readonly Source[];
  /** What one item is, for the 404 message (detail endpoints only). */
  noun?: ContentTypeName;
  /** Builds the response; null means 404. */
  render(model: ReadModel, query: Q, request: RenderRequest): Promise<Rendered | null>;
}

/** The documentation of a problem type: static, answered without the cache or the database. */
export interface ProblemTypeEndpoint {
  kind: 'problem-type';
  name: string;
  path: string;
  summary: string;
  response: OpenApiResponse;
}

export type Endpoint = DataEndpoint | ProblemTypeEndpoint;

/** Declares a data endpoint with its query's parsed type (erased in the table). */
const data = <S extends z.ZodMiniObject>(
  declaration: Omit<DataEndpoint<z.output<S>>, 'kind' | 'query' | 'reads'> & { query: S; reads: readonly Source[] },
): DataEndpoint => ({ ...declaration, kind: 'data', reads: [...new Set(declaration.reads)] }) as DataEndpoint;

const jsonBody = (name: string, schema: z.ZodMiniType): OpenApiResponse => ({
  contentType: 'application/json',
  component: { name, schema },
});
const text = (contentType: string, description?: string): OpenApiResponse => ({ contentType, schema: { type: 'string', description } });

/** One item by slug as `{ data }`, or 404. */
const detail = <T>(
  noun: ContentTypeName,
  summary: string,
  response: OpenApiResponse,
  reads: readonly Source[],
  find: (model: ReadModel, slug: string, locale: ContentLocale, base: string) => Promise<T | null>,
): DataEndpoint =>
  data({
    name: `find${noun[0].toUpperCase()}${noun.slice(1)}`,
    path: `/${noun}s/:slug`,
    summary,
    query: detailQuery,
    response,
    reads,
    noun,
    render: async (model, query, { params, base }) => {
      const found = await find(model, params.slug, query.locale, base);
      return found && json({ data: found });
    },
  });

const FEED_TYPES: Record<FeedFormat, { name: string; summary: string }> = {
  rss: { name: 'rssFeed', summary: 'RSS 2.0 feed of posts' },
  atom: { name: 'atomFeed', summary: 'Atom feed of posts' },
  json: { name: 'jsonFeed', summary: 'JSON Feed 1.1 of posts' },
};

const feed = (format: FeedFormat): DataEndpoint =>
  data({
    name: FEED_TYPES[format].name,
    path: `/feeds/posts.${format}`,
    summary: FEED_TYPES[format].summary,
    query: feedQuery,
    response: format === 'json' ? { contentType: FEED_MEDIA_TYPES.json, schema: { type: 'object' } } : text(FEED_MEDIA_TYPES[format]),
    reads: POST_READS,
    render: async (model, query, { base, canonicalQuery }) =>
      renderFeed(format, {
        base,
        selfPath: `${PUBLIC_PREFIX}feeds/posts.${format}${canonicalQuery}`,
        query,
        posts: await feedPosts(model, query, base),
        blogs: await feedBlogs(model, query),
        pages: await model.publicPages(),
      }),
  });

const CALENDAR = text(CALENDAR_MEDIA_TYPE, `iCalendar (RFC 5545), times in ${HELSINKI_TIME_ZONE}`);

export const ENDPOINTS: readonly Endpoint[] = [
  data({
    name: 'listOrganisations',
    path: '/organisations',
    summary: 'Search the partner directory',
    query: organisationListQuery,
    response: jsonBody('OrganisationList', organisationList),
    reads: ORGANISATION_LIST_READS,
    render: async (model, query, { base }) => json(await listOrganisations(model, query, base)),
  }),
  detail(
    'organisation',
    'One organisation',
    jsonBody('Organisation', detailResponse(organisationDetail)),
    ORGANISATION_DETAIL_READS,
    findOrganisation,
  ),
  data({
    name: 'listProgrammes',
    path: '/programmes',
    summary: 'List programmes',
    query: programmeListQuery,
    response: jsonBody('ProgrammeList', programmeList),
    reads: PROGRAMME_LIST_READS,
    render: async (model, query) => json(await listProgrammes(model, query)),
  }),
  detail('programme', 'One programme', jsonBody('Programme', detailResponse(programmeDetail)), PROGRAMME_DETAIL_READS, findProgramme),
  data({
    name: 'eventsCalendar',
    path: '/events.ics',
    summary: 'Calendar of the filtered events',
    query: eventCalendarQuery,
    response: CALENDAR,
    reads: EVENT_READS,
    render: async (model, query, { base }) => renderCalendar(await calendarEvents(model, query, base), query.locale, base),
  }),
  data({
    name: 'listEvents',
    path: '/events',
    summary: 'List events (upcoming by default)',
    query: eventListQuery,
    response: jsonBody('EventList', eventList),
    reads: EVENT_READS,
    render: async (model, query, { base }) => json(await listEvents(model, query, base)),
  }),
  data({
    name: 'eventCalendar',
    path: '/events/:slug.ics',
    summary: 'Calendar entry of one event',
    query: detailQuery,
    response: CALENDAR,
    reads: EVENT_READS,
    noun: 'event',
    render: async (model, query, { params, base }) => {
      const event = await findEventForCalendar(model, params.slug, query.locale, base);
      return event && renderCalendar([event], query.locale, base, event.title);
    },
  }),
  detail('event', 'One event', jsonBody('Event', detailResponse(eventDetail)), EVENT_READS, findEvent),
  data({
    name: 'listPosts',
    path: '/posts',
    summary: 'List blog posts (newest first)',
    query: postListQuery,
    response: jsonBody('PostList', postList),
    reads: POST_READS,
    render: async (model, query, { base }) => json(await listPosts(model, query, base)),
  }),
  detail('post', 'One blog post with its body as HTML', jsonBody('Post', detailResponse(postDetail)), POST_READS, findPost),
  feed('rss'),
  feed('atom'),
  feed('json'),
  data({
    name: 'openApi',
    path: '/openapi.json',
    summary: 'This document: the OpenAPI 3.1 description of the API',
    query: z.strictObject({}),
    response: { contentType: 'application/json', schema: { type: 'object', description: 'OpenAPI 3.1 document' } },
    // Derived from the code and the contract only: it changes with a deployment, never with the data.
    reads: [],
    render: async (_model, _query, { base }) => json(openApiDocument(base, ENDPOINTS)),
  }),
  {
    kind: 'problem-type',
    name: 'problemType',
    path: '/problems/:type',
    summary: 'Documentation of a problem type (the `type` of a problem document)',
    response: {
      contentType: 'application/json',
      schema: { type: 'object', properties: { title: { type: 'string' }, status: { type: 'integer' }, description: { type: 'string' } } },
    },
  },
];
