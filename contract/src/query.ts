/**
 * Query-string schemas of the public API. A query string arrives as `Record<string, string | string[]>`;
 * each schema is strict (unknown parameters are errors), takes scalars once, and accepts lists either
 * repeated (`region=a&region=b`) or comma-separated (`region=a,b`).
 */
import * as z from 'zod/mini';
import {
  ATTENDANCE_MODES,
  CONTENT_LOCALES,
  EVENT_STATUSES,
  LANGUAGE_CODE_PATTERN,
  MAX_LIST_VALUES,
  MAX_SLUG_LENGTH,
  MAX_TAG_LENGTH,
  ORGANISATION_KINDS,
  PROGRAMME_STATUSES,
  SLUG_PATTERN,
  TAG_PATTERN,
  TARGET_GROUPS,
  normaliseTag,
} from './vocabulary';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;
export const MAX_TEXT_QUERY = 200;
export { MAX_LIST_VALUES };

export const slug = z
  .string()
  .check(
    z.maxLength(MAX_SLUG_LENGTH, `is longer than ${MAX_SLUG_LENGTH} characters`),
    z.regex(SLUG_PATTERN, 'must be a slug: lowercase letters a–z, digits and hyphens'),
  );

/** A tag as editors save it: matched in lower case, so `tag=Kumppanuus` finds "kumppanuus". */
export const tag = z.pipe(
  z.pipe(z.string(), z.transform(normaliseTag)),
  z
    .string()
    .check(
      z.maxLength(MAX_TAG_LENGTH, `is longer than ${MAX_TAG_LENGTH} characters`),
      z.regex(TAG_PATTERN, 'must be a tag: one word of letters, digits and hyphens, such as kumppanuus'),
    ),
);

const languageCode = z.string().check(z.regex(LANGUAGE_CODE_PATTERN, 'must be an ISO 639 language code such as fi'));

/** A positive whole number given as text, within [min, max]. */
const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\d{1,9}$/, 'must be a whole number')),
      z.transform((value: string) => Number(value)),
    ),
    z.number().check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`)),
  );

/**
 * A list parameter: repeated or comma-separated values, each checked by `item`. Empty items and repeats are
 * dropped and the values sorted (after `item` has normalised them), so `region=b,,a,b` is the request
 * `region=a,b`, one cache entry and one feed title, however it is spelled.
 */
export const listOf = <T extends z.ZodMiniType<string, string>>(item: T) =>
  z.pipe(
    z.pipe(
      z.pipe(
        z.union([z.string(), z.array(z.string())]),
        z.transform((value: string | string[]) => [
          ...new Set(
            (Array.isArray(value) ? value : [value])
              .flatMap((part) => part.split(','))
              .map((part) => part.trim())
              .filter((part) => part !== ''),
          ),
        ]),
      ),
      z.array(item).check(z.maxLength(MAX_LIST_VALUES, `takes at most ${MAX_LIST_VALUES} values`)),
    ),
    z.transform((values: z.output<T>[]) => [...new Set(values)].sort()),
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const locale = z._default(oneOf(CONTENT_LOCALES), 'fi');

const booleanFlag = z.pipe(
  oneOf(['true', 'false', '1', '0'] as const),
  z.transform((value: 'true' | 'false' | '1' | '0') => value === 'true' || value === '1'),
);

const textQuery = z.pipe(
  z.string().check(z.maxLength(MAX_TEXT_QUERY, `is longer than ${MAX_TEXT_QUERY} characters`)),
  z.transform((value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim()),
);

/** A date (YYYY-MM-DD, a day in Helsinki) or an instant with an offset (ISO 8601). */
const dateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a date (2026-05-31) or a date-time with an offset (2026-05-31T12:00:00+03:00)',
});

const paging = {
  page: z._default(wholeNumber(1, MAX_PAGE), 1),
  pageSize: z._default(wholeNumber(1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE),
};

export const detailQuery = z.strictObject({ locale });

export const organisationListQuery = z.strictObject({
  locale,
  q: z.optional(textQuery),
  region: z.optional(listOf(slug)),
  topic: z.optional(listOf(slug)),
  kind: z.optional(listOf(oneOf(ORGANISATION_KINDS))),
  language: z.optional(listOf(languageCode)),
  targetGroup: z.optional(listOf(oneOf(TARGET_GROUPS))),
  sort: z.optional(oneOf(['relevance', 'name'] as const)),
  facets: z._default(booleanFlag, false),
  ...paging,
});

export const programmeListQuery = z.strictObject({
  locale,
  q: z.optional(textQuery),
  region: z.optional(listOf(slug)),
  topic: z.optional(listOf(slug)),
  organisation: z.optional(listOf(slug)),
  status: z.optional(listOf(oneOf(PROGRAMME_STATUSES))),
  activeOn: z.optional(z.iso.date({ error: 'must be a date such as 2026-05-31' })),
  ...paging,
});

const eventFilters = {
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
};

export const eventListQuery = z.strictObject({ ...eventFilters, ...paging });

/** The same filters for a calendar file; more events fit in one file than in one page. */
export const MAX_CALENDAR_EVENTS = 500;
export const eventCalendarQuery = z.strictObject({
  ...eventFilters,
  pageSize: z._default(wholeNumber(1, MAX_CALENDAR_EVENTS), MAX_CALENDAR_EVENTS),
});

export const postListQuery = z.strictObject({
  locale,
  q: z.optional(textQuery),
  blog: z.optional(listOf(slug)),
  tag: z.optional(listOf(tag)),
  topic: z.optional(listOf(slug)),
  author: z.optional(listOf(slug)),
  ...paging,
});

export const MAX_FEED_ITEMS = 50;
export const feedQuery = z.strictObject({
  locale,
  blog: z.optional(listOf(slug)),
  tag: postListQuery.shape.tag,
  limit: z._default(wholeNumber(1, MAX_FEED_ITEMS), 20),
});

export type DetailQuery = z.output<typeof detailQuery>;
export type OrganisationListQuery = z.output<typeof organisationListQuery>;
export type ProgrammeListQuery = z.output<typeof programmeListQuery>;
export type EventListQuery = z.output<typeof eventListQuery>;
export type EventCalendarQuery = z.output<typeof eventCalendarQuery>;
export type PostListQuery = z.output<typeof postListQuery>;
export type FeedQuery = z.output<typeof feedQuery>;
