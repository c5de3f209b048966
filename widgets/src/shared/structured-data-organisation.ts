/** schema.org structured data of an organisation (see structured-data.ts). */
import type { OrganisationDetail, OrganisationSummary } from '@kumppani/contract';
import { areaServed, imageObject, organisationRef, postalAddress, thing, type Thing } from './structured-data.js';

/** An organisation: its public page as `url` (its own website when it has no page, else `sameAs`). */
export function organisationStructuredData(item: OrganisationSummary | OrganisationDetail): Thing {
  const detail = 'members' in item ? item : undefined;
  return thing('Organization', {
    name: item.name,
    alternateName: detail?.alternateNames,
    url: item.url ?? item.website,
    sameAs: item.url && item.website,
    description: item.description,
    logo: imageObject(item.logo),
    email: item.email,
    telephone: item.phone,
    address: postalAddress(item.address),
    areaServed: areaServed(item.regions),
    parentOrganization: detail?.parent && organisationRef(detail.parent),
    knowsLanguage: item.languages,
  });
}
export { itemListStructuredData } from './structured-data.js';
