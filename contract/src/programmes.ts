/** /programmes: the query of the list, and the list and detail responses. `schema()`: see schema.ts. */
import * as z from 'zod/mini';
import { detailResponse, listResponse } from './envelopes';
import { listOf, locale, oneOf, paging, slug, textQuery } from './parameters';
import { contentLocale, instant, organisationRef, personPublic, regionRef, topicRef, pageUrl } from './references';
import { schema } from './schema';
import { PROGRAMME_STATUSES } from './vocabulary';

export const programmeListQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    locale,
    q: z.optional(textQuery),
    region: z.optional(listOf(slug)),
    topic: z.optional(listOf(slug)),
    organisation: z.optional(listOf(slug)),
    status: z.optional(listOf(oneOf(PROGRAMME_STATUSES))),
    activeOn: z.optional(z.iso.date({ error: 'must be a date such as 2026-05-31' })),
    ...paging,
  }),
);

export const programmeSummary = /*#__PURE__*/ schema(() =>
  z.object({
    id: z.string(),
    slug: z.string(),
    locale: contentLocale,
    name: z.string(),
    description: z.nullable(z.string()),
    administrator: z.nullable(organisationRef),
    partners: z.array(organisationRef),
    regions: z.array(regionRef),
    topics: z.array(topicRef),
    startDate: z.nullable(z.iso.date()),
    endDate: z.nullable(z.iso.date()),
    status: z.enum(PROGRAMME_STATUSES),
    website: z.nullable(z.string()),
    url: pageUrl,
    updatedAt: instant,
  }),
);

export const programmeDetail = /*#__PURE__*/ schema(() =>
  z.extend(programmeSummary, {
    goals: z.array(z.string()),
    funders: z.array(organisationRef),
    contacts: z.array(personPublic),
  }),
);

export const programmeList = /*#__PURE__*/ schema(() => listResponse(programmeSummary));
export const programmeResponse = /*#__PURE__*/ schema(() => detailResponse(programmeDetail));

export type ProgrammeListQuery = z.output<typeof programmeListQuery>;
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export type ProgrammeDetail = z.infer<typeof programmeDetail>;
