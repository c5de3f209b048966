/**
 * Loads what a page of rows links to, straight from the link tables: a few set-based queries per page
 * instead of Strapi's per-entry populate. Only published targets are returned.
 */
import type { ReadModel } from './read-model';
import { UID, type ContentTypeName } from '../content-types/uids';
import { type ContentLocale, DEFAULT_LOCALE, type Image, type OrganisationRef, type RegionRef, type TopicRef } from '@kumppani/contract';

export interface BaseRow {
  id: number;
  document_id: string;
  locale: ContentLocale;
  [column: string]: unknown;
}

/** For each row, the id of its canonical (published Finnish) row, or its own id when there is none. */
export async function canonicalIds(model: ReadModel, type: ContentTypeName, rows: BaseRow[]): Promise<Map<number, number>> {
  const result = new Map<number, number>(rows.map((row) => [row.id, row.id]));
  const translated = rows.filter((row) => row.locale !== DEFAULT_LOCALE);
  if (translated.length === 0) return result;
  const table = model.table(type);
  const finnish = (await model
    .knex(table.name)
    .select('id', `${table.column('documentId')} as document_id`)
    .whereIn(
      table.column('documentId'),
      translated.map((row) => row.document_id),
    )
    .where(table.column('locale'), DEFAULT_LOCALE)
    .whereNotNull(table.column('publishedAt'))) as { id: number; document_id: string }[];
  const byDocument = new Map(finnish.map((row) => [row.document_id, row.id]));
  for (const row of translated) result.set(row.id, byDocument.get(row.document_id) ?? row.id);
  return result;
}

/** Target rows linked from `sourceIds` through `attribute`, in the editor's order, published only. */
export async function linkedRows(
  model: ReadModel,
  type: ContentTypeName,
  attribute: string,
  targetType: ContentTypeName,
  sourceIds: number[],
): Promise<Map<number, { id: number; document_id: string }[]>> {
  const result = new Map<number, { id: number; document_id: string }[]>();
  if (sourceIds.length === 0) return result;
  const link = model.table(type).join(attribute);
  const target = model.table(targetType);
  const query = model
    .knex(`${link.table} as link`)
    .select(`link.${link.source} as source`, 'target.id as id', `target.${target.column('documentId')} as document_id`)
    .join(`${target.name} as target`, 'target.id', `link.${link.target}`)
    .whereIn(`link.${link.source}`, [...new Set(sourceIds)])
    .whereNotNull(`target.${target.column('publishedAt')}`);
  if (link.order) query.orderBy([{ column: `link.${link.source}` }, { column: `link.${link.order}` }, { column: 'link.id' }]);
  else query.orderBy('link.id');
  for (const row of (await query) as { source: number; id: number; document_id: string }[]) {
    const list = result.get(row.source) ?? [];
    list.push({ id: row.id, document_id: row.document_id });
    result.set(row.source, list);
  }
  return result;
}

/** Slug, name and page address of documents in `locale`, or in Finnish where that translation is not published. */
export async function documentRefs(
  model: ReadModel,
  type: ContentTypeName,
  documentIds: string[],
  locale: ContentLocale,
  nameAttribute = 'name',
): Promise<Map<string, OrganisationRef>> {
  const result = new Map<string, OrganisationRef>();
  if (documentIds.length === 0) return result;
  const table = model.table(type);
  const rows = (await model
    .knex(table.name)
    .select(
      `${table.column('documentId')} as document_id`,
      `${table.column('slug')} as slug`,
      `${table.column(nameAttribute)} as name`,
      `${table.column('locale')} as locale`,
    )
    .whereIn(table.column('documentId'), [...new Set(documentIds)])
    .whereIn(table.column('locale'), [...new Set([locale, DEFAULT_LOCALE])])
    .whereNotNull(table.column('publishedAt'))) as { document_id: string; slug: string; name: string; locale: ContentLocale }[];
  const pages = await model.publicPages();
  for (const row of rows) {
    const known = result.get(row.document_id);
    if (!known || row.locale === locale) {
      result.set(row.document_id, { slug: row.slug, name: row.name, locale: row.locale, url: pages.urlOf(type, row.locale, row.slug) });
    }
  }
  return result;
}

export interface Taxonomy {
  regions: Map<number, RegionRef & { areaId: number | null }>;
  topics: Map<number, TopicRef>;
  regionRef(id: number): RegionRef | undefined;
  /** Region ids that a filter on these slugs covers: an area includes its counties, a county its area. */
  regionIdsFor(slugs: string[]): number[];
  topicIdsFor(slugs: string[]): number[];
}

