/** What goes into the hidden search columns of each searchable type. */
import type { ContentTypeName } from '../content-types/uids';
import { blocksToPlainText, fold } from './fold';

type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const join = (...values: unknown[]): string => fold(values.map(text).filter(Boolean).join('\n'));

export const SEARCHABLE_TYPES = ['organisation', 'programme', 'event', 'post'] as const satisfies readonly ContentTypeName[];

/** Returns the search columns for a document's data, or null for types without search. */
export function searchFields(contentType: ContentTypeName, data: Data): { searchName: string; searchText: string } | null {
  switch (contentType) {
    case 'organisation':
      return {
        searchName: join(data.name, data.alternateNames),
        searchText: join(data.name, data.alternateNames, data.description, data.locality),
      };
    case 'programme':
      return { searchName: join(data.name), searchText: join(data.name, data.description, data.goals) };
    case 'event':
      return { searchName: join(data.title), searchText: join(data.title, data.description, data.placeName, data.locality, data.audience) };
    case 'post':
      return {
        searchName: join(data.title),
        searchText: join(data.title, data.lead, blocksToPlainText(data.body), Array.isArray(data.tags) ? data.tags.join(' ') : ''),
      };
    default:
      return null;
  }
}
