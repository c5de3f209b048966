/**
 * The OpenAPI 3.1 document of the public API, generated from the endpoint table (public-api/endpoints.ts)
 * and the contract: paths and summaries from the table, query parameters from the query schemas (input
 * side, with the item rules of list parameters), response bodies from the response schemas. It cannot
 * drift from the code that routes and parses requests, because all of them read the same declarations.
 */
import * as z from 'zod/mini';
import * as contract from '@kumppani/contract';
import { MAX_QUERY_STRING_LENGTH } from '@kumppani/contract';
import { PROBLEM_TYPES } from '../public-api/problem-types';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** The 200 response of an endpoint: a named contract schema (a component), or a media type with a plain schema. */
export type OpenApiResponse = { contentType: string } & (
  { component: { name: string; schema: z.ZodMiniType }; schema?: never } | { schema: JsonSchema; component?: never }
);

/** What the document needs to know of an endpoint (public-api/endpoints.ts declares more). */
export interface DescribedEndpoint {
  kind: 'data' | 'problem-type';
  /** Router path, `:name` for a path parameter. */
  path: string;
  summary: string;
  query?: z.ZodMiniObject;
  response: OpenApiResponse;
}
const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    // The contract checks instants with a pattern (small in the widgets); clients should know them as date-times.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === contract.instant) jsonSchema.format = 'date-time';
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
  pageSize: `Items per page, at most ${contract.MAX_PAGE_SIZE}.`,
  facets:
    'With true, meta.facets counts the matches per value of each facet group (organisations: region, topic, kind; events: region, topic, mode, language, free), each group without its own filter: a count is the total of the list filtered by that value.',
  start: 'Events that end at or after this date (a day in Helsinki) or date-time. Without start and end, upcoming events.',
  end: 'Events that start before the end of this date or before this date-time.',
  free: 'true for events free of charge, false for paid ones.',
  activeOn: 'Programmes running on this date.',
};

/** The array schema inside a list parameter (contract `listOf`: optional, then pipes), or null for a scalar. */
function listArrayOf(schema: z.ZodMiniType): z.ZodMiniType | null {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodMiniType; in?: z.ZodMiniType; out?: z.ZodMiniType } } })
    ._zod.def;
  if (def.type === 'array') return schema;
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return listArrayOf(def.innerType);
  if (def.type === 'pipe') return (def.in && listArrayOf(def.in)) ?? (def.out && listArrayOf(def.out)) ?? null;
  return null;
}

function parametersOf(querySchema: z.ZodMiniObject): unknown[] {
  const described = schemaOf(querySchema, 'input');
  const required = new Set(described.required ?? []);
  const shape = querySchema.shape as Record<string, z.ZodMiniType>;
  return Object.entries(described.properties ?? {}).map(([name, schema]) => {
    const list = listArrayOf(shape[name]);
    // A list is repeated (`region=a&region=b`) or comma-separated; each item has the rule the contract checks
    // (the output side of the item: a tag after it is lower-cased), and the list has a most.
    const listSchema = list ? schemaOf(list, 'output') : null;
    return {
      name,
      in: 'query',
      required: required.has(name) && !('default' in schema),
      description: list ? `${PARAMETER_DOCS[name] ?? ''} Repeated or comma-separated.`.trim() : PARAMETER_DOCS[name],
      schema: listSchema ?? schema,
      ...(listSchema ? { style: 'form', explode: true } : {}),
    };
  });
}

const PATH_PARAMETERS: Record<string, unknown> = {
  slug: {
    name: 'slug',
    in: 'path',
    required: true,
    description: 'The slug in any published language.',
    schema: schemaOf(contract.slug, 'input'),
  },
  type: {
    name: 'type',
    in: 'path',
    required: true,
    description: "The last segment of a problem document's `type`.",
    schema: { type: 'string', enum: Object.keys(PROBLEM_TYPES) },
  },
};

const pathParameterNames = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]);
/** `/events/:slug.ics` → `/events/{slug}.ics` */
const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const cachingHeaders = {
  ETag: { description: 'Strong validator of the body; send it back in If-None-Match for a 304.', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the data behind the response last changed.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};

function operation(endpoint: DescribedEndpoint) {
  const pathNames = pathParameterNames(endpoint.path);
  const { response } = endpoint;
  const content = {
    [response.contentType]: { schema: response.component ? { $ref: `#/components/schemas/${response.component.name}` } : response.schema },
  };
  const notFound = pathNames.length
    ? { 404: problemResponse(endpoint.kind === 'data' ? 'No published item with this slug.' : 'No such problem type.') }
    : {};
  const responses =
    endpoint.kind === 'data'
      ? {
          200: { description: 'OK', headers: cachingHeaders, content },
          304: { description: 'Not modified (If-None-Match or If-Modified-Since matched).' },
          400: problemResponse('Invalid query parameter; invalidParams names each one.'),
          ...notFound,
          414: problemResponse(`Query string longer than ${MAX_QUERY_STRING_LENGTH} characters.`),
          429: problemResponse('Rate limit reached; see Retry-After.'),
          503: problemResponse('The database cannot be reached; see Retry-After.'),
        }
      : { 200: { description: 'OK', content }, ...notFound, 429: problemResponse('Rate limit reached; see Retry-After.') };
  return {
    get: {
      summary: endpoint.summary,
      parameters: [...pathNames.map((name) => PATH_PARAMETERS[name]), ...(endpoint.query ? parametersOf(endpoint.query) : [])],
      responses,
    },
  };
}

export function openApiDocument(base: string, endpoints: readonly DescribedEndpoint[]) {
  const components: Record<string, z.ZodMiniType> = {};
  for (const { response } of endpoints) if (response.component) components[response.component.name] = response.component.schema;
  components.Problem = contract.problem;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kumppani public API',
      version: '1.0.0',
      description:
        'Read-only API of published organisations, programmes, events and blog posts of NGO and public-sector partnership work, with feeds and calendars. No authentication. Drafts and unpublished translations are never returned; contact details of people only when an editor made them public.',
    },
    servers: [{ url: `${base}${contract.PUBLIC_API_PREFIX}` }],
    paths: Object.fromEntries(endpoints.map((endpoint) => [openApiPath(endpoint.path), operation(endpoint)])),
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, schemaOf(schema, 'output')])),
    },
    'x-problem-types': Object.fromEntries(
      Object.entries(PROBLEM_TYPES).map(([slug, type]) => [`${base}${contract.PUBLIC_API_PREFIX}/problems/${slug}`, type]),
    ),
  };
}
