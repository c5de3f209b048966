/**
 * The rows the public may see: published, in the requested locale, or in Finnish when a document has no
 * published translation in that locale. Drafts and draft-only translations never pass this filter,
 * and every public query starts from it.
 */
import type { ReadModel } from './read-model';
import type { Knex } from 'knex';
import type { ContentTypeName } from '../content-types/uids';
import { DEFAULT_LOCALE, type ContentLocale } from '@kumppani/contract';

export function visibleRows(model: ReadModel, type: ContentTypeName, locale: ContentLocale, alias = 't'): Knex.QueryBuilder {
  const knex = model.knex;
  const table = model.table(type);
  const published = table.column('publishedAt');
  const documentId = table.column('documentId');
  const localeColumn = table.column('locale');
  const query = knex(`${table.name} as ${alias}`).whereNotNull(`${alias}.${published}`);
  if (locale === DEFAULT_LOCALE) return query.where(`${alias}.${localeColumn}`, DEFAULT_LOCALE);
  return query.where((where) =>
    where
      .where(`${alias}.${localeColumn}`, locale)
      .orWhere((fallback) =>
        fallback
          .where(`${alias}.${localeColumn}`, DEFAULT_LOCALE)
          .whereNotExists(
            knex(`${table.name} as translated`)
              .select(knex.raw('1'))
              .whereRaw(`translated.${documentId} = ${alias}.${documentId}`)
              .where(`translated.${localeColumn}`, locale)
              .whereNotNull(`translated.${published}`),
          ),
      ),
  );
}

/**
 * SQL for the id of a row's canonical version: its published Finnish row, which holds the links to other
 * translated documents (see the content types), or the row itself when it is Finnish.
 */
export function canonicalId(model: ReadModel, type: ContentTypeName, locale: ContentLocale, alias = 't'): Knex.Raw {
  const knex = model.knex;
  if (locale === DEFAULT_LOCALE) return knex.raw('??', [`${alias}.id`]);
  const table = model.table(type);
  return knex.raw(
    `coalesce((select canonical.id from ?? as canonical where canonical.?? = ??.?? and canonical.?? = ? and canonical.?? is not null limit 1), ??.id)`,
    [
      table.name,
      table.column('documentId'),
      alias,
      table.column('documentId'),
      table.column('locale'),
      DEFAULT_LOCALE,
      table.column('publishedAt'),
      alias,
    ],
  );
}

/**
 * Restricts `query` to rows whose canonical version links, through `attribute`, to a target row matching
 * `targetWhere` (run on alias `target`). Written as `id IN (…)` from the link table, so the database starts
 * from the link index (a region has hundreds of organisations, not ten thousand) instead of testing every row.
 */
export function whereLinked(
  model: ReadModel,
  query: Knex.QueryBuilder,
  type: ContentTypeName,
  locale: ContentLocale,
  attribute: string,
  targetType: ContentTypeName,
  targetWhere: (target: Knex.QueryBuilder) => void,
  alias = 't',
): Knex.QueryBuilder {
  const knex = model.knex;
  const table = model.table(type);
  const link = table.join(attribute);
  const target = model.table(targetType);
  const linkedSources = () => {
    const sub = knex(`${link.table} as link`)
      .select(`link.${link.source}`)
      .join(`${target.name} as target`, 'target.id', `link.${link.target}`);
    targetWhere(sub);
    return sub;
  };
  if (locale === DEFAULT_LOCALE) return query.whereIn(`${alias}.id`, linkedSources());
  // A translation is linked through its document's Finnish version, or through itself when it has none.
  const viaFinnish = knex(`${table.name} as canonical`)
    .select(`canonical.${table.column('documentId')}`)
    .whereIn('canonical.id', linkedSources())
    .where(`canonical.${table.column('locale')}`, DEFAULT_LOCALE)
    .whereNotNull(`canonical.${table.column('publishedAt')}`);
  return query.where((linked) =>
    linked.whereIn(`${alias}.${table.column('documentId')}`, viaFinnish).orWhereIn(`${alias}.id`, linkedSources()),
  );
}

/** Documents (any published locale) whose slug is one of `slugs`: lets clients pass the slug they were given in any language. */
export function documentsWithSlug(model: ReadModel, type: ContentTypeName, slugs: string[]): Knex.QueryBuilder {
  const table = model.table(type);
  return model
    .knex(table.name)
    .distinct(table.column('documentId'))
    .whereIn(table.column('slug'), slugs)
    .whereNotNull(table.column('publishedAt'));
}

/** Rows of `type` linked through `attribute` to a published `targetType` document with one of `slugs` (in any language). */
export function whereLinkedToSlugs(
  model: ReadModel,
  query: Knex.QueryBuilder,
  type: ContentTypeName,
  locale: ContentLocale,
  attribute: string,
  targetType: ContentTypeName,
  slugs: string[],
): Knex.QueryBuilder {
  const documents = documentsWithSlug(model, targetType, slugs);
  return whereLinked(model, query, type, locale, attribute, targetType, (target) =>
    target.whereIn(`target.${model.table(targetType).column('documentId')}`, documents),
  );
}
