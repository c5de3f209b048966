/** /organisations: the query of the list, and the list and detail responses. `schema()`: see schema.ts. */
import * as z from 'zod/mini';
import { detailResponse, facetedListMeta, listResponse } from './envelopes';
import { booleanFlag, languageCode, listOf, locale, oneOf, paging, slug, textQuery } from './parameters';
import { address, contentLocale, image, instant, organisationRef, programmeRef, regionRef, topicRef, pageUrl } from './references';
import { schema } from './schema';
import { ORGANISATION_KINDS, TARGET_GROUPS } from './vocabulary';

/** What `/organisations?facets=true` counts: the matches per region, topic and kind. */
export const ORGANISATION_FACET_GROUPS = ['region', 'topic', 'kind'] as const;
export type OrganisationFacetGroup = (typeof ORGANISATION_FACET_GROUPS)[number];

export const organisationListQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    locale,
    q: z.optional(textQuery),
    region: z.optional(listOf(slug)),
    topic: z.optional(listOf(slug)),
    kind: z.optional(listOf(oneOf(ORGANISATION_KINDS))),
    language: z.optional(listOf(languageCode)),
    targetGroup: z.optional(listOf(oneOf(TARGET_GROUPS))),
    sort: z.optional(oneOf(['relevance', 'name'] as const)),
    facets: z._default(booleanFlag, false),
    ...paging,
  }),
);

export const organisationSummary = /*#__PURE__*/ schema(() =>
  z.object({
    id: z.string(),
    slug: z.string(),
    locale: contentLocale,
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    description: z.nullable(z.string()),
    logo: z.nullable(image),
    website: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    address,
    regions: z.array(regionRef),
    topics: z.array(topicRef),
    targetGroups: z.array(z.string()),
    languages: z.array(z.string()),
    url: pageUrl,
    updatedAt: instant,
  }),
);

export const organisationDetail = /*#__PURE__*/ schema(() =>
  z.extend(organisationSummary, {
    alternateNames: z.array(z.string()),
    businessId: z.nullable(z.string()),
    coordinates: z.nullable(z.object({ latitude: z.number(), longitude: z.number() })),
    parent: z.nullable(organisationRef),
    members: z.array(organisationRef),
    programmes: z.array(programmeRef),
  }),
);

export const organisationList = /*#__PURE__*/ schema(() => listResponse(organisationSummary, facetedListMeta(ORGANISATION_FACET_GROUPS)));
export const organisationResponse = /*#__PURE__*/ schema(() => detailResponse(organisationDetail));

export type OrganisationListQuery = z.output<typeof organisationListQuery>;
export type OrganisationListMeta = z.infer<typeof organisationList>['meta'];
export type OrganisationSummary = z.infer<typeof organisationSummary>;
export type OrganisationDetail = z.infer<typeof organisationDetail>;
