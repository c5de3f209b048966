/**
 * The OpenAPI 3.1 document of the public API, generated from the contract: query parameters from the
 * query schemas (input side), response bodies from the response schemas. It cannot drift from the code
 * that parses requests, because both read the same schemas.
 */
import * as z from 'zod/mini';
import * as query from '@kumppani/contract';
import * as responses from '@kumppani/contract';
import { MAX_QUERY_STRING_LENGTH } from '@kumppani/contract';
import { PROBLEM_TYPES } from '../public-api/problem-types';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    // The contract checks instants with a pattern (small in the widgets); clients should know them as date-times.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === responses.instant) jsonSchema.format = 'date-time';
    },
  }) as JsonSchema;
  return rest;
};

const PARAMETER_DOCS: Record<string, string> = {
  locale: 'Language of the texts: fi (default), sv or en. Items without a published translation come in Finnish; their `locale` says so.',
  q: 'Free text. Case and accents are ignored ("yhteistyo" finds "yhteistyö"); every word must match.',
  region:
    'Region slugs (comma-separated or repeated). A collaborative area includes its counties; a county includes organisations serving its whole area.',
  topic: 'Topic slugs.',
  tag: 'Tags, in any case: tags are kept and matched in lower case (tag=Kumppanuus finds "kumppanuus").',
  page: 'Page number, from 1.',
  pageSize: `Items per page, at most ${query.MAX_PAGE_SIZE}.`,
  facets: 'With true, meta.facets counts the matches per region, topic and kind.',
  start: 'Events that end at or after this date (a day in Helsinki) or date-time. Without start and end, upcoming events.',
  end: 'Events that start before the end of this date or before this date-time.',
  free: 'true for events free of charge, false for paid ones.',
  activeOn: 'Programmes running on this date.',
};

function parametersOf(querySchema: z.ZodMiniObject): unknown[] {
  const described = schemaOf(querySchema, 'input');
  const required = new Set(described.required ?? []);
  return Object.entries(described.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name) && !('default' in schema),
    description: PARAMETER_DOCS[name],
    schema,
    ...(schema.anyOf ? { style: 'form', explode: true } : {}),
  }));
}

const slugParameter = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The slug in any published language.',
  schema: schemaOf(query.slug, 'input'),
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const cachingHeaders = {
  ETag: { description: 'Strong validator of the body; send it back in If-None-Match for a 304.', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the data behind the response last changed.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};

function operation(summary: string, querySchema: z.ZodMiniObject, content: Record<string, unknown>, withSlug = false) {
  return {
    get: {
      summary,
      parameters: [...(withSlug ? [slugParameter] : []), ...parametersOf(querySchema)],
      responses: {
        200: { description: 'OK', headers: cachingHeaders, content },
        304: { description: 'Not modified (If-None-Match or If-Modified-Since matched).' },
        400: problemResponse('Invalid query parameter; invalidParams names each one.'),
        ...(withSlug ? { 404: problemResponse('No published item with this slug.') } : {}),
        414: problemResponse(`Query string longer than ${MAX_QUERY_STRING_LENGTH} characters.`),
        429: problemResponse('Rate limit reached; see Retry-After.'),
        503: problemResponse('The database cannot be reached; see Retry-After.'),
      },
    },
  };
}

const jsonOf = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

export function openApiDocument(base: string) {
  const components = {
    OrganisationList: responses.organisationList,
    Organisation: responses.detailResponse(responses.organisationDetail),
    ProgrammeList: responses.programmeList,
    Programme: responses.detailResponse(responses.programmeDetail),
    EventList: responses.eventList,
    Event: responses.detailResponse(responses.eventDetail),
    PostList: responses.postList,
    Post: responses.detailResponse(responses.postDetail),
    Problem: responses.problem,
  };
  const calendar = { 'text/calendar': { schema: { type: 'string', description: 'iCalendar (RFC 5545), times in Europe/Helsinki' } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kumppani public API',
      version: '1.0.0',
      description:
        'Read-only API of published organisations, programmes, events and blog posts of NGO and public-sector partnership work, with feeds and calendars. No authentication. Drafts and unpublished translations are never returned; contact details of people only when an editor made them public.',
    },
    servers: [{ url: `${base}/api/kumppani` }],
    paths: {
      '/organisations': operation('Search the partner directory', query.organisationListQuery, jsonOf('OrganisationList')),
      '/organisations/{slug}': operation('One organisation', query.detailQuery, jsonOf('Organisation'), true),
      '/programmes': operation('List programmes', query.programmeListQuery, jsonOf('ProgrammeList')),
      '/programmes/{slug}': operation('One programme', query.detailQuery, jsonOf('Programme'), true),
      '/events': operation('List events (upcoming by default)', query.eventListQuery, jsonOf('EventList')),
      '/events/{slug}': operation('One event', query.detailQuery, jsonOf('Event'), true),
      '/events.ics': operation('Calendar of the filtered events', query.eventCalendarQuery, calendar),
      '/events/{slug}.ics': operation('Calendar entry of one event', query.detailQuery, calendar, true),
      '/posts': operation('List blog posts (newest first)', query.postListQuery, jsonOf('PostList')),
      '/posts/{slug}': operation('One blog post with its body as HTML', query.detailQuery, jsonOf('Post'), true),
      '/feeds/posts.rss': operation('RSS 2.0 feed of posts', query.feedQuery, { 'application/rss+xml': { schema: { type: 'string' } } }),
      '/feeds/posts.atom': operation('Atom feed of posts', query.feedQuery, { 'application/atom+xml': { schema: { type: 'string' } } }),
      '/feeds/posts.json': operation('JSON Feed 1.1 of posts', query.feedQuery, {
        'application/feed+json': { schema: { type: 'object' } },
      }),
    },
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, schemaOf(schema as z.ZodMiniType, 'output')])),
    },
    'x-problem-types': Object.fromEntries(
      Object.entries(PROBLEM_TYPES).map(([slug, type]) => [`${base}/api/kumppani/problems/${slug}`, type]),
    ),
  };
}
