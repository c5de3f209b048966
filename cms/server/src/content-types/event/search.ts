/** An event is found by its title, description, place, locality and audience. */
import type { DocumentData, SearchColumns } from '../definition';
import { searchColumn } from '../search-columns';

export const eventSearch = (data: DocumentData): SearchColumns => ({
  searchName: searchColumn(data.title),
  searchText: searchColumn(data.title, data.description, data.placeName, data.locality, data.audience),
});
