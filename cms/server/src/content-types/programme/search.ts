/** A programme is found by its name, description and goals. */
import type { DocumentData, SearchColumns } from '../definition';
import { searchColumn } from '../search-columns';

export const programmeSearch = (data: DocumentData): SearchColumns => ({
  searchName: searchColumn(data.name),
  searchText: searchColumn(data.name, data.description, data.goals),
});
