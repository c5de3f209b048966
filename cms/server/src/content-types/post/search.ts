/** A post is found by its title, lead, body text and tags. */
import { blocksToPlainText } from '../../search/fold';
import type { DocumentData, SearchColumns } from '../definition';
import { searchColumn } from '../search-columns';

export const postSearch = (data: DocumentData): SearchColumns => ({
  searchName: searchColumn(data.title),
  searchText: searchColumn(data.title, data.lead, blocksToPlainText(data.body), Array.isArray(data.tags) ? data.tags.join(' ') : ''),
});
