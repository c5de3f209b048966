/**
 * What the search index holds for a document, and the match expression for a query. Both databases index
 * the same tokens (SQLite FTS5, PostgreSQL tsvector + GIN: search/search-index.ts), so a query finds the
 * same documents on each:
 *
 * - every folded word ("mielenterveysyhdistys"): whole words and, as prefixes, words being typed;
 * - every suffix of four or more letters, marked with "_" ("_yhdistys", "_distys", …): a prefix query on
 *   suffixes is a substring query, so compound words are found by their parts ("yhdistys", "työ");
 * - the document's language, marked with "~" ("~fi"), so that a stem is matched in its own language only.
 *
 * A query word matches a document when it is a whole word, the start of a word, a part of a word, or when
 * the word's stem (search/stemming.ts) starts a word of a document in that language ("mielenterveyttä" →
 * "mielentervey*" finds "mielenterveyden"): see alternativesOf. Every word of the query must match.
 */
import { CONTENT_LOCALES, MAX_TEXT_QUERY, type ContentLocale } from '@kumppani/contract';
import { fold } from './fold';
import { stemPrefix } from './stemming';

/**
 * Shortest query word found inside a longer word ("yhdistys" in "Mielenterveysyhdistys"); shorter ones match
 * the start of a word only, since four letters inside a word are more often chance ("kivi" in
 * "keskiviikkona", "aika" in "paikallinen") than a compound's part.
 */
export const MIN_PART_LENGTH = 5;
/** At most this many words of a query are matched (the rest would only narrow an already narrow result). */
export const MAX_QUERY_WORDS = 8;
/** Longest word indexed in full: longer runs of letters are not words a reader types (base64, URLs). */
const MAX_WORD_LENGTH = 40;

export const SUFFIX_MARK = '_';
export const LANGUAGE_MARK = '~';

/** Lower-case words of `text` with their diacritics (for the stemmers), split on anything but letters and digits. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The index tokens of a text (see above), without the language token. */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of wordsOf(text)) {
    for (const folded of fold(word).split(' ')) {
      if (!folded) continue;
      const indexed = folded.slice(0, MAX_WORD_LENGTH);
      tokens.add(indexed);
      // Suffixes of four letters and more: a four-letter query word is matched as a word's end (alternativesOf).
      for (let start = 1; start + MIN_PART_LENGTH - 1 <= indexed.length; start += 1) tokens.add(SUFFIX_MARK + indexed.slice(start));
    }
  }
  return tokens;
}

export const languageToken = (locale: ContentLocale): string => `${LANGUAGE_MARK}${locale}`;

/** How a query word matches: as a whole word, as the start of a word, inside a word, or through its stem. */
export type MatchKind = 'word' | 'start' | 'part' | 'stem';

/** One way a query word can match: an index token, exact or as a prefix, in any language or in one. */
export interface Alternative {
  token: string;
  prefix: boolean;
  kind: MatchKind;
  /** Only documents in this language (a stem, or a short compound part, means something in one language only). */
  locale?: ContentLocale;
}

/** One query word and its alternatives (any one suffices). */
export interface WordMatch {
  /** The folded word. */
  word: string;
  alternatives: Alternative[];
}

/**
 * The alternatives of one query word typed by a reader of `locale`:
 * - the whole word, and any word starting with it (while typing);
 * - five letters or more: anywhere inside a word ("yhdistys" in "Mielenterveysyhdistys");
 * - four letters: at the end of a word in the reader's language, where a Finnish or Swedish compound puts
 *   its head ("tuki" in "Digituki"), but not in the middle ("kivi" in "keskiviikkona"), nor as the end of
 *   another language's word (Swedish "sten" in Finnish "lasten");
 * - its stem in each language (search/stemming.ts), as the start of a word of a document in that language,
 *   and inside one when the stem is long enough to be a compound's part.
 */
function alternativesOf(word: string, folded: string, locale: ContentLocale): Alternative[] {
  const alternatives: Alternative[] = [
    { token: folded, prefix: false, kind: 'word' },
    { token: folded, prefix: true, kind: 'start' },
  ];
  if (folded.length >= MIN_PART_LENGTH) alternatives.push({ token: SUFFIX_MARK + folded, prefix: true, kind: 'part' });
  else if (folded.length === MIN_PART_LENGTH - 1) alternatives.push({ token: SUFFIX_MARK + folded, prefix: false, kind: 'part', locale });
  for (const language of CONTENT_LOCALES) {
    const stem = stemPrefix(word, language);
    // A stem equal to the word adds nothing to the word's own alternatives.
    if (!stem || stem === folded) continue;
    alternatives.push({ token: stem, prefix: true, kind: 'stem', locale: language });
    if (stem.length >= MIN_PART_LENGTH) alternatives.push({ token: SUFFIX_MARK + stem, prefix: true, kind: 'part', locale: language });
  }
  return alternatives;
}

/**
 * A parsed free-text query of a reader of `locale`: the words every matching document must match. Empty
 * when nothing searchable remains (punctuation, operators of search syntax: all are plain characters here).
 */
export function parseQuery(query: string | undefined, locale: ContentLocale): WordMatch[] {
  if (!query) return [];
  const seen = new Set<string>();
  const matches: WordMatch[] = [];
  for (const word of wordsOf(query.slice(0, MAX_TEXT_QUERY))) {
    const folded = fold(word).replace(/ /g, '').slice(0, MAX_WORD_LENGTH);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    matches.push({ word: folded, alternatives: alternativesOf(word, folded, locale) });
    if (matches.length === MAX_QUERY_WORDS) break;
  }
  return matches;
}

/** Whether a text in `locale` with index tokens `tokens` (textTokens) matches `word`: the index's rule, in memory. */
export function tokensMatch(tokens: Set<string>, word: WordMatch, locale: ContentLocale): boolean {
  return word.alternatives.some(
    (alternative) =>
      (!alternative.locale || alternative.locale === locale) &&
      (alternative.prefix ? [...tokens].some((token) => token.startsWith(alternative.token)) : tokens.has(alternative.token)),
  );
}
