/** Programmes and projects (hanke / ohjelma): list with filters and one programme. */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import type { ContentLocale, ProgrammeDetail, ProgrammeListQuery, ProgrammeStatus, ProgrammeSummary } from '@kumppani/contract';
import { parseQuery } from '../../search/tokens';
import { canonicalIds, documentRefs, linkedRows, loadTaxonomy, type BaseRow, type Taxonomy } from '../../read-model/links';
import { PEOPLE_READS, publicPeople } from './people';
import { findBySlug, instant, lines, pageMeta, textOrNull, whereTaxonomy, whereText } from '../../read-model/query-helpers';
import { documentsWithSlug, visibleRows, whereLinked } from '../../read-model/visible-rows';

const dateOnly = (value: unknown): string | null => {
  if (!value) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

/**
 * The tables a programme list reads (the HTTP edge keys its cache by their fingerprint and checks every
 * response against this list): the programmes, the organisations that administer, partner and fund them
 * (also the `organisation` filter), regions and topics.
 */
export const PROGRAMME_LIST_READS = ['programme', 'organisation', 'region', 'topic', 'settings'] as const satisfies readonly Source[];
/** One programme adds its contact people as the public may see them (people.ts). */
export const PROGRAMME_DETAIL_READS = [...PROGRAMME_LIST_READS, ...PEOPLE_READS] as const satisfies readonly Source[];

/** Summaries of `rows`; with `withContacts` (a detail), the document ids of their contact people too. */
async function hydrate(model: ReadModel, rows: BaseRow[], locale: ContentLocale, taxonomy: Taxonomy, withContacts = false) {
  const canonical = await canonicalIds(model, 'programme', rows);
  const ids = [...new Set(canonical.values())];
  const [administrators, partners, funders, regions, topics, contacts] = await Promise.all([
    linkedRows(model, 'programme', 'administrator', 'organisation', ids),
    linkedRows(model, 'programme', 'partners', 'organisation', ids),
    linkedRows(model, 'programme', 'funders', 'organisation', ids),
    linkedRows(model, 'programme', 'regions', 'region', ids),
    linkedRows(model, 'programme', 'topics', 'topic', ids),
    withContacts ? linkedRows(model, 'programme', 'contacts', 'person', ids) : new Map<number, { id: number; document_id: string }[]>(),
  ]);
  const organisationIds = [administrators, partners, funders].flatMap((links) =>
    [...links.values()].flat().map((link) => link.document_id),
  );
  const organisations = await documentRefs(model, 'organisation', organisationIds, locale);
  const refs = (links: { document_id: string }[] | undefined) => (links ?? []).flatMap((link) => organisations.get(link.document_id) ?? []);
  const pages = await model.publicPages();
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
      url: pages.urlOf('programme', row.locale, row.slug as string),
      updatedAt: instant(row.updated_at),
    };
    return { summary, funders: refs(funders.get(id)), contactIds: (contacts.get(id) ?? []).map((link) => link.document_id) };
  });
}

export async function listProgrammes(model: ReadModel, query: ProgrammeListQuery) {
  const { locale } = query;
  const table = model.table('programme');
  const taxonomy = await loadTaxonomy(model, locale);
  const filtered = visibleRows(model, 'programme', locale);
  whereText(model, filtered, 'programme', locale, parseQuery(query.q, locale), taxonomy);
  whereTaxonomy(model, filtered, 'programme', locale, taxonomy, query);
  if (query.status?.length) filtered.whereIn(`t.${table.column('programmeStatus')}`, query.status);
  if (query.organisation?.length) {
    const organisations = documentsWithSlug(model, 'organisation', query.organisation);
    const organisationColumn = model.table('organisation').column('documentId');
    filtered.where((any) => {
      for (const attribute of ['administrator', 'partners', 'funders']) {
        any.orWhere((via) =>
          whereLinked(model, via, 'programme', locale, attribute, 'organisation', (target) =>
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
  const ranks = await model.alphabeticalRanks(
    'programme',
    locale,
    () =>
      visibleRows(model, 'programme', locale).select('t.id', `t.${table.column('name')} as name`) as Promise<
        { id: number; name: string }[]
      >,
  );
  matches.sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0));
  const pageIds = matches.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((row) => row.id);
  const rows = pageIds.length ? ((await model.knex(table.name).select('*').whereIn('id', pageIds)) as BaseRow[]) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = (
    await hydrate(
      model,
      pageIds.map((id) => byId.get(id)!),
      locale,
      taxonomy,
    )
  ).map((item) => item.summary);
  return { data, meta: pageMeta(query.page, query.pageSize, matches.length) };
}

export async function findProgramme(model: ReadModel, slug: string, locale: ContentLocale, base: string): Promise<ProgrammeDetail | null> {
  const row = await findBySlug(model, 'programme', slug, locale);
  if (!row) return null;
  const taxonomy = await loadTaxonomy(model, locale);
  const [{ summary, funders, contactIds }] = await hydrate(model, [row], locale, taxonomy, true);
  const people = await publicPeople(model, contactIds, locale, base);
  return { ...summary, goals: lines(row.goals), funders, contacts: contactIds.flatMap((id) => people.get(id) ?? []) };
}
