import { MAX_QUERY_STRING_LENGTH, PUBLIC_API_PREFIX } from '@kumppani/contract';

/** Documentation of the problem types the API returns (the `type` of RFC 9457 problem documents). */
export const PROBLEM_TYPES = {
  'invalid-parameter': {
    title: 'Invalid query parameter',
    status: 400,
    description:
      'A query parameter is unknown, malformed, given more than once, out of range, or names nothing that exists. `invalidParams` lists each parameter with the reason. See ' +
      PUBLIC_API_PREFIX +
      '/openapi.json for the parameters of each endpoint.',
  },
  'not-found': {
    title: 'Not found',
    status: 404,
    description: 'No published item has this slug in any language. Drafts and unpublished translations are never public.',
  },
  'query-too-long': {
    title: 'Query string too long',
    status: 414,
    description: `The query string is longer than any request of this API needs (${MAX_QUERY_STRING_LENGTH} characters). Ask for fewer values, or split the request.`,
  },
  'service-unavailable': {
    title: 'Service unavailable',
    status: 503,
    description:
      'The CMS cannot reach its database just now. Try again after the number of seconds in Retry-After; a cache in between may serve the last good response meanwhile (Cache-Control stale-if-error).',
  },
  'too-many-requests': {
    title: 'Too many requests',
    status: 429,
    description:
      'This client has used its request budget. Wait for the number of seconds in Retry-After, and cache responses (they carry ETag and Last-Modified).',
  },
  'origin-not-allowed': {
    title: 'Origin not allowed',
    status: 403,
    description:
      'A browser on this origin may not call the API. The CMS administrator adds origins to the kumppani plugin config (cors.origins).',
  },
  'widget-bundle-unavailable': {
    title: 'Widget bundle unavailable',
    status: 404,
    description:
      'No such file in the widget bundle, or a content-hashed name of an older build. Load /kumppani/kumppani.js (or one element file such as /kumppani/partner-directory.js); the X-Kumppani-Bundle header of that response names the current hashed file.',
  },
} as const;

export type ProblemTypeSlug = keyof typeof PROBLEM_TYPES;

/** Problem types by the name a client asks for: a Map, so that `__proto__` or `constructor` is no type. */
export const PROBLEM_TYPE_BY_SLUG: ReadonlyMap<string, (typeof PROBLEM_TYPES)[ProblemTypeSlug]> = new Map(Object.entries(PROBLEM_TYPES));