const nameIn = (row: { name_fi: string; name_sv: string; name_en: string }, locale: ContentLocale) =>
  locale === 'sv' ? row.name_sv : locale === 'en' ? row.name_en : row.name_fi;

/**
 * Regions and topics (reference data, a few dozen rows) with names in `locale`. Without `withRegions`
 * (posts have no regions), the regions are not read, so that a response about posts does not depend on them.
 */
export async function loadTaxonomy(model: ReadModel, locale: ContentLocale, withRegions = true): Promise<Taxonomy> {
  const knex = model.knex;
  const topic = model.table('topic');
  type NamedRow = { id: number; slug: string; name_fi: string; name_sv: string; name_en: string };
  const loadRegions = async () => {
    if (!withRegions) return [[], []] as const;
    const region = model.table('region');
    const area = region.join('collaborativeArea');
    return Promise.all([
      knex(region.name).select(
        'id',
        'slug',
        'code',
        'kind',
        `${region.column('nameFi')} as name_fi`,
        `${region.column('nameSv')} as name_sv`,
        `${region.column('nameEn')} as name_en`,
      ) as Promise<(NamedRow & { code: string; kind: string })[]>,
      knex(area.table).select(`${area.source} as region_id`, `${area.target} as area_id`) as Promise<
        { region_id: number; area_id: number }[]
      >,
    ]);
  };
  const [[regionRows, areaRows], topicRows] = await Promise.all([
    loadRegions(),
    knex(topic.name).select(
      'id',
      'slug',
      `${topic.column('nameFi')} as name_fi`,
      `${topic.column('nameSv')} as name_sv`,
      `${topic.column('nameEn')} as name_en`,
    ) as Promise<NamedRow[]>,
  ]);
  const areaOf = new Map(areaRows.map((row) => [row.region_id, row.area_id]));
  const regions = new Map(
    regionRows.map((row) => [
      row.id,
      { slug: row.slug, code: row.code, kind: row.kind, name: nameIn(row, locale), areaId: areaOf.get(row.id) ?? null },
    ]),
  );
  const topics = new Map(topicRows.map((row) => [row.id, { slug: row.slug, name: nameIn(row, locale) }]));
  const regionIdBySlug = new Map(regionRows.map((row) => [row.slug, row.id]));
  const topicIdBySlug = new Map(topicRows.map((row) => [row.slug, row.id]));
  return {
    regions,
    topics,
    regionRef(id) {
      const found = regions.get(id);
      return found && { slug: found.slug, code: found.code, kind: found.kind, name: found.name };
    },
    regionIdsFor(slugs) {
      const ids = new Set<number>();
      for (const slug of slugs) {
        const id = regionIdBySlug.get(slug);
        if (id === undefined) continue;
        ids.add(id);
        const areaId = areaOf.get(id);
        if (areaId !== undefined) ids.add(areaId);
        for (const [countyId, countyArea] of areaOf) if (countyArea === id) ids.add(countyId);
      }
      return [...ids];
    },
    topicIdsFor(slugs) {
      return slugs.map((slug) => topicIdBySlug.get(slug)).filter((id): id is number => id !== undefined);
    },
  };
}

/** Images attached to rows (media fields are shared between translations, so canonical rows are asked). */
export async function imagesOf(
  model: ReadModel,
  type: ContentTypeName,
  field: string,
  rowIds: number[],
  origin: string,
): Promise<Map<number, Omit<Image, 'alt'>>> {
  const result = new Map<number, Omit<Image, 'alt'>>();
  if (rowIds.length === 0) return result;
  const media = model.media();
  const rows = (await model
    .knex(`${media.table} as morph`)
    .select(`morph.${media.rowIdColumn} as row_id`, 'file.url', 'file.width', 'file.height')
    .join(`${media.files} as file`, 'file.id', `morph.${media.fileColumn}`)
    .where(`morph.${media.rowTypeColumn}`, UID[type])
    .where('morph.field', field)
    .whereIn(`morph.${media.rowIdColumn}`, rowIds)) as {
    row_id: number;
    url: string;
    width: number | null;
    height: number | null;
  }[];
  for (const row of rows) {
    const url = /^https?:\/\//.test(row.url) ? row.url : new URL(row.url, origin).toString();
    result.set(row.row_id, { url, width: row.width ?? null, height: row.height ?? null });
  }
  return result;
}
