/** The partner directory: organisation search with filters, facets and paging, and one organisation. */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import type { Knex } from 'knex';
import type {
  ContentLocale,
  FacetCount,
  OrganisationListMeta,
  OrganisationDetail,
  OrganisationKind,
  OrganisationListQuery,
  OrganisationSummary,
} from '@kumppani/contract';
import { ORGANISATION_KIND_LABELS } from '@kumppani/contract';
import { parseQuery, type WordMatch } from '../../search/tokens';
import { canonicalIds, documentRefs, imagesOf, linkedRows, loadTaxonomy, type BaseRow, type Taxonomy } from '../../read-model/links';
import {
  findBySlug,
  instant,
  lines,
  list,
  pageMeta,
  textOrNull,
  whereJsonListHasAny,
  whereTaxonomy,
  topicIdsMatching,
  whereText,
} from '../../read-model/query-helpers';
import { canonicalId, visibleRows } from '../../read-model/visible-rows';

/**
 * The tables a directory search reads (the HTTP edge keys its cache by their fingerprint and checks every
 * response against this list): the organisations, regions and topics (names, filters, facets, text search
 * by topic name) and the logos.
 */
export const ORGANISATION_LIST_READS = ['organisation', 'region', 'topic', 'media', 'settings'] as const satisfies readonly Source[];
/** One organisation adds the programmes it administers (parent and members are organisations). */
export const ORGANISATION_DETAIL_READS = [...ORGANISATION_LIST_READS, 'programme'] as const satisfies readonly Source[];

type FacetGroup = 'region' | 'topic' | 'kind';

/**
 * Counts per region, topic and kind. Each group is counted with every filter except its own (the usual
 * faceted-search rule), so a reader who ticked one region still sees how many match in the others.
 * A region's count says its kind, for the widget to group collaborative areas apart from counties.
 */
async function facetsOf(
  model: ReadModel,
  filteredWithout: (group: FacetGroup) => Knex.QueryBuilder,
  locale: ContentLocale,
  taxonomy: Taxonomy,
) {
  const knex = model.knex;
  const table = model.table('organisation');
  const countVia = async (attribute: 'regions' | 'topics', group: FacetGroup) => {
    const link = table.join(attribute);
    const canonical = filteredWithout(group)
      .clearSelect()
      .clearOrder()
      .select(canonicalId(model, 'organisation', locale));
    return (await knex(link.table)
      .select(`${link.target} as id`)
      .count({ count: '*' })
      .whereIn(link.source, canonical)
      .groupBy(link.target)) as { id: number; count: number | string }[];
  };
  const kindColumn = `t.${table.column('kind')}`;
  const [regionCounts, topicCounts, kindCounts] = await Promise.all([
    countVia('regions', 'region'),
    countVia('topics', 'topic'),
    filteredWithout('kind').clearSelect().clearOrder().select(`${kindColumn} as kind`).count({ count: '*' }).groupBy(kindColumn) as Promise<
      { kind: OrganisationKind; count: number | string }[]
    >,
  ]);
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label, locale);
  return {
    region: regionCounts
      .flatMap((row) => {
        const region = taxonomy.regions.get(row.id);
        return region ? [{ value: region.slug, label: region.name, kind: region.kind, count: Number(row.count) }] : [];
      })
      .sort(byCount),
    topic: topicCounts
      .flatMap((row) => {
        const topic = taxonomy.topics.get(row.id);
        return topic ? [{ value: topic.slug, label: topic.name, count: Number(row.count) }] : [];
      })
      .sort(byCount),
    kind: kindCounts
      .map((row) => ({ value: row.kind, label: ORGANISATION_KIND_LABELS[locale][row.kind] ?? row.kind, count: Number(row.count) }))
      .sort(byCount),
  };
}

