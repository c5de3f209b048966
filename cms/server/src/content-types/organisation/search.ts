/** An organisation is found by its names, its description and its locality. */
import type { DocumentData, SearchColumns } from '../definition';
import { searchColumn } from '../search-columns';

export const organisationSearch = (data: DocumentData): SearchColumns => ({
  searchName: searchColumn(data.name, data.alternateNames),
  searchText: searchColumn(data.name, data.alternateNames, data.description, data.locality),
});
