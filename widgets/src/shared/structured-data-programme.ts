/** schema.org structured data of a programme (see structured-data.ts). */
import type { ProgrammeDetail, ProgrammeSummary } from '@kumppani/contract';
import { areaServed, organisationRef, thing, type Thing } from './structured-data.js';

/** A programme (hanke) as a schema.org Project, an Organization of its own under its administrator. */
export function programmeStructuredData(item: ProgrammeSummary | ProgrammeDetail): Thing {
  return thing('Project', {
    name: item.name,
    description: item.description,
    url: item.url ?? item.website,
    sameAs: item.url && item.website,
    parentOrganization: item.administrator && organisationRef(item.administrator),
    member: item.partners.map(organisationRef),
    funder: 'funders' in item ? item.funders.map(organisationRef) : undefined,
    areaServed: areaServed(item.regions),
    foundingDate: item.startDate,
    dissolutionDate: item.endDate,
  });
}
export { itemListStructuredData } from './structured-data.js';
