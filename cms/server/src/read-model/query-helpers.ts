/** Building blocks shared by the public list and detail queries. */
import type { ReadModel } from './read-model';
import type { SearchableType } from '../search/search-index';
import type { Knex } from 'knex';
import type { ContentLocale, ListMeta } from '@kumppani/contract';
import { textTokens, tokensMatch, type WordMatch } from '../search/tokens';
import { UnknownValueError } from './errors';
import type { BaseRow, Taxonomy } from './links';
import { visibleRows, whereLinked } from './visible-rows';

export type { SearchableType } from '../search/search-index';

export const lines = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
export const list = (value: unknown): string[] => {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
};
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
export const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
export const instant = (value: unknown): string => new Date(value as string).toISOString();

/** Rows whose JSON list column contains one of `values` (codes validated by the contract, so quoting is safe). */
export function whereJsonListHasAny(query: Knex.QueryBuilder, column: string, values: string[]): void {
  query.where((any) => {
    for (const value of values) any.orWhereRaw('cast(?? as text) like ?', [column, `%"${value}"%`]);
  });
}

/**
 * Applies free text: every query word must match the row's text in the search index (search/tokens.ts:
 * whole word, start or part of a word, or its stem in the row's language) or the name of a linked topic.
 */
export function whereText(
  model: ReadModel,
  query: Knex.QueryBuilder,
  type: SearchableType,
  locale: ContentLocale,
  words: WordMatch[],
  taxonomy?: Taxonomy,
): void {
  if (words.length === 0) return;
  const viaTopics = words.map((word) => (taxonomy ? topicIdsMatching(taxonomy, word, locale) : []));
  if (viaTopics.every((ids) => ids.length === 0)) {
    query.whereRaw('?? in (?)', ['t.id', model.search.matching(type, words)]);
    return;
  }
  // A word found only in a topic name: each word is its own index query, or'd with its topics.
  words.forEach((word, index) =>
    query.where((match) => {
      match.whereRaw('?? in (?)', ['t.id', model.search.matching(type, [word])]);
      if (viaTopics[index].length)
        match.orWhere((viaTopic) =>
          whereLinked(model, viaTopic, type, locale, 'topics', 'topic', (target) => target.whereIn('target.id', viaTopics[index])),
        );
    }),
  );
}

/** Topics whose name (in `locale`) a query word matches by the index's rule: their documents match the word too. */
export function topicIdsMatching(taxonomy: Taxonomy, word: WordMatch, locale: ContentLocale): number[] {
  return [...taxonomy.topics].filter(([, topic]) => tokensMatch(textTokens(topic.name), word, locale)).map(([id]) => id);
}

/** Region and topic filters shared by the directory, programmes and events. */
export function whereTaxonomy(
  model: ReadModel,
  query: Knex.QueryBuilder,
  type: SearchableType,
  locale: ContentLocale,
  taxonomy: Taxonomy,
  filters: { region?: string[]; topic?: string[] },
): void {
  if (filters.region?.length) {
    const known = new Set([...taxonomy.regions.values()].map((region) => region.slug));
    const unknown = filters.region.filter((slug) => !known.has(slug));
    if (unknown.length) throw new UnknownValueError('region', unknown);
    const ids = taxonomy.regionIdsFor(filters.region);
    whereLinked(model, query, type, locale, 'regions', 'region', (target) => target.whereIn('target.id', ids));
  }
  if (filters.topic?.length) {
    const ids = taxonomy.topicIdsFor(filters.topic);
    if (ids.length < new Set(filters.topic).size) {
      const known = new Set([...taxonomy.topics.values()].map((topic) => topic.slug));
      throw new UnknownValueError(
        'topic',
        filters.topic.filter((slug) => !known.has(slug)),
      );
    }
    whereLinked(model, query, type, locale, 'topics', 'topic', (target) => target.whereIn('target.id', ids));
  }
}

export function pageMeta(page: number, pageSize: number, total: number): ListMeta {
  return { page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
}

/** The visible row of the document that has `slug` in any published locale, in `locale` or Finnish. */
export async function findBySlug(
  model: ReadModel,
  type: SearchableType,
  slug: string,
  locale: ContentLocale,
): Promise<BaseRow | undefined> {
  const table = model.table(type);
  const documents = model
    .knex(table.name)
    .select(table.column('documentId'))
    .where(table.column('slug'), slug)
    .whereNotNull(table.column('publishedAt'));
  return (await visibleRows(model, type, locale)
    .select('t.*')
    .whereIn(`t.${table.column('documentId')}`, documents)
    .first()) as BaseRow | undefined;
}
