/**
 * Response schemas of the public API. Objects are not strict, so a widget built today keeps parsing
 * responses after fields are added. `locale` on an item is the language of its texts: the requested one,
 * or fi when the document has no published translation in it.
 */
import * as z from 'zod/mini';
import { ATTENDANCE_MODES, CONTENT_LOCALES, EVENT_STATUSES, ORGANISATION_KINDS, PROGRAMME_STATUSES } from './vocabulary';

const contentLocale = z.enum(CONTENT_LOCALES);
/**
 * An ISO 8601 date-time with Z or an offset, as the API writes every instant. A pattern rather than zod's
 * ISO date-time schema: each widget parses every response with this contract, and zod's full date-time
 * validator is 0.3 KB of a widget's 15 KB budget. The OpenAPI document adds `format: date-time` (openapi.ts).
 */
export const instant = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/));
const url = z.url({ protocol: /^https?$/ });

export const regionRef = z.object({ slug: z.string(), code: z.string(), kind: z.string(), name: z.string() });
export const topicRef = z.object({ slug: z.string(), name: z.string() });
export const organisationRef = z.object({ slug: z.string(), name: z.string(), locale: contentLocale });
export const programmeRef = z.object({ slug: z.string(), name: z.string(), locale: contentLocale });
export const blogRef = z.object({ slug: z.string(), name: z.string() });

export const image = z.object({
  url,
  alt: z.string(),
  width: z.nullable(z.number()),
  height: z.nullable(z.number()),
  caption: z.optional(z.nullable(z.string())),
});

/** A person as the public sees them: e-mail and phone only when an editor made them public. */
export const personPublic = z.object({
  slug: z.string(),
  name: z.string(),
  locale: contentLocale,
  roleTitle: z.nullable(z.string()),
  organisation: z.nullable(organisationRef),
  bio: z.nullable(z.string()),
  photo: z.nullable(image),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});

export const address = z.object({
  streetAddress: z.nullable(z.string()),
  postalCode: z.nullable(z.string()),
  locality: z.nullable(z.string()),
});

export const organisationSummary = z.object({
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
  updatedAt: instant,
});

export const organisationDetail = z.extend(organisationSummary, {
  alternateNames: z.array(z.string()),
  businessId: z.nullable(z.string()),
  coordinates: z.nullable(z.object({ latitude: z.number(), longitude: z.number() })),
  parent: z.nullable(organisationRef),
  members: z.array(organisationRef),
  programmes: z.array(programmeRef),
});

export const programmeSummary = z.object({
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
  updatedAt: instant,
});

export const programmeDetail = z.extend(programmeSummary, {
  goals: z.array(z.string()),
  funders: z.array(organisationRef),
  contacts: z.array(personPublic),
});

export const eventSummary = z.object({
  id: z.string(),
  slug: z.string(),
  locale: contentLocale,
  title: z.string(),
  description: z.nullable(z.string()),
  startsAt: instant,
  endsAt: z.nullable(instant),
  timeZone: z.literal('Europe/Helsinki'),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  place: z.nullable(z.extend(address, { name: z.nullable(z.string()) })),
  onlineUrl: z.nullable(z.string()),
  registration: z.nullable(z.object({ url: z.nullable(z.string()), deadline: z.nullable(instant) })),
  organisers: z.array(organisationRef),
  programme: z.nullable(programmeRef),
  regions: z.array(regionRef),
  topics: z.array(topicRef),
  audience: z.nullable(z.string()),
  languages: z.array(z.string()),
  isFree: z.boolean(),
  price: z.nullable(z.string()),
  status: z.enum(EVENT_STATUSES),
  previousStartsAt: z.nullable(instant),
  calendarUrl: z.string(),
  updatedAt: instant,
});
export const eventDetail = eventSummary;

export const postSummary = z.object({
  id: z.string(),
  slug: z.string(),
  locale: contentLocale,
  title: z.string(),
  lead: z.nullable(z.string()),
  heroImage: z.nullable(image),
  authors: z.array(z.object({ slug: z.string(), name: z.string(), roleTitle: z.nullable(z.string()) })),
  blog: z.nullable(blogRef),
  tags: z.array(z.string()),
  topics: z.array(topicRef),
  publishedDate: instant,
  canonicalUrl: z.nullable(z.string()),
  updatedAt: instant,
});

export const postDetail = z.extend(postSummary, {
  /** The body rendered to HTML that contains no script, event handler or unsafe URL. */
  bodyHtml: z.string(),
  relatedPosts: z.array(z.object({ slug: z.string(), title: z.string(), locale: contentLocale })),
});

export const facetCount = z.object({ value: z.string(), label: z.string(), count: z.number() });

export const listMeta = z.object({
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  pageCount: z.number(),
  facets: z.optional(z.object({ region: z.array(facetCount), topic: z.array(facetCount), kind: z.array(facetCount) })),
});

export const listResponse = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item), meta: listMeta });
export const detailResponse = <T extends z.ZodMiniType>(item: T) => z.object({ data: item });

export const organisationList = listResponse(organisationSummary);
export const programmeList = listResponse(programmeSummary);
export const eventList = listResponse(eventSummary);
export const postList = listResponse(postSummary);

/** RFC 9457 problem document; `invalidParams` names each offending query parameter. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
});

export type RegionRef = z.infer<typeof regionRef>;
export type TopicRef = z.infer<typeof topicRef>;
export type OrganisationRef = z.infer<typeof organisationRef>;
export type ProgrammeRef = z.infer<typeof programmeRef>;
export type Image = z.infer<typeof image>;
export type PersonPublic = z.infer<typeof personPublic>;
export type OrganisationSummary = z.infer<typeof organisationSummary>;
export type OrganisationDetail = z.infer<typeof organisationDetail>;
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export type ProgrammeDetail = z.infer<typeof programmeDetail>;
export type EventSummary = z.infer<typeof eventSummary>;
export type PostSummary = z.infer<typeof postSummary>;
export type PostDetail = z.infer<typeof postDetail>;
export type FacetCount = z.infer<typeof facetCount>;
export type ListMeta = z.infer<typeof listMeta>;
export type Problem = z.infer<typeof problem>;
