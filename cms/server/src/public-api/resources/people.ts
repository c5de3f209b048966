/** People as the public may see them: contact details only when an editor has made them public. */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import { type ContentLocale, DEFAULT_LOCALE, type PersonPublic, type PostSummary } from '@kumppani/contract';

type AuthorRef = PostSummary['authors'][number];
import { canonicalIds, documentRefs, imagesOf, linkedRows, type BaseRow } from '../../read-model/links';
import { textOrNull } from '../../read-model/query-helpers';

/** The tables `publicPeople` reads: the people, their organisation's name, their photo. */
export const PEOPLE_READS = ['person', 'organisation', 'media', 'settings'] as const satisfies readonly Source[];

/** The person rows of `documentIds` in `locale`, or in Finnish where that translation is not published. */
async function personRows(model: ReadModel, documentIds: string[], locale: ContentLocale): Promise<BaseRow[]> {
  if (documentIds.length === 0) return [];
  const table = model.table('person');
  const rows = (await model
    .knex(table.name)
    .select('*')
    .whereIn(table.column('documentId'), [...new Set(documentIds)])
    .whereIn(table.column('locale'), [...new Set([locale, DEFAULT_LOCALE])])
    .whereNotNull(table.column('publishedAt'))) as BaseRow[];
  const chosen = new Map<string, BaseRow>();
  for (const row of rows) if (!chosen.has(row.document_id) || row.locale === locale) chosen.set(row.document_id, row);
  return [...chosen.values()];
}

/** The tables `authorRefs` reads: the people only. */
export const AUTHOR_READS = ['person'] as const satisfies readonly Source[];

/** Name and role of each author (all a post shows of them), by document id. */
export async function authorRefs(model: ReadModel, documentIds: string[], locale: ContentLocale): Promise<Map<string, AuthorRef>> {
  const rows = await personRows(model, documentIds, locale);
  return new Map(
    rows.map((row) => [row.document_id, { slug: row.slug as string, name: row.name as string, roleTitle: textOrNull(row.role_title) }]),
  );
}

export async function publicPeople(
  model: ReadModel,
  documentIds: string[],
  locale: ContentLocale,
  base: string,
): Promise<Map<string, PersonPublic>> {
  const result = new Map<string, PersonPublic>();
  const people = await personRows(model, documentIds, locale);
  if (people.length === 0) return result;
  const canonical = await canonicalIds(model, 'person', people);
  const canonicalList = [...new Set(canonical.values())];
  const [organisations, photos] = await Promise.all([
    linkedRows(model, 'person', 'organisation', 'organisation', canonicalList),
    imagesOf(model, 'person', 'photo', canonicalList, base),
  ]);
  const organisationRefs = await documentRefs(
    model,
    'organisation',
    [...organisations.values()].flat().map((org) => org.document_id),
    locale,
  );
  for (const row of people) {
    const canonicalRow = canonical.get(row.id)!;
    const organisation = organisations.get(canonicalRow)?.[0];
    const photo = photos.get(canonicalRow);
    const person: PersonPublic = {
      slug: row.slug as string,
      name: row.name as string,
      locale: row.locale,
      roleTitle: textOrNull(row.role_title),
      organisation: organisation ? (organisationRefs.get(organisation.document_id) ?? null) : null,
      bio: textOrNull(row.bio),
      photo: photo ? { ...photo, alt: textOrNull(row.photo_alt) ?? (row.name as string) } : null,
    };
    // Contact details leave the CMS only when an editor has switched them public.
    if (row.contact_public === true || row.contact_public === 1) {
      if (textOrNull(row.email)) person.email = row.email as string;
      if (textOrNull(row.phone)) person.phone = row.phone as string;
    }
    result.set(row.document_id, person);
  }
  return result;
}
