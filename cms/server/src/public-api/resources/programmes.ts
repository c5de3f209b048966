/** Programmes and projects (hanke / ohjelma): list with filters and one programme. */
import type { Core } from '@strapi/strapi';
import { UID } from '../../content-types/uids';
import type { ProgrammeListQuery } from '@kumppani/contract';
import type { ProgrammeDetail, ProgrammeSummary } from '@kumppani/contract';
import type { ContentLocale, ProgrammeStatus } from '@kumppani/contract';
import { searchTerms } from '../../search/fold';
import { alphabeticalRanks } from '../../read-model/collation';
import { canonicalIds, documentRefs, linkedRows, loadTaxonomy, type BaseRow, type Taxonomy } from '../../read-model/links';
import { publicPeople } from './people';
import { findBySlug, instant, lines, pageMeta, textOrNull, whereTaxonomy, whereText } from '../../read-model/query-helpers';
import { tableOf } from '../../read-model/tables';
import { dataVersion } from '../../read-model/versions';
import { documentsWithSlug, knexOf, visibleRows, whereLinked } from '../../read-model/visible-rows';

const dateOnly = (value: unknown): string | null => {
  if (!value) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

async function hydrate(strapi: Core.Strapi, rows: BaseRow[], locale: ContentLocale, taxonomy: Taxonomy) {
  const canonical = await canonicalIds(strapi, 'programme', rows);
  const ids = [...new Set(canonical.values())];
  const [administrators, partners, funders, regions, topics, contacts] = await Promise.all([
    linkedRows(strapi, 'programme', 'administrator', 'organisation', ids),
    linkedRows(strapi, 'programme', 'partners', 'organisation', ids),
    linkedRows(strapi, 'programme', 'funders', 'organisation', ids),
    linkedRows(strapi, 'programme', 'regions', 'region', ids),
    linkedRows(strapi, 'programme', 'topics', 'topic', ids),
    linkedRows(strapi, 'programme', 'contacts', 'person', ids),
  ]);
  const organisationIds = [administrators, partners, funders].flatMap((links) =>
    [...links.values()].flat().map((link) => link.document_id),
  );
  const organisations = await documentRefs(strapi, 'organisation', organisationIds, locale);
  const refs = (links: { document_id: string }[] | undefined) => (links ?? []).flatMap((link) => organisations.get(link.document_id) ?? []);
  return rows.map((row) => {
    const id = canonical.get(row.id)!;
    const summary: ProgrammeSummary = {
      id: row.document_id,
      slug: row.slug as string,
      locale: row.locale,
      name: row.name as string,
      description: textOrNull(row.description),
      administrator: refs(administrators.get(id))[0] ?? null,
      partners: refs(partners.get(id)),
      regions: (regions.get(id) ?? []).flatMap((region) => taxonomy.regionRef(region.id) ?? []),
      topics: (topics.get(id) ?? []).flatMap((topic) => taxonomy.topics.get(topic.id) ?? []),
      startDate: dateOnly(row.start_date),
      endDate: dateOnly(row.end_date),
      status: row.programme_status as ProgrammeStatus,
      website: textOrNull(row.website),
      updatedAt: instant(row.updated_at),
    };
    return { summary, funders: refs(funders.get(id)), contactIds: (contacts.get(id) ?? []).map((link) => link.document_id) };
  });
}

export async function listProgrammes(strapi: Core.Strapi, query: ProgrammeListQuery) {
  const { locale } = query;
  const table = tableOf(strapi, 'programme');
  const taxonomy = await loadTaxonomy(strapi, locale);
  const filtered = visibleRows(strapi, 'programme', locale);
  whereText(strapi, filtered, 'programme', locale, searchTerms(query.q), taxonomy);
  whereTaxonomy(strapi, filtered, 'programme', locale, taxonomy, query);
  if (query.status?.length) filtered.whereIn(`t.${table.column('programmeStatus')}`, query.status);
  if (query.organisation?.length) {
    const organisations = documentsWithSlug(strapi, 'organisation', query.organisation);
    const organisationColumn = tableOf(strapi, 'organisation').column('documentId');
    filtered.where((any) => {
      for (const attribute of ['administrator', 'partners', 'funders']) {
        any.orWhere((via) =>
          whereLinked(strapi, via, 'programme', locale, attribute, 'organisation', (target) =>
            target.whereIn(`target.${organisationColumn}`, organisations.clone()),
          ),
        );
      }
    });
  }
  if (query.activeOn) {
    const day = query.activeOn;
    filtered
      .where((start) => start.whereNull(`t.${table.column('startDate')}`).orWhere(`t.${table.column('startDate')}`, '<=', day))
      .where((end) => end.whereNull(`t.${table.column('endDate')}`).orWhere(`t.${table.column('endDate')}`, '>=', day));
  }
  const matches = (await filtered.clone().select('t.id')) as { id: number }[];
  const version = await dataVersion(strapi, [UID.programme]);
  const ranks = await alphabeticalRanks(
    `programme:${locale}:${version.token}`,
    locale,
    () =>
      visibleRows(strapi, 'programme', locale).select('t.id', `t.${table.column('name')} as name`) as Promise<
        { id: number; name: string }[]
      >,
  );
  matches.sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0));
  const pageIds = matches.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((row) => row.id);
  const rows = pageIds.length ? ((await knexOf(strapi)(table.name).select('*').whereIn('id', pageIds)) as BaseRow[]) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = (
    await hydrate(
      strapi,
      pageIds.map((id) => byId.get(id)!),
      locale,
      taxonomy,
    )
  ).map((item) => item.summary);
  return { data, meta: pageMeta(query.page, query.pageSize, matches.length) };
}

export async function findProgramme(
  strapi: Core.Strapi,
  slug: string,
  locale: ContentLocale,
  base: string,
): Promise<ProgrammeDetail | null> {
  const row = await findBySlug(strapi, 'programme', slug, locale);
  if (!row) return null;
  const taxonomy = await loadTaxonomy(strapi, locale);
  const [{ summary, funders, contactIds }] = await hydrate(strapi, [row], locale, taxonomy);
  const people = await publicPeople(strapi, contactIds, locale, base);
  return { ...summary, goals: lines(row.goals), funders, contacts: contactIds.flatMap((id) => people.get(id) ?? []) };
}
