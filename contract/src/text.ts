/**
 * What text may hold, for every field an editor writes and every feed and calendar we write: one
 * definition used by validation (at write time), by the renderers (at output) and by the migration that
 * cleans older content.
 *
 * XML 1.0 allows only TAB, LF, CR and the characters from U+0020 up, minus the surrogates and U+FFFE/U+FFFF;
 * RFC 5545 further forbids DEL. One such character makes a strict XML parser reject a whole feed.
 */

/** Everything XML 1.0 or iCalendar refuses (with the `u` flag a lone surrogate counts as one character). */
const FORBIDDEN = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Vertical tab and form feed: what Word pastes for a manual line or page break. */
// eslint-disable-next-line no-control-regex -- control characters are what this rule finds
const WORD_BREAKS = /[\u000B\u000C]/g;
const LINE_BREAKS = /\r\n?|\n|\u2028|\u2029|\u0085/;

/** Removes what no XML or iCalendar reader accepts; Word's breaks become line breaks first. */
export function withoutControlCharacters(text: string): string {
  return text.replace(WORD_BREAKS, '\n').replace(FORBIDDEN, '');
}

/** The same for a one-line field (a title, a name, a URL): Word's breaks become spaces; line breaks stay for the caller to judge. */
export function withoutControlCharactersInLine(text: string): string {
  return withoutControlCharacters(text.replace(WORD_BREAKS, ' '));
}

/** A one-line text from one that may hold line breaks (older content): each break and the space around it becomes one space. */
export const asOneLine = (text: string): string =>
  withoutControlCharactersInLine(text).replace(new RegExp(`\\s*(?:${LINE_BREAKS.source})\\s*`, 'g'), ' ');

/** Removes what no XML or iCalendar reader accepts, Word's breaks too: for a finished document, whose line ends are its own. */
export function withoutForbiddenCharacters(document: string): string {
  return document.replace(WORD_BREAKS, '').replace(FORBIDDEN, '');
}

export const hasLineBreak = (text: string): boolean => LINE_BREAKS.test(text);

/** Every string inside a JSON-like value (a blocks body, a list of goals) cleaned; the shape is kept. */
export function deepWithoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item) => deepWithoutControlCharacters(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepWithoutControlCharacters(item)])) as T;
  }
  return value;
}
