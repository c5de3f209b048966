/**
 * Query parameters that several endpoints share. A query string arrives as `Record<string, string | string[]>`;
 * each endpoint's schema is strict (unknown parameters are errors), takes scalars once, and accepts lists
 * either repeated (`region=a&region=b`) or comma-separated (`region=a,b`). `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_PAGE_SIZE,
  LANGUAGE_CODE_PATTERN,
  MAX_LIST_VALUES,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_SLUG_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TEXT_QUERY,
  SLUG_PATTERN,
  TAG_PATTERN,
  normaliseTag,
} from './patterns-and-limits';
import { schema } from './schema';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from './vocabulary';

export const slug = /*#__PURE__*/ schema(() =>
  z
    .string()
    .check(
      z.maxLength(MAX_SLUG_LENGTH, `is longer than ${MAX_SLUG_LENGTH} characters`),
      z.regex(SLUG_PATTERN, 'must be a slug: lowercase letters a–z, digits and hyphens'),
    ),
);

/** A tag as editors save it: matched in lower case, so `tag=Kumppanuus` finds "kumppanuus". */
export const tag = /*#__PURE__*/ schema(() =>
  z.pipe(
    z.pipe(z.string(), z.transform(normaliseTag)),
    z
      .string()
      .check(
        z.maxLength(MAX_TAG_LENGTH, `is longer than ${MAX_TAG_LENGTH} characters`),
        z.regex(TAG_PATTERN, 'must be a tag: one word of letters, digits and hyphens, such as kumppanuus'),
      ),
  ),
);

export const languageCode = /*#__PURE__*/ schema(() =>
  z.string().check(z.regex(LANGUAGE_CODE_PATTERN, 'must be an ISO 639 language code such as fi')),
);

/** A positive whole number given as text, within [min, max]. */
export const wholeNumber = (min: number, max: number) =>
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

/** One value of a closed vocabulary. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const locale = /*#__PURE__*/ schema(() => z._default(oneOf(CONTENT_LOCALES), DEFAULT_LOCALE));

export const booleanFlag = /*#__PURE__*/ schema(() =>
  z.pipe(
    oneOf(['true', 'false', '1', '0'] as const),
    z.transform((value: 'true' | 'false' | '1' | '0') => value === 'true' || value === '1'),
  ),
);

/** Free-text search: white space collapsed, at most MAX_TEXT_QUERY characters. */
export const textQuery = /*#__PURE__*/ schema(() =>
  z.pipe(
    z.string().check(z.maxLength(MAX_TEXT_QUERY, `is longer than ${MAX_TEXT_QUERY} characters`)),
    z.transform((value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim()),
  ),
);

/** A date (YYYY-MM-DD, a day in Helsinki) or an instant with an offset (ISO 8601). */
export const dateOrInstant = /*#__PURE__*/ schema(() =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (2026-05-31) or a date-time with an offset (2026-05-31T12:00:00+03:00)',
  }),
);

/** `page` and `pageSize` of every paged list. */
export const paging = /*#__PURE__*/ schema(() => ({
  page: z._default(wholeNumber(1, MAX_PAGE), 1),
  pageSize: z._default(wholeNumber(1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE),
}));

/** The query of every detail endpoint (`/organisations/{slug}` and the like). */
export const detailQuery = /*#__PURE__*/ schema(() => z.strictObject({ locale }));
export type DetailQuery = z.output<typeof detailQuery>;