/** Turns full organisation rows into summaries (and the extra parts of a detail when asked). */
async function hydrate(
  model: ReadModel,
  rows: BaseRow[],
  locale: ContentLocale,
  taxonomy: Taxonomy,
  origin: string,
): Promise<OrganisationSummary[]> {
  const canonical = await canonicalIds(model, 'organisation', rows);
  const canonicalList = [...new Set(canonical.values())];
  const [regions, topics, logos] = await Promise.all([
    linkedRows(model, 'organisation', 'regions', 'region', canonicalList),
    linkedRows(model, 'organisation', 'topics', 'topic', canonicalList),
    imagesOf(model, 'organisation', 'logo', canonicalList, origin),
  ]);
  const pages = await model.publicPages();
  return rows.map((row) => {
    const canonicalRow = canonical.get(row.id)!;
    const logo = logos.get(canonicalRow);
    return {
      id: row.document_id,
      slug: row.slug as string,
      locale: row.locale,
      name: row.name as string,
      kind: row.kind as OrganisationKind,
      description: textOrNull(row.description),
      logo: logo ? { ...logo, alt: textOrNull(row.logo_alt) ?? (row.name as string) } : null,
      website: textOrNull(row.website),
      email: textOrNull(row.email),
      phone: textOrNull(row.phone),
      address: {
        streetAddress: textOrNull(row.street_address),
        postalCode: textOrNull(row.postal_code),
        locality: textOrNull(row.locality),
      },
      regions: (regions.get(canonicalRow) ?? []).flatMap((region) => taxonomy.regionRef(region.id) ?? []),
      topics: (topics.get(canonicalRow) ?? []).flatMap((topic) => taxonomy.topics.get(topic.id) ?? []),
      targetGroups: list(row.target_groups),
      languages: list(row.languages),
      url: pages.urlOf('organisation', row.locale, row.slug as string),
      updatedAt: instant(row.updated_at),
    };
  });
}

/**
 * SQL for a row's relevance to the query words: a match in the name counts above one elsewhere (4), and a
 * whole word (2) above the start of a word or a stem (1) above a part of a word (0). Rows of equal relevance
 * keep the alphabetical order.
 */
function relevanceOf(model: ReadModel, words: WordMatch[], ranked: boolean): Knex.Raw {
  const knex = model.knex;
  if (!ranked || words.length === 0) return knex.raw('0 as relevance');
  const index = model.search;
  return knex.raw(
    `(case when t.id in (?) then 4 else 0 end) + (case when t.id in (?) then 2 when t.id in (?) then 1 else 0 end) as relevance`,
    [
      index.matching('organisation', words, 'name'),
      index.matching('organisation', words, 'all', 'word'),
      index.matching('organisation', words, 'all', 'word-start'),
    ],
  );
}

export async function listOrganisations(model: ReadModel, query: OrganisationListQuery, origin: string) {
  const { locale } = query;
  const table = model.table('organisation');
  const taxonomy = await loadTaxonomy(model, locale);
  const words = parseQuery(query.q, locale);

  const filteredWithout = (omit?: FacetGroup) => {
    const filtered = visibleRows(model, 'organisation', locale);
    whereText(model, filtered, 'organisation', locale, words, taxonomy);
    whereTaxonomy(model, filtered, 'organisation', locale, taxonomy, {
      region: omit === 'region' ? undefined : query.region,
      topic: omit === 'topic' ? undefined : query.topic,
    });
    if (query.kind?.length && omit !== 'kind') filtered.whereIn(`t.${table.column('kind')}`, query.kind);
    if (query.language?.length) whereJsonListHasAny(filtered, `t.${table.column('languages')}`, query.language);
    if (query.targetGroup?.length) whereJsonListHasAny(filtered, `t.${table.column('targetGroups')}`, query.targetGroup);
    return filtered;
  };
  const filtered = filteredWithout();

  const knex = model.knex;
  const sort = query.sort ?? (words.length ? 'relevance' : 'name');
  const alphabetical = () =>
    model.alphabeticalRanks(
      'organisation',
      locale,
      () =>
        visibleRows(model, 'organisation', locale).select('t.id', `t.${table.column('name')} as name`) as Promise<
          { id: number; name: string }[]
        >,
    );
  const filteredOnlyByText = ![query.region, query.topic, query.kind, query.language, query.targetGroup].some((values) => values?.length);
  let ordered: number[];
  if (filteredOnlyByText && words.length === 0) {
    // The whole directory is every visible row, and the ranks already hold them in order: no scan of the table.
    ordered = [...(await alphabetical()).keys()];
  } else if (filteredOnlyByText && words.every((word) => topicIdsMatching(taxonomy, word, locale).length === 0)) {
    // Text alone: the index gives the matches and the relevance tiers, the ranks (every visible row of the
    // locale, in order) which of them the reader may see. The content table is not read until the page.
    const index = model.search;
    const [ranks, matched, inName, wholeWords, wordStarts] = await Promise.all([
      alphabetical(),
      index.matchingIds('organisation', words),
      sort === 'relevance' ? index.matchingIds('organisation', words, 'name') : [],
      sort === 'relevance' ? index.matchingIds('organisation', words, 'all', 'word') : [],
      sort === 'relevance' ? index.matchingIds('organisation', words, 'all', 'word-start') : [],
    ]);
    const [name, word, start] = [new Set(inName), new Set(wholeWords), new Set(wordStarts)];
    const relevance = (id: number) => (name.has(id) ? 4 : 0) + (word.has(id) ? 2 : start.has(id) ? 1 : 0);
    ordered = matched
      .filter((id) => ranks.has(id))
      .map((id) => ({ id, relevance: relevance(id), rank: ranks.get(id)! }))
      .sort((a, b) => b.relevance - a.relevance || a.rank - b.rank)
      .map((row) => row.id);
  } else {
    const [matches, ranks] = await Promise.all([
      filtered.clone().select('t.id', relevanceOf(model, words, sort === 'relevance')) as Promise<{ id: number; relevance: number }[]>,
      alphabetical(),
    ]);
    matches.sort((a, b) => Number(b.relevance) - Number(a.relevance) || (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0));
    ordered = matches.map((row) => row.id);
  }

  const pageIds = ordered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const pageRows = pageIds.length ? ((await knex(table.name).select('*').whereIn('id', pageIds)) as BaseRow[]) : [];
  const byId = new Map(pageRows.map((row) => [row.id, row]));
  const data = await hydrate(
    model,
    pageIds.map((id) => byId.get(id)!),
    locale,
    taxonomy,
    origin,
  );
  const meta: OrganisationListMeta = pageMeta(query.page, query.pageSize, ordered.length);
  if (query.facets) meta.facets = await facetsOf(model, filteredWithout, locale, taxonomy);
  return { data, meta };
}

