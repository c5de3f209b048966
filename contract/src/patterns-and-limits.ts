/**
 * The patterns and limits of every input, for the editors' validation, the API's query schemas, the admin and
 * the widgets. Plain values without zod, so that a widget can import a limit without the schemas.
 */

/** ISO 639-1 (or 639-3 where no two-letter code exists, e.g. 'smn' Inari Sami). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

/** The address of an item: lowercase letters a–z, digits and single hyphens (the same in every language). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;

/**
 * A tag is one word of letters, digits and hyphens, kept in lower case: an editor may type "Kumppanuus",
 * it is saved as "kumppanuus", and `tag=Kumppanuus` in a query finds it. Test the pattern after normaliseTag.
 */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;
export const MAX_TAG_LENGTH = 60;
export const normaliseTag = (tag: string): string => tag.normalize('NFC').trim().toLocaleLowerCase('fi');

/** Values a list parameter takes at most (region=a,b,…), and the longest query string the API reads. */
export const MAX_LIST_VALUES = 30;
export const MAX_QUERY_STRING_LENGTH = 4096;

/** The longest free-text search (`q`) the API takes. */
export const MAX_TEXT_QUERY = 200;

/** Items per page of a list, and the last page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

/** Events in one calendar file: more fit in one file than in one page. */
export const MAX_CALENDAR_EVENTS = 500;

/** Posts in one feed. */
export const MAX_FEED_ITEMS = 50;
export const DEFAULT_FEED_ITEMS = 20;
