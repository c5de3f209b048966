/** Building blocks shared by the public list and detail queries. */
import type { ReadModel } from './read-model';
import type { Knex } from 'knex';
import type { ContentLocale, ListMeta } from '@kumppani/contract';
import { fold } from '../search/fold';
import { UnknownValueError } from './errors';
import type { BaseRow, Taxonomy } from './links';
import { likePattern, visibleRows, whereLinked } from './visible-rows';

export type SearchableType = 'organisation' | 'programme' | 'event' | 'post';

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

/** Applies free text: every term must occur in the search text or in the name of a linked topic. */
export function whereText(
  model: ReadModel,
  query: Knex.QueryBuilder,
  type: SearchableType,
  locale: ContentLocale,
  terms: string[],
  taxonomy?: Taxonomy,
): void {
  const searchText = model.table(type).column('searchText');
  for (const term of terms) {
    const topicIds = taxonomy ? [...taxonomy.topics].filter(([, topic]) => fold(topic.name).includes(term)).map(([id]) => id) : [];
    query.where((match) => {
      match.whereRaw(`??.?? like ? escape '\\'`, ['t', searchText, likePattern(term)]);
      if (topicIds.length)
        match.orWhere((viaTopic) =>
          whereLinked(model, viaTopic, type, locale, 'topics', 'topic', (target) => target.whereIn('target.id', topicIds)),
        );
    });
  }
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