export async function findOrganisation(
  model: ReadModel,
  slug: string,
  locale: ContentLocale,
  origin: string,
): Promise<OrganisationDetail | null> {
  const table = model.table('organisation');
  const row = (await findBySlug(model, 'organisation', slug, locale)) as BaseRow | undefined;
  if (!row) return null;
  const taxonomy = await loadTaxonomy(model, locale);
  const [summary] = await hydrate(model, [row], locale, taxonomy, origin);
  const canonical = (await canonicalIds(model, 'organisation', [row])).get(row.id)!;
  const [parents, children, programmes] = await Promise.all([
    linkedRows(model, 'organisation', 'parent', 'organisation', [canonical]),
    // Members point at this organisation through their own `parent` link.
    model
      .knex(`${table.join('parent').table} as link`)
      .select(`member.${table.column('documentId')} as document_id`)
      .join(`${table.name} as member`, 'member.id', `link.${table.join('parent').source}`)
      .where(`link.${table.join('parent').target}`, canonical)
      .whereNotNull(`member.${table.column('publishedAt')}`) as Promise<{ document_id: string }[]>,
    administeredProgrammes(model, canonical),
  ]);
  const parentIds = (parents.get(canonical) ?? []).map((parent) => parent.document_id);
  const [parentRefs, memberRefs, programmeRefs] = await Promise.all([
    documentRefs(model, 'organisation', parentIds, locale),
    documentRefs(
      model,
      'organisation',
      children.map((child) => child.document_id),
      locale,
    ),
    documentRefs(model, 'programme', programmes, locale),
  ]);
  const latitude = row.latitude === null || row.latitude === undefined ? null : Number(row.latitude);
  const longitude = row.longitude === null || row.longitude === undefined ? null : Number(row.longitude);
  return {
    ...summary,
    alternateNames: lines(row.alternate_names),
    businessId: textOrNull(row.business_id),
    coordinates: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    parent: parentIds.length ? (parentRefs.get(parentIds[0]) ?? null) : null,
    members: [...memberRefs.values()].sort((a, b) => a.name.localeCompare(b.name, locale)),
    programmes: [...programmeRefs.values()],
  };
}

async function administeredProgrammes(model: ReadModel, organisationRowId: number): Promise<string[]> {
  const programme = model.table('programme');
  const link = programme.join('administrator');
  const rows = (await model
    .knex(`${link.table} as link`)
    .select(`p.${programme.column('documentId')} as document_id`)
    .join(`${programme.name} as p`, 'p.id', `link.${link.source}`)
    .where(`link.${link.target}`, organisationRowId)
    .whereNotNull(`p.${programme.column('publishedAt')}`)) as { document_id: string }[];
  return rows.map((row) => row.document_id);
}
